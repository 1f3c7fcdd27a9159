"""The program's own reads of the database it has open keep that connection's SQLite locks.

Why (session 19, wal19): on POSIX, closing ANY descriptor of a file drops every fcntl lock the process
holds on it. The header read of `inspect_sqlite_file` (a backup or `check` from the window) opened the
live file with a plain `open()`; a second program reading the database then believed it was alone,
checkpointed and deleted the WAL our connection went on writing into: what the program wrote next was
invisible to every other program and gone on reopen after a crash. The second process here is a plain
`sqlite3` connection, as the `sqlite3` shell or another copy of the program would be.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from app.models.database import Database, open_database
from app.models.database_checks import inspect_sqlite_file
from app.outputs import check_output
from app.services.storage import backup_database, check_database

READER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
print(conn.execute("SELECT count(*) FROM office_settings WHERE key LIKE 'wal19-%'").fetchone()[0])
conn.close()
"""


def other_program_counts(path: Path) -> int:
    """What another process sees; its close checkpoints and deletes the WAL when it believes it is alone."""
    done = subprocess.run([sys.executable, "-c", READER, str(path)], capture_output=True, text=True, check=True)
    return int(done.stdout)


def write(db: Database, key: str) -> None:
    with db.session() as s:
        s.execute(text("INSERT INTO office_settings (key, value) VALUES (:k, '1')"), {"k": key})


OWN_READS: dict[str, Callable[[Path], object]] = {
    "open check": lambda path: inspect_sqlite_file(path, thorough=False),
    "check command": lambda path: check_database(str(path)),
    "backup": lambda path: backup_database(str(path), path.with_name("saoluu.db")),
    "output guard": lambda path: check_output(path.with_name("bao-cao.docx"), protected=[path]),
}


@pytest.mark.parametrize("own_read", OWN_READS.values(), ids=OWN_READS.keys())
def test_other_programs_see_every_write_after_our_own_reads(database_file: Path,
                                                            own_read: Callable[[Path], object]) -> None:
    db = open_database(database_file)
    try:
        write(db, "wal19-before")
        own_read(database_file)
        assert other_program_counts(database_file) == 1
        write(db, "wal19-after")
        # With the locks dropped, the reader above deleted the WAL and this write went to an unlinked file.
        assert database_file.with_name(database_file.name + "-wal").exists()
        assert other_program_counts(database_file) == 2
    finally:
        db.dispose()
    reopened = open_database(database_file)
    try:
        with reopened.session() as s:
            assert s.execute(text("SELECT count(*) FROM office_settings WHERE key LIKE 'wal19-%'")).scalar() == 2
    finally:
        reopened.dispose()


def test_a_file_that_is_not_sqlite_is_still_refused_as_not_ours(tmp_path: Path) -> None:
    """The header is now read by SQLite first: another kind of file keeps its own message."""
    from app.errors import StorageError

    for name, data in (("ghi-chu.db", "Không phải cơ sở dữ liệu. " * 40), ("ngan.db", "ngắn")):
        other = tmp_path / name
        other.write_text(data, encoding="utf-8")
        with pytest.raises(StorageError, match="không phải là cơ sở dữ liệu"):
            inspect_sqlite_file(other)
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(name)) == [name]  # no trace left
