"""Nothing committed is lost when the process dies, and concurrent writers never corrupt the file."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from app.errors import DatabaseBusyError, StorageError
from app.models import database as database_module
from app.models import sqlite_files
from app.models.database import open_database

WRITER = """
import sys
from datetime import date
from app.models import ProgressUpdate
from app.models.database import open_database
db = open_database(sys.argv[1])
start = int(sys.argv[2])
for i in range(start, start + 100000):
    with db.session() as s:
        s.add(ProgressUpdate(node_id=1, agency_id=1, period=f"{i:08d}", status="in_progress", percent=i % 100,
                             result="Kết quả số %d" % i, reported_on=date(2024, 1, 1)))
    print(i, flush=True)
"""

@pytest.fixture
def db_path(database_file: Path) -> Path:
    return database_file


def test_killed_writer_loses_no_committed_update(db_path: Path) -> None:
    rng = random.Random(20261122)
    reported: set[int] = set()
    start = 0
    for _round in range(4):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), str(start)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        first = child.stdout.readline()  # wait until it really writes
        assert first.strip().isdigit(), first
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
        numbers = [int(line) for line in (first + rest).split() if line.isdigit()]
        reported.update(numbers)
        conn = sqlite3.connect(db_path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = {int(p) for (p,) in conn.execute("SELECT period FROM progress_updates")}
        finally:
            conn.close()
        assert reported <= stored, f"lost commits: {sorted(reported - stored)[:5]}"
        start = max(stored) + 1  # a commit may land after the last line the child could print
    assert len(reported) > 4


def test_second_writer_waits_for_the_lock_then_succeeds(db_path: Path, hold_write_lock) -> None:
    holder = hold_write_lock(db_path, 1.0)
    db = open_database(db_path)
    try:
        with db.session() as s:
            s.execute(text("INSERT INTO audit_log (user, action, entity) VALUES ('second', 'write', 'test')"))
        with db.engine.connect() as conn:
            users = conn.execute(text("SELECT user FROM audit_log WHERE entity = 'test'")).scalars().all()
        assert sorted(users) == ["holder", "second"]
    finally:
        db.dispose()
        holder.wait(timeout=30)


def test_writer_blocked_too_long_gets_a_clear_busy_error(db_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          hold_write_lock) -> None:
    db = open_database(db_path)
    db.dispose()
    monkeypatch.setattr(sqlite_files, "BUSY_TIMEOUT_MS", 300)
    db = database_module.Database(db.url, database_module.create_configured_engine(db.url), db.session_factory)
    db.session_factory.configure(bind=db.engine)
    holder = hold_write_lock(db_path, 3.0)
    try:
        with pytest.raises(DatabaseBusyError, match="đang bận"):
            with db.session() as s:
                s.execute(text("INSERT INTO audit_log (user, action, entity) VALUES ('late', 'write', 'test')"))
    finally:
        holder.wait(timeout=30)
        db.dispose()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM audit_log WHERE user = 'late'").fetchone() == (0,)
    finally:
        conn.close()


def test_full_disk_gives_a_clear_message_and_keeps_nothing(db_path: Path) -> None:
    """SQLite's page limit stands in for a full disk: the same 'database or disk is full' error."""
    db = open_database(db_path)
    try:
        with pytest.raises(StorageError, match="đầy"):
            with db.session() as s:
                pages = s.execute(text("PRAGMA page_count")).scalar()
                s.execute(text(f"PRAGMA max_page_count = {pages + 3}"))
                for i in range(200):
                    s.execute(text("INSERT INTO audit_log (user, action, entity, new) VALUES ('u', 'x', 'full', :v)"),
                              {"v": "Nội dung dài " * 400 + str(i)})
    finally:
        db.dispose()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM audit_log WHERE entity = 'full'").fetchone() == (0,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
