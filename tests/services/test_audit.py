"""The audit trail: filtered by plan, agency, user and date, before/after values, XLSX export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.errors import InputError
from app.models.database import Database
from app.services import Services
from app.services.audit import AuditFilter, AuditService
from app.services.progress import ProgressEntry


@pytest.fixture
def trail(database: Database) -> dict[str, int]:
    an, lan = Services(database, "an"), Services(database, "lan")
    plan = an.plans.create_plan("Kế hoạch A", number="1/KH-UBND")
    other = an.plans.create_plan("Kế hoạch B", number="2/KH-UBND")
    task = an.nodes.add(plan, None, None, label="1", kind="task", text="Nhiệm vụ A")
    an.nodes.add(other, None, None, label="1", kind="task", text="Nhiệm vụ B")
    noi_vu = an.agencies.create("Sở Nội vụ", kind="so")
    y_te = an.agencies.create("Sở Y tế", kind="so")
    lan.progress.record(ProgressEntry(node_id=task, agency_id=noi_vu, period="2024-Q1", status="in_progress",
                                      percent=30, reported_on=date(2024, 3, 1)))
    lan.progress.record(ProgressEntry(node_id=task, agency_id=noi_vu, period="2024-Q1", status="in_progress",
                                      percent=60, reported_on=date(2024, 3, 1)),
                        expected_version=lan.progress.history(task)[0].version)
    an.plans.update_plan(plan, an.plans.plan(plan).version, title="Kế hoạch A (sửa)")
    return {"plan": plan, "other": other, "noi_vu": noi_vu, "y_te": y_te}


def test_filters_and_before_after(database: Database, trail: dict[str, int]) -> None:
    audit = AuditService(database)
    by_plan = audit.entries(AuditFilter(plan_id=trail["plan"]))
    assert {r.entity for r in by_plan} == {"Plan", "PlanNode", "ProgressUpdate"}
    assert all("Nhiệm vụ B" not in (r.new or "") for r in by_plan)
    title = next(r for r in by_plan if r.field == "title")
    assert (title.user, title.old, title.new) == ("an", "Kế hoạch A", "Kế hoạch A (sửa)")
    percent = next(r for r in by_plan if r.field == "percent")
    assert (percent.user, percent.old, percent.new) == ("lan", "30", "60")
    assert percent.cells()[2] == "sửa" and percent.cells()[3].startswith("báo cáo tiến độ #")
    by_agency = audit.entries(AuditFilter(agency_id=trail["noi_vu"]))
    assert {r.entity for r in by_agency} == {"Agency", "ProgressUpdate"}
    assert audit.entries(AuditFilter(agency_id=trail["y_te"]))[0].new == "Sở Y tế"
    assert {r.user for r in audit.entries(AuditFilter(user="lan"))} == {"lan"}
    assert audit.users() == ["an", "lan"]
    today = date.today()
    assert len(audit.entries(AuditFilter(since=today, until=today))) == len(audit.entries())
    assert audit.entries(AuditFilter(until=today - timedelta(days=2))) == []


def test_export_to_xlsx(database: Database, trail: dict[str, int], tmp_path: Path) -> None:
    audit = AuditService(database)
    out = tmp_path / "nhat-ky.xlsx"
    written = audit.export_xlsx(AuditFilter(user="lan"), out)
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1] == ("Thời điểm", "Người dùng", "Thao tác", "Đối tượng", "Trường", "Trước", "Sau")
    assert len(rows) == written + 2 and {r[1] for r in rows[2:]} == {"lan"}
    assert ("tỷ lệ hoàn thành", "30", "60") in {r[4:7] for r in rows[2:]}
    with pytest.raises(InputError):
        audit.export_xlsx(None, out)  # an existing file only with force
    if database.path is not None:
        with pytest.raises(InputError):
            audit.export_xlsx(None, database.path, force=True)
