"""The import review's item model on the real 140-task plan (real2 2ab9f90ee834d2c1): it passes
QAbstractItemModelTester through filling, edits, a directory repair and a reset, and its tree is
the importer's outline, node for node."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.ui.imports.import_view import ImportView
from app.ui.imports.review_marks import SHOW_CHECK
from app.ui.imports.review_model import NODE_ROLE, Column
from app.ui.shell.state import AppState

BIG = Path(__file__).resolve().parents[2] / "fixtures" / "real2" / "2ab9f90ee834d2c1.txt"


def _walk(model, parent: QModelIndex) -> list[int]:
    """The positions of the rows under `parent`, depth first, read only through the model's API."""
    rows: list[int] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        assert model.parent(index) == parent
        rows.append(index.data(NODE_ROLE))
        rows += _walk(model, index)
    return rows


def test_review_model_passes_the_model_tester_on_a_real_plan(qtbot, services, prompter) -> None:
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    model = view.model
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)  # kept alive
    read = services.plan_import.read(BIG)
    view._parsed(read)
    assert sum(n.kind == "task" for n in view.nodes) >= 140
    assert model.rowCount() == len(read.plan.nodes)
    assert _walk(model, QModelIndex()) == list(range(len(view.nodes)))  # every node once, in outline order
    for row, node in enumerate(view.nodes):
        assert model.rowCount(model.index_of(row)) == len(node.children)
        assert model.index_of(row, Column.TEXT).data() == node.text.split("\n", 1)[0]
    assert model.headerData(Column.READING, Qt.Orientation.Horizontal) == "Hiểu là"
    # edits, the filter, accepting rows and a directory repair keep the model consistent
    task = next(i for i, n in enumerate(view.nodes) if n.kind == "task")
    assert model.setData(model.index_of(task, Column.DEADLINE), "quý II/2025")
    assert view.nodes[task].deadline_text == "quý II/2025" and "2025" in model.index_of(task, Column.READING).data()
    view.filter_combo.setCurrentIndex(SHOW_CHECK)
    view.next_to_check()
    view.mark_checked()
    mention = next(m for marks in view.marks for m in marks.unknown)
    assert view.add_mention(mention)
    assert all(mention not in marks.unknown for marks in view.marks)
    view.reset()
    assert model.rowCount() == 0
    del tester  # some failures are reported only when the tester lets go of the model
