"""F1 opens the Vietnamese guide inside the program, at the part about the panel in use; the
guide, its sections and its pictures ship as package data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.resources import resource_path
from app.ui.help import SECTIONS, HelpWindow, section_for
from app.ui.help.guide import GUIDE, open_guide

ROOT = Path(__file__).resolve().parents[3]


def test_the_guide_has_every_section_and_its_pictures() -> None:
    html = resource_path(*GUIDE).read_text(encoding="utf-8")
    for anchor in SECTIONS:
        assert f'<a name="{anchor}"></a>' in html and f'href="#{anchor}"' in html, anchor
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert len(pictures) >= 6
    for picture in pictures:
        path = resource_path("help", picture)
        assert path.stat().st_size > 10_000 and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", picture
    assert "F1" in html and "Quý IV năm 2026" in html  # the guide speaks the program's words


def test_guide_resources_are_package_data_and_in_the_bundle() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"help/*.html"' in pyproject and '"help/img/*.png"' in pyproject
    spec = (ROOT / "installer" / "theo-doi-ke-hoach.spec").read_text(encoding="utf-8")
    assert '(str(RESOURCES / "help"), "app/resources/help")' in spec


@pytest.mark.parametrize(("focus", "section"), [
    (lambda w: w.tree_view, "tree"),
    (lambda w: w.daily.filtered, "daily"),
    (lambda w: w.calendar, "calendar"),
    (lambda w: w.agencies, "agencies"),
    (lambda w: w.importer, "import"),
    (lambda w: w.search, "search"),
])
def test_section_of_each_panel(window, focus, section) -> None:
    assert section_for(focus(window), window) == section


def test_task_panel_sections_follow_its_tab(window) -> None:
    panel = window.task_panel
    panel.setCurrentWidget(panel.progress)
    assert section_for(panel.progress, window) == "progress"
    panel.setCurrentIndex(1)
    assert section_for(panel, window) == "assign"
    window.show_view("calendar")
    assert section_for(None, window) == "calendar"  # nothing focused: the view shown


def test_f1_opens_the_guide_at_the_focused_panel(window, qtbot, sample_plan) -> None:
    assert window.registry["help.guide"].shortcut().toString() == "F1"
    assert window.registry["help.about"].shortcut().isEmpty()  # About stays in the Help menu
    window.tree.select_node(sample_plan["t1"])
    window.activateWindow()
    window.task_panel.setCurrentWidget(window.task_panel.progress)
    field = window.task_panel.progress.period  # the period field of the Tiến độ tab
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    window.registry["help.guide"].trigger()
    guide = window.help_window
    assert isinstance(guide, HelpWindow) and guide.isVisible()
    assert guide.section == "progress" and guide.contents.currentItem().text() == "Ghi tiến độ"
    assert "Ghi tiến độ" in guide.browser.toPlainText() and guide.windowTitle().startswith("Hướng dẫn sử dụng")
    # the browser scrolled to the section: its heading is on screen, the first section's is not
    assert guide.browser.verticalScrollBar().value() > 0
    # choosing another part in the contents moves there; F1 again reuses the window
    guide.contents.setCurrentRow(list(SECTIONS).index("report"))
    assert guide.section == "report"
    assert open_guide(window, "backup") is guide and guide.section == "backup"
    QTest.keyClick(guide.contents, Qt.Key.Key_Escape)  # closed from the keyboard, as a dialog is
    assert not guide.isVisible()
