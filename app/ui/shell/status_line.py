"""The status bar's lasting part: the open database, the as-of date, the user and the role.

Its own class (translation context "StatusLine") so the window only says when to refresh it.
`shown_database` replaces the path shown: the guide's pictures show a clerk's path, not the
temporary copy they were taken on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar

from app.domain.dates import format_vn
from app.domain.roles import ROLE_NAMES
from app.errors import AppError
from app.ui.shell.state import AppState


class StatusLine(QObject):
    def __init__(self, status: QStatusBar, state: AppState) -> None:
        super().__init__(status)
        self.state = state
        self.shown_database: str | None = None
        self.database, self.as_of, self.user = QLabel(status), QLabel(status), QLabel(status)
        self.database.setObjectName("statusDatabase")
        # a long database path must not set the window's minimum width (full path in the tooltip)
        self.database.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        status.addWidget(self.database, 1)
        status.addPermanentWidget(self.as_of)
        status.addPermanentWidget(self.user)

    def database_name(self) -> str:
        """The database as the status bar and the window's title name it."""
        return self.shown_database or self.state.database_url

    def refresh(self) -> None:
        path = self.database_name()
        self.database.setText(self.tr("Database: {path}").format(path=path))
        self.database.setToolTip(path)
        self.as_of.setText(self.tr("As of: {date}").format(date=format_vn(self.state.as_of())))
        user, role = self.state.user, self.role()
        self.user.setText(self.tr("User: {name}").format(name=f"{user} ({role})" if role else user))

    def role(self) -> str:
        """The signed-in user's role as the database knows it (shown beside the name)."""
        if not self.state.ready:
            return ""
        try:
            role = self.state.services.users.actor().role
        except AppError:
            return ""
        return {"clerk": self.tr("clerk"), "staff": self.tr("staff"), "leader": self.tr("leader")}.get(
            role, ROLE_NAMES.get(role, role))
