"""A leader's approval locks a plan's period until a clerk unlocks it (both audited); the approval
names the printed report. On both engines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.periods import Period
from app.errors import ConflictError, InputError, PermissionDeniedError
from app.models import AuditEntry
from app.models.database import Database
from app.services import Services
from app.services.progress import ProgressEntry


@pytest.fixture
def office(database: Database) -> dict[str, int]:
    clerk = Services(database, "an")
    plan = clerk.plans.create_plan("Kế hoạch", number="1/KH-UBND")
    task = clerk.nodes.add(plan, None, None, label="1", kind="task", text="Nhiệm vụ")
    agency = clerk.agencies.create("Sở Nội vụ", kind="so")
    clerk.users.add("an", "clerk")
    clerk.users.add("hung", "leader")
    clerk.users.add("lan", "staff")
    return {"plan": plan, "task": task, "agency": agency}


def entry(office: dict[str, int], period: str, percent: int = 40) -> ProgressEntry:
    return ProgressEntry(node_id=office["task"], agency_id=office["agency"], period=period, status="in_progress",
                         percent=percent, reported_on=date(2024, 3, 10))


def print_report(services: Services, plan: int, tmp_path: Path) -> int:
    content = services.reports.progress(plan, Period.parse("2024-Q1"), date(2024, 3, 14))
    return services.reports.export(content, "docx", tmp_path / "bao-cao.docx", plan_id=plan, period="2024-Q1",
                                   as_of=date(2024, 3, 14))


def test_approval_locks_the_period_until_a_clerk_unlocks_it(database: Database, office: dict[str, int],
                                                           tmp_path: Path) -> None:
    lan, hung, an = Services(database, "lan"), Services(database, "hung"), Services(database, "an")
    lan.progress.record(entry(office, "2024-Q1"))
    with pytest.raises(InputError, match="Chưa in báo cáo kỳ 2024-Q1"):
        hung.approvals.approve(office["plan"], "2024-Q1")
    snapshot = print_report(an, office["plan"], tmp_path)
    with pytest.raises(PermissionDeniedError, match="không có quyền phê duyệt"):
        an.approvals.approve(office["plan"], "2024-Q1")
    approval = hung.approvals.approve(office["plan"], "2024-Q1")
    assert approval.snapshot_id == snapshot and hung.approvals.approvals(office["plan"])[-1] == approval
    assert approval.note.startswith("Đã phê duyệt: hung, ")

    for period in ("2024-Q1", "2024-M02"):  # the quarter and a month inside it
        with pytest.raises(ConflictError, match="đã được «hung» phê duyệt lúc .*bị khóa"):
            lan.progress.record(entry(office, period, 90))
    lan.progress.record(entry(office, "2024-Q2", 10))  # another period stays open
    with pytest.raises(PermissionDeniedError, match="không có quyền mở khóa"):
        hung.approvals.unlock(office["plan"], "2024-Q1")

    an.approvals.unlock(office["plan"], "2024-Q1")
    q1 = next(v for v in lan.progress.history(office["task"]) if v.period == "2024-Q1")
    lan.progress.record(entry(office, "2024-Q1", 90), expected_version=q1.version)
    with database.session() as s:
        actions = s.execute(select(AuditEntry.user, AuditEntry.action).where(
            AuditEntry.entity == "PeriodApproval").order_by(AuditEntry.id)).all()
    assert [tuple(a) for a in actions] == [("hung", "approve"), ("an", "unlock")]
    assert an.approvals.approvals(office["plan"])[0].unlocked_by == "an"


def test_command_line_approve_and_unlock(database: Database, office: dict[str, int], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from app.__main__ import main

    print_report(Services(database, "an"), office["plan"], tmp_path)
    args = ["--db", database.url, "--plan", "1/KH-UBND", "--period", "2024-Q1"]
    assert main(["approve", *args, "--user", "lan"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "«lan» (cán bộ nhập tiến độ) không có quyền phê duyệt" in err[0]
    assert main(["approve", *args, "--user", "hung"]) == 0
    assert "Đã phê duyệt: hung" in capsys.readouterr().out
    with pytest.raises(ConflictError):
        Services(database, "lan").progress.record(entry(office, "2024-Q1"))
    assert main(["unlock", *args, "--user", "an"]) == 0
    Services(database, "lan").progress.record(entry(office, "2024-Q1"))
