"""Item model of the import review: the imported outline (`ImportedNode` tree) with each row's
marks (`review_marks.RowMarks`) as colours and tooltips.

Why the model only shows and forwards: a typed cell is handed to `on_edit` (the review takes it
into its nodes, maybe into every selected row, and computes the marks again), then the review
calls `refresh` for the rows that changed. Rows are the nodes in outline order (pre-order), so a
row number is a position in `nodes` and `marks`; the internal id of an index is that position + 1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.ui.imports.review_marks import RowMarks

if TYPE_CHECKING:
    from app.services.import_review import MentionCheck
    from app.services.plan_import import ImportedNode

Index = QModelIndex | QPersistentModelIndex
NODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's position in `nodes`
WARN_BRUSH = QBrush(QColor("#fff3c4"))
MISSING_BRUSH = QBrush(QColor("#ffd9b3"))  # a task's empty lead or deadline cell
UNKNOWN_COLOR = QBrush(QColor("#b3261e"))  # an agency the directory does not know


class Column(IntEnum):
    LABEL = 0
    TEXT = 1
    LEAD = 2
    SUPPORT = 3
    DEADLINE = 4
    READING = 5


COLUMNS = len(Column)  # asked for on every index: an enum's len() is slow enough to show
EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable  # as often


def tr(text: str) -> str:
    """The review's texts keep the view's translation context (they were written there)."""
    return QCoreApplication.translate("ImportView", text)


def _headers() -> tuple[str, ...]:
    return (tr("No."), tr("Content"), tr("Lead"), tr("Support"), tr("Deadline"), tr("Read as"))


class ReviewModel(QAbstractItemModel):
    """The outline under review; every cell editable, edits forwarded to `on_edit(row, column, text)`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.nodes: list[ImportedNode] = []
        self.marks: list[RowMarks] = []
        self.checks: dict[str, MentionCheck] = {}
        self.parents: list[int] = []  # position of each row's parent, -1 for a top-level row
        self.places: list[int] = []  # each row's place under its parent
        self.below: dict[int, list[int]] = {-1: []}  # each row's children, -1 for the top level
        self.deadlines_given = False  # the outline as read gives some task a deadline (review_marks)
        self.on_edit: Callable[[int, int, str], None] = lambda _row, _column, _text: None
        self._roles: dict[int, Callable[[int, int], Any]] = {  # what `data` answers, by role
            Qt.ItemDataRole.DisplayRole: self._text, Qt.ItemDataRole.EditRole: self._text,
            Qt.ItemDataRole.ToolTipRole: self._tooltip, Qt.ItemDataRole.BackgroundRole: self._background,
            Qt.ItemDataRole.ForegroundRole: self._foreground, NODE_ROLE: lambda row, _column: row}

    # -- filling ----------------------------------------------------------------------------------
    def set_nodes(self, roots: Iterable[ImportedNode], prepare: Callable[[], None] = lambda: None) -> None:
        """Show a new outline. `prepare` runs once its rows are listed, before the filter and the tree
        read any: the review computes their marks there (else every row is empty of marks until it
        does, and each row it then signals is filtered and drawn a second time)."""
        self.beginResetModel()
        self.nodes, self.marks, self.parents, self.places = [], [], [], []
        self.below = {-1: []}

        def add(node: ImportedNode, parent: int) -> None:
            position = len(self.nodes)
            self.nodes.append(node)
            self.marks.append(RowMarks())
            self.parents.append(parent)
            self.places.append(len(self.below[parent]))
            self.below[parent].append(position)
            self.below[position] = []
            for child in node.children:
                add(child, position)

        for root in roots:
            add(root, -1)
        self.deadlines_given = any(n.kind == "task" and n.deadline_text for n in self.nodes)
        prepare()
        self.endResetModel()

    def refresh(self, rows: Iterable[int]) -> None:
        """Say that these rows' values or marks changed: one signal per run of adjacent siblings
        (a directory repair repaints every row; a signal per row made the filter proxy and the
        view redo their work 150 times)."""
        runs: dict[int, list[int]] = {}
        for row in set(rows):
            runs.setdefault(self.parents[row], []).append(self.places[row])
        for parent, places in runs.items():
            places.sort()
            start = 0
            for end in range(1, len(places) + 1):
                if end == len(places) or places[end] != places[end - 1] + 1:
                    first, last = self.below[parent][places[start]], self.below[parent][places[end - 1]]
                    self.dataChanged.emit(self.index_of(first), self.index_of(last, COLUMNS - 1))
                    start = end

    def retranslate(self) -> None:
        """The headers in the language just installed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def index_of(self, row: int, column: int = 0) -> QModelIndex:
        """The index of the node at position `row` of `nodes`."""
        return self.createIndex(self.places[row], column, row + 1)

    def position(self, index: Index) -> int:
        """The position in `nodes` of a valid index."""
        return int(index.internalId()) - 1

    # -- QAbstractItemModel -----------------------------------------------------------------------
    # Asked about three thousand times for each repaint of the outline (the filter proxy asks `index`
    # again for every value it passes on, and about seven values for each cell): each answer is a
    # look-up or two, no more — the repaint of a 300-row review took 12 ms of CPU, 8 ms this way.
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid():
            rows = self.below.get(parent.internalId() - 1) if parent.column() == 0 else None
        else:
            rows = self.below[-1]
        if rows is None or not 0 <= row < len(rows) or not 0 <= column < COLUMNS:
            return QModelIndex()
        return self.createIndex(row, column, rows[row] + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        above = self.parents[index.internalId() - 1]
        return QModelIndex() if above < 0 else self.createIndex(self.places[above], 0, above + 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        if not parent.isValid():
            return len(self.below[-1])
        return len(self.below.get(parent.internalId() - 1, ())) if parent.column() == 0 else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return EDITABLE

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.DEADLINE:
            return tr("Deadline (as printed)")
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.READING:
            return tr("How the program understood the deadline")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        show = self._roles.get(role)  # most roles a repaint asks for (font, alignment, icon …) are not ours
        if show is None or not index.isValid():
            return None
        return show(int(index.internalId()) - 1, index.column())

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.on_edit(self.position(index), index.column(), str(value or "").strip())
        return True

    # -- what a cell shows ------------------------------------------------------------------------
    def _text(self, row: int, column: int) -> str:
        node = self.nodes[row]
        if column == Column.LABEL:
            return node.label
        if column == Column.TEXT:
            return node.text.split("\n", 1)[0]
        if column == Column.LEAD:
            return "; ".join(node.lead)
        if column == Column.SUPPORT:
            return "; ".join(node.support)
        if column == Column.DEADLINE:
            return node.deadline_text or ""
        return self.marks[row].reading

    def _tooltip(self, row: int, column: int) -> str:
        """Every cell's whole text (cells are cut), and why the row or the cell is marked."""
        node, marks = self.nodes[row], self.marks[row]
        reasons = "\n".join("⚠ " + r for r in marks.reasons)
        if column == Column.LABEL and marks.needs_check:  # the colour says it; the reasons on hover
            return reasons
        if column == Column.TEXT:
            return reasons + "\n\n" + node.text if marks.needs_check else node.text
        if column == Column.LEAD and marks.missing_lead:
            return tr("No lead agency: type one (F2), names separated by ;")
        if column == Column.DEADLINE and marks.missing_deadline:
            return tr("No deadline: check the document, type one (F2) if it has one")
        if column == Column.READING and marks.deadline_unknown:
            return tr("The program did not understand this deadline: no reminder or "
                      "overdue mark until it is retyped (for example 30/6/2025, quý II/2025)")
        mentions = self._mentions(row, column)
        if mentions:
            return marks.mention_tip(mentions, self.checks)
        return self._text(row, column)

    def _mentions(self, row: int, column: int) -> list[str]:
        node = self.nodes[row]
        return node.lead if column == Column.LEAD else node.support if column == Column.SUPPORT else []

    def _background(self, row: int, column: int) -> QBrush | None:
        marks = self.marks[row]
        if (column == Column.LEAD and marks.missing_lead) or (column == Column.DEADLINE and marks.missing_deadline):
            return MISSING_BRUSH
        return WARN_BRUSH if marks.needs_check else None

    def _foreground(self, row: int, column: int) -> QBrush | None:
        marks = self.marks[row]
        if column == Column.READING and marks.deadline_unknown:
            return UNKNOWN_COLOR
        if any(m in marks.unknown or m in marks.empty_groups or m in marks.junk for m in self._mentions(row, column)):
            return UNKNOWN_COLOR
        return None
