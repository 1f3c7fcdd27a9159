"""The review's deadline column at 1366×768 (session 18's walk): sized to a sample `quý III/2025`, it cut the
plan's phrases to `trong năm …`; it now takes the widest phrase within a fifth of the outline, the whole text a
hover away."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.resources import resource_path
from app.ui.imports.review_model import Column
from app.ui.imports.review_tree import DEADLINE_SHARE, SIDE_SAMPLES

PLAN = resource_path("samples", "ke-hoach-177-KH-UBND-2021-ha-noi.txt")


def test_the_deadline_column_shows_the_plans_phrases(review_of) -> None:
    view = review_of(PLAN)
    view.resize(1346, 640)  # the import tab of a 1366×768 window
    tree, metrics = view.tree, view.tree.fontMetrics()
    width = tree.viewport().width()
    column = tree.columnWidth(Column.DEADLINE)
    yearly = next(i for i, n in enumerate(view.nodes) if n.deadline_text == "trước ngày 15/12 hàng năm")
    assert column > metrics.horizontalAdvance("trước ngày 15/12 hàng năm") + 8  # whole
    longest = max((n.deadline_text or "" for n in view.nodes), key=metrics.horizontalAdvance)
    assert metrics.horizontalAdvance(longest) > DEADLINE_SHARE * width >= column - 1  # within reason, as labels
    assert column > metrics.horizontalAdvance(dict(SIDE_SAMPLES)[Column.DEADLINE]) * 2  # was the sample's width
    assert tree.columnWidth(Column.TEXT) >= 0.33 * width  # the content keeps its share
    index = view.model.index_of(yearly, Column.DEADLINE)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "trước ngày 15/12 hàng năm"  # whole on hover


def test_a_deadline_typed_longer_widens_the_column(review_of) -> None:
    view = review_of(PLAN)
    view.resize(1346, 640)
    metrics = view.tree.fontMetrics()
    shortest = min((n for n in view.nodes if n.deadline_text), key=lambda n: metrics.horizontalAdvance(n.deadline_text))
    view.model.set_nodes([shortest])
    narrow = view.tree.columnWidth(Column.DEADLINE)
    view.model.setData(view.model.index_of(0, Column.DEADLINE), "xong trước ngày 30/6/2026, báo cáo Sở Nội vụ")
    assert view.tree.columnWidth(Column.DEADLINE) > narrow
