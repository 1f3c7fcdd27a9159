"""Staff assigned to a set of agencies (migration 0007_staff_agencies), enforced in the services
for progress and exchange workbooks, set from the command line — on both engines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.__main__ import main
from app.domain.periods import Period
from app.errors import ConflictError, InputError, NotFoundError, PermissionDeniedError
from app.models import AuditEntry, ProgressUpdate, UserAgency
from app.models.database import Database
from app.services import Services
from app.services.progress import ProgressEntry
from tests.services.exchange.conftest import AS_OF, make_plan
from tests.services.exchange.helpers import FILLED, fill

Q4 = Period.parse("2021-Q4")


def written(database: Database) -> tuple[int, int]:
    with database.session() as s:
        return (s.scalar(select(func.count()).select_from(ProgressUpdate)) or 0,
                s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


@pytest.fixture
def office(database: Database) -> dict[str, int]:
    """The exchange plan (Sở Nội vụ, Sở Tài chính, two districts); clerk «an», staff «mai» for
    Sở Tài chính and UBND quận Ba Đình, staff «lan» for every agency."""
    clerk = Services(database, "an")
    ids = make_plan(clerk)
    clerk.users.add("an", "clerk")
    clerk.users.add("mai", "staff", agencies=["Sở Tài chính", "UBND quận Ba Đình"])
    clerk.users.add("lan", "staff")
    return ids


def entry(office: dict[str, int], task: str, agency: str) -> ProgressEntry:
    return ProgressEntry(node_id=office[task], agency_id=office[agency], period="2021-Q4", status="in_progress",
                         percent=30, reported_on=date(2021, 12, 10))


def test_staff_writes_the_progress_of_each_assigned_agency_and_no_other(database: Database,
                                                                       office: dict[str, int]) -> None:
    mai = Services(database, "mai")
    mai.progress.record(entry(office, "t3", "Sở Tài chính"))
    mai.progress.record(entry(office, "t1", "UBND quận Ba Đình"))
    before = written(database)
    with pytest.raises(PermissionDeniedError, match="«mai» .cán bộ nhập tiến độ. không có quyền ghi tiến độ cho cơ "
                                                   "quan này .chỉ được giao Sở Tài chính, UBND quận Ba Đình"):
        mai.progress.record(entry(office, "t1", "Sở Nội vụ"))
    with pytest.raises(PermissionDeniedError, match="không có quyền ghi tiến độ cho cơ quan này"):
        mai.progress.record_agency_report(office["Sở Nội vụ"], office["plan"], "2021-Q4", date(2021, 12, 20))
    assert written(database) == before  # nothing, not even an audit row
    Services(database, "lan").progress.record(entry(office, "t1", "Sở Nội vụ"))  # unassigned staff: every agency
    assert [u.agencies for u in Services(database, "an").users.list_users() if u.name == "mai"] == [
        ("Sở Tài chính", "UBND quận Ba Đình")]


def test_exchange_workbooks_of_other_agencies_are_refused_in_review_and_apply(
        database: Database, office: dict[str, int], tmp_path: Path) -> None:
    clerk = Services(database, "an")
    files = {f.agency_name: f.path for f in clerk.exchange.export(office["plan"], Q4, tmp_path / "out", as_of=AS_OF)}
    noi_vu = fill(files["Sở Nội vụ"], {0: FILLED}, out=tmp_path / "noi-vu.xlsx")
    tai_chinh = fill(files["Sở Tài chính"], {0: FILLED}, out=tmp_path / "tai-chinh.xlsx")
    mai = Services(database, "mai")
    theirs, own = mai.exchange.review([noi_vu, tai_chinh], today=date(2021, 12, 20))
    assert theirs.error and "không có quyền nhập biểu mẫu trao đổi cho cơ quan này" in theirs.error
    assert not own.error and own.counts["new"] == 1
    before = written(database)
    [clerks_review] = clerk.exchange.review([noi_vu], today=date(2021, 12, 20))  # a review made by someone else
    with pytest.raises(PermissionDeniedError, match="không có quyền nhập biểu mẫu trao đổi cho cơ quan này"):
        mai.exchange.apply([own, clerks_review], today=date(2021, 12, 20))
    assert written(database) == before  # one transaction: her own file was not written either
    assert mai.exchange.apply([theirs, own], today=date(2021, 12, 20)).written == 1


def test_set_role_changes_the_agencies_and_audits_them(database: Database, office: dict[str, int]) -> None:
    users = Services(database, "an").users
    users.set_role("mai", "staff", agencies=["Sở Nội vụ"])
    assert [u.agencies for u in users.list_users() if u.name == "mai"] == [("Sở Nội vụ",)]
    Services(database, "mai").progress.record(entry(office, "t1", "Sở Nội vụ"))
    users.set_role("mai", "staff")  # none named: every agency
    Services(database, "mai").progress.record(entry(office, "t3", "Sở Tài chính"))
    with database.session() as s:
        changes = s.execute(select(AuditEntry.old, AuditEntry.new).where(AuditEntry.field == "agencies")
                            .order_by(AuditEntry.id)).all()
    assert [tuple(c) for c in changes] == [("Sở Tài chính, UBND quận Ba Đình", "Sở Nội vụ"), ("Sở Nội vụ", None)]
    with pytest.raises(InputError, match="Chỉ cán bộ nhập tiến độ"):
        users.set_role("lan", "leader", agencies=["Sở Nội vụ"])
    with pytest.raises(NotFoundError, match="Không có cơ quan «Sở Xây dựng»"):
        users.add("tam", "staff", agencies=["Sở Nội vụ", "Sở Xây dựng"])
    assert "tam" not in [u.name for u in users.list_users()]


def test_merging_an_agency_keeps_the_assignment_and_an_assigned_agency_is_not_deleted(
        database: Database, office: dict[str, int]) -> None:
    clerk = Services(database, "an")
    duplicate = clerk.agencies.create("Sở Tài chánh", kind="so")
    clerk.users.set_role("lan", "staff", agencies=["Sở Tài chánh", "Sở Tài chính"])
    with pytest.raises(ConflictError, match="không xóa được"):
        clerk.agencies.delete(duplicate)
    clerk.agencies.merge(office["Sở Tài chính"], duplicate)
    with database.session() as s:
        assert set(s.scalars(select(UserAgency.agency_id))) == {office["Sở Tài chính"], office["UBND quận Ba Đình"]}
    assert [u.agencies for u in clerk.users.list_users() if u.name == "lan"] == [("Sở Tài chính",)]


def test_command_line_assigns_several_agencies(database: Database, office: dict[str, int],
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    db = database.url
    monkeypatch.setenv("THEODOI_USER", "an")
    assert main(["users", "add", "hoa", "--role", "staff", "--db", db,
                 "--agency", "Sở Nội vụ", "--agency", "UBND quận Đống Đa, UBND quận Ba Đình"]) == 0
    assert main(["users", "set-role", "mai", "staff", "--db", db, "--agency", "Sở Nội vụ,Sở Tài chính"]) == 0
    capsys.readouterr()
    assert main(["users", "list", "--db", db]) == 0
    listing = capsys.readouterr().out
    assert ("hoa\tstaff (cán bộ nhập tiến độ, cơ quan: Sở Nội vụ; UBND quận Ba Đình; UBND quận Đống Đa)"
            in listing)
    assert "mai\tstaff (cán bộ nhập tiến độ, cơ quan: Sở Nội vụ; Sở Tài chính)" in listing
    assert "lan\tstaff (cán bộ nhập tiến độ)\t" in listing
    assert main(["users", "set-role", "hoa", "leader", "--db", db, "--agency", "Sở Nội vụ"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Lỗi: Chỉ cán bộ nhập tiến độ")
    Services(database, "hoa").progress.record(entry(office, "t1", "UBND quận Đống Đa"))
    with pytest.raises(PermissionDeniedError, match="chỉ được giao Sở Nội vụ, UBND quận Ba Đình, UBND quận Đống Đa"):
        Services(database, "hoa").progress.record(entry(office, "t3", "Sở Tài chính"))

