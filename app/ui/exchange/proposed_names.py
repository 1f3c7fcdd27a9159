"""A name a plan gave that the directory lacks (a *proposed* agency), settled where the clerk meets it.

Why one piece: the send window, the register and the directory all list agencies a plan named, and
a proposed one (`UBND`, `Thường trực HĐND`, or `Ban Thường trực UBMTTQ xã` beside the directory's
full name) is a form sent to nobody, or the same office twice. Each marks it and offers, on
right-click (the menu key), the same two steps: add it to the directory, or say which agency of the
directory it names (merged into it, a backup first, as in the directory).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import QWidget

from app.errors import AppError
from app.ui.widgets.agency_picker import directory_names, fill_choices
from app.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from app.services import Services
    from app.services.views import AgencyView


def marked(text: str) -> str:
    """A row's text with the mark every list of agencies shows for a proposed one."""
    return QCoreApplication.translate("ProposedNames", "{agency} — not in the directory").format(agency=text)


class ProposedNames(QObject):
    """The two actions on `view`'s context menu, acting on the agency `current()` returns; `settled(id)`
    is called with the agency kept after a step succeeded (the caller reloads its list)."""

    def __init__(self, view: QWidget, services: Services | Callable[[], Services], prompter: Prompter,
                 current: Callable[[], int | None], settled: Callable[[int], object]) -> None:
        super().__init__(view)
        self.view, self._services, self.prompter = view, services, prompter
        self.current, self.settled = current, settled
        self.proposed: dict[int, tuple[str, int]] = {}  # agency id → name, version: not in the directory yet
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.add_action, self.alias_action = QAction(view), QAction(view)
        view.addActions([self.add_action, self.alias_action])
        self.add_action.triggered.connect(lambda: self.add_to_directory())
        self.alias_action.triggered.connect(lambda: self.alias_of())
        self.follow_current()

    @property
    def services(self) -> Services:
        """The services given, or those of the database open now (the directory lives as long as the window)."""
        return self._services() if callable(self._services) else self._services

    def load(self, agencies: Iterable[AgencyView]) -> None:
        """Remember which of the directory's agencies are proposed (their version for the update)."""
        self.proposed = {a.id: (a.name, a.version) for a in agencies if a.proposed}
        self.follow_current()

    def _current_proposed(self) -> tuple[int, str, int] | None:
        agency = self.current()
        if agency is None or agency not in self.proposed:
            return None
        return (agency, *self.proposed[agency])

    def follow_current(self) -> None:
        """The actions name the highlighted agency, and are enabled only on a proposed one."""
        current = self._current_proposed()
        name = current[1] if current else "…"
        self.add_action.setText(self.tr("Add “{name}” to the directory").format(name=name))
        self.alias_action.setText(self.tr("“{name}” is another name of…").format(name=name))
        for action in (self.add_action, self.alias_action):
            action.setEnabled(current is not None)

    def fill_names(self, choices: QStandardItemModel) -> None:
        """What "another name of…" completes as typed, diacritics optional: the directory's agencies (a bare box
        asked for a name the clerk had to know whole). Not its groups, nor the names still proposed: the
        proposed agency merges into an agency the directory holds."""
        listed, _groups = directory_names(self.services.agencies, proposed=False)
        fill_choices(choices, listed, [])

    def add_to_directory(self) -> bool:
        """The highlighted name becomes an agency of the directory."""
        current = self._current_proposed()
        if current is None:
            return False
        agency, _name, version = current
        try:
            self.services.agencies.update(agency, version, proposed=False)
        except AppError as exc:
            self.prompter.error(self.view, exc.message)
            return False
        self.settled(agency)
        return True

    def alias_of(self, target: str | None = None) -> bool:
        """The highlighted name is another name of an agency of the directory: merged into it (its tasks
        and reports move over, the name is kept as an alias; a backup first, as in the directory)."""
        current = self._current_proposed()
        if current is None:
            return False
        agency, name, _version = current
        target = target if target is not None else self.prompter.get_text(
            self.view, self.tr("Another name"), self.tr("The agency in the directory that “{name}” names:").format(
                name=name), names=self.fill_names)
        if not target:
            return False
        try:
            keep = self.services.agencies.find_one(target)
            if not self.prompter.ask_yes_no(self.view, self.tr("Another name"), self.tr(
                    "Merge “{name}” into “{keep}”? Its tasks and reports move to “{keep}” and “{name}” is kept as "
                    "another name of it. The database is backed up first; this cannot be undone.").format(
                    name=name, keep=keep.name)):
                return False
            self.services.agencies.merge(keep.id, agency)
        except AppError as exc:
            self.prompter.error(self.view, exc.message)
            return False
        self.settled(keep.id)
        return True
