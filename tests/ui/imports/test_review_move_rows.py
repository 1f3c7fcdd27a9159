"""The review's Ctrl+↑/↓ (window9): a row moves up or down among the rows of its level, its sub-rows with it,
as in the plan tree — clerk8 typed a missed item with Insert (after the current row's sub-rows), stored the plan
and moved the item in the tree with Ctrl+↑."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.imports.review_model import Column
from tests.ui.imports.conftest import read_with_unsettled_deadlines

CTRL = Qt.KeyboardModifier.ControlModifier


def test_an_inserted_item_goes_up_before_the_row_it_was_typed_after(window: Any, qtbot: Any, prompter: Any,
                                                                   sample_plan: dict[str, int]) -> None:
    window.show_view("import")
    review = window.importer
    review._parsed(read_with_unsettled_deadlines(window.services))
    stored_order = window.services.plans.tree(sample_plan["plan"])
    parent = next(n for n in review.nodes if len(n.children) >= 2 and n.children[0].children)
    first = parent.children[0]
    review.tree.setCurrentIndex(review.view_index(review.nodes.index(first), Column.TEXT))
    review.tree.setFocus()
    QTest.keyClick(review.tree, Qt.Key.Key_Insert)  # after `first` and its sub-rows, at its level
    QTest.keyClick(review.tree.focusWidget(), Qt.Key.Key_Escape)
    added = parent.children[1]
    assert added.text == "" and review.nodes[review.current_row()] is added
    QTest.keyClick(review.tree, Qt.Key.Key_Up, CTRL)
    assert parent.children[:2] == [added, first] and first.children  # `first` keeps its sub-rows
    assert review.nodes[review.current_row()] is added  # the row moved stays current: a second press goes on
    QTest.keyClick(review.tree, Qt.Key.Key_Up, CTRL)  # the first of its level: it does not leave its parent
    assert parent.children[0] is added
    QTest.keyClick(review.tree, Qt.Key.Key_Down, CTRL)
    assert parent.children[:2] == [first, added]
    parent_row = review.nodes.index(parent)
    QTest.keyClick(review.tree, Qt.Key.Key_Z, CTRL)  # the outline as it was before the move down (a copy)
    assert [n.text for n in review.nodes[parent_row].children[:2]] == ["", first.text]
    assert window.services.plans.tree(sample_plan["plan"]) == stored_order  # the window's Ctrl+↑ did not act
    review.add_repair_actions(review.rows_menu)
    texts = [a.text() for a in review.rows_menu.actions()]
    assert "Chuyển lên (trong cùng cấp)\tCtrl+Up" in texts and "Chuyển xuống (trong cùng cấp)\tCtrl+Down" in texts
    prompter.answers.append(True)  # closing the window drops the review's corrections: yes
