"""The import review's leftovers of session 15's walk (review3): the number column cut `BƯỚC 1` to `B…`,
and a deadline pasted from a web page kept its `**`, `[ ](#)` and cell border."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.ui.imports.review_model import Column
from app.ui.imports.review_tree import LABEL_SHARE, NUMBER_WIDTH

REAL2 = Path(__file__).resolve().parents[2] / "fixtures" / "real2"


def test_the_number_column_shows_the_plans_labels_whole(review_of) -> None:
    """real2 a095b7d9d45fed2a numbers its steps `BƯỚC 1`…`BƯỚC 3` four levels deep: in a 76-px column under
    their indentation they read `B…`. The column is as wide as the widest label at its depth, within a fifth
    of the outline (a label typed longer is cut there, whole on hover), and never narrower than it was."""
    view = review_of(REAL2 / "a095b7d9d45fed2a.txt")
    view.resize(1000, 560)
    tree = view.tree
    row = next(i for i, n in enumerate(view.nodes) if n.label == "BƯỚC 1")
    view.tree.expandAll()
    cell = tree.visualRect(view.view_index(row, Column.LABEL))  # the label's room, after its indentation
    assert cell.width() >= tree.fontMetrics().horizontalAdvance("BƯỚC 1") + 8, cell
    width = tree.viewport().width()
    assert NUMBER_WIDTH <= tree.columnWidth(Column.LABEL) <= LABEL_SHARE * width
    assert tree.columnWidth(Column.TEXT) >= 0.33 * width  # the content keeps its share
    view.model.setData(view.model.index_of(row, Column.LABEL), "Bước thứ nhất của cả quá trình giới thiệu")
    assert tree.columnWidth(Column.LABEL) == int(LABEL_SHARE * width)  # within reason
    assert view.model.index_of(row, Column.LABEL).data(Qt.ItemDataRole.ToolTipRole)  # whole on hover
    view.model.set_nodes([])
    assert tree.columnWidth(Column.LABEL) == NUMBER_WIDTH


def test_a_deadline_pasted_from_a_web_page_is_cleaned_and_read(review_of) -> None:
    """7.1 of real2 35e4e5f84e96e332 gets a deadline copied from the web page of a plan: its bold marks, the
    site's empty link and the table's cell border were kept as typed: shown in the cell (`**Trước ng…`) and
    stored as the task's deadline phrase, which the reports print (the reading itself saw through them). It
    is cleaned as the reader cleans the document's cells, then read again."""
    view = review_of(REAL2 / "35e4e5f84e96e332.txt")
    row = next(i for i, n in enumerate(view.nodes) if n.label == "7.1")
    view.model.setData(view.model.index_of(row, Column.DEADLINE), "**Trước ngày 15/3/2026** [ ](#) |")
    assert view.nodes[row].deadline_text == "Trước ngày 15/3/2026"
    assert view.model.index_of(row, Column.DEADLINE).data() == "Trước ngày 15/3/2026"
    assert "15/03/2026" in view.marks[row].reading and not view.marks[row].deadline_unknown
    assert view.nodes[row].kind == "task"
    view.model.setData(view.model.index_of(row, Column.DEADLINE), "Quý II/2026 [LuatVietnam](#)")
    assert view.nodes[row].deadline_text == "Quý II/2026" and not view.marks[row].deadline_unknown
    view.model.setData(view.model.index_of(row, Column.DEADLINE), "[ ](#) |")  # junk alone: no deadline
    assert view.nodes[row].deadline_text is None and view.marks[row].missing_deadline
