"""Agency directory: agencies with abbreviations and aliases, groups with their members, and
merging the duplicates an import created (`Sở GD&ĐT` vs `Sở Giáo dục và Đào tạo`).

Why a view rather than a modal dialog: the clerk cleans the directory while looking at plans,
and tests drive it without any modal loop. Every change is one service call; the lists reload.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fold
from app.errors import AppError
from app.ui.agencies.groups_tab import ID_ROLE, GroupsTab
from app.ui.exchange.proposed_names import ProposedNames
from app.ui.shell.state import DIRECTORY, AppState
from app.ui.task.undo_commands import FunctionCommand, NodeRef, RefRegistry
from app.ui.tree.group_marks import EMPTY_MARK, empty_groups_tip
from app.ui.widgets.agency_picker import AgencyPicker
from app.ui.widgets.filter_change import change_row_filter
from app.ui.widgets.form_keys import tab_leaves
from app.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from app.services.views import AgencyView, GroupView

KEY_ROLE = Qt.ItemDataRole.UserRole + 2


class _FoldedFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terms: list[str] = []

    def set_text(self, text: str) -> None:
        def change() -> None:
            self.terms = fold(text).split()

        change_row_filter(self, change)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        key = self.sourceModel().index(row, 0, parent).data(KEY_ROLE) or ""
        return all(t in key for t in self.terms)


class AgenciesView(GroupsTab, QTabWidget):
    """The directory tabs. Every change (also by undo/redo) is `state.notify(DIRECTORY)`: tasks
    assigned to a group now have other reporting agencies, so the tree and the task panel re-read."""

    def __init__(self, state: AppState, prompter: Prompter, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenciesView")
        self.state = state
        self.prompter = prompter
        self.undo_stack = undo_stack
        self.agencies: list[AgencyView] = []
        self.groups: list[GroupView] = []
        # the agencies the undo stack's commands touch: the id follows a re-created agency (undo
        # and redo of "Add agency"), the version is the one the last step left
        self.refs = RefRegistry()
        self._build_agencies()
        self._build_groups()
        self.retranslate_ui()

    # -- layout --------------------------------------------------------------------------------
    def _build_agencies(self) -> None:
        page = QWidget(self)
        self.filter = QLineEdit(page)
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 4, page)
        self.proxy = _FoldedFilter(page)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(page)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        tab_leaves(self.table)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # The name is what the clerk reads: it takes the room; "Ban Thường vụ Thành …" twice over
        # told two agencies apart by nothing at 1024×600. Other names show whole in the details.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 70), (2, 120), (3, 90)):
            header.resizeSection(column, width)
        self.new_name = QLineEdit(page)
        self.new_button = QPushButton(page)
        left = QVBoxLayout()
        left.addWidget(self.filter)
        left.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_name, 1)
        row.addWidget(self.new_button)
        left.addLayout(row)
        self.details = QGroupBox(page)
        self.name_edit = QLineEdit(self.details)
        self.short_edit = QLineEdit(self.details)
        self.save_button = QPushButton(self.details)
        self.aliases = QListWidget(self.details)
        self.alias_edit = QLineEdit(self.details)
        self.alias_add = QPushButton(self.details)
        self.alias_remove = QPushButton(self.details)
        self.merge_picker = AgencyPicker(self.details)
        self.merge_hint = QLabel(self.details)
        self.merge_hint.setWordWrap(True)
        form = QFormLayout(self.details)
        self.form_labels = [QLabel(self.details) for _ in range(4)]
        form.addRow(self.form_labels[0], self.name_edit)
        form.addRow(self.form_labels[1], self.short_edit)
        form.addRow(self.save_button)
        form.addRow(self.form_labels[2], self.aliases)
        form.addRow(self.alias_edit)  # its own row: beside the two buttons it was "Cách…" at 1024×600
        alias_row = QHBoxLayout()
        alias_row.addWidget(self.alias_add)
        alias_row.addWidget(self.alias_remove)
        alias_row.addStretch(1)
        form.addRow(alias_row)
        form.addRow(self.form_labels[3], self.merge_picker)
        form.addRow(self.merge_hint)
        splitter = QSplitter(page)
        holder = QWidget(splitter)
        holder.setLayout(left)
        splitter.addWidget(holder)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        QVBoxLayout(page).addWidget(splitter)
        self.addTab(page, "")
        self.filter.textChanged.connect(self.proxy.set_text)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        # a name a plan gave (`mới nhập`): confirmed here too, as in the register (right-click, the menu key)
        self.names = ProposedNames(self.table, lambda: self.state.services, self.prompter, self.current_id,
                                   self._redone)
        self.new_button.clicked.connect(self.create_agency)
        self.new_name.returnPressed.connect(self.create_agency)
        self.save_button.clicked.connect(self.save_current)
        self.alias_add.clicked.connect(self.add_alias)
        self.alias_edit.returnPressed.connect(self.add_alias)
        self.alias_remove.clicked.connect(self.remove_alias)
        self.merge_picker.picked.connect(self._merge_picked)

    def retranslate_ui(self) -> None:
        self.setTabText(0, self.tr("Agencies"))
        self.setTabText(1, self.tr("Groups"))
        self.filter.setPlaceholderText(self.tr("Filter (name, abbreviation or alias; diacritics optional)…"))
        self.model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Abbreviation"), self.tr("Aliases"),
                                              self.tr("To check")])
        self.new_name.setPlaceholderText(self.tr("Name of a new agency"))
        self.new_button.setText(self.tr("Add a&gency"))
        self.details.setTitle(self.tr("Selected agency"))
        for label, text in zip(self.form_labels, (self.tr("Name:"), self.tr("Abbreviation:"), self.tr("Aliases:"),
                                                  self.tr("Merge into:")), strict=True):
            label.setText(text)
        self.save_button.setText(self.tr("Save &name"))
        self.alias_edit.setPlaceholderText(self.tr("Another way the documents write it"))
        self.alias_add.setText(self.tr("Add &alias"))
        self.alias_remove.setText(self.tr("Re&move alias"))
        self.merge_picker.setPlaceholderText(self.tr("Agency to keep…"))
        self.merge_hint.setText(self.tr("Merging moves assignments and progress to the agency kept; this "
                                        "agency's name becomes one of its aliases."))
        self.group_name.setPlaceholderText(self.tr("Name of a new group"))
        self.group_new.setText(self.tr("Add group"))
        self.members_save.setText(self.tr("Save members"))

    # -- data ---------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.current_id()
        self.agencies = self.state.services.agencies.list_agencies()
        self.groups = self.state.services.agencies.list_groups()
        self.model.removeRows(0, self.model.rowCount())
        for a in self.agencies:
            name = QStandardItem(a.name)
            name.setData(a.id, ID_ROLE)
            name.setData(fold(" ".join([a.name, a.short_name or "", *a.aliases])), KEY_ROLE)
            check = QStandardItem(self.tr("new from import") if a.proposed else "")
            cells = [name, QStandardItem(a.short_name or ""), QStandardItem("; ".join(a.aliases)), check]
            for cell in cells[:3]:
                cell.setToolTip(cell.text())  # a name cut at the column's edge reads whole on hover
            self.model.appendRow(cells)
        self.merge_picker.set_choices(self.agencies, [])
        self.names.load(self.agencies)
        self.group_list.clear()
        for g in self.groups:
            self.group_list.addItem(f"{g.name} ({len(g.member_ids)})" if g.member_ids else f"{EMPTY_MARK} {g.name} (0)")
            if not g.member_ids:  # a task assigned to it has nobody to report (app/ui/tree/group_marks.py)
                self.group_list.item(self.group_list.count() - 1).setToolTip(empty_groups_tip([g.name]))
        if current is None or not self.select_agency(current):  # opened on nothing, the right side greyed: the first
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._show_current()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.siblingAtColumn(0).data(ID_ROLE)) if index.isValid() else None

    def current(self) -> AgencyView | None:
        agency_id = self.current_id()
        return next((a for a in self.agencies if a.id == agency_id), None)

    def select_agency(self, agency_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == agency_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    def _show_current(self) -> None:
        agency = self.current()
        self.names.follow_current()
        self.details.setEnabled(agency is not None)
        self.name_edit.setText(agency.name if agency else "")
        self.short_edit.setText(agency.short_name or "" if agency else "")
        self.aliases.clear()
        for alias in agency.aliases if agency else ():
            self.aliases.addItem(QListWidgetItem(alias))

    def _call(self, fn: Callable[..., object], *args: object, select_id: int | None = None, **kwargs: object) -> bool:
        try:
            result = fn(*args, **kwargs)
        except AppError as exc:
            self.prompter.error(self, exc.message)
            return False
        self.reload(select_id if select_id is not None else (result if isinstance(result, int) else None))
        self.state.notify(DIRECTORY)
        return True

    def _undoable(self, text: str, do: Callable[[], object], undo: Callable[[], object],
                  select_id: int | None = None) -> bool:
        """Do the edit now (a refusal is shown and nothing is pushed), then put it on the window's
        undo stack."""
        if not self._call(do, select_id=select_id):
            return False
        if self.undo_stack is not None:
            self.undo_stack.push(FunctionCommand(
                text, do, undo, lambda exc: self.prompter.error(self, exc.message), lambda: self._redone(select_id)))
        return True

    def _redone(self, select_id: int | None) -> None:
        self.reload(select_id)
        self.state.notify(DIRECTORY)

    def create_agency(self) -> bool:
        name = self.new_name.text().strip()
        if not name:
            return False
        created: list[NodeRef] = []

        def do() -> int:
            new_id = self.state.services.agencies.create(name)
            if created:
                self.refs.rebind(created[0], new_id)
            else:
                created.append(self.refs.get(new_id))
            created[0].version = None  # a new row: its version is read once the directory shows it
            return new_id

        ok = self._undoable(self.tr("Add agency"), do, lambda: self.state.services.agencies.delete(created[0].id))
        if ok:
            self.new_name.clear()
        return ok

    def save_current(self) -> bool:
        agency = self.current()
        if agency is None:
            return False
        new = {"name": self.name_edit.text(), "short_name": self.short_edit.text().strip() or None}
        old = {"name": agency.name, "short_name": agency.short_name}
        # The first run sends the version shown, undo and redo the one the previous step left: a
        # change another clerk made meanwhile is refused (ConflictError, the command dropped),
        # never overwritten.
        ref, shown = self.refs.get(agency.id), [agency.version]

        def step(values: Mapping[str, object]) -> None:
            expected = shown.pop() if shown else ref.version
            if expected is None:  # re-created by undo/redo of its "Add agency": the version shown since
                expected = next((a.version for a in self.agencies if a.id == ref.id), 0)
            ref.version = self.state.services.agencies.update(ref.id, expected, **values)

        return self._undoable(self.tr("Edit agency"), lambda: step(new), lambda: step(old), select_id=agency.id)

    def add_alias(self) -> bool:
        agency, alias = self.current(), self.alias_edit.text().strip()
        if agency is None or not alias:
            return False
        ref, agencies = self.refs.get(agency.id), self.state.services.agencies
        ok = self._undoable(self.tr("Add alias"), lambda: agencies.add_alias(ref.id, alias),
                            lambda: agencies.remove_alias(ref.id, alias), select_id=agency.id)
        if ok:
            self.alias_edit.clear()
        return ok

    def remove_alias(self) -> bool:
        agency, item = self.current(), self.aliases.currentItem()
        if agency is None or item is None:
            return False
        alias, ref = item.text(), self.refs.get(agency.id)
        agencies = self.state.services.agencies
        return self._undoable(self.tr("Remove alias"), lambda: agencies.remove_alias(ref.id, alias),
                              lambda: agencies.add_alias(ref.id, alias), select_id=agency.id)

    def _merge_picked(self, kind: str, keep_id: int, keep_name: str) -> None:
        duplicate = self.current()
        if duplicate is None or kind != "agency":
            return
        self.merge(duplicate.id, keep_id, keep_name)

    def merge(self, duplicate_id: int, keep_id: int, keep_name: str = "") -> bool:
        duplicate = next((a for a in self.agencies if a.id == duplicate_id), None)
        if duplicate is None:
            return False
        question = self.tr("Merge “{dup}” into “{keep}”? This cannot be undone.").format(
            dup=duplicate.name, keep=keep_name or str(keep_id))
        if not self.prompter.ask_yes_no(self, self.tr("Merge agencies"), question):
            return False
        return self._call(self.state.services.agencies.merge, keep_id, duplicate_id, select_id=keep_id)

