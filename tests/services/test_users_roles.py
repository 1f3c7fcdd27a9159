"""Users and roles, enforced in the services on both engines; passwords hashed; the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.__main__ import main
from app.domain.roles import MATRIX, Permission
from app.errors import PermissionDeniedError
from app.models import AuditEntry, Plan, ProgressUpdate, User
from app.models.database import Database
from app.resources import resource_path
from app.services import Services
from app.services.progress import ProgressEntry
from app.services.users import password_matches

SAMPLE = resource_path("samples") / "ke-hoach-194-KH-UBND-2023-can-tho.txt"


def counts(database: Database) -> tuple[int, int, int]:
    with database.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0  # type: ignore[return-value]
                     for m in (Plan, ProgressUpdate, AuditEntry))


@pytest.fixture
def office(database: Database) -> dict[str, int]:
    """A plan with one task, two agencies; a clerk, a leader, staff for every agency and staff
    assigned to one agency."""
    clerk = Services(database, "an")
    plan = clerk.plans.create_plan("Kế hoạch", number="1/KH-UBND")
    task = clerk.nodes.add(plan, None, None, label="1", kind="task", text="Nhiệm vụ")
    noi_vu = clerk.agencies.create("Sở Nội vụ", kind="so")
    y_te = clerk.agencies.create("Sở Y tế", kind="so")
    clerk.users.add("an", "clerk", full_name="Nguyễn Văn An")
    clerk.users.add("hung", "leader")
    clerk.users.add("lan", "staff")
    clerk.users.add("mai", "staff", agencies=["Sở Y tế"])
    return {"plan": plan, "task": task, "noi_vu": noi_vu, "y_te": y_te}


def progress(office: dict[str, int], agency: str) -> ProgressEntry:
    return ProgressEntry(node_id=office["task"], agency_id=office[agency], period="2024-Q1", status="in_progress",
                         percent=40, reported_on=date(2024, 3, 10))


def test_staff_records_progress_but_cannot_edit_plans(database: Database, office: dict[str, int]) -> None:
    lan = Services(database, "lan")
    lan.progress.record(progress(office, "noi_vu"))
    before = counts(database)
    for action in (lambda: lan.plans.create_plan("Kế hoạch khác"),
                   lambda: lan.plans.update_plan(office["plan"], None, title="Đổi tên"),
                   lambda: lan.nodes.add(office["plan"], None, None, label="2", kind="task", text="Thêm"),
                   lambda: lan.agencies.create("Sở Tài chính", kind="so"),
                   lambda: lan.users.add("ai_do", "clerk")):
        with pytest.raises(PermissionDeniedError, match="«lan» \\(cán bộ nhập tiến độ\\) không có quyền"):
            action()
    assert counts(database) == before  # nothing written, not even an audit row


def test_staff_assigned_to_an_agency_writes_only_its_progress(database: Database, office: dict[str, int]) -> None:
    mai = Services(database, "mai")
    mai.progress.record(progress(office, "y_te"))
    before = counts(database)
    with pytest.raises(PermissionDeniedError, match="quyền ghi tiến độ cho cơ quan này .chỉ được giao Sở Y tế"):
        mai.progress.record(progress(office, "noi_vu"))
    assert counts(database) == before


def test_leader_reads_and_prints_but_does_not_record(database: Database, office: dict[str, int],
                                                    tmp_path: Path) -> None:
    hung = Services(database, "hung")
    assert [p.title for p in hung.plans.list_plans()] == ["Kế hoạch"]
    with pytest.raises(PermissionDeniedError, match="«hung» \\(lãnh đạo\\) không có quyền ghi tiến độ"):
        hung.progress.record(progress(office, "noi_vu"))
    content = hung.reports.task_list(office["plan"])
    hung.reports.export(content, "xlsx", tmp_path / "danh-muc.xlsx", plan_id=office["plan"])
    assert (tmp_path / "danh-muc.xlsx").stat().st_size > 0
    with pytest.raises(PermissionDeniedError, match="không có quyền in báo cáo"):
        Services(database, "lan").reports.export(content, "xlsx", tmp_path / "khong.xlsx", plan_id=office["plan"])
    assert not (tmp_path / "khong.xlsx").exists()


def test_disabled_and_unknown_users(database: Database, office: dict[str, int]) -> None:
    Services(database, "an").users.disable("lan")
    with pytest.raises(PermissionDeniedError, match="«lan» đã bị khóa"):
        Services(database, "lan").progress.record(progress(office, "noi_vu"))
    stranger = Services(database, "khach")
    if database.path is not None:  # single-user SQLite: any OS user is a clerk, nothing asked
        stranger.plans.create_plan("Kế hoạch của máy này")
    else:
        with pytest.raises(PermissionDeniedError, match="«khach» không có trong danh sách người dùng"):
            stranger.plans.create_plan("Kế hoạch của người lạ")


def test_passwords_are_stored_as_scrypt_hashes(database: Database, office: dict[str, int]) -> None:
    clerk = Services(database, "an").users
    clerk.set_password("lan", "mat-khau-bi-mat")
    with database.session() as s:
        stored = s.scalar(select(User.password_hash).where(User.name == "lan"))
    assert stored and stored.startswith("scrypt$") and "mat-khau-bi-mat" not in stored
    assert password_matches("mat-khau-bi-mat", stored) and not password_matches("sai", stored)
    assert Services(database, "lan").users.sign_in("mat-khau-bi-mat").role == "staff"
    with pytest.raises(PermissionDeniedError, match="Đăng nhập không được"):
        Services(database, "lan").users.sign_in("sai")


def test_the_matrix_gives_clerks_everything_but_approval() -> None:
    assert MATRIX["clerk"] == frozenset(Permission) - {Permission.APPROVE}
    assert MATRIX["staff"] == {Permission.RECORD_PROGRESS, Permission.IMPORT_EXCHANGE}
    assert MATRIX["leader"] == {Permission.PRINT, Permission.APPROVE}


def test_command_line_staff_import_is_refused_in_one_line_clerk_import_succeeds(
        database: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = database.url
    monkeypatch.delenv("THEODOI_USER", raising=False)
    assert main(["users", "add", "an", "--role", "clerk", "--db", db]) == 0
    assert main(["users", "add", "lan", "--role", "staff", "--db", db, "--user", "an"]) == 0
    capsys.readouterr()
    before = counts(database)
    assert main(["import-plan", str(SAMPLE), "--db", db, "--user", "lan"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Lỗi: ") and "không có quyền nhập kế hoạch" in err[0]
    assert counts(database) == before
    monkeypatch.setenv("THEODOI_USER", "an")
    assert main(["import-plan", str(SAMPLE), "--db", db]) == 0
    assert counts(database)[0] == before[0] + 1
    assert main(["users", "list", "--db", db]) == 0
    listing = capsys.readouterr().out
    assert "an\tclerk (chuyên viên theo dõi)" in listing and "lan\tstaff (cán bộ nhập tiến độ)" in listing
