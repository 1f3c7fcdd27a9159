"""Table model of one received workbook's rows in the receive preview: what each row would do,
why a row is refused (beside what the agency typed in it), old and new values, and a tick the
clerk sets on the rows to apply (new and changed rows ticked, conflicts not, refused and
unchanged rows not tickable)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.text import printed_label
from app.services.exchange import FileReview, Outcome, RowReview

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The reason sits right after the outcome: on a 1024-pixel screen the last columns are off to
    the right, and why a row is refused, in conflict or adjusted is what the clerk must read."""
    APPLY = 0
    LINE = 1
    TASK = 2
    OUTCOME = 3
    REASON = 4
    STATUS = 5
    PERCENT = 6
    RESULT = 7
    STORED = 8


_COLOURS = {Outcome.NEW: "#E2EFDA", Outcome.CHANGED: "#DDEBF7", Outcome.CONFLICT: "#FFF2CC",
            Outcome.REFUSED: "#F8CBAD"}


def outcome_label(outcome: Outcome) -> str:
    labels = {Outcome.NEW: "New", Outcome.CHANGED: "Changed", Outcome.UNCHANGED: "Unchanged",
              Outcome.CONFLICT: "Conflict", Outcome.REFUSED: "Refused"}
    return QCoreApplication.translate("ExchangeReviewModel", labels[outcome])


class ReviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.review: FileReview | None = None

    def set_review(self, review: FileReview | None) -> None:
        self.beginResetModel()
        self.review = review
        self.endResetModel()

    def _rows(self) -> list[RowReview]:
        return self.review.rows if self.review is not None else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = ("Apply", "Row", "Task", "Outcome", "Reason", "Status", "%", "Result (workbook)", "Stored result")
        return QCoreApplication.translate("ExchangeReviewModel", titles[section])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.APPLY and self._rows()[index.row()].outcome.selectable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows()[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.APPLY and row.outcome.selectable:
            return Qt.CheckState.Checked if row.selected else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and row.outcome in _COLOURS:
            return QBrush(QColor(_COLOURS[row.outcome]))
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.RESULT and row.incoming is None:
            return row.typed_lines()  # a row not taken: every column the agency filled, as typed
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.TASK, Column.RESULT, Column.STORED, Column.REASON):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.PERCENT and row.note:
            return row.note  # the adjustment said where the percent is read too
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._text(row, column)
            return text.replace("\n", " ")[:200] if isinstance(text, str) else text
        return None

    @staticmethod
    def _text(row: RowReview, column: Column) -> str | int | None:
        if column == Column.LINE:
            return row.line
        if column == Column.TASK:
            return f"{printed_label(row.label)} {row.task}".strip()
        if column == Column.OUTCOME:
            return outcome_label(row.outcome)
        if column in (Column.STATUS, Column.PERCENT, Column.RESULT):  # a refused row's as typed (`RowReview.shown`)
            shown = row.shown()[(Column.STATUS, Column.PERCENT, Column.RESULT).index(column)]
            return "" if shown is None else shown
        if column == Column.STORED:
            return row.stored.result if row.stored else ""
        if column == Column.REASON:  # a refusal's or a conflict's reason, and what was taken otherwise than written
            return "; ".join(text for text in (row.reason, row.note) if text)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != Column.APPLY
                or not self._rows()[index.row()].outcome.selectable):
            return False
        state = value.value if hasattr(value, "value") else value
        self._rows()[index.row()].selected = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
