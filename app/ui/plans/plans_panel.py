"""The list of plans: a table model over PlanSummary, a filter proxy over precomputed keys, and
the panel with its search box, filters and an empty state that says how to start.

Why precomputed keys: filtering 200 plans on every keystroke must not fold text again and again;
the diacritic-free key is built once per plan, and sorting uses QCollator (Vietnamese order).
"""

from __future__ import annotations

from enum import IntEnum
from functools import cmp_to_key
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.plan_names import plan_caption
from app.domain.text import fold
from app.ui.widgets.filter_change import change_row_filter

if TYPE_CHECKING:
    from app.services.views import PlanSummary

Index = QModelIndex | QPersistentModelIndex
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
YEAR_ROLE = Qt.ItemDataRole.UserRole + 4
ISSUER_ROLE = Qt.ItemDataRole.UserRole + 5
SORT_ROLE = Qt.ItemDataRole.UserRole + 6


class PlanColumn(IntEnum):
    NUMBER = 0
    TITLE = 1
    ISSUED = 2
    PROGRESS = 3


class PlansModel(QAbstractTableModel):
    """Rows are PlanSummary views; one precomputed search key per row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PlanSummary] = []
        self._keys: list[str] = []

    def set_plans(self, plans: list[PlanSummary]) -> None:
        self.beginResetModel()
        self._rows = list(plans)
        self._keys = [fold(f"{p.number or ''} {p.title} {p.issuer or ''}") for p in self._rows]
        self.endResetModel()

    def plans(self) -> list[PlanSummary]:
        return list(self._rows)

    def row_of(self, plan_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == plan_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(PlanColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            PlanColumn.NUMBER: self.tr("Number"),
            PlanColumn.TITLE: self.tr("Title"),
            PlanColumn.ISSUED: self.tr("Issued"),
            PlanColumn.PROGRESS: self.tr("Done"),
        }.get(PlanColumn(section)) if 0 <= section < len(PlanColumn) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        plan, column = self._rows[index.row()], PlanColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == PlanColumn.NUMBER:  # a plan without a number: its kind (`Nghị quyết`), the title beside
                return plan_caption(plan.number, plan.doc_type, None)
            if column == PlanColumn.TITLE:
                return plan.title
            if column == PlanColumn.ISSUED:
                if role == SORT_ROLE:
                    return plan.issued_on.isoformat() if plan.issued_on else ""
                return plan.issued_on.strftime("%d/%m/%Y") if plan.issued_on else ""
            if role == SORT_ROLE:
                return f"{plan.percent_done:03d}"
            if not plan.has_progress:
                return f"…/{plan.task_count}"  # figures still being computed in the background
            return f"{plan.done_count}/{plan.task_count}"
        if role == Qt.ItemDataRole.ForegroundRole and column == PlanColumn.PROGRESS and plan.overdue_count:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.ToolTipRole:
            issued = plan.issued_on.strftime("%d/%m/%Y") if plan.issued_on else ""
            tip = f"{plan_caption(plan.number, plan.doc_type, None)} {issued}\n{plan.title}\n{plan.issuer or ''}\n"
            tip += self.tr("{done} of {total} tasks done").format(done=plan.done_count, total=plan.task_count)
            if plan.overdue_count:
                tip += "\n" + self.tr("{n} overdue").format(n=plan.overdue_count)
            return tip
        if role == SEARCH_ROLE:
            return self._keys[index.row()]
        if role == PLAN_ID_ROLE:
            return plan.id
        if role == STATUS_ROLE:
            return plan.status
        if role == YEAR_ROLE:
            return plan.issued_on.year if plan.issued_on else 0
        if role == ISSUER_ROLE:
            return plan.issuer or ""
        return None


class PlansProxy(QSortFilterProxyModel):
    """Filters on the folded key, status, year and issuer; sorts with QCollator."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self.status = ""
        self.year = 0
        self.issuer = ""
        self._collator = QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        self._collator.setNumericMode(True)
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        def change() -> None:
            self._terms = fold(text).split()

        change_row_filter(self, change)

    def set_filters(self, status: str = "", year: int = 0, issuer: str = "") -> None:
        def change() -> None:
            self.status, self.year, self.issuer = status, year, issuer

        change_row_filter(self, change)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        key = index.data(SEARCH_ROLE) or ""
        if any(term not in key for term in self._terms):
            return False
        if self.status and index.data(STATUS_ROLE) != self.status:
            return False
        if self.year and index.data(YEAR_ROLE) != self.year:
            return False
        return not (self.issuer and index.data(ISSUER_ROLE) != self.issuer)

    def lessThan(self, left: Index, right: Index) -> bool:
        return self._collator.compare(str(left.data(SORT_ROLE) or ""), str(right.data(SORT_ROLE) or "")) < 0


class PlansPanel(QWidget):
    """Search box, filters, the list of plans, and an empty state explaining how to import one."""

    plan_activated = Signal(int)

    STATUSES = ("active", "completed", "archived")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plansPanel")
        self.model = PlansModel(self)
        self.proxy = PlansProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.year = QComboBox(self)
        self.issuer = QComboBox(self)
        self.view = QTreeView(self)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.sortByColumn(PlanColumn.ISSUED, Qt.SortOrder.DescendingOrder)
        header = self.view.header()
        header.setSectionResizeMode(PlanColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.view.setColumnWidth(PlanColumn.NUMBER, 96)
        self.view.setColumnWidth(PlanColumn.PROGRESS, 64)
        self.view.setColumnHidden(PlanColumn.ISSUED, True)  # the year filter and tooltip show it
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("plansEmptyState")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for combo in (self.status, self.year, self.issuer):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        filters.addWidget(self.status, 3)
        filters.addWidget(self.year, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.issuer)
        layout.addWidget(self.stack, 1)

        # Debounced: Vietnamese input methods send backspaces and replacements per keystroke.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(lambda: self.proxy.set_query(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.status, self.year, self.issuer):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.activated.connect(self._current_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search plans (diacritics optional)…"))
        self.empty.setText(self.tr(
            "No plans yet.\n\nImport a plan document (.docx, .doc, .pdf, .txt, .md) with Plan → Import plan "
            "document… (Ctrl+I), or create an empty plan with Plan → New plan… (Ctrl+N)."))
        self._fill_filters()

    def set_plans(self, plans: list[PlanSummary]) -> None:
        current = self.current_plan_id()
        self.model.set_plans(plans)
        self._fill_filters()
        self.stack.setCurrentWidget(self.view if plans else self.empty)
        if current is not None:
            self.select_plan(current, emit=False)

    def _fill_filters(self) -> None:
        plans = self.model.plans()
        labels = {"active": self.tr("In force"), "completed": self.tr("Completed"), "archived": self.tr("Archived")}
        years = sorted({p.issued_on.year for p in plans if p.issued_on}, reverse=True)
        collator = self.proxy._collator
        issuers = sorted({p.issuer for p in plans if p.issuer}, key=cmp_to_key(collator.compare))
        for combo, all_text, items in (
            (self.status, self.tr("All statuses"), [(labels[s], s) for s in self.STATUSES]),
            (self.year, self.tr("All years"), [(str(y), y) for y in years]),
            (self.issuer, self.tr("All issuers"), [(i, i) for i in issuers]),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, "" if combo is not self.year else 0)
            for text, data in items:
                combo.addItem(text, data)
            at = combo.findData(keep)
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(self.status.currentData() or "", int(self.year.currentData() or 0),
                               self.issuer.currentData() or "")

    def current_plan_id(self) -> int | None:
        index = self.view.currentIndex()
        return int(index.data(PLAN_ID_ROLE)) if index.isValid() else None

    def select_plan(self, plan_id: int, *, emit: bool = True) -> bool:
        row = self.model.row_of(plan_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            self.proxy.set_query("")
            self.status.setCurrentIndex(0)
            self.year.setCurrentIndex(0)
            self.issuer.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectionModel().blockSignals(not emit)
        self.view.setCurrentIndex(index)
        self.view.selectionModel().blockSignals(False)
        return True

    def _current_changed(self, current: QModelIndex, *_: object) -> None:
        if current.isValid():
            self.plan_activated.emit(int(current.data(PLAN_ID_ROLE)))
