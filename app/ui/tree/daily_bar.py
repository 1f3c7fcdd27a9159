"""The tree tab with its filter bar: all tasks, due this period, overdue, by agency and state.

Why a second view: the full outline stays in `PlanTreeView`, where the controller edits it
(add, move, rename, drag). A filter shows its rows in a read-only twin over `DailyFilter`; a
task chosen there is selected in the outline through the controller, so the task panel, the
unsaved-progress question and every edit command work exactly as in the full tree.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import period_name
from app.domain.task_state import TaskState
from app.domain.text import sort_key
from app.ui.shell.actions import ActionRegistry
from app.ui.tree.daily_filter import Criteria, DailyFilter, Mode, current_quarter
from app.ui.tree.plan_tree import EXPAND_LIMIT, PlanTreeController, PlanTreeView
from app.ui.widgets.retranslatable import Retranslatable
from app.ui.widgets.state_style import state_symbol, state_text

if TYPE_CHECKING:
    from app.services.views import AgencyView

MODE_ACTIONS = {Mode.ALL: "view.filter_all", Mode.DUE: "view.filter_due", Mode.OVERDUE: "view.filter_overdue"}
# edits that change the outline's shape or open an editor in it: they show the whole outline first
OUTLINE_EDITS = ("edit.add_sibling", "edit.add_child", "edit.rename", "edit.move_up", "edit.move_down",
                 "edit.indent", "edit.outdent")


class DailyTreePage(Retranslatable, QWidget):
    """Filter bar above the outline; the outline or its filtered twin below."""

    def __init__(self, tree: PlanTreeController, view: PlanTreeView, actions: ActionRegistry,
                 as_of: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dailyTreePage")
        self.tree, self.full_view, self.as_of = tree, view, as_of
        self.proxy = DailyFilter(tree.model, as_of, self)
        self.filtered = PlanTreeView(self)
        self.filtered.setObjectName("planTreeFiltered")
        self.filtered.setDragEnabled(False)
        self.filtered.setAcceptDrops(False)
        self.filtered.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.filtered.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.filtered.setModel(self.proxy)
        self.filtered.set_column_widths()
        # no exclusive QButtonGroup: it refuses to uncheck the checked button, so two would show
        # pressed; `_show_mode` checks exactly one action and each button mirrors its action
        self.buttons: dict[Mode, QToolButton] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        for mode in Mode:
            button = QToolButton(self)
            button.setObjectName(f"filter_{mode.value}")
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setDefaultAction(actions[MODE_ACTIONS[mode]])
            self.buttons[mode] = button
            bar.addWidget(button)
        self.agency = QComboBox(self)
        self.agency.setObjectName("filterAgency")
        self.agency.setMinimumContentsLength(12)
        self.agency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agency.addItem("", None)  # `(every agency)` before any plan is open (a new database)
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("filterState")
        self.state_filter.setMinimumContentsLength(12)
        self.state_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.state_filter.addItem("", None)
        for state in TaskState:
            self.state_filter.addItem("", state.value)
        self.agency_label, self.state_label = QLabel(self), QLabel(self)
        self.agency_label.setBuddy(self.agency)
        self.state_label.setBuddy(self.state_filter)
        for widget in (self.agency_label, self.agency, self.state_label, self.state_filter):
            if isinstance(widget, QLabel):
                bar.addSpacing(8)  # a checked mode button or a combo must not touch the next label
            bar.addWidget(widget)
        bar.addStretch(1)
        self.counts = QLabel(self)
        self.counts.setObjectName("filterCounts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)  # a long count line must not set the window's minimum width
        self.stack = QStackedWidget(self)
        self.stack.addWidget(view)
        self.stack.addWidget(self.filtered)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        self.counts.setContentsMargins(6, 0, 6, 2)
        layout.addWidget(self.counts)
        layout.addWidget(self.stack, 1)
        for mode, name in MODE_ACTIONS.items():
            actions[name].setCheckable(True)
            actions[name].triggered.connect(lambda _c=False, m=mode: self.set_mode(m))
        actions["view.filter_agency"].triggered.connect(self.focus_agency)
        for name in OUTLINE_EDITS:  # connected before the window's own handlers: runs first
            actions[name].triggered.connect(self._show_outline_for_edit)
        self.agency.activated.connect(lambda _i: self.apply())
        self.state_filter.activated.connect(lambda _i: self.apply())
        self.filtered.selectionModel().currentRowChanged.connect(self._filtered_current)
        view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._follow_outline())
        tree.model.modelReset.connect(self._outline_reloaded)
        self._actions = actions
        self._agencies_of: Callable[[], list[AgencyView]] = self._directory
        self.retranslate_ui()
        self._show_mode(Mode.ALL)

    # -- the clerk's choices -------------------------------------------------------------------
    def criteria(self) -> Criteria:
        state = self.state_filter.currentData()
        return Criteria(self.proxy.criteria.mode, self.agency.currentData(),
                        TaskState(state) if state else None)

    def set_mode(self, mode: Mode) -> None:
        self.proxy.criteria = Criteria(mode, self.proxy.criteria.agency_id, self.proxy.criteria.state)
        if mode is Mode.ALL:  # "all tasks" clears every choice
            self.agency.setCurrentIndex(0)
            self.state_filter.setCurrentIndex(0)
        self.apply()

    def set_agency(self, agency_id: int | None) -> None:
        self.agency.setCurrentIndex(max(0, self.agency.findData(agency_id)))
        self.apply()

    def focus_agency(self) -> None:
        self.agency.setFocus()
        self.agency.showPopup()

    def apply(self) -> None:
        criteria = self.criteria()
        self.proxy.set_criteria(criteria)
        self._show_mode(criteria.mode)
        self.stack.setCurrentWidget(self.filtered if criteria.active else self.full_view)
        self._expand_filtered()
        self._follow_outline()
        self._show_counts()

    def _show_outline_for_edit(self) -> None:
        """Adding, moving or renaming happens in the whole outline (the current task stays chosen)."""
        if self.proxy.criteria.active:
            self.set_mode(Mode.ALL)

    def current_view(self) -> PlanTreeView:
        """The view the clerk looks at (the outline, or its filtered twin)."""
        widget = self.stack.currentWidget()
        assert isinstance(widget, PlanTreeView)
        return widget

    def focus_outline(self, node_id: int | None = None) -> None:
        """The outline takes the keyboard on a row (`node_id`, else the current one, else the first):
        the clerk's arrows, Enter and F2 act at once and the task panel shows the row."""
        self.tree.select_row(node_id if node_id is not None else self.tree.current_id())
        self.current_view().setFocus()

    # -- keeping the two views and the bar in step -----------------------------------------------
    def _show_mode(self, mode: Mode) -> None:
        for each, name in MODE_ACTIONS.items():
            self._actions[name].setChecked(each is mode)
            self.buttons[each].setChecked(each is mode)

    def _outline_reloaded(self) -> None:
        """The plan was (re)read: offer its agencies, re-open the filtered rows, recount."""
        self._fill_agencies()
        self._expand_filtered()
        self._follow_outline()
        self._show_counts()

    def _directory(self) -> list[AgencyView]:
        state = self.tree.state
        return list(state.services.agencies.list_agencies()) if state.ready else []

    def _fill_agencies(self) -> None:
        chosen = self.agency.currentData()
        in_plan = self.proxy.agency_ids()
        agencies = sorted((a for a in self._agencies_of() if a.id in in_plan), key=lambda a: sort_key(a.name))
        self.agency.blockSignals(True)
        self.agency.clear()
        self.agency.addItem(self.tr("(every agency)"), None)
        for a in agencies:
            self.agency.addItem(a.name, a.id)
        self.agency.setCurrentIndex(max(0, self.agency.findData(chosen)))
        self.agency.blockSignals(False)
        if chosen is not None and self.agency.currentData() != chosen:
            self.apply()  # the agency left the plan: its filter goes with it

    def _expand_filtered(self) -> None:
        if self.proxy.criteria.active:
            if self.proxy.rowCount() and self.tree.model.node_count() <= EXPAND_LIMIT * 4:
                self.filtered.expandAll()
            else:
                self.filtered.expandToDepth(1)

    def _filtered_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node_id = self.proxy.source_id(current)
        if node_id is None or node_id == self.tree.current_id():
            return
        self.tree.select_node(node_id)  # the outline asks about unsaved progress, shows the task
        if self.tree.current_id() != node_id:
            self._follow_outline()  # the clerk kept the other task: point back at it

    def _follow_outline(self) -> None:
        """Select in the filtered view the task the outline shows (if the filter keeps it)."""
        node_id = self.tree.current_id()
        index = self.proxy.index_of(node_id) if node_id is not None else QModelIndex()
        selection = self.filtered.selectionModel()
        selection.blockSignals(True)
        if index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.filtered.scrollTo(index)
        else:
            selection.clear()
        selection.blockSignals(False)
        self.filtered.viewport().update()

    def _show_counts(self) -> None:
        counts = self.proxy.state_counts()
        parts = [f"{state_symbol(s)} {state_text(s)}: {counts[s]}" for s in TaskState if counts[s]]
        if self.proxy.criteria.mode is Mode.DUE:
            head = self.tr("Due in {period}").format(period=period_name(current_quarter(self.as_of())))
        elif self.proxy.criteria.mode is Mode.OVERDUE:
            head = self.tr("Overdue on {date}").format(date=self.as_of().strftime("%d/%m/%Y"))
        else:
            head = self.tr("Tasks")
        total = sum(counts.values())
        shown = self.tr("{count} tasks").format(count=total)
        self.counts.setText(f"{head} — {shown}" + (f" · {' · '.join(parts)}" if parts else ""))

    # -- texts ----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.agency_label.setText(self.tr("A&gency:"))
        self.state_label.setText(self.tr("S&tate:"))
        if self.agency.count():
            self.agency.setItemText(0, self.tr("(every agency)"))
        self.state_filter.setItemText(0, self.tr("(every state)"))
        for row in range(1, self.state_filter.count()):
            value = self.state_filter.itemData(row)
            self.state_filter.setItemText(row, f"{state_symbol(value)} {state_text(value)}")
        self._show_counts()

