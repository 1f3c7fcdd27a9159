"""The main window composes the panels; it holds no feature logic of its own.

Layout: plans list (left dock), central tabs (plan tree, calendar, agencies, import), task
details (right dock), search (bottom dock, Ctrl+F); menus and toolbar from the action registry;
status bar with the database, the as-of date and the user. Each job beside it has its module:
the File/Plan/Tools menus' handlers (`window_commands.py`), the status line (`status_line.py`),
Undo/Redo's wording (`undo_wording.py`), the menus and toolbar (`menus.py`), listing the plans
(`plan_loading.py`), the panels and docks (`window_layout.py`), which view is shown (`window_views.py`), the
central tabs (`central_tabs.py`) and the first size (`screen_fit.first_size`).

What the panels share (services, as-of date, open plan) is the `AppState` built here and given to
each panel in its constructor; a change goes through it and every panel refreshes on its signals.
The window only decides what the plans list needs and which plan stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow

from app.ui.help import HelpWindow, connect_help
from app.ui.imports.review_room import ReviewRoom
from app.ui.onboarding import connect_actions as connect_onboarding
from app.ui.shell import keyboard
from app.ui.shell.actions import ActionRegistry
from app.ui.shell.lock_wait import LockWait
from app.ui.shell.menus import build_menus, retranslate_menus
from app.ui.shell.plan_loading import PlanLoader
from app.ui.shell.settings import Settings
from app.ui.shell.state import PLANS, TASKS, AppState
from app.ui.shell.status_line import StatusLine
from app.ui.shell.undo_wording import UndoWording
from app.ui.shell.window_commands import Opener, WindowCommands
from app.ui.shell.window_views import WindowViews
from app.ui.widgets.prompts import Prompter
from app.ui.widgets.retranslatable import Retranslatable
from app.ui.widgets.screen_fit import first_size

if TYPE_CHECKING:
    from app.services import Services
    from app.ui.exchange.exchange_menu import ExchangeMenu
    from app.ui.reports.report_menu import ReportMenu


class MainWindow(Retranslatable, WindowViews, QMainWindow):
    def __init__(self, *, services: Services | None, database_url: str, settings: Settings, prompter: Prompter,
                 opener: Opener | None = None, log_folder: Path | None = None,
                 language: str = "vi", as_of: date | None = None, background: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.state = AppState(services, database_url=database_url, as_of=as_of, parent=self)
        self.settings = settings
        self.prompter = prompter
        self.registry = ActionRegistry(self, settings.shortcut_overrides)
        self.undo_stack = QUndoStack(self)
        self._build_central()
        self._build_docks()
        self.review_room = ReviewRoom(self.tabs, self.importer, self.plans_dock, self.importer.splitter, settings, self)
        self.menus, self.recent_menu, self.toolbar = build_menus(self, self.registry,
                                                                 (self.plans_dock, self.task_dock, self.search_dock))
        self.status_line = StatusLine(self.statusBar(), self.state)
        self.db_label, self.as_of_label, self.user_label = (self.status_line.database, self.status_line.as_of,
                                                            self.status_line.user)
        self.loader = PlanLoader(self, self.state, self.plans, self.tree, settings, prompter, self.statusBar(),
                                 background=background, after_loaded=self._after_plans_loaded)
        self.lock_wait = LockWait(self.statusBar(), self)  # a write waiting for another program's lock
        self.commands = WindowCommands(self, self.state, settings, prompter, self.undo_stack,
                                       show_view=self.show_view, retranslate=self.retranslate_ui, opener=opener,
                                       log_folder=log_folder, language=language)
        self._connect()
        keyboard.tab_order(self.plans, self.tabs, self.daily, self.tree_view, self.task_panel)
        self.retranslate_ui()
        if settings.geometry.isEmpty():
            first_size(self, 1366, 768)
        else:
            self.restoreGeometry(settings.geometry)
        if not settings.window_state.isEmpty():
            self.restoreState(settings.window_state)
        self._follow_plan()
        if self.state.ready:
            self.lock_wait.attach(self.state.services)
            self.reload_all()
        else:
            self.statusBar().showMessage(self.tr("Opening the database…"))
            self._set_ready(False)

    ALWAYS_ON = ("file.quit", "help.about", "help.guide", "help.log_folder", "tools.language")

    def _set_ready(self, ready: bool) -> None:
        """Until a database is attached, only quitting and help work (nothing to act on yet)."""
        for name in self.registry.names():
            if name not in self.ALWAYS_ON and name not in ("edit.undo", "edit.redo"):
                self.registry[name].setEnabled(ready)
        for widget in (self.tabs, self.plans_dock, self.task_dock, self.search_dock):
            widget.setEnabled(ready)
        self._follow_plan()

    def _follow_plan(self) -> None:
        keyboard.follow_plan(self.registry, self.state.ready and self.state.plan_id is not None)

    def _services_changed(self) -> None:
        """Another database (or the first, opened in the background): the panels follow the state's
        signal themselves; the window re-enables its actions and lists the plans."""
        self.undo_stack.clear()
        self.statusBar().clearMessage()
        self.lock_wait.attach(self.state.services)
        self._set_ready(True)
        self.report_menu()
        self.reload_all()

    @property
    def services(self) -> Services:
        """The open database's services (read-only: another database goes through `state`)."""
        return self.state.services

    @property
    def database_url(self) -> str:
        return self.state.database_url

    def as_of(self) -> date:
        return self.state.as_of()

    def _connect(self) -> None:
        a = self.registry
        self.undo_wording = UndoWording(self.undo_stack, a, self.statusBar())
        for name, slot in (("edit.add_sibling", self.tree.add_sibling), ("edit.add_child", self.tree.add_child),
                           ("edit.rename", self.tree.rename_current), ("edit.delete", self.tree.delete_current),
                           ("edit.move_up", self.tree.move_up), ("edit.move_down", self.tree.move_down),
                           ("edit.indent", self.tree.indent), ("edit.outdent", self.tree.outdent)):
            a[name].triggered.connect(lambda _checked=False, s=slot: self._tree_command(s))
        a["edit.find"].triggered.connect(self.show_search)
        a["view.tree"].triggered.connect(lambda: self.show_view("tree"))
        a["view.tree"].triggered.connect(lambda: self.daily.focus_outline())  # after the tab is shown
        a["view.calendar"].triggered.connect(lambda: self.show_view("calendar"))
        a["tools.agencies"].triggered.connect(lambda: self.show_view("agencies"))
        a["plan.import"].triggered.connect(lambda: self.show_view("import"))
        a["plan.import"].triggered.connect(lambda: self.importer.open_document())  # after the tab is shown
        a["view.refresh"].triggered.connect(self.reload_all)
        for name in ("view.filter_all", "view.filter_due", "view.filter_overdue"):
            self.tabs.front_on(a[name], self.daily)  # the tree they filter
        self.tabs.front_on(a["view.filter_agency"], self.daily, self.daily.focus_agency)
        a["view.expand_all"].triggered.connect(lambda: self._tree_command(
            lambda: self.daily.current_view().expandAll()))
        a["view.collapse_all"].triggered.connect(lambda: self._tree_command(
            lambda: self.daily.current_view().collapseAll()))
        self.commands.connect_actions(self.registry, self.recent_menu)
        connect_onboarding(self)
        self.help_window: HelpWindow | None = None  # the user guide, made on the first F1
        connect_help(self)
        self.reports: ReportMenu | None = None  # the Báo cáo menu (report dialog, office profile), built with services
        self.exchange: ExchangeMenu | None = None  # exchange windows and the register, built on first use
        a["plan.exchange_send"].triggered.connect(lambda: self.exchange_menu().open_send())
        a["plan.exchange_receive"].triggered.connect(lambda: self.exchange_menu().open_receive())
        a["plan.register"].triggered.connect(lambda: self.exchange_menu().open_register())
        if self.state.ready:
            self.report_menu()
        state = self.state
        state.services_changed.connect(self._services_changed)
        state.plan_changed.connect(self._plan_opened)
        state.as_of_changed.connect(self._as_of_changed)
        state.data_changed.connect(self._data_changed)
        self.plans.plan_activated.connect(self.open_plan)
        self.tree.node_selected.connect(self.task_panel.set_node)
        self.tree.leave_guard = self._may_leave_task
        self.tree.edited.connect(self.reload_plans)
        self.task_panel.progress_recorded.connect(lambda node_id: self.tree.refresh(node_id))
        self.task_panel.progress.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.calendar.open_node.connect(self.open_node)
        self.calendar.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.search.open_node.connect(self.open_node)
        self.search.open_plan.connect(lambda plan_id: self.open_node(plan_id, None))
        self.importer.imported.connect(self._imported)
        # a replaced plan said "stored" like a new one: the clerk is told the corrections and progress stayed
        self.importer.replaced.connect(lambda _plan_id: self.statusBar().showMessage(
            self.tr("The plan was replaced: your corrections and its progress were kept."), 8000))
        self.importer.started.connect(self.statusBar().clearMessage)  # "Đã lưu kế hoạch." is the last import's
        self.importer.closed.connect(lambda: self.show_view("tree"))
        self.importer.history_changed.connect(self._follow_history)
        self.importer.keyed_undo, self.importer.keyed_redo = self.undo, self.redo  # its Ctrl+Z, Ctrl+Y
        self.tabs.currentChanged.connect(self._tab_changed)

    def report_menu(self) -> ReportMenu:
        """Imported here: the report dialog loads the exporters, which must not delay the first paint."""
        if self.reports is None:
            from app.ui.reports.report_menu import ReportMenu

            self.reports = ReportMenu(self.state, self.prompter, self.registry, self,
                                      lambda plan, period: self.exchange_menu().open_register(plan, period))
        return self.reports

    def exchange_menu(self) -> ExchangeMenu:
        """The exchange windows and the register, built on first use (most sessions never open them)."""
        if self.exchange is None:
            from app.ui.exchange.exchange_menu import ExchangeMenu

            self.exchange = ExchangeMenu(self.state, self.prompter, self.undo_stack,
                                         lambda kind, period: self.report_menu().open_dialog(kind, period), self)
        return self.exchange

    def _tree_command(self, slot: Callable[[], object]) -> None:
        self.show_view("tree")
        slot()

    def _follow_history(self) -> None:
        """The window's Undo and Redo act on the import review's edits while it is shown (its own
        history: nothing of it is stored yet), on the stored plans' edits everywhere else."""
        review = self.importer
        shown = self.tabs.currentWidget() is review and review.plan is not None
        self.undo_wording.follow(review if shown else None)

    def undo(self) -> None:
        """Undo the last edit of the tab shown (Ctrl+Z): the review's, else the stored plans'."""
        self.undo_wording.undo()

    def redo(self) -> None:
        self.undo_wording.redo()

    # -- texts ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.registry.retranslate_ui()
        self.undo_wording.show_texts()
        retranslate_menus(self.menus, self.recent_menu, self.toolbar)
        for index, text in enumerate((self.tr("Plan tree"), self.tr("Calendar"), self.tr("Agencies"),
                                      self.tr("Import plan"))):
            self.tabs.setTabText(index, text)
        self.plans_dock.setWindowTitle(self.tr("Plans"))
        self.task_dock.setWindowTitle(self.tr("Task details"))
        self.search_dock.setWindowTitle(self.tr("Search"))
        # the View menu's entries for the panels: each with its own letter (after the titles, which set them)
        for dock, text in ((self.plans_dock, self.tr("P&lans")), (self.task_dock, self.tr("Task &details")),
                           (self.search_dock, self.tr("&Search"))):
            dock.toggleViewAction().setText(text)
        for widget in (self.plans, self.task_panel, self.task_panel.progress, self.task_panel.targets, self.calendar,
                       self.agencies, self.importer, self.search):
            widget.retranslate_ui()
        self.update_status()

    def update_status(self) -> None:
        name = self.status_line.database_name().replace("\\", "/").rsplit("/", 1)[-1]
        self.setWindowTitle(self.tr("Theo dõi Kế hoạch — {database}").format(database=name))
        self.status_line.refresh()

    def reload_plans(self) -> None:
        """Re-list the plans (the done/overdue figures changed)."""
        self.loader.reload_plans()

    def reload_all(self) -> None:
        """F5, another database: the plans, the open plan, the status bar."""
        self.update_status()
        self.loader.reload_all()

    def _after_plans_loaded(self) -> None:
        self.update_status()
        self._tab_changed(self.tabs.currentIndex())
        if self.focusWidget() is None and self.tabs.currentWidget() is self.daily:
            self.daily.focus_outline()  # the window was painted with its panels off: nothing could take the keyboard

    def open_plan(self, plan_id: int | None) -> None:
        self.state.set_plan(plan_id)

    def _plan_opened(self, plan_id: int | None) -> None:
        self._follow_plan()
        if plan_id is not None:
            self.plans.select_plan(plan_id, emit=False)
            self.settings.last_plan_id = plan_id

    def _as_of_changed(self) -> None:
        """The tree and the open calendar follow the state themselves; the plans' figures and the
        status bar are the window's."""
        self.reload_plans()
        self.update_status()

    def _data_changed(self, what: str) -> None:
        if what == PLANS:
            self.reload_plans()
            self.loader.settle_plan()
        elif what == TASKS:
            self.reload_plans()  # the done/overdue figures

    def _may_leave_task(self) -> bool:
        """Progress typed and not recorded is lost by showing another task: ask first."""
        if not self.task_panel.progress.has_unsaved_edits():
            return True
        return self.prompter.ask_yes_no(self, self.tr("Unsaved progress"), self.tr(
            "The progress typed for this task is not recorded. Discard it and show the other item?"))

    def _imported(self, plan_id: int) -> None:
        """A stored plan opens on its first row (a replaced one on the clerk's) with the keyboard in the outline."""
        kept = self.tree.current_id() if self.tree.plan_id == plan_id else None
        self.open_plan(plan_id)
        self.state.notify(PLANS)  # a replaced plan keeps its id: the outline is re-read
        self.show_view("tree")
        self.daily.focus_outline(kept)
        self.statusBar().showMessage(self.tr("The plan was stored."), 8000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.importer.may_close():  # corrections of an import under review are not stored anywhere
            self.show_view("import")
            event.ignore()
            return
        self.settings.geometry = self.saveGeometry()
        self.settings.last_node_id = self.tree.current_id() or 0  # reopened on the same row (`settle_plan`)
        self.review_room.outside_view()  # the layout saved is the other tabs' one
        self.settings.window_state = self.saveState()
        self.settings.sync()
        super().closeEvent(event)
