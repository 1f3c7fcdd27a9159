"""The clerk's daily views of a plan: "due this period", "overdue", and any agency or state.

Why a proxy: the outline model stays the one the controller edits; `DailyFilter` only decides
which rows a second, read-only view shows. Recursive filtering keeps the sections above a
matching task, so the clerk still sees where it sits. The rules are small pure functions over
the service's `NodeView` (`matches`), so the counts in the filter bar and the rows shown can
never disagree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from app.domain.periods import DateRange, Period, PeriodKind, WindowScheme, period_containing
from app.domain.task_state import TaskState
from app.ui.tree.plan_tree_model import PlanTreeModel
from app.ui.widgets.filter_change import change_row_filter

if TYPE_CHECKING:
    from app.services.views import NodeView

Index = QModelIndex | QPersistentModelIndex


class Mode(StrEnum):
    ALL = "all"
    DUE = "due"  # due within the calendar quarter of the as-of date
    OVERDUE = "overdue"  # work still owed past its due date


@dataclass(frozen=True)
class Criteria:
    """What the clerk asked for; `agency_id` matches a lead or support agency, directly or as a
    member of an assigned group."""

    mode: Mode = Mode.ALL
    agency_id: int | None = None
    state: TaskState | None = None

    @property
    def active(self) -> bool:
        return self.mode is not Mode.ALL or self.agency_id is not None or self.state is not None


def current_quarter(as_of: date) -> Period:
    return period_containing(PeriodKind.QUARTER, as_of) or Period(PeriodKind.QUARTER, as_of.year, 1)


def quarter_days(as_of: date) -> DateRange:
    """The calendar days of the as-of date's quarter ("due this period" means due in them)."""
    return current_quarter(as_of).window(WindowScheme.CALENDAR)


def assigned_to(view: NodeView, agency_id: int) -> bool:
    return any(a.agency_id == agency_id or agency_id in a.member_ids for a in getattr(view, "assignees", ()))


def matches(view: NodeView, criteria: Criteria, days: DateRange, *, with_state: bool = True) -> bool:
    """Does this node itself satisfy the criteria? Sections never do (they are kept only as the
    parents of matching tasks); `with_state=False` ignores the state (for the counts)."""
    if getattr(view, "kind", "") == "section":
        return False
    state = getattr(view, "state", None)
    if criteria.mode is Mode.DUE and getattr(view, "due_date", None) not in days:
        return False
    if criteria.mode is Mode.OVERDUE and state is not TaskState.IN_PROGRESS_OVERDUE:
        return False
    if criteria.agency_id is not None and not assigned_to(view, criteria.agency_id):
        return False
    return not (with_state and criteria.state is not None and state is not criteria.state)


class DailyFilter(QSortFilterProxyModel):
    """The plan outline filtered by `Criteria`; parents of a matching row stay visible."""

    def __init__(self, source: PlanTreeModel, as_of: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.as_of = as_of
        self.criteria = Criteria()
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(False)  # the outline's order is the plan's order, never sorted
        self.setSourceModel(source)

    def source(self) -> PlanTreeModel:
        model = self.sourceModel()
        assert isinstance(model, PlanTreeModel)
        return model

    def set_criteria(self, criteria: Criteria) -> None:
        change_row_filter(self, lambda: setattr(self, "criteria", criteria))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt's name
        if not self.criteria.active:
            return True
        item = self.source().item(self.source().index(source_row, 0, source_parent))
        view = item.view if item is not None else None
        return view is not None and matches(view, self.criteria, quarter_days(self.as_of()))

    # -- what the filter bar shows ------------------------------------------------------------
    def views(self) -> Iterator[NodeView]:
        model = self.source()
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                item = model.item(index)
                if item is not None and item.view is not None:
                    yield item.view
                pending.append(index)

    def state_counts(self) -> Counter[TaskState]:
        """Tasks per state among those the mode and agency select (the state choice aside)."""
        days = quarter_days(self.as_of())
        return Counter(v.state for v in self.views()
                       if v.state is not None and matches(v, self.criteria, days, with_state=False))

    def source_id(self, index: QModelIndex) -> int | None:
        item = self.source().item(self.mapToSource(index))
        return item.id if item is not None else None

    def index_of(self, node_id: int) -> QModelIndex:
        return self.mapFromSource(self.source().index_of(node_id))

    def agency_ids(self) -> set[int]:
        """Every agency the plan assigns, directly or through a group (the agency list offered)."""
        found: set[int] = set()
        for view in self.views():
            for a in getattr(view, "assignees", ()):
                found.update((a.agency_id,) if a.agency_id is not None else a.member_ids)
        return found
