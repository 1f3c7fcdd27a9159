"""The busy cursor and a status-bar line while a write waits for another program's lock.

Why: SQLite waits up to 5 s inside the write for a lock another program holds, on the GUI thread:
the window froze with nothing said, then said "đang bận". The database tells us before it starts
to wait (`Services.watch_lock`); the status line is painted at once (the event loop is blocked
during the wait) and both are taken back when the unit of work ends, before its message is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStatusBar

if TYPE_CHECKING:
    from app.services import Services


class LockWait(QObject):
    def __init__(self, status: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.waiting = False

    def attach(self, services: Services) -> None:
        services.watch_lock(self.changed)

    def changed(self, waiting: bool) -> None:
        if QThread.currentThread() is not self.thread():
            return  # a write of a background task: its own task reports how it ended
        if waiting and not self.waiting:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.status.showMessage(self.tr(
                "The database is in use by another program: waiting for it (at most a few seconds)…"))
            self.status.repaint()  # now: the wait holds the event loop
        elif not waiting and self.waiting:
            QGuiApplication.restoreOverrideCursor()
            self.status.clearMessage()
        self.waiting = waiting
