"""Session 16's walk (bench/README.md, "Session 16 (clerk8)"): the clerk reached the progress tab with the
keyboard (Tab to the task panel's tabs, Right to "Tiến độ") and pressed Tab to type the report: the first
Tab stopped on the history table, so each field after it was one Tab further than the clerk counted and the
result was typed into "Ngày báo cáo". Tab from the tab bar goes to "Cơ quan" first; the history comes after
"Ghi tiến độ"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_tab_from_the_panels_tabs_goes_into_the_progress_form(window: Any, qtbot: Any,
                                                             sample_plan: dict[str, int]) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    window.tree.select_node(sample_plan["t1"])
    panel = window.task_panel
    panel.setCurrentWidget(panel.progress)
    form = panel.progress
    qtbot.waitUntil(form.isEnabled)
    panel.tabBar().setFocus()
    qtbot.keyClick(panel.tabBar(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.agency
    for field in (form.period, form.status, form.percent):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is field
    form.save.setFocus()
    qtbot.keyClick(form.save, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.history
