"""A repair or an undo lays the review's outline out again in one reset, its marks computed before
the filter and the tree read it (no signal per row after it: each made the proxy filter and the
view repaint the row again); the model and the filter proxy pass QAbstractItemModelTester through
every repair, undo and redo, under a filter too; a repaint asks the model only cheap questions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.ui.imports.import_view import ImportView
from app.ui.imports.review_marks import SHOW_CHECK
from app.ui.imports.review_model import NODE_ROLE, Column


def _outline(view: ImportView) -> list[tuple[int, str]]:
    """(depth, first line) of every node of the plan under review, from the nodes themselves."""
    rows: list[tuple[int, str]] = []

    def add(nodes, depth: int) -> None:  # noqa: ANN001
        for node in nodes:
            rows.append((depth, node.text.split("\n", 1)[0]))
            add(node.children, depth + 1)

    assert view.plan is not None
    add(view.plan.nodes, 0)
    return rows


def _shown(model, parent: QModelIndex = QModelIndex(), depth: int = 0) -> list[tuple[int, str]]:  # noqa: ANN001, B008
    rows: list[tuple[int, str]] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        assert model.parent(index) == parent
        rows.append((depth, model.index(row, Column.TEXT, parent).data()))
        rows += _shown(model, index, depth + 1)
    return rows


def test_repairs_and_undo_keep_the_model_and_the_proxy_sound(qtbot, review: ImportView) -> None:
    model = review.model
    testers = [QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Fatal)
               for m in (model, review.proxy)]
    changed: list[int] = []
    model.dataChanged.connect(lambda first, _last, _roles: changed.append(first.row()))
    row = next(i for i, n in enumerate(review.nodes) if n.label == "2" and n.kind == "task")
    before = _outline(review)
    steps = (review.lower_rows, review.raise_rows, review.merge_up, review.undo, review.delete_rows, review.undo,
             review.redo, review.undo, review.undo, review.undo)
    for number, step in enumerate(steps):
        if number == 7:
            review.filter_combo.setCurrentIndex(SHOW_CHECK)
        if review.is_row_shown(row):  # under the filter the undo needs no row
            review.select_only(review.view_index(row, Column.TEXT))
        assert step()
        assert _shown(model) == _outline(review)  # the model is the outline under review, node for node
        assert all(review.tree.isExpanded(review.view_index(r)) for r, below in model.below.items()
                   if r >= 0 and below and review.is_row_shown(r))
        if number >= 7:  # the filter shows the rows to check (and their parents) of the outline laid out again
            assert all(model.marks[r].needs_check for r in range(len(model.nodes))
                       if review.is_row_shown(r) and not model.below[r])
    assert _outline(review) == before and not review.history.done
    assert not changed  # laid out with their marks: no row signalled again
    assert model.index_of(row, Column.TEXT).data(NODE_ROLE) == row
    assert model.index_of(row, Column.TEXT).data(Qt.ItemDataRole.FontRole) is None
    assert model.flags(model.index_of(row)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(QModelIndex()) and model.data(QModelIndex()) is None
    assert not model.index(0, Column.TEXT, model.index_of(row, Column.TEXT)).isValid()  # children hang off column 0
    del testers  # some failures are reported only when the tester lets go of the model
