"""The review's row filter is a proxy model (`ReviewFilter`) over the outline: it passes
QAbstractItemModelTester through every filter, edits, accepting and a directory repair, keeps a
shown row's ancestors, and everything the clerk does through the view — F8, a typed cell, one
value for several selected rows, Ctrl+Enter, the counts — lands on the right source rows while
the outline is filtered (real2 2ab9f90ee834d2c1, 140 tasks, the `review` fixture; real2 f65cdafb62bc6900 for the
24 tasks of one block missing their lead)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest

from app.ui.imports.import_view import ImportView
from app.ui.imports.review_marks import SHOW_ALL, SHOW_CHECK, SHOW_MISSING, SHOW_UNKNOWN
from app.ui.imports.review_model import NODE_ROLE, Column
from app.ui.shell.state import AppState

REAL2 = Path(__file__).resolve().parents[2] / "fixtures" / "real2"
BLOCK = REAL2 / "f65cdafb62bc6900.txt"


def _shown(view: ImportView, parent: QModelIndex = QModelIndex()) -> list[int]:
    """The source rows the proxy shows, depth first, read through the proxy's API only."""
    rows: list[int] = []
    for row in range(view.proxy.rowCount(parent)):
        index = view.proxy.index(row, 0, parent)
        rows.append(index.data(NODE_ROLE))
        rows += _shown(view, index)
    return rows


def _expected(view: ImportView, mode: int) -> list[int]:
    """The rows the filter must show: those that pass, with every ancestor, in outline order."""
    keep = {i for i, m in enumerate(view.marks) if mode == SHOW_ALL or m.shown_by(mode)}
    for row in sorted(keep, reverse=True):
        above = view.model.parents[row]
        while above >= 0 and above not in keep:
            keep.add(above)
            above = view.model.parents[above]
    return sorted(keep)


def test_the_filter_proxy_passes_the_model_tester_and_keeps_ancestors(qtbot, review: ImportView) -> None:
    tester = QAbstractItemModelTester(review.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert review.tree.model() is review.proxy
    assert _shown(review) == list(range(len(review.nodes)))
    for mode in (SHOW_CHECK, SHOW_MISSING, SHOW_UNKNOWN, SHOW_ALL, SHOW_CHECK):
        review.filter_combo.setCurrentIndex(mode)
        assert _shown(review) == _expected(review, mode), mode
        assert all(review.is_row_shown(i) == (i in _expected(review, mode)) for i in range(len(review.nodes)))
    assert 0 < len(_shown(review)) < len(review.nodes)
    # a deadline typed through the view's model, on a filtered row: read again, and the row leaves
    row = next(i for i, m in enumerate(review.marks) if m.deadline_unknown)
    assert review.proxy.setData(review.view_index(row, Column.DEADLINE), "quý III/2025")
    assert review.nodes[row].deadline_text == "quý III/2025" and not review.marks[row].needs_check
    assert not review.is_row_shown(row)
    assert _shown(review) == _expected(review, SHOW_CHECK)
    # a directory repair repaints every row; the "agencies not in the directory" rows follow it
    review.filter_combo.setCurrentIndex(SHOW_UNKNOWN)
    mention = next(m for marks in review.marks for m in marks.unknown)
    assert review.add_mention(mention)
    assert _shown(review) == _expected(review, SHOW_UNKNOWN)
    assert not any(mention in review.marks[i].unknown for i in _shown(review))
    review.reset()
    assert review.proxy.rowCount() == 0 and review.filter_combo.currentIndex() == SHOW_ALL
    del tester


def test_f8_edits_and_ctrl_enter_land_on_source_rows_in_the_filtered_outline(qtbot, review: ImportView) -> None:
    review.filter_combo.setCurrentIndex(SHOW_CHECK)
    to_check = [i for i, m in enumerate(review.marks) if m.needs_check]
    assert len(to_check) >= 3 and review.proxy.rowCount() > 0
    review.tree.setFocus()
    QTest.keyClick(review.tree, Qt.Key.Key_F8)
    first = review.current_row()
    assert first == to_check[0]
    assert review.tree.currentIndex().model() is review.proxy  # the view holds proxy indexes only
    assert review.tree.currentIndex().data(NODE_ROLE) == first
    column = review.tree.currentIndex().column()
    assert column == review.marks[first].cell_to_fix(review.nodes[first])
    QTest.keyClick(review.tree, Qt.Key.Key_F8)
    assert review.current_row() == to_check[1]
    QTest.keyClick(review.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # accept, go on
    assert to_check[1] in review.accepted and not review.marks[to_check[1]].needs_check
    assert not review.is_row_shown(to_check[1])  # left the "rows to check" outline
    assert review.current_row() == to_check[2]
    assert f"{len(to_check) - 1} dòng cần kiểm tra" in review.count_label.text()
    # back to all rows: the accepted row is there again, the current row kept
    review.filter_combo.setCurrentIndex(SHOW_ALL)
    assert review.is_row_shown(to_check[1]) and review.current_row() == to_check[2]
    assert _shown(review) == list(range(len(review.nodes)))


def test_f8_with_nothing_left_to_check_walks_the_rows_still_marked(qtbot, review: ImportView) -> None:
    """Once every row is accepted F8 still has work: the unknown agencies and missing cells."""
    for row, marks in enumerate(review.marks):
        if marks.needs_check:
            review.tree.setCurrentIndex(review.view_index(row))
            review.mark_checked()
    assert not any(m.needs_check for m in review.marks)
    marked = [i for i, m in enumerate(review.marks) if m.marked]
    assert marked
    review.tree.setCurrentIndex(QModelIndex())
    assert review.next_to_check() == marked[0]
    assert review.next_to_check() == marked[1]
    row = marked[1]
    marks = review.marks[row]
    if marks.unknown and not marks.missing_lead and not marks.missing_deadline:
        assert review.tree.currentIndex().column() in (Column.LEAD, Column.SUPPORT)


def test_one_value_typed_on_several_selected_rows_of_a_filtered_outline(qtbot, services, prompter) -> None:
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    view._parsed(services.plan_import.read(BLOCK))
    view.filter_combo.setCurrentIndex(SHOW_MISSING)
    rows = [i for i, m in enumerate(view.marks) if m.missing_lead]
    assert len(rows) >= 20 and all(view.is_row_shown(i) for i in rows)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for i in rows:
        view.tree.selectionModel().select(view.view_index(i), flags)
    assert view.selected_rows() == rows
    view.tree.setCurrentIndex(view.view_index(rows[0], Column.LEAD))
    view.tree.selectionModel().select(view.view_index(rows[0]), flags)
    assert view.proxy.setData(view.view_index(rows[0], Column.LEAD), "Ban Thường trực")  # the delegate's commit
    assert all(view.nodes[i].lead == ["Ban Thường trực"] for i in rows)
    others = [i for i, n in enumerate(view.nodes) if i not in rows and n.lead == ["Ban Thường trực"]]
    assert not others  # rows not selected are untouched
    still_missing = [i for i in rows if view.marks[i].missing_lead or view.marks[i].missing_deadline]
    assert [i for i in rows if view.is_row_shown(i)] == still_missing  # repaired rows left the outline
    assert _shown(view) == _expected(view, SHOW_MISSING)
