"""The review's header beyond the three edited fields: the line of what was read, and the day the
office starts following the plan's period reports.

Why the review asks for that day: a plan issued long before it is stored (issued 10/12/2025,
stored 05/12/2026) would otherwise show every period since its issue "Chưa báo cáo" in red for
every agency in the register on its first opening. The field suggests the storing quarter's first
day (`app.domain.register.suggested_follow_from`); the clerk may change it, or empty it to follow
the plan from its issue date.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.domain.dates import format_vn
from app.domain.doc_kinds import kind_name
from app.domain.register import suggested_follow_from
from app.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from app.services.plan_import import ImportedPlan


def header_line(plan: ImportedPlan) -> str:
    """The header fields the review does not edit, in one line: kind, place and date, signer."""
    when = ", ".join(filter(None, (plan.place, format_vn(plan.date) if plan.date else None)))
    signer = " ".join(filter(None, (plan.signer.title, plan.signer.name)))
    return " · ".join(filter(None, (kind_name(plan.doc_type) if plan.doc_type else None, when, signer))) or "—"


def follow_note() -> str:
    """What the day changes, said beside the field in the review and as its tooltip in the plan's properties."""
    return QCoreApplication.translate("FollowField", "Periods that ended before this day are not counted as missing "
                                      "reports in the register and the reports. Empty: from the issue date.")


class FollowField(QWidget):
    """`Theo dõi báo cáo từ: [01/10/2026]  Các kỳ kết thúc trước ngày này…`; the review retranslates it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = DateField(self)
        self.day.setMaximumWidth(self.day.fontMetrics().horizontalAdvance("00/00/00000") + 24)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day)
        layout.addWidget(self.note, 1)
        self.setFocusProxy(self.day)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.day.retranslate_ui()
        self.note.setText(follow_note())
        self.day.setToolTip(self.note.text())

    def suggest(self, issued_on: date | None, today: date) -> None:
        """The storing quarter's first day for a plan issued before it, else empty (from its issue)."""
        self.set_day(suggested_follow_from(issued_on, today))

    def set_day(self, day: date | None) -> None:
        """Show `day` (a stored plan being replaced keeps its own), empty for None."""
        self.day.setText(format_vn(day) if day else "")

    def value(self) -> date | None:
        """The day typed, None when empty; InputError (Vietnamese) for text that is no date."""
        return self.day.value() if self.day.text().strip() else None
