"""The main window by keyboard alone: which actions wait for an open plan, and the Tab order.

Why: on a fresh database Ins, Del, F2 or Alt+Enter did nothing, without a word; and Tab went from
the central tabs to the outline, then back up to the filter bar above it, then to the plans list
on the left (widgets in the order they were built, not as the clerk reads the screen).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from app.ui.plans.plans_panel import PlansPanel
from app.ui.shell.actions import ActionRegistry
from app.ui.tree.daily_bar import DailyTreePage
from app.ui.widgets.form_keys import chain

__all__ = ["ON_PLAN", "chain", "follow_plan", "tab_order"]

# what acts on the open plan: greyed while none is
ON_PLAN = ("edit.add_sibling", "edit.add_child", "edit.rename", "edit.delete", "edit.move_up", "edit.move_down",
           "edit.indent", "edit.outdent", "view.expand_all", "view.collapse_all", "plan.properties",
           "plan.delete", "plan.approve", "plan.unlock")


def follow_plan(registry: ActionRegistry, plan_open: bool) -> None:
    for name in ON_PLAN:
        registry[name].setEnabled(plan_open)


def tab_order(plans: PlansPanel, tabs: QTabWidget, daily: DailyTreePage, outline: QWidget,
              task_panel: QTabWidget) -> None:
    """The plans list (search, filters, list), the central tabs, the filter bar, the outline, the
    task panel; the outline has the keyboard at the start (not the tab bar, first built)."""
    chain([plans.search, plans.status, plans.year, plans.issuer, plans.view, tabs.tabBar(),
           *daily.buttons.values(), daily.agency, daily.state_filter, outline, daily.filtered, task_panel.tabBar()])
    outline.setFocus()
