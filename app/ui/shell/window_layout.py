"""The main window's panels: the central tabs (plan tree, calendar, agencies, import) and the docks (plans on
the left, the task's details and the search below), with their first sizes.

Why apart from `main_window.py`: building the panels is one job (what is where, how big at first), wiring them
together another; the window mixes this in and calls it first, so the rest of the window finds its panels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QWidget

from app.ui.agencies.agencies_view import AgenciesView
from app.ui.calendar.calendar_view import CalendarView
from app.ui.imports.import_view import ImportView
from app.ui.plans.plans_panel import PlansPanel
from app.ui.shell.central_tabs import CentralTabs
from app.ui.task.task_panel import TaskPanel
from app.ui.tree.daily_bar import DailyTreePage
from app.ui.tree.plan_tree import PlanTreeController, PlanTreeView
from app.ui.tree.search_panel import SearchPanel

if TYPE_CHECKING:  # type-checked as the window it is mixed into; at run time a plain class (Qt's MRO)
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMainWindow as _WindowBase

    from app.ui.shell.actions import ActionRegistry
    from app.ui.shell.state import AppState
    from app.ui.widgets.prompts import Prompter
else:
    _WindowBase = object


class WindowLayout(_WindowBase):
    """Builds the window's panels as attributes of the window (`tabs`, `tree`, `daily`, `task_panel`, docks…)."""

    state: AppState
    prompter: Prompter
    registry: ActionRegistry
    undo_stack: QUndoStack

    def _build_central(self) -> None:
        self.tabs = CentralTabs(self)
        self.tree_view = PlanTreeView(self.tabs)
        self.tree = PlanTreeController(self.tree_view, self.state, self.undo_stack, self.prompter, self.registry)
        self.daily = DailyTreePage(self.tree, self.tree_view, self.registry, self.state.as_of, self.tabs)
        self.calendar = CalendarView(self.state, self.tabs)
        self.agencies = AgenciesView(self.state, self.prompter, self.tabs, undo_stack=self.undo_stack)
        self.importer = ImportView(self.state, self.prompter, self.tabs)
        for widget in (self.daily, self.calendar, self.agencies, self.importer):
            self.tabs.addTab(widget, "")
        self.setCentralWidget(self.tabs)

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.plans = PlansPanel(self)
        self.plans_dock = self._dock("plansDock", self.plans, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.task_panel = TaskPanel(self.state, self.tree.run_call, self.tree.run_update, self)
        task_scroll = QScrollArea(self)  # a narrow dock scrolls sideways; never lower than the panel
        task_scroll.setWidgetResizable(True)
        task_scroll.setFrameShape(QFrame.Shape.NoFrame)
        task_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own on the way to its fields
        task_scroll.setWidget(self.task_panel)
        # a restored or dragged layout must not scroll the progress form's button out of sight: the
        # tree gives way instead (the central tabs are only as low as the page shown needs)
        task_scroll.setMinimumHeight(self.task_panel.minimumSizeHint().height())
        self.task_dock = self._dock("taskDock", task_scroll, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.search = SearchPanel(self.state, self)
        self.search_dock = self._dock("searchDock", self.search, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.search_dock.hide()
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.resizeDocks([self.plans_dock], [330], Qt.Orientation.Horizontal)
        # tall enough for the task panel's every tab with its buttons (the progress form's "Record
        # progress" in sight at 1024×600 too, its fields scrolled to the one focused)
        title = self.task_dock.fontMetrics().height() + 16
        self.resizeDocks([self.task_dock], [self.task_panel.minimumSizeHint().height() + title],
                         Qt.Orientation.Vertical)
