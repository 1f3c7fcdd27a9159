"""Item model of one plan's outline, over plain node objects built from the service's NodeViews.

Why this shape: the view never holds ORM rows, only `TreeItem`s wrapping the service's plain
views; edits do not change the model in `setData` — they are turned into requests (signals) that
the controller executes as undoable service calls, then the model is refreshed from the service.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from app.domain.dates import format_vn
from app.domain.text import fold, printed_label
from app.ui.tree.group_marks import empty_group_tip, marked_names
from app.ui.widgets.compact import COMPACT_ROLE
from app.ui.widgets.state_style import state_color, state_label
from app.ui.widgets.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from datetime import date

    from app.services.views import NodeView

MIME = "application/x-theodoi-node-ids"
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    LABEL = 0
    CONTENT = 1
    LEAD = 2
    SUPPORT = 3
    DEADLINE = 4
    STATE = 5
    PERCENT = 6


class Role(IntEnum):
    NODE_ID = Qt.ItemDataRole.UserRole + 1
    KIND = Qt.ItemDataRole.UserRole + 2
    STATE = Qt.ItemDataRole.UserRole + 3
    SEARCH = Qt.ItemDataRole.UserRole + 4
    COMPACT = COMPACT_ROLE  # a cell's (or header's) narrower form, for a narrow column (widgets/compact.py)


HEADERS = {
    Column.LABEL: QT_TRANSLATE_NOOP("PlanTreeModel", "No."),
    Column.CONTENT: QT_TRANSLATE_NOOP("PlanTreeModel", "Content"),
    Column.LEAD: QT_TRANSLATE_NOOP("PlanTreeModel", "Lead agency"),
    Column.SUPPORT: QT_TRANSLATE_NOOP("PlanTreeModel", "Supporting agencies"),
    Column.DEADLINE: QT_TRANSLATE_NOOP("PlanTreeModel", "Deadline"),
    Column.STATE: QT_TRANSLATE_NOOP("PlanTreeModel", "State"),
    Column.PERCENT: "%",
}
SHORT_HEADERS = {  # what a narrow column's header says (the full name in its tooltip)
    Column.LEAD: QT_TRANSLATE_NOOP("PlanTreeModel", "Lead"),
    Column.SUPPORT: QT_TRANSLATE_NOOP("PlanTreeModel", "Support"),
}
EDITABLE = {Column.LABEL: "label", Column.CONTENT: "text"}
_EDITABLE_COLUMNS = frozenset(int(c) for c in EDITABLE)
_BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled


class TreeItem:
    """One node of the outline: the service's view plus parent/children links."""

    __slots__ = ("view", "parent", "children")

    def __init__(self, view: NodeView | None, parent: TreeItem | None) -> None:  # None: the invisible root
        self.view = view
        self.parent = parent
        self.children: list[TreeItem] = []

    @property
    def search_key(self) -> str:
        """Diacritic-free key, computed on demand (folding 2,000 texts per plan switch costs 0.2 s)."""
        return fold(f"{self.view.label} {self.view.text}") if self.view is not None else ""

    @property
    def id(self) -> int:
        return self.view.id if self.view is not None else 0

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


def display(view: NodeView, column: Column) -> str:
    """The text a column shows for a node view (shared with exports of the visible tree)."""
    if column == Column.LABEL:
        return printed_label(view.label)
    if column == Column.CONTENT:
        return view.text or ""
    if column in (Column.LEAD, Column.SUPPORT):  # a group without members is marked (group_marks)
        return marked_names(view, "lead" if column == Column.LEAD else "support")
    if column == Column.DEADLINE:
        phrase, due = view.deadline_phrase, shown_due(view)
        return f"{phrase} ({format_vn(due)})" if due and phrase else (format_vn(due) if due else phrase)
    if column == Column.STATE:
        return state_label(view.state)
    percent = view.percent
    return "" if percent is None else f"{percent}%"


def compact(view: NodeView, column: Column) -> str | None:
    """A narrow column's form of a cell (None: elided as it is): the state in short words, the
    deadline as its date (the phrase is in the tooltip)."""
    if column == Column.STATE:
        return state_label(view.state, short=True)
    due = shown_due(view) if column == Column.DEADLINE else None
    return format_vn(due) if due else None


def shown_due(view: NodeView) -> date | None:
    """The date beside the state: the occurrence an overdue recurring task missed, else the current one."""
    return getattr(view, "missed_due", None) or view.due_date


def next_due_tip(view: NodeView) -> str:
    """Said where it helps: an overdue recurring task's next occurrence (the cell shows the missed one)."""
    missed = getattr(view, "missed_due", None)
    if not missed or not view.due_date or view.due_date == missed:
        return ""
    return QCoreApplication.translate("PlanTreeModel", "Missed on {missed}; next due {next}.").format(
        missed=format_vn(missed), next=format_vn(view.due_date))


class PlanTreeModel(QAbstractItemModel):
    """The outline of one plan. Emits requests; the controller performs them through services."""

    edit_requested = Signal(int, str, str)  # node id, field, new value
    move_requested = Signal(int, object, int)  # node id, new parent id (None = top), new position

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = TreeItem(None, None)
        self._by_id: dict[int, TreeItem] = {}

    # -- loading ---------------------------------------------------------------------------
    def set_nodes(self, views: Iterable[NodeView]) -> None:
        """Replace the whole outline; views come in document order with parent_id and position."""
        self.beginResetModel()
        self._root = TreeItem(None, None)
        self._by_id = {}
        pending: list[NodeView] = list(views)
        for view in pending:
            self._by_id[int(view.id)] = TreeItem(view, None)
        for view in pending:
            item = self._by_id[int(view.id)]
            parent = self._by_id.get(view.parent_id) if view.parent_id is not None else None
            item.parent = parent or self._root
            item.parent.children.append(item)
        for item in [self._root, *self._by_id.values()]:
            item.children.sort(key=lambda c: (c.view.position if c.view else 0, c.id))
        self.endResetModel()

    def node(self, node_id: int) -> NodeView | None:
        item = self._by_id.get(node_id)
        return item.view if item else None

    def item(self, index: Index) -> TreeItem | None:
        if not index.isValid():
            return None
        return index.internalPointer()  # type: ignore[no-any-return]

    def index_of(self, node_id: int, column: int = 0) -> QModelIndex:
        item = self._by_id.get(node_id)
        if item is None or item.parent is None:
            return QModelIndex()
        return self.createIndex(item.row(), column, item)

    def children_ids(self, parent_id: int | None) -> list[int]:
        item = self._root if parent_id is None else self._by_id.get(parent_id)
        return [c.id for c in item.children] if item else []

    def parent_id(self, node_id: int) -> int | None:
        item = self._by_id.get(node_id)
        if item is None or item.parent is None or item.parent is self._root:
            return None
        return item.parent.id

    def node_count(self) -> int:
        return len(self._by_id)

    # -- QAbstractItemModel ------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(Column) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        owner = self.item(parent) or self._root
        if row >= len(owner.children):
            return QModelIndex()
        return self.createIndex(row, column, owner.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        item = self.item(index)
        if item is None or item.parent is None or item.parent is self._root:
            return QModelIndex()
        return self.createIndex(item.parent.row(), 0, item.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        owner = self.item(parent) or self._root
        return len(owner.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(Column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole or (role == Qt.ItemDataRole.ToolTipRole and section in SHORT_HEADERS):
            return QCoreApplication.translate("PlanTreeModel", HEADERS[Column(section)])
        if role == Role.COMPACT and section in SHORT_HEADERS:  # the header of a narrow column (compact.py)
            return QCoreApplication.translate("PlanTreeModel", SHORT_HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.item(index)
        view = item.view if item is not None else None
        if item is None or view is None:
            return None
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = display(view, column)
            if role == Qt.ItemDataRole.DisplayRole and column == Column.CONTENT:
                return text.split("\n", 1)[0]
            if role == Qt.ItemDataRole.ToolTipRole and column in (Column.LEAD, Column.SUPPORT, Column.DEADLINE):
                tip = (next_due_tip(view) if column == Column.DEADLINE
                       else empty_group_tip(getattr(view, "assignees", ())))
                return f"{text}\n{tip}" if tip else text
            return text
        if role == Qt.ItemDataRole.EditRole:
            field = EDITABLE.get(column)
            return getattr(view, field) if field else None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATE:
            color = state_color(view.state)
            return QBrush(color) if color else None
        if role == Qt.ItemDataRole.FontRole and view.kind == "section":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.PERCENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.NODE_ID:
            return item.id
        if role == Role.KIND:
            return view.kind
        if role == Role.STATE:
            return view.state.value if view.state else ""
        if role == Role.SEARCH:
            return item.search_key
        if role == Role.COMPACT:
            return compact(view, column)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        column = index.column()
        flags = _BASE_FLAGS
        if column == 0:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        if column in _EDITABLE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index)
        field = EDITABLE.get(Column(index.column())) if index.isValid() else None
        if item is None or field is None or role != Qt.ItemDataRole.EditRole:
            return False
        value = str(value).strip() if field == "label" else str(value)
        if value == (getattr(item.view, field) or ""):
            return False
        self.edit_requested.emit(item.id, field, value)
        return False  # the refresh after the service call shows the new value

    # -- drag and drop -----------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({int(i.data(Role.NODE_ID)) for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(MIME, QByteArray(json.dumps(ids).encode()))
        return mime

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        ids = json.loads(bytes(data.data(MIME).data()).decode())
        if len(ids) != 1:
            return False
        node_id = int(ids[0])
        target = self.item(parent)
        if target is not None and self._is_inside(target, node_id):
            return False
        new_parent = target.id if target else None
        position = row if row >= 0 else self.rowCount(parent)
        siblings = self.children_ids(new_parent)
        if node_id in siblings and siblings.index(node_id) < position:
            position -= 1  # the node leaves its old place first
        self.move_requested.emit(node_id, new_parent, position)
        return False  # nothing to remove: the refresh shows the move

    def _is_inside(self, item: TreeItem, node_id: int) -> bool:
        cursor: TreeItem | None = item
        while cursor is not None and cursor is not self._root:
            if cursor.id == node_id:
                return True
            cursor = cursor.parent
        return False
