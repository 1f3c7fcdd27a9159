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


def keys_on_reopen(path: Path) -> list[str]:
    reopened = open_database(path)
    try:
        with reopened.session() as s:
            found = s.execute(text("SELECT key FROM office_settings WHERE key LIKE 'wal19-%' ORDER BY key"))
            return list(found.scalars())
    finally:
        reopened.dispose()


def assert_later_writes_kept(path: Path, disturb: Callable[[], object]) -> None:
    """Write, `disturb` with the database open, let another program read, write again: the other program
    sees both writes, and so does a reopen. With the locks dropped, the reader deleted the WAL and the
    second write went into the deleted file."""
    db = open_database(path)
    try:
        write(db, "wal19-before")
        disturb()
        assert other_program_counts(path) == 1
        write(db, "wal19-after")
        assert path.with_name(path.name + "-wal").exists()
        assert other_program_counts(path) == 2
    finally:
        db.dispose()
    assert keys_on_reopen(path) == ["wal19-after", "wal19-before"]


@pytest.mark.parametrize("own_read", OWN_READS.values(), ids=OWN_READS.keys())
def test_other_programs_see_every_write_after_our_own_reads(database_file: Path,
                                                            own_read: Callable[[Path], object]) -> None:
    assert_later_writes_kept(database_file, lambda: own_read(database_file))


def test_a_file_that_is_not_sqlite_is_still_refused_as_not_ours(tmp_path: Path) -> None:
    """The header is now read by SQLite first: another kind of file keeps its own message."""
    from app.errors import StorageError

    for name, data in (("ghi-chu.db", "Không phải cơ sở dữ liệu. " * 40), ("ngan.db", "ngắn")):
        other = tmp_path / name
        other.write_text(data, encoding="utf-8")
        with pytest.raises(StorageError, match="không phải là cơ sở dữ liệu"):
            inspect_sqlite_file(other)
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(name)) == [name]  # no trace left
