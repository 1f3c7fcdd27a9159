"""Quantified targets (chỉ tiêu) and how a measurement compares with them.

`TargetSpec.value` is the figure as printed. For `REDUCE_BY` and `INCREASE_BY` the goal is
computed from the baseline: with unit `%` the change is relative to the baseline (`giảm 10% so
với năm 2021`, baseline 200 → goal 180); with any other unit it is absolute (`giảm 5 đơn vị`).
Without a baseline those two cannot be judged and evaluate to NO_DATA.

`EQ` (an unqualified figure such as `100% cán bộ ...`) is met when the measurement equals the
value within a small tolerance; its progress is measured ÷ value.

Progress is a fraction 0..1 of the way from the start (baseline, or 0 when there is none) to the
goal; None where no sensible start exists (e.g. `<=` without a baseline).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class Comparator(StrEnum):
    GE = ">="
    LE = "<="
    EQ = "="
    REDUCE_BY = "reduce_by"
    INCREASE_BY = "increase_by"


class TargetOutcome(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    NO_DATA = "no_data"

    @property
    def label(self) -> str:
        return {"met": "Đạt", "not_met": "Chưa đạt", "no_data": "Chưa có số liệu"}[self.value]


@dataclass(frozen=True)
class TargetSpec:
    indicator: str
    comparator: Comparator
    value: float
    unit: str = ""
    baseline_year: int | None = None
    baseline_value: float | None = None

    def goal(self) -> float | None:
        """The figure the measurement must reach (None for a change without a baseline)."""
        comparator = Comparator(self.comparator)
        if comparator in (Comparator.GE, Comparator.LE, Comparator.EQ):
            return self.value
        if self.baseline_value is None:
            return None
        change = self.baseline_value * self.value / 100 if self.unit.strip() == "%" else self.value
        sign = -1 if comparator is Comparator.REDUCE_BY else 1
        return self.baseline_value + sign * change


@dataclass(frozen=True)
class TargetStatus:
    outcome: TargetOutcome
    goal: float | None
    measured: float | None
    progress: float | None

    @property
    def is_met(self) -> bool:
        return self.outcome is TargetOutcome.MET


def evaluate(spec: TargetSpec, measured: float | None) -> TargetStatus:
    """Compare the latest measurement with the target; None measurement → NO_DATA."""
    goal = spec.goal()
    if measured is None or goal is None or math.isnan(measured):
        return TargetStatus(TargetOutcome.NO_DATA, goal, measured, None)
    comparator = Comparator(spec.comparator)
    tolerance = 1e-9 * max(1.0, abs(goal))
    if comparator in (Comparator.GE, Comparator.INCREASE_BY):
        met = measured >= goal - tolerance
        start = spec.baseline_value if spec.baseline_value is not None else 0.0
    elif comparator in (Comparator.LE, Comparator.REDUCE_BY):
        met = measured <= goal + tolerance
        start = spec.baseline_value  # type: ignore[assignment]
    else:
        met = abs(measured - goal) <= tolerance
        start = 0.0
    progress = _fraction(start, goal, measured, met)
    return TargetStatus(TargetOutcome.MET if met else TargetOutcome.NOT_MET, goal, measured, progress)


def _fraction(start: float | None, goal: float, measured: float, met: bool) -> float | None:
    if met:
        return 1.0
    if start is None or start == goal:
        return None
    return min(1.0, max(0.0, (measured - start) / (goal - start)))
