"""Calendar of due dates: a month grid beside an agenda list, with filters and navigation.

Why the agenda: a busy day cannot show forty tasks in a cell; selecting the day lists all of them
(scrollable), and activating one opens it in the plan tree (`open_node(plan_id, node_id)`).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import format_vn
from app.domain.task_state import TaskState
from app.domain.text import printed_label
from app.errors import InputError
from app.ui.calendar.calendar_model import REPORT_COLOR, DayDelegate, MonthModel
from app.ui.shell.state import AppState
from app.ui.widgets.date_field import DateField
from app.ui.widgets.state_style import state_color, state_symbol, state_text

SOON_DAYS = 14
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

if TYPE_CHECKING:
    from app.services.calendar import DueItem


class CalendarView(QWidget):
    open_node = Signal(int, int)  # plan id, node id
    failed = Signal(str)  # one line for the status bar: a date that cannot be gone to

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.state = state
        self.model = MonthModel(self)
        self.grid = QTableView(self)
        self.grid.setObjectName("calendarGrid")
        self.grid.setModel(self.model)
        self.delegate = DayDelegate(self.grid)
        self.grid.setItemDelegate(self.delegate)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.agenda = QTreeWidget(self)
        self.agenda.setObjectName("calendarAgenda")
        self.agenda.setColumnCount(3)
        self.agenda.setRootIsDecorated(False)
        self.agenda.setUniformRowHeights(True)
        self.agenda.setAlternatingRowColors(True)
        self.agenda.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.agenda.header().setStretchLastSection(False)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.title.setFont(font)
        self.prev_button, self.today_button, self.next_button = QPushButton(self), QPushButton(self), QPushButton(self)
        # typed dd/mm/yyyy as everywhere else (QDateEdit took digits section by section); Enter goes
        self.go_date = DateField(self)
        self.go_date.setObjectName("calendarGoDate")
        self.go_date.setMaximumWidth(self.go_date.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        self.go_button = QPushButton(self)
        self.scope = QComboBox(self)
        self.agency = QComboBox(self)
        self.state_filter = QComboBox(self)
        self.agency.setMinimumContentsLength(14)
        self.agency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for combo in (self.scope, self.state_filter):
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # two rows (month, then filters): one row of all of them kept the window wider than 1024 px
        bar = QVBoxLayout()
        month_row, filter_row = QHBoxLayout(), QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button, self.title):
            month_row.addWidget(w)
        month_row.addStretch(1)
        month_row.addWidget(self.go_date)
        month_row.addWidget(self.go_button)
        for combo in (self.scope, self.agency, self.state_filter):
            filter_row.addWidget(combo, 1)
        filter_row.addStretch(1)
        bar.addLayout(month_row)
        bar.addLayout(filter_row)
        splitter = QSplitter(self)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.agenda)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.selected_day: date | None = None
        self.agenda_items: list[DueItem] = []
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.today_button.clicked.connect(self.go_today)
        self.go_date.returnPressed.connect(self.go_typed)
        self.go_button.clicked.connect(self.go_typed)
        for combo in (self.scope, self.agency, self.state_filter):
            combo.activated.connect(lambda _i: self.reload())
        self.grid.selectionModel().currentChanged.connect(self._day_changed)
        self.agenda.itemActivated.connect(self._activated)
        self.retranslate_ui()
        # bug 4: the open calendar follows the as-of date, the open plan and any stored change
        state.as_of_changed.connect(self._follow)
        state.plan_changed.connect(self._follow)
        state.data_changed.connect(self._follow)
        today = state.as_of()
        self.year, self.month = today.year, today.month

    def retranslate_ui(self) -> None:
        self.prev_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.today_button.setText(self.tr("Today"))
        self.go_date.setToolTip(self.tr("Go to date"))
        self.go_button.setText(self.tr("Go"))
        self.go_button.setToolTip(self.tr("Go to date"))
        self.agenda.setHeaderLabels([self.tr("Date"), self.tr("State"), self.tr("Task")])
        self.delegate.more_text = self.tr("+{n} more")
        self.delegate.cutoff_text = self.tr("Report cut-off")
        self.delegate.report_text = self.tr("Reports due")
        self.scope.clear()
        self.scope.addItem(self.tr("All plans"), "all")
        self.scope.addItem(self.tr("Current plan"), "plan")
        self.state_filter.clear()
        for text, key in ((self.tr("All states"), ""), (self.tr("Overdue"), "overdue"),
                          (self.tr("Due soon (14 days)"), "soon"), (self.tr("Done"), "done"),
                          (self.tr("Not yet due"), "not_due")):
            self.state_filter.addItem(text, key)

    def load_agencies(self) -> None:
        keep = self.agency.currentData()
        self.agency.clear()
        self.agency.addItem(self.tr("All agencies"), 0)
        for a in self.state.services.agencies.list_agencies(include_inactive=False):
            self.agency.addItem(a.name, a.id)
        self.agency.setCurrentIndex(max(0, self.agency.findData(keep)))

    # -- navigation -------------------------------------------------------------------------------
    def step(self, months: int) -> None:
        index = self.year * 12 + self.month - 1 + months
        self.year, self.month = divmod(index, 12)
        self.month += 1
        self.reload()

    def go_today(self) -> None:
        self.go_to(self.state.as_of())

    def go_typed(self) -> bool:
        """Go to the date typed in the field; an impossible one is refused in one line (and the
        field keeps what was typed, to be corrected)."""
        try:
            day = self.go_date.value()
        except InputError as exc:
            self.failed.emit(exc.message)
            self.go_date.setFocus()
            self.go_date.selectAll()
            return False
        self.go_to(day)
        return True

    def go_to(self, day: date) -> None:
        self.year, self.month = day.year, day.month
        self.reload()
        index = self.model.index_of(day)
        if index.isValid():
            self.grid.setCurrentIndex(index)

    def _follow(self, *_what: object) -> None:
        """Re-read now if shown; a hidden calendar is re-read when its tab is shown."""
        if self.state.ready and self.isVisibleTo(self.window()):
            self.reload()

    def reload(self) -> None:
        """Fetch the six visible weeks once and repaint (the 50 ms budget of a month)."""
        today = self.state.as_of()
        self.model.set_month(self.year, self.month, [], today)
        start, end = self.model.start, self.model.end
        items = self.fetch(start, end) if self.state.ready else []
        self.model.set_month(self.year, self.month, items, today)
        self.title.setText(self.tr("Month {month}/{year}").format(month=self.month, year=self.year))
        day = self.selected_day if self.selected_day and start <= self.selected_day <= end else None
        if day is None:
            day = today if start <= today <= end and today.month == self.month else date(self.year, self.month, 1)
        self.go_date.setDate(day)
        self.grid.setCurrentIndex(self.model.index_of(day))
        self.show_agenda(day)

    def fetch(self, start: date, end: date) -> list[DueItem]:
        plan_id = self.state.plan_id if self.scope.currentData() == "plan" else None
        agency_id = int(self.agency.currentData() or 0) or None
        wanted = self.state_filter.currentData() or ""
        states: set[TaskState] | None = None
        if wanted == "overdue":
            states = {TaskState.IN_PROGRESS_OVERDUE}
        elif wanted == "done":
            states = {TaskState.DONE_ON_TIME, TaskState.DONE_LATE}
        elif wanted in ("not_due", "soon"):
            states = {TaskState.NOT_DUE, TaskState.IN_PROGRESS_ON_TIME, TaskState.ONGOING}
        items = self.state.services.calendar.due_items(start, end, plan_id=plan_id, agency_id=agency_id,
                                                       states=states, as_of=self.state.as_of(),
                                                       include_reporting=not wanted)
        if wanted == "soon":
            today = self.state.as_of()
            items = [i for i in items if today <= i.day <= today + timedelta(days=SOON_DAYS)]
        return items

    def _day_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.selected_day = self.model.day_at(current)
            self.go_date.setDate(self.selected_day)
            self.show_agenda(self.selected_day)

    def show_agenda(self, day: date) -> None:
        """List the selected day's items; an empty day lists the rest of the month instead."""
        items = self.model.items_on(day)
        if not items:
            items = [i for d in range(42) for i in self.model.items_on(self.model.start + timedelta(days=d))
                     if i.day >= day and i.day.month == self.month]
        self.agenda.clear()
        self.agenda_items = list(items)  # rows carry their index only (no Python objects in QVariant)
        rows: list[QTreeWidgetItem] = []
        for item in items:
            if item.kind == "task":
                cells = [format_vn(item.day), f"{state_symbol(item.state)} {state_text(item.state)}".strip(),
                         f"[{item.plan_number}] {printed_label(item.label)} {' '.join(item.text.split())}".strip()]
                color = state_color(item.state)
            else:
                what = self.tr("Report cut-off") if item.kind == "report_cutoff" else self.tr("Reports due")
                cells = [format_vn(item.day), f"◆ {what}", f"[{item.plan_number}] {item.period or ''}"]
                color = REPORT_COLOR
            row = QTreeWidgetItem(cells)
            row.setData(0, ITEM_ROLE, len(rows))
            row.setToolTip(2, cells[2] + ("\n" + "; ".join(item.lead_names) if item.lead_names else ""))
            if color is not None:
                row.setForeground(1, QBrush(color))
            rows.append(row)
        self.agenda.addTopLevelItems(rows)
        for column, width in ((0, 80), (1, 180)):
            self.agenda.setColumnWidth(column, width)

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        position = row.data(0, ITEM_ROLE)
        item = self.agenda_items[position] if isinstance(position, int) else None
        if item is not None and item.node_id is not None:
            self.open_node.emit(item.plan_id, item.node_id)
