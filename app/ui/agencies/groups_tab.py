"""The directory's second tab: the groups (`Các sở, ban, ngành`) and their members, each change undoable.

Why apart from `agencies_view.py`: the groups are a job of their own beside the agencies' list; the view mixes
this in (its attributes stay the view's: `group_list`, `members`, `create_group()`…). Its `self.tr` texts are in
the `AgenciesView` context (PySide6 looks a text up under the object's class).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:  # type-checked as the view it is mixed into; at run time a plain class (Qt's MRO)
    from PySide6.QtWidgets import QTabWidget as _ViewBase

    from app.services.views import AgencyView, GroupView
    from app.ui.shell.state import AppState
else:
    _ViewBase = object

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # an agency's id on a row of the directory's lists


class GroupsTab(_ViewBase):
    state: AppState
    agencies: list[AgencyView]
    groups: list[GroupView]

    if TYPE_CHECKING:  # the view's
        def _undoable(self, text: str, do: Callable[[], object], undo: Callable[[], object],
                      select_id: int | None = None) -> bool: ...

    def _build_groups(self) -> None:
        page = QWidget(self)
        self.group_list = QListWidget(page)
        self.members = QListWidget(page)
        self.group_name = QLineEdit(page)
        self.group_new = QPushButton(page)
        self.members_save = QPushButton(page)
        left = QVBoxLayout()
        left.addWidget(self.group_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.group_name, 1)
        row.addWidget(self.group_new)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(self.members, 1)
        right.addWidget(self.members_save)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.addTab(page, "")
        self.group_list.currentRowChanged.connect(lambda _r: self._show_group())
        self.group_new.clicked.connect(self.create_group)
        self.members_save.clicked.connect(self.save_members)


    def _show_group(self) -> None:
        row = self.group_list.currentRow()
        self.members.clear()
        if not 0 <= row < len(self.groups):
            return
        members = set(self.groups[row].member_ids)
        for a in self.agencies:
            item = QListWidgetItem(a.name)
            item.setData(ID_ROLE, a.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if a.id in members else Qt.CheckState.Unchecked)
            self.members.addItem(item)

    def create_group(self) -> bool:
        name = self.group_name.text().strip()
        if not name:
            return False
        created: list[int] = []

        def do() -> None:
            created[:] = [self.state.services.agencies.create_group(name, [])]

        ok = self._undoable(self.tr("Add group"), do, lambda: self.state.services.agencies.delete_group(created[0]))
        if ok:
            self.group_name.clear()
        return ok

    def save_members(self) -> bool:
        row = self.group_list.currentRow()
        if not 0 <= row < len(self.groups):
            return False
        ids = [self.members.item(i).data(ID_ROLE) for i in range(self.members.count())
               if self.members.item(i).checkState() == Qt.CheckState.Checked]
        group = self.groups[row]
        old = list(group.member_ids)
        ok = self._undoable(self.tr("Change members of {group}").format(group=group.name),
                            lambda: self.state.services.agencies.set_group_members(group.id, ids),
                            lambda: self.state.services.agencies.set_group_members(group.id, old))
        self.group_list.setCurrentRow(row)
        return ok
