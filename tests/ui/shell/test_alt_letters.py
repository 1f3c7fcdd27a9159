"""No two controls on one screen of the main window share an Alt letter (window9).

Why: clerk8 found the agencies tab's buttons and the review's Sửa dòng, Hủy nhập, Lưu kế hoạch without a letter;
a letter given twice on one screen only moves the focus between the two, so a clerk's Alt+letter does nothing.
A screen is what is visible at once: the menu bar plus the current tab's visible controls.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

PLAN = Path(__file__).resolve().parents[2] / "fixtures" / "real2" / "34e1b68dd42b9936.txt"


def _letter(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def letters(window: Any) -> dict[str, list[str]]:
    """Each Alt letter the clerk can press on the screen shown, with the texts that carry it."""
    seen: dict[str, list[str]] = defaultdict(list)
    texts = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    for text in texts:
        if _letter(text):
            seen[_letter(text)].append(text.replace("&&", "&"))
    return seen


def clashes(window: Any) -> dict[str, list[str]]:
    """Letters given twice, and letters a clerk's keyboard has no key for (`T&ình` is Alt+Ì)."""
    return {key: texts for key, texts in letters(window).items()
            if len(texts) > 1 or not (key[-1].isascii() and key[-1].isalnum())}


def test_the_agencies_tab_gives_each_button_a_letter_of_its_own(window: Any, qtbot: Any) -> None:
    window.show_view("agencies")
    window.agencies.table.selectRow(0)
    qtbot.wait(10)
    for button in (window.agencies.save_button, window.agencies.alias_add, window.agencies.alias_remove,
                   window.agencies.new_button):
        assert _letter(button.text()), button.text()
    assert not clashes(window), clashes(window)
    window.agencies.setCurrentIndex(1)  # Nhóm cơ quan
    assert not clashes(window), clashes(window)


def test_the_review_gives_each_button_a_letter_of_its_own(window: Any, services: Any, qtbot: Any) -> None:
    window.importer._parsed(services.plan_import.read(PLAN))
    window.show_view("import")
    qtbot.wait(10)
    view = window.importer
    for button in (view.rows_button, view.cancel_button, view.confirm_button):
        assert _letter(button.text()), button.text()
    assert not clashes(window), clashes(window)


def test_the_tree_and_the_calendar_share_no_letter(window: Any, qtbot: Any) -> None:
    for name in ("tree", "calendar"):
        window.show_view(name)
        qtbot.wait(10)
        assert not clashes(window), (name, clashes(window))
