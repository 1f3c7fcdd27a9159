"""Calendar of due dates: a month grid beside an agenda list, with filters and navigation.

Why the agenda: a busy day cannot show forty tasks in a cell; selecting the day lists all of them
(scrollable), and activating one opens it in the plan tree (`open_node(plan_id, node_id)`).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
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
from app.domain.periods import code_name
from app.domain.task_state import TaskState
from app.domain.text import printed_label
from app.errors import InputError
from app.services.calendar import OverdueWork
from app.ui.calendar.calendar_model import REPORT_COLOR, DayDelegate, MonthModel
from app.ui.shell.state import AppState
from app.ui.widgets.compact import CELL_MARGIN
from app.ui.widgets.date_field import DateField
from app.ui.widgets.form_keys import tab_leaves
from app.ui.widgets.state_style import short_labels, state_color, state_label

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
        tab_leaves(self.grid)
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
        # overdue work said above the month, with a step to it: a plan whose deadlines have all passed left
        # the current month empty and the clerk with no hint (clerk8)
        self.overdue_note = QLabel(self)
        self.overdue_note.setObjectName("calendarOverdue")
        warning = state_color(TaskState.IN_PROGRESS_OVERDUE)
        if warning is not None:
            self.overdue_note.setStyleSheet(f"color: {warning.name()};")
        self.overdue_button = QPushButton(self)
        overdue_row = QHBoxLayout()
        overdue_row.addWidget(self.overdue_note)
        overdue_row.addWidget(self.overdue_button)
        overdue_row.addStretch(1)
        bar.addLayout(overdue_row)
        self.overdue = OverdueWork()
        splitter = QSplitter(self)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.agenda)
        splitter.setStretchFactor(0, 5)  # 5:4, the agenda is where a busy day is read (3:2 left it
        splitter.setStretchFactor(1, 4)  # 290 px at 1024: the task's words cut after a dozen letters)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.selected_day: date | None = None
        self._agenda_day = state.as_of()  # the day the agenda lists
        self._narrow = False  # the agenda's rows in their short forms
        self.agenda.viewport().installEventFilter(self)  # a narrow agenda takes its short forms (`show_agenda`)
        self.agenda_items: list[DueItem] = []
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.today_button.clicked.connect(self.go_today)
        self.go_date.returnPressed.connect(self.go_typed)
        self.go_button.clicked.connect(self.go_typed)
        self.overdue_button.clicked.connect(self.go_overdue)
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
        self.overdue_button.setText(self.tr("Go to the first &overdue task"))
        self._say_overdue()
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

    def go_overdue(self) -> None:
        """The month of the earliest deadline an overdue task missed, that task current in the agenda."""
        work = self.overdue
        if work.first_day is None:
            return
        self.go_to(work.first_day)
        rows = [r for r, item in enumerate(self.agenda_items) if item.node_id == work.first_node]
        row = self.agenda.topLevelItem(rows[0]) if rows else None
        if row is not None:
            self.agenda.setCurrentItem(row)
            self.agenda.setFocus()

    def _say_overdue(self) -> None:
        work = self.overdue
        self.overdue_note.setText(self.tr("⚠ Overdue tasks: {count}; the earliest was due {day}.").format(
            count=work.count, day=format_vn(work.first_day)) if work.first_day else "")
        self.overdue_note.setVisible(bool(work.count))
        self.overdue_button.setVisible(bool(work.count))

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
        self.overdue = self.state.services.calendar.overdue(today, plan_id=self._plan_scope(), agency_id=(
            self._agency_scope())) if self.state.ready else OverdueWork()
        self._say_overdue()
        self.model.set_month(self.year, self.month, items, today)
        self.title.setText(self.tr("Month {month}/{year}").format(month=self.month, year=self.year))
        # the day chosen is kept if it is in this month (a day of the grid's edges, or the first cell
        # Qt makes current when the grid takes the focus, is not the clerk's choice)
        chosen = self.selected_day
        day = chosen if chosen and start <= chosen <= end and chosen.month == self.month else None
        if day is None:
            day = today if start <= today <= end and today.month == self.month else date(self.year, self.month, 1)
        self.go_date.setDate(day)
        self.grid.setCurrentIndex(self.model.index_of(day))
        self.show_agenda(day)

    def fetch(self, start: date, end: date) -> list[DueItem]:
        plan_id, agency_id = self._plan_scope(), self._agency_scope()
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

    def _plan_scope(self) -> int | None:
        return self.state.plan_id if self.scope.currentData() == "plan" else None

    def _agency_scope(self) -> int | None:
        return int(self.agency.currentData() or 0) or None

    def _day_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.selected_day = self.model.day_at(current)
            self.go_date.setDate(self.selected_day)
            self.show_agenda(self.selected_day)

    def show_agenda(self, day: date) -> None:
        """List the selected day's items; an empty day lists the rest of the month instead. A narrow
        agenda (a 1024-pixel screen) writes the day as dd/mm, states in short words and leaves out
        the plan's number when all rows are of one plan: the task keeps its room (full texts in the
        tooltips)."""
        items = self.model.items_on(day)
        if not items:
            items = [i for d in range(42) for i in self.model.items_on(self.model.start + timedelta(days=d))
                     if i.day >= day and i.day.month == self.month]
        self.agenda.clear()
        self.agenda_items = list(items)  # rows carry their index only (no Python objects in QVariant)
        self._agenda_day = day
        self._narrow = narrow = self._agenda_is_narrow()
        one_plan = len({i.plan_id for i in items}) <= 1
        rows: list[QTreeWidgetItem] = []
        for item in items:
            plan = "" if narrow and one_plan else f"[{item.plan_caption}] "
            if item.kind == "task":
                task = f"{printed_label(item.label)} {' '.join(item.text.split())}".strip()
                full, whole = [state_label(item.state), f"{plan}{task}"], f"[{item.plan_caption}] {task}"
                short = state_label(item.state, short=True)
                color = state_color(item.state)
            else:  # the period first: a plan named by its kind and title would push it out of sight
                cutoff = item.kind == "report_cutoff"
                whole = f"{code_name(item.period)} — {item.plan_caption}"
                full = [f"◆ {self.tr('Report cut-off') if cutoff else self.tr('Reports due')}",
                        whole if plan else code_name(item.period)]
                short = f"◆ {self.tr('Cut-off') if cutoff else self.tr('Due')}"
                color = REPORT_COLOR
            cells = [item.day.strftime("%d/%m") if narrow else format_vn(item.day),
                     short if narrow else full[0], full[1]]
            row = QTreeWidgetItem(cells)
            row.setData(0, ITEM_ROLE, len(rows))
            row.setToolTip(0, format_vn(item.day))
            row.setToolTip(1, full[0])
            row.setToolTip(2, whole + ("\n" + "; ".join(item.lead_names) if item.lead_names else ""))
            if color is not None:
                row.setForeground(1, QBrush(color))
            rows.append(row)
        self.agenda.addTopLevelItems(rows)
        self._fit_agenda()

    AGENDA_WIDE = 480  # narrower than this, the agenda takes its short forms (`show_agenda`)

    def _agenda_is_narrow(self) -> bool:
        return self.agenda.viewport().width() < self.AGENDA_WIDE

    def _fit_agenda(self) -> None:
        metrics = self.agenda.fontMetrics()
        if self._narrow:
            self.agenda.setColumnWidth(0, metrics.horizontalAdvance("00/00") + CELL_MARGIN + 8)
            shorts = [*short_labels(), f"◆ {self.tr('Cut-off')}", f"◆ {self.tr('Due')}"]
            self.agenda.setColumnWidth(1, max(metrics.horizontalAdvance(t) for t in shorts) + CELL_MARGIN + 4)
        else:
            self.agenda.setColumnWidth(0, metrics.horizontalAdvance("00/00/0000") + CELL_MARGIN + 8)
            self.agenda.setColumnWidth(1, 180)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.agenda.viewport() and event.type() == QEvent.Type.Resize
                and self._narrow != self._agenda_is_narrow()):
            self.show_agenda(self._agenda_day)  # the other form of the rows (`show_agenda`)
        return super().eventFilter(watched, event)

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        position = row.data(0, ITEM_ROLE)
        item = self.agenda_items[position] if isinstance(position, int) else None
        if item is not None and item.node_id is not None:
            self.open_node.emit(item.plan_id, item.node_id)
