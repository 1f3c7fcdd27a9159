"""Số TT holds the plan's labels (window12): a guide whose steps are `BƯỚC MỘT`, `BƯỚC BỐN` read `BƯỚC …` in a
90 px column; the column is fitted to the widest label with its indentation, within a share of the outline."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QAbstractItemModelTester

from app.ui.tree.plan_tree_model import Column
from app.ui.tree.tree_columns import LABEL_SHARE


def test_the_number_column_holds_long_labels(window: Any, services: Any, qtbot: Any) -> None:
    plan = services.plans.create_plan("Hướng dẫn quy trình hiệp thương", number="12/HD-MTTQ-BTT")
    for step in ("BƯỚC MỘT", "BƯỚC HAI", "BƯỚC BỐN"):
        section = services.nodes.add(plan, None, None, label=step, kind="section", text=step)
        services.nodes.add(plan, section, None, label="A", kind="task", text="Hội nghị hiệp thương lần thứ nhất")
    window.resize(1366, 740)
    QAbstractItemModelTester(window.tree.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    window.open_plan(plan)
    view = window.tree_view
    font = QFont(view.font())
    font.setBold(True)
    needed = QFontMetrics(font).horizontalAdvance("BƯỚC MỘT") + view.indentation()
    qtbot.waitUntil(lambda: view.columnWidth(Column.LABEL) >= needed)
    assert view.columnWidth(Column.LABEL) <= max(90, int(view.viewport().width() * LABEL_SHARE))
    window.open_plan(services.plans.create_plan("Kế hoạch ngắn", number="1/KH"))
    qtbot.waitUntil(lambda: view.columnWidth(Column.LABEL) == 90)  # short labels: the column as it was
