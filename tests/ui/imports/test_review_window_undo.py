"""The window's Undo and Redo (toolbar, Edit menu) on the import tab are the review's: named after
the review's edit, enabled as its history allows, and they undo what Ctrl+Z undoes; on the other
tabs they are the stored plans' again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QToolButton

from app.ui.imports.review_model import Column
from tests.ui.imports.conftest import read_with_unsettled_deadlines


def _button(window, name: str) -> QToolButton:  # noqa: ANN001 - the window fixture
    button = window.toolbar.widgetForAction(window.registry[name])
    assert isinstance(button, QToolButton) and button.isVisible()
    return button


def test_the_toolbar_undo_undoes_the_reviews_split_and_follows_the_tab(qtbot, window) -> None:
    undo, redo = window.registry["edit.undo"], window.registry["edit.redo"]
    window.undo_stack.push(QUndoCommand("Sửa mục của kế hoạch đã lưu"))  # an edit of the stored plans
    window.show_view("import")
    review = window.importer
    assert undo.isEnabled()  # no review yet: the tab has no history of its own
    review._parsed(read_with_unsettled_deadlines(window.services))
    assert not undo.isEnabled() and not redo.isEnabled() and undo.text() == "&Hoàn tác"
    row = next(i for i, n in enumerate(review.nodes) if n.kind == "task" and len(n.text) > 40)
    before = [(n.label, n.text) for n in review.nodes]
    text = review.nodes[row].text
    review.tree.setCurrentIndex(review.view_index(row, Column.TEXT))
    assert review.split_at(review.view_index(row, Column.TEXT), text, text.index(" ", 20))
    assert len(review.nodes) == len(before) + 1
    assert undo.isEnabled() and undo.text() == "&Hoàn tác: Tách dòng" and undo.iconText() == "Hoàn tác"
    assert not redo.isEnabled()

    qtbot.mouseClick(_button(window, "edit.undo"), Qt.MouseButton.LeftButton)
    assert [(n.label, n.text) for n in review.nodes] == before  # the review's edit, not the stored plans'
    assert window.undo_stack.index() == 1
    assert window.statusBar().currentMessage() == "Đã hoàn tác: Tách dòng"
    assert not undo.isEnabled() and redo.isEnabled() and redo.text() == "&Làm lại: Tách dòng"
    assert review.current_row() == row and review.tree.hasFocus()  # the clerk goes on where they were

    qtbot.mouseClick(_button(window, "edit.redo"), Qt.MouseButton.LeftButton)
    assert len(review.nodes) == len(before) + 1 and undo.text() == "&Hoàn tác: Tách dòng"

    window.show_view("tree")  # another tab: the stored plans' undo again
    assert undo.isEnabled() and undo.text() == "&Hoàn tác: Sửa mục của kế hoạch đã lưu" and not redo.isEnabled()
    window.registry["edit.undo"].trigger()
    assert window.undo_stack.index() == 0 and len(review.nodes) == len(before) + 1
    window.show_view("import")
    assert undo.text() == "&Hoàn tác: Tách dòng"
    review.reset()  # no review any more: the stored plans' history on the import tab too
    assert not undo.isEnabled() and redo.isEnabled() and redo.text() == "&Làm lại: Sửa mục của kế hoạch đã lưu"


def test_the_edit_menu_names_the_reviews_edit(qtbot, window) -> None:
    window.show_view("import")
    review = window.importer
    review._parsed(read_with_unsettled_deadlines(window.services))
    review.tree.setCurrentIndex(review.view_index(0, Column.TEXT))
    assert review.delete_rows()
    texts = [a.text() for a in window.menus["edit"].actions()]
    assert "&Hoàn tác: Xóa dòng" in texts and "&Làm lại" in texts
    window.menus["edit"].actions()[texts.index("&Hoàn tác: Xóa dòng")].trigger()
    assert review.nodes[0].text == read_with_unsettled_deadlines(window.services).plan.nodes[0].text
    review.reset()


def test_ctrl_z_in_the_review_says_what_it_undid_as_on_every_tab(qtbot, window) -> None:
    """The review's Ctrl+Z and Ctrl+Y are the window's Undo and Redo: the status bar names the edit."""
    from PySide6.QtTest import QTest

    window.show_view("import")
    review = window.importer
    review._parsed(read_with_unsettled_deadlines(window.services))
    review.select_only(review.view_index(0, Column.TEXT))
    assert review.delete_rows()
    review.tree.setFocus()
    QTest.keyClick(review.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Đã hoàn tác: Xóa dòng" and not review.history.done
    QTest.keyClick(review.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Đã làm lại: Xóa dòng" and review.history.done
    review.reset()


def test_tab_walks_the_review_page_as_it_reads(qtbot, window) -> None:
    """The "Rows" button came right after the outline and before the filter left of it; the buttons
    under the outline came right to left."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.resize(1024, 600)
    window.show_view("import")
    review = window.importer
    review._parsed(read_with_unsettled_deadlines(window.services))
    window.activateWindow()
    review.number_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is review.number_edit)
    walked = []
    for _ in range(12):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked == [review.title_edit, review.issuer_edit, review.follow.day, review.filter_combo, review.next_button,
                      review.rows_button, review.add_button, review.tree, review.source, review.checked_button,
                      review.cancel_button, review.confirm_button]
    review.reset()
