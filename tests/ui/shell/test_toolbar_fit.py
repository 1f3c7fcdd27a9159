"""The toolbar at 1024×600 (session 9's leftover): "Báo cáo tiến độ", the clerk's most used report,
was hidden behind » with "Tìm trong mọi kế hoạch". Now the long names have short toolbar words (the
tooltip keeps the whole name and the key) and the report comes second: every action is in sight, on
every tab, in Vietnamese and in English, with Undo naming an edit."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QToolButton

from app.ui.shell.main_window import MainWindow
from app.ui.shell.menus import TOOLBAR


def _hidden(window: MainWindow) -> list[str]:
    """The toolbar's actions not shown on it (behind », the extension button)."""
    window.toolbar.updateGeometry()
    hidden = []
    for name in (n for n in TOOLBAR if n is not None):
        button = window.toolbar.widgetForAction(window.registry[name])
        if not isinstance(button, QToolButton) or not button.isVisible() or \
                button.geometry().right() > window.toolbar.width():
            hidden.append(name)
    return hidden


def _extension_shown(window: MainWindow) -> bool:
    extension = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    return extension is not None and extension.isVisible()


@pytest.mark.parametrize("view", ["tree", "import"])
def test_every_toolbar_action_is_in_sight_at_1024(qtbot, window: MainWindow, view: str) -> None:
    window.resize(1024, 600)
    window.show_view(view)
    window.undo_stack.push(QUndoCommand("Sửa nội dung mục"))  # Undo names an edit in the menu, not on the bar
    qtbot.waitUntil(lambda: window.toolbar.width() <= 1024)
    assert not _hidden(window) and not _extension_shown(window)
    assert window.toolbar.actions()[0] is window.registry["plan.import"]
    assert window.toolbar.actions()[1] is window.registry["report.progress"]
    report = window.toolbar.widgetForAction(window.registry["report.progress"])
    assert report.text() == "Báo cáo tiến độ"
    find = window.registry["edit.find"]  # a short word on the bar, the whole name and key on hover
    assert find.iconText() == "Tìm kiếm" and find.toolTip() == "Tìm trong mọi kế hoạch… (Ctrl+F)"
    assert window.registry["plan.import"].toolTip().startswith("Nhập văn bản kế hoạch")
    assert window.registry["edit.undo"].iconText() == "Hoàn tác"
    assert window.commands.toggle_language() == "en"
    try:
        assert window.registry["edit.add_child"].iconText() == "Sub-item"
        qtbot.waitUntil(lambda: not _hidden(window))
        assert not _extension_shown(window)
    finally:
        assert window.commands.toggle_language() == "vi"
    assert window.registry["edit.add_child"].iconText() == "Mục con"
