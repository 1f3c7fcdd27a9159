"""A line edit that completes agency and group names as the clerk types, diacritics optional.

Why our own completion key: clerks type `so noi vu`, `SNV` or `Sở Nội vụ`; QCompleter only
matches one role, so each row carries a key holding the folded name, aliases and abbreviation
plus the original text, and `pathFromIndex` puts the proper name back into the field.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.domain.text import fold
from app.errors import AppError

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
REF_ROLE = Qt.ItemDataRole.UserRole + 2  # the agency or group id
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # "agency" or "group"


def completion_key(name: str, aliases: tuple[str, ...] | list[str] = (), short: str | None = None) -> str:
    parts = [name, *aliases, short or ""]
    return " | ".join([fold(p) for p in parts if p] + [p.lower() for p in parts if p])

if TYPE_CHECKING:
    from app.services.agencies import AgencyService
    from app.services.views import AgencyView, GroupView


POPUP_MARGIN = 40  # a completion list's frame, margins and scroll bar


def widen_popup(completer: QCompleter, field: QLineEdit, most: int) -> None:
    """Make `completer`'s list as wide as the names it holds, up to `most` px: a list as wide as its field (a
    table cell, a question box) cut them all alike (`Ban Thường tr…`, three of them)."""
    choices = completer.model()
    names = [str(choices.index(row, 0).data() or "") for row in range(choices.rowCount())]
    wanted = max((field.fontMetrics().horizontalAdvance(name) for name in names), default=0) + POPUP_MARGIN
    popup = completer.popup()
    if popup is not None:  # Qt makes one on asking
        popup.setMinimumWidth(min(wanted, most))


class _Completer(QCompleter):
    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)] if fold(path) else [path.lower()]


class NamesCompleter(_Completer):
    """Completes the last of several names a field holds, separated by `;` (the import review's lead and
    support cells), the names before it kept. Built over `choices`, filled by `fill_choices`."""

    def __init__(self, choices: QStandardItemModel, parent: QLineEdit) -> None:
        super().__init__(choices, parent)
        self.setCompletionRole(KEY_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:
        return super().splitPath(path.rsplit(";", 1)[-1].strip())

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        field = self.widget()
        typed = field.text() if isinstance(field, QLineEdit) else ""
        before = typed.rsplit(";", 1)[0].strip() if ";" in typed else ""
        name = super().pathFromIndex(index)
        return f"{before}; {name}" if before else name


def directory_names(agencies: AgencyService, proposed: bool = True) -> tuple[list[AgencyView], list[GroupView]]:
    """The directory's active agencies and its groups, as the boxes asking for one of its names complete them
    (the review's cells and alias box, "another name of…" in the lists of agencies); none when the database
    cannot be read: the box then completes what else it has, or nothing, and still takes a typed name.
    Without the names still `proposed` for the "another name of…" boxes (review and send window alike): a name
    is merged into an agency the directory holds, not into another name waiting to be settled."""
    try:
        listed = agencies.list_agencies(include_inactive=False)
        return [a for a in listed if proposed or not a.proposed], agencies.list_groups()
    except AppError:
        return [], []


def fill_choices(choices: QStandardItemModel, agencies: list[AgencyView], groups: list[GroupView],
                 others: Sequence[str] = ()) -> None:
    """The completion rows: each agency and group with its key (folded name, aliases, abbreviation), then
    `others` — names known elsewhere (a plan's own mentions), without an id."""
    choices.clear()
    for a in agencies:
        label = f"{a.name} ({a.short_name})" if a.short_name else a.name
        item = QStandardItem(a.name)
        item.setData(completion_key(a.name, a.aliases, a.short_name), KEY_ROLE)
        item.setData(int(a.id), REF_ROLE)
        item.setData("agency", KIND_ROLE)
        item.setToolTip(label)
        choices.appendRow(item)
    for g in groups:
        item = QStandardItem(g.name)
        item.setData(completion_key(g.name), KEY_ROLE)
        item.setData(int(g.id), REF_ROLE)
        item.setData("group", KIND_ROLE)
        choices.appendRow(item)
    for name in others:
        item = QStandardItem(name)
        item.setData(completion_key(name), KEY_ROLE)
        choices.appendRow(item)


class AgencyPicker(QLineEdit):
    """Emits `picked(kind, id, name)` when the clerk chooses a completion (or presses Enter on an
    exact match)."""

    picked = Signal(str, int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = QStandardItemModel(self)
        completer = _Completer(self.choices, self)
        completer.setCompletionRole(KEY_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]  # PySide6 stubs lack overloads
        self.returnPressed.connect(self._enter)

    def set_choices(self, agencies: list[AgencyView], groups: list[GroupView]) -> None:
        fill_choices(self.choices, agencies, groups)

    def matches(self, text: str) -> list[tuple[str, int, str]]:
        """What the completer would offer for `text` (tests and the Enter key use it)."""
        key = fold(text)
        out = []
        for row in range(self.choices.rowCount()):
            item = self.choices.item(row)
            if key and key in item.data(KEY_ROLE):
                out.append((str(item.data(KIND_ROLE)), int(item.data(REF_ROLE)), item.text()))
        return out

    def _chosen(self, index: QModelIndex) -> None:
        name = str(index.data(Qt.ItemDataRole.DisplayRole))
        self.picked.emit(str(index.data(KIND_ROLE)), int(index.data(REF_ROLE)), name)
        self.clear()

    def _enter(self) -> None:
        found = self.matches(self.text())
        exact = [m for m in found if fold(m[2]) == fold(self.text())]
        choice = exact[0] if exact else (found[0] if len(found) == 1 else None)
        if choice:
            self.picked.emit(*choice)
            self.clear()
