"""Saying so before a write waits for another program's lock on the SQLite file.

Why: SQLite waits for a lock inside the write statement (`busy_timeout`, 5 s), so a window whose
write runs on its GUI thread freezes for those seconds with nothing said. Before the first write of
a transaction, a separate connection asks for the write lock without waiting (`BEGIN IMMEDIATE`
with no timeout, released at once): when another program holds it, `waiting(True)` is called
before the write starts to wait, and `waiting(False)` when that transaction ends, committed or
rolled back. The window shows its busy cursor and a status line in between.

Only when a watcher is set (the window): the command line and the tests pay nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

WaitHook = Callable[[bool], None]
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")
_PROBED = "theodoi_lock_probed"  # in the connection's info: this transaction's first write was looked at
_WAITING = "theodoi_lock_waiting"  # ... and waiting(True) was said


def starts_write(statement: str) -> bool:
    """True for a statement that writes (what starts waiting for the write lock)."""
    return statement.lstrip()[:7].upper().startswith(_WRITES)


def held_elsewhere(path: Path) -> bool:
    """True when another connection holds the file's write lock right now (asked without waiting)."""
    try:
        probe = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False  # the write itself will say what is wrong with the file
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        return "locked" in text or "busy" in text
    finally:
        probe.close()


class LockWatch:
    """The hook of one engine (`set`: None stops saying anything); events are registered once."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.path = path
        self.hook: WaitHook | None = None
        event.listen(engine, "before_cursor_execute", self._before_execute)
        event.listen(engine, "commit", self._ended)
        event.listen(engine, "rollback", self._ended)

    def set(self, hook: WaitHook | None) -> None:
        self.hook = hook

    def _before_execute(self, conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.hook is None or conn.info.get(_PROBED) or not starts_write(statement):
            return
        conn.info[_PROBED] = True
        if held_elsewhere(self.path):
            conn.info[_WAITING] = True
            self.hook(True)

    def _ended(self, conn: Any) -> None:
        conn.info.pop(_PROBED, None)
        if conn.info.pop(_WAITING, None) and self.hook is not None:
            self.hook(False)
