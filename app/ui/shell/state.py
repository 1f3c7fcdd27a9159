"""What the whole window shares: the services of the open database, the acting user, the as-of
date and the open plan — and the signals that tell every panel when one of them changed.

Why one object: panels used to be handed `.services` by the main window and commands reset the
tree's fields to force a reload, so a panel nobody remembered (the open calendar) showed stale
states. Now each panel receives this object in its constructor, reads what it needs from it when
it needs it, and refreshes on its signals; nobody writes into another widget's fields.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the services load SQLAlchemy, which must not delay the window's first paint
    from app.services import Services

# What `data_changed` names: a refresh is driven by what changed, not by who changed it.
PLANS = "plans"  # a plan was created, deleted, imported, replaced, renamed (the list and the open outline)
DIRECTORY = "directory"  # agencies, aliases, groups or their members
TASKS = "tasks"  # tasks, progress or measurements of the open plan


class AppState(QObject):
    services_changed = Signal()  # another database was opened (or the first one became ready)
    as_of_changed = Signal()  # the date states are computed on
    plan_changed = Signal(object)  # the open plan's id, or None
    data_changed = Signal(str)  # PLANS, DIRECTORY or TASKS

    def __init__(self, services: Services | None = None, *, database_url: str = "", as_of: date | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.database_url = database_url
        self._as_of = as_of
        self._plan_id: int | None = None

    # -- the database ------------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        """False while the database is still opening (the first paint comes before it)."""
        return self._services is not None

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("the database is not open yet")  # a panel acted before `ready`: a bug
        return self._services

    @property
    def user(self) -> str:
        return self._services.user if self._services is not None else ""

    def set_services(self, services: Services, database_url: str) -> None:
        """Another database: the open plan is forgotten (its id means nothing there)."""
        self._services = services
        self.database_url = database_url
        self._plan_id = None
        self.services_changed.emit()

    # -- the as-of date ------------------------------------------------------------------------------
    def as_of(self) -> date:
        """The date states are computed on: the one chosen in View ▸ As-of date, else today."""
        return self._as_of or date.today()

    def set_as_of(self, day: date) -> None:
        self._as_of = day
        self.as_of_changed.emit()

    # -- the open plan -------------------------------------------------------------------------------
    @property
    def plan_id(self) -> int | None:
        return self._plan_id

    def set_plan(self, plan_id: int | None) -> None:
        """Open a plan (None: none). Emits only when it differs; a changed plan is `data_changed`."""
        if plan_id == self._plan_id:
            return
        self._plan_id = plan_id
        self.plan_changed.emit(plan_id)

    def notify(self, what: str) -> None:
        """Tell every panel that stored data changed (PLANS, DIRECTORY or TASKS)."""
        self.data_changed.emit(what)
