"""The writers added since session 12 fail as a clerk's machine fails and change nothing: the database locked
by another program's write, a full disk, an error after every row of the write is made. Each compared with
the database's dump (`iterdump`) taken before.

The writers: the review's repairs (add a name to the directory, confirm a name an earlier import proposed,
record it as another name of a listed agency — a merge, a backup first), the first-run assistant (the office
renamed, an agency list), the exchange's receiving of forms, the backup folder, the day a plan is followed
from. (A damaged file: tests/models/test_damaged_while_open.py; names: test_directory_names.py.)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session
from storage_faults import dump, fill_database_writes, fill_disk, small_disk

from app.__main__ import main
from app.domain import exchange as x
from app.domain.periods import Period
from app.errors import DatabaseBusyError, StorageError
from app.models import sqlite_files
from app.models.database import Database, open_database
from app.services import Services
from app.services.nodes import AssigneeSpec
from app.services.onboarding import OnboardingService
from app.services.storage import set_automatic_backup_folder
from tests.services.exchange.conftest import AS_OF, planned
from tests.services.exchange.helpers import fill


@dataclasses.dataclass
class Office:
    """A database file with an office, a plan, a name an import proposed, and every agency's form filled."""

    path: Path
    plan: int
    forms: Path


@pytest.fixture(scope="module")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    root = tmp_path_factory.mktemp("office")
    with planned(root) as (services, ids):
        services.onboarding.save_office(dataclasses.replace(services.reports.office(), issuing_body="Sở Nội vụ"))
        proposed = services.agencies.create("Ban Chỉ đạo 389", proposed=True)
        services.nodes.set_assignments(ids["t3"], [AssigneeSpec("lead", agency_id=ids["Sở Tài chính"]),
                                                   AssigneeSpec("support", agency_id=proposed)])
        files = services.exchange.export(ids["plan"], Period.parse("2021-Q4"), root / "phieu", as_of=AS_OF)
        for form in files:  # each agency's first task: five rows in five files
            fill(form.path, {0: {x.STATUS: "Đang thực hiện", x.PERCENT: 40, x.RESULT: "Đã rà soát 12 thủ tục"}})
    return Office(root / "theodoi.db", ids["plan"], root / "phieu")


@pytest.fixture
def office(office_template: Office, tmp_path: Path) -> Office:
    path = tmp_path / "theodoi.db"
    path.write_bytes(office_template.path.read_bytes())
    return dataclasses.replace(office_template, path=path)


def _renamed(services: Services) -> object:
    return services.onboarding.save_office(
        dataclasses.replace(services.reports.office(), issuing_body="Sở Nội vụ tỉnh Hà Tĩnh"))


def _followed(services: Services, office: Office) -> object:
    return services.plans.update_plan(office.plan, services.plans.plan(office.plan).version,
                                      followed_from=date(2021, 7, 1))


WRITERS: dict[str, Callable[[Services, Office], object]] = {
    "review: add to directory": lambda s, o: s.import_review.add_mention("Sở Văn hóa, Thể thao và Du lịch"),
    "review: confirm a proposed name": lambda s, o: s.import_review.add_mention("Ban Chỉ đạo 389"),
    "review: another name of (merge)": lambda s, o: s.import_review.alias_mention("Ban Chỉ đạo 389", "Sở Nội vụ"),
    "assistant: the office renamed": lambda s, o: _renamed(s),
    "assistant: agency list": lambda s, o: s.onboarding.import_agencies(
        OnboardingService.parse_list("Sở Tư pháp\nSở Y tế\nSở Xây dựng")),
    "exchange: forms received": lambda s, o: s.exchange.apply(s.exchange.review([o.forms], today=AS_OF),
                                                               today=AS_OF),
    "backup folder": lambda s, o: set_automatic_backup_folder(s.plans.db, str(o.path.parent / "kho"), "tester"),
    "plan: followed from": _followed,
}


@pytest.fixture
def opened(office: Office) -> Iterator[Database]:
    db = open_database(office.path)
    yield db
    db.dispose()


@pytest.mark.parametrize("writer", list(WRITERS))
def test_each_writer_writes_on_a_sound_database(office: Office, opened: Database, writer: str) -> None:
    """The control: each writer really changes the database, so the refusals below are the failure's doing."""
    before = dump(office.path)
    WRITERS[writer](Services(opened, user="tester"), office)
    opened.dispose()
    assert dump(office.path) != before


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_database_another_program_is_writing_is_busy_and_nothing_changes(
        office: Office, writer: str, monkeypatch: pytest.MonkeyPatch, hold_write_lock: Any) -> None:
    monkeypatch.setattr(sqlite_files, "BUSY_TIMEOUT_MS", 300)  # read when the engine is made
    db = open_database(office.path)
    before = dump(office.path)
    holder = hold_write_lock(office.path, 30.0)
    try:
        with pytest.raises(DatabaseBusyError, match="đang bận"):
            WRITERS[writer](Services(db, user="tester"), office)
    finally:
        holder.kill()  # its own write rolls back with it
        holder.wait(timeout=30)
        db.dispose()
    assert dump(office.path) == before


class _FailAtCommit(RuntimeError):
    """Stands for anything that goes wrong after a writer made all of its rows (a bug, a lost connection)."""


def _fail_at_commit(db: Database) -> None:
    """Every transaction that wrote something fails at its commit, after its last row: the write's every step has
    been sent to the database by then (flushed inserts and updates, bulk updates), so a step that committed on
    its own, or a transaction split in two, would show in the dump."""
    factory = db.session_factory

    @event.listens_for(factory, "after_flush")
    def _wrote(session: Session, _context: object) -> None:
        session.info["wrote"] = True

    @event.listens_for(factory, "do_orm_execute")
    def _bulk(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            state.session.info["wrote"] = True

    @event.listens_for(factory, "before_commit")
    def _fail(session: Session) -> None:
        session.flush()  # what is still pending (the commit would flush it next)
        if session.info.pop("wrote", False):
            raise _FailAtCommit("after the last row")


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_failure_after_the_last_row_leaves_the_database_as_it_was(office: Office, opened: Database,
                                                                    writer: str) -> None:
    before = dump(office.path)
    _fail_at_commit(opened)
    with pytest.raises(_FailAtCommit):
        WRITERS[writer](Services(opened, user="tester"), office)
    opened.dispose()
    assert dump(office.path) == before


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_full_disk_mid_write_says_so_and_nothing_changes(office: Office, tmp_path: Path, writer: str) -> None:
    """The database on a disk of its own, opened while it had room, then filled to the last byte: the write
    (its WAL frames; the merge's backup first) finds no room. Where no disk can be mounted, SQLite's driver
    refuses each write as a full disk does (`storage_faults.fill_database_writes`)."""
    with small_disk(tmp_path / "o-dia") as real:
        path = tmp_path / "o-dia" / "theodoi.db"
        path.write_bytes(office.path.read_bytes())
        db = open_database(path)
        try:
            before = dump(path)
            pad = fill_disk(path.parent) if real else None
            if not real:
                fill_database_writes(db.engine)
            with pytest.raises(StorageError, match="đầy"):
                WRITERS[writer](Services(db, user="tester"), dataclasses.replace(office, path=path))
        finally:
            db.dispose()
        if pad is not None:
            pad.unlink()
        assert dump(path) == before


def test_forms_received_while_another_program_writes_say_busy_on_the_command_line(
        office: Office, monkeypatch: pytest.MonkeyPatch, hold_write_lock: Any,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sqlite_files, "BUSY_TIMEOUT_MS", 300)
    before = dump(office.path)
    holder = hold_write_lock(office.path, 30.0)
    try:
        code = main(["exchange", "import", "--db", str(office.path), str(office.forms)])
    finally:
        holder.kill()
        holder.wait(timeout=30)
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and err == ["Lỗi: Cơ sở dữ liệu đang bận (một chương trình khác đang ghi). Hãy thử lại sau "
                                 "giây lát."], err
    assert dump(office.path) == before
