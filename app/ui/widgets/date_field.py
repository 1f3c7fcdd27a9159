"""A date typed as the clerk reads it: `15/03/2027`, `15/3/2027`, `15-3-2027`.

Why not QDateEdit: its sections take digits one section at a time, so a clerk who clicks into
the field and types `15/03/2027` gets the day dropped (04/03/2027) and saves a date never typed.
A plain line read by the domain's `parse_vn_date` takes exactly what was typed or says why not.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.dates import format_vn, parse_vn_date
from app.errors import InputError


def to_date(day: QDate) -> date:
    """Qt's date as Python's (`QDate.toPython` is typed `object` in PySide6's stubs)."""
    return date(day.year(), day.month(), day.day())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(40)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))

    def setDate(self, day: date | QDate) -> None:  # noqa: N802 - the QDateEdit spelling it replaces
        self.setText(format_vn(to_date(day) if isinstance(day, QDate) else day))

    def value(self) -> date:
        """The typed date; InputError (Vietnamese message) for anything else."""
        return parse_vn_date(self.text())

    def value_or_none(self) -> date | None:
        try:
            return self.value()
        except InputError:
            return None
