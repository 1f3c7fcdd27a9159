"""The two choosers the exchange and register windows share: a plan combo, and an editable
combo of periods by their Vietnamese names (`Quý IV năm 2024`) around the as-of date — the
quarters of three years and the years, newest first; any other period can be typed by name
(`Tháng 8/2024`, `6 tháng đầu năm 2024`, `quy 4/2024`) or by code (`2024-Q4`)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from app.domain.periods import Period, PeriodKind, parse_period_name, period_containing, period_name
from app.domain.plan_names import plan_choice

if TYPE_CHECKING:
    from app.services.views import PlanSummary


def period_codes(as_of: date) -> list[str]:
    current = period_containing(PeriodKind.QUARTER, as_of) or Period(PeriodKind.QUARTER, as_of.year, 1)
    quarters = [current]
    for _ in range(11):
        quarters.append(quarters[-1].previous())
    years = [Period(PeriodKind.YEAR, current.year - n) for n in range(3)]
    return [p.code for p in quarters] + [p.code for p in years]


class PeriodCombo(QComboBox):
    def __init__(self, as_of: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        for code in period_codes(as_of):
            self.addItem(period_name(Period.parse(code)), code)
        self.setMinimumContentsLength(14)

    def period(self) -> Period:
        """The chosen or typed period; `InputError` (Vietnamese) for text that names none."""
        return parse_period_name(self.currentText())

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index < 0:
            self.addItem(period_name(Period.parse(code)), code)
            index = self.count() - 1
        self.setCurrentIndex(index)


class PlanCombo(QComboBox):
    """The plans by number and title, the open plan chosen."""

    def __init__(self, plans: list[PlanSummary], plan_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for plan in plans:
            self.addItem(plan_choice(plan.number, plan.doc_type, plan.title)[:120], plan.id)
        # a long title must not widen the window past a 1024 px screen (the full title in the list)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(32)
        if plan_id is not None and self.findData(plan_id) >= 0:
            self.setCurrentIndex(self.findData(plan_id))

    def plan_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None
