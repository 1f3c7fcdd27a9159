"""Failures of a clerk's machine, made real in a test: a read-only folder (a write-protected USB stick or share),
a database file whose pages were overwritten (a failing disk), a full disk.

Shared by the tests of opening a database (tests/models) and of the writers that back it up or write beside it
(tests/services): each needs the same folder refusing writes the way the clerk's does."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event


def _run(*command: str) -> bool:
    try:
        return subprocess.run(command, capture_output=True, timeout=30).returncode == 0
    except OSError:
        return False


@contextmanager
def read_only_folder(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make `folder` read-only for this process: chmod for a normal user; root ignores modes, so
    there a read-only bind mount (the same EROFS a write-protected share gives); where mounting is
    not allowed either, creating a file there fails as it would for a non-root user."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    mounted = _run("mount", "--bind", str(folder), str(folder))
    if mounted and _run("mount", "-o", "remount,ro,bind", str(folder)):
        try:
            yield
        finally:
            assert _run("umount", str(folder))
        return
    if mounted:
        assert _run("umount", str(folder))
    real_temporary_file = tempfile.TemporaryFile

    def refuse_in_folder(*args: Any, **kwargs: Any) -> Any:
        if Path(kwargs.get("dir") or ".") == folder:
            raise PermissionError(13, "Permission denied")
        return real_temporary_file(*args, **kwargs)

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse_in_folder)
    yield


def damage_pages(path: Path, page_size: int = 4096) -> None:
    """Overwrite the middle of every page after the first with 0xFF, as a failing disk returns garbage: the
    header (page 1) still says SQLite, so the file opens, and the first table or index read is malformed."""
    data = bytearray(path.read_bytes())
    for start in range(page_size, len(data), page_size):
        data[start + 100:start + 400] = b"\xff" * 300
    path.write_bytes(bytes(data))


@contextmanager
def small_disk(folder: Path, size_mb: int = 8) -> Iterator[bool]:
    """`folder` on a disk of its own, `size_mb` big: a tmpfs where mounting is allowed (root; yields True),
    else left as it is (yields False: the caller simulates the full disk at SQLite's lowest write instead,
    `fill_database_writes`). Unmounted on leaving."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = _run("mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(folder))
    try:
        yield mounted
    finally:
        if mounted:
            assert _run("umount", "-l", str(folder))


def fill_disk(folder: Path) -> Path:
    """Write a file into `folder` until its disk refuses (ENOSPC): the disk is then really full. Returns it."""
    pad = folder / "day-o-dia.bin"
    size = 1 << 20
    with pad.open("wb", buffering=0) as handle:  # unbuffered: closing it has nothing left to write
        while size:
            try:
                handle.write(b"\0" * size)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
                size //= 2  # down to the last byte
    return pad


def fill_database_writes(engine: Engine) -> None:
    """Where no disk can be made full: every statement that writes fails at SQLite's driver as a full disk fails
    it (`database or disk is full`, SQLITE_FULL), raised where SQLAlchemy calls the driver, so it is wrapped,
    rolled back and translated as the real one is."""

    def full(cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE", "REPLACE"):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(engine, "do_execute", full)
    event.listen(engine, "do_executemany", full)


def dump(path: Path) -> list[str]:
    """The database's rows and schema as SQL (`iterdump`): what "changes nothing" is checked against."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
