"""Listing the plans and keeping one open: in the program the list is read off the GUI thread
(first paint first) and the done/overdue figures — every task's state, seconds on a big database —
are filled in by a second background read after the quick list is shown.

Its own class (translation context "PlanLoader"); the window calls `reload_all` (F5, another
database) and `reload_plans` (an edit changed the figures) and is told by `after_loaded`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar, QWidget

from app.errors import AppError
from app.ui.plans.plans_panel import PlansPanel
from app.ui.shell.settings import Settings
from app.ui.shell.state import AppState
from app.ui.tree.plan_tree import PlanTreeController
from app.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from app.services.views import PlanSummary
    from app.ui.widgets.worker import CancelToken, ProgressFn, Task


class PlanLoader(QObject):
    def __init__(self, window: QWidget, state: AppState, plans: PlansPanel, tree: PlanTreeController,
                 settings: Settings, prompter: Prompter, status: QStatusBar, *, background: bool,
                 after_loaded: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.state, self.plans, self.tree = window, state, plans, tree
        self.settings, self.prompter, self.status = settings, prompter, status
        self.background = background  # load the plan list off the GUI thread (first paint first)
        self.after_loaded = after_loaded
        self._loading: Task | None = None
        self._filling: Task | None = None

    def reload_plans(self) -> None:
        """Re-list the plans (figures in the background in the program)."""
        as_of = self.state.as_of()
        if not self.background:
            self.plans.set_plans(self.state.services.plans.list_plans(as_of))
            return
        self.plans.set_plans(self.state.services.plans.list_plans(as_of, with_progress=False))
        self._fill_progress_in_background()

    def reload_all(self) -> None:
        if self.background:
            self._load_in_background()
            return
        self.reload_plans()
        self._loaded()

    def _loaded(self) -> None:
        self.settle_plan()
        self.after_loaded()

    def _load_in_background(self) -> None:
        """Opening lists the plans without figures (fast), then fills the figures in the background."""
        from app.ui.widgets.worker import run_in_background

        plans_service, as_of = self.state.services.plans, self.state.as_of()
        self.status.showMessage(self.tr("Loading plans…"))
        self.plans.empty.setText(self.tr("Loading plans…"))
        self.plans.stack.setCurrentWidget(self.plans.empty)

        def loaded(plans: list[PlanSummary]) -> None:
            if self._loading is not task:
                return  # a newer load (another database) superseded this one
            self.status.clearMessage()
            self.plans.retranslate_ui()
            self.plans.set_plans(plans)
            self._loaded()
            self._fill_progress_in_background()

        task = run_in_background(lambda _p, _t: plans_service.list_plans(as_of, with_progress=False),
                                 owner=self, on_result=loaded, on_error=self._load_failed)
        self._loading = task

    def _fill_progress_in_background(self) -> None:
        from app.ui.widgets.worker import run_in_background

        plans_service, calendar, as_of = self.state.services.plans, self.state.services.calendar, self.state.as_of()

        def work(_progress: ProgressFn, _token: CancelToken) -> list[PlanSummary]:
            plans = plans_service.list_plans(as_of)
            # warm the calendar's occurrence index and its overdue line (0.6 s at 30,000 tasks) while the clerk reads
            calendar.due_items(as_of.replace(day=1), as_of.replace(day=28), as_of=as_of)
            calendar.overdue(as_of)
            return plans

        def filled(plans: list[PlanSummary]) -> None:
            if self._filling is task and self.state.services.plans is plans_service:
                self.plans.set_plans(plans)

        task = run_in_background(work, owner=self, on_result=filled, on_error=self._load_failed)
        self._filling = task

    def _load_failed(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, AppError) else self.tr("The plans could not be loaded.")
        self.prompter.error(self.window, message)

    def settle_plan(self) -> None:
        """Keep the open plan if it is still listed (and re-read it: F5, a replaced import), else
        open the last one used (on the row the clerk left, when the window opens) or the first."""
        plans = self.plans.model.plans()
        opening = self.state.plan_id is None
        plan_id: int | None = self.state.plan_id or self.settings.last_plan_id
        if not any(p.id == plan_id for p in plans):
            plan_id = plans[0].id if plans else None
        if plan_id != self.state.plan_id:
            self.state.set_plan(plan_id)
        elif plan_id != self.tree.plan_id:
            self.tree.load_plan(plan_id)
        else:
            self.tree.refresh()
        if plan_id is not None:  # a plan just stored was opened before the list held it: the list kept the old one
            self.plans.select_plan(plan_id, emit=False)
        if opening and plan_id is not None and plan_id == self.settings.last_plan_id:
            self.tree.select_node(self.settings.last_node_id)  # a row gone since is no row: the first is shown
