"""A plan without a number is named in the plans list and on the command line by its caption (window11).

The Party demo's two sample plans have no number: the list's number column was empty beside their titles, and
`python -m app screenshot --plan` could not open them (it looked for a number only).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.ui.plans.plans_panel import PLAN_ID_ROLE, PlanColumn
from app.ui.shell.main_window import MainWindow

_TITLE = "Về nâng cao chất lượng đội ngũ cán bộ diện Ban Thường vụ quản lý"


def test_the_number_column_shows_the_kind_of_a_plan_without_number(window: Any, qtbot: Any, services: Any,
                                                                   sample_plan: dict[str, int]) -> None:
    plan = services.plans.create_plan(_TITLE, doc_type="NQ")
    window.resize(1366, 768)
    window.plans.set_plans(services.plans.list_plans(window.state.as_of()))
    model = window.plans.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    rows = {model.index(r, 0).data(PLAN_ID_ROLE): r for r in range(model.rowCount())}
    number = model.index(rows[plan], PlanColumn.NUMBER)
    assert number.data() == "Nghị quyết"
    assert number.data(Qt.ItemDataRole.ToolTipRole).startswith("Nghị quyết")
    assert model.index(rows[sample_plan["plan"]], PlanColumn.NUMBER).data() == "177/KH-UBND"


def test_screenshot_opens_a_plan_by_its_caption_or_id(tmp_path: Path, database: Any, services: Any,
                                                      sample_plan: dict[str, int], qapp: Any, monkeypatch: Any) -> None:
    from app.__main__ import main

    plan = services.plans.create_plan(_TITLE, doc_type="NQ")
    opened: list[int | None] = []
    close = MainWindow.close

    def noting_close(self: MainWindow) -> bool:
        opened.append(self.tree.plan_id)
        return close(self)

    monkeypatch.setattr(MainWindow, "close", noting_close)
    args = ["screenshot", "--db", database.display_name, "--view", "tree", "--size", "1366x768"]
    for n, selector in enumerate(("Nghị quyết “Về nâng cao chất lượng đội ngũ…”", str(plan), "177/KH-UBND")):
        assert main([*args, "--out", str(tmp_path / f"tree{n}.png"), "--plan", selector]) == 0, selector
    assert opened == [plan, plan, sample_plan["plan"]]
