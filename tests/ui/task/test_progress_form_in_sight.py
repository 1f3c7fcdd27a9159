"""The clerk's most used form fits the screen it is used on: at 1366×768 the button that records
progress is in sight without scrolling, and Ctrl+Enter records from the keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication


def test_record_button_in_sight_at_1366x768_and_ctrl_enter_records(window: Any, qtbot: Any, services: Any,
                                                                   sample_plan: dict[str, int]) -> None:
    window.resize(1366, 768)
    window.show()
    window.tree.select_node(sample_plan["t1"])
    panel = window.task_panel
    panel.setCurrentWidget(panel.progress)
    qtbot.waitUntil(lambda: panel.progress.isEnabled())
    QApplication.processEvents()
    save = panel.progress.save
    corner = save.mapTo(window, QPoint(save.width() - 1, save.height() - 1))
    assert save.isVisible() and window.rect().contains(corner)
    assert save.visibleRegion().boundingRect().size() == save.size()  # not clipped by a scroll area

    form = panel.progress
    form.period.setText("Quý IV năm 2021")
    form.status.setCurrentIndex(form.status.findData("in_progress"))
    form.percent.setValue(40)
    form.result.setFocus()
    qtbot.keyClick(form.result, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    entries = services.progress.history(sample_plan["t1"])
    assert [(e.period, e.percent) for e in entries] == [("2021-Q4", 40)]
