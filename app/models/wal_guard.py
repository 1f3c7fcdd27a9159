"""Refusing to write into a WAL file another program has deleted under the open connection.

Why: on POSIX, closing ANY descriptor of the database file in this process drops every fcntl lock the
process holds on it, SQLite's included (sqlite.org/howtocorrupt.html §2.2). Our own code and our file
choosers no longer open the file (session 19, wal19: `sqlite_files.has_sqlite_header`,
`ui.widgets.prompts.NameOnlyIcons`), but a library or a desktop's own file chooser still could. Another
program reading the database then believes it is alone: closing, it checkpoints the WAL and deletes it,
and our connection goes on writing into the deleted file — writes no other program sees, gone when the
program ends without closing cleanly.

While a connection is open its WAL file stays the same file unless that happened. So each connection
notes the WAL file's identity when it connects, and the first write of each transaction compares: a
different or missing file stops the write before it is made (`LostLockError`, the unit of work rolls
back) and the engine's connections are replaced, so the clerk's next try writes into the live WAL. What
was committed before the other program's checkpoint is in the database: that checkpoint copied it.
The window between the comparison and the commit is a few milliseconds; the causes are closed above.

On Windows locks are LockFileEx ranges held per handle, not released by closing another handle, and a
file open in SQLite cannot be deleted: the check costs one `stat` per write transaction and never fires.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from app.errors import StorageError
from app.models.lock_watch import starts_write

_NOTED = "theodoi_wal_file"  # in the connection's info: the WAL file's identity when it connected
_CHECKED = "theodoi_wal_checked"  # ... and this transaction's first write was compared


class LostLockError(StorageError):
    """Another program deleted the WAL this connection writes into: nothing of this unit of work was saved."""


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of a file, None when it is not there."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def guard_wal(engine: Engine, database: Path) -> None:
    """Register the check on `engine` (after the listener that switches WAL on, so the file exists)."""
    wal = database.with_name(database.name + "-wal")

    def noted(_dbapi_connection: Any, record: Any) -> None:
        record.info[_NOTED] = file_identity(wal)

    def checked(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if conn.info.get(_CHECKED) or not starts_write(statement):
            return
        conn.info[_CHECKED] = True
        before = conn.info.get(_NOTED)
        if before is not None and file_identity(wal) != before:
            engine.dispose()  # the idle connections write into the deleted file too; this one is closed at check-in
            raise LostLockError(
                f"Một chương trình khác vừa đọc cơ sở dữ liệu {database.name} trong lúc chương trình mất khoá "
                "trên tệp: thao tác này chưa được lưu, để không ghi vào tệp nhật ký đã bị xoá. Hãy làm lại "
                "thao tác; những gì đã lưu trước đó vẫn còn.")

    def ended(conn: Any) -> None:
        conn.info.pop(_CHECKED, None)

    def returned(_dbapi_connection: Any, record: Any) -> None:
        # A connection to a deleted WAL is closed as soon as it is given back, before a new one opens (any
        # thread's): closed later, as the last of the process, it would take the file for its own and delete
        # the live WAL at that path, with what the new connections committed in it (seen in the test).
        if record is not None and record.info.get(_NOTED) is not None and file_identity(wal) != record.info[_NOTED]:
            record.invalidate()

    event.listen(engine, "connect", noted)
    event.listen(engine, "before_cursor_execute", checked)
    event.listen(engine, "commit", ended)
    event.listen(engine, "rollback", ended)
    event.listen(engine, "checkin", returned)
