"""A plan stored from the import page opens in the tree, and the plans list shows it as the current plan (window12:
the list kept the plan opened before, highlighted beside another plan's outline)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtTest import QAbstractItemModelTester

PLAN = ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 135/KH-UBND\nLào Cai, ngày 26 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Phát triển cụm công nghiệp năm 2026\nI. NHIỆM VỤ\n1. Rà soát quy hoạch cụm công nghiệp\n"
        "Đơn vị chủ trì: Sở Công Thương\nThời gian hoàn thành: Quý IV/2026\n")


def test_the_stored_plan_is_current_in_the_plans_list(window: Any, services: Any, sample_plan: Any,
                                                      tmp_path: Path) -> None:
    QAbstractItemModelTester(window.plans.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    window.open_plan(sample_plan["plan"])
    assert window.plans.current_plan_id() == sample_plan["plan"]
    path = tmp_path / "135.txt"
    path.write_text(PLAN, encoding="utf-8")
    window.show_view("import")
    window.importer._parsed(services.plan_import.read(path))
    plan_id = window.importer.confirm()
    assert plan_id is not None and plan_id != sample_plan["plan"]
    assert window.tree.plan_id == plan_id
    assert window.plans.current_plan_id() == plan_id
