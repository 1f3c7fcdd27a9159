"""Sổ theo dõi báo cáo: the register of a plan in a window of its own.

Agencies × periods (from one period to another), each cell on time / late (with the day) /
missing / not due yet, the rates per agency and per period; printed to PDF or XLSX with its
chart; from a missing cell one step to the reminder letter (the report dialog on the reminder
kind, for that plan and period).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.reporting import ReportStatus
from app.errors import AppError
from app.services.register_sheet import write_register
from app.ui.exchange.proposed_names import ProposedNames
from app.ui.exchange.register_model import AGENCY_ROLE, PERIOD_ROLE, STATUS_ROLE, RegisterModel
from app.ui.widgets.form_keys import tab_leaves
from app.ui.widgets.period_combo import PeriodCombo, PlanCombo
from app.ui.widgets.prompts import Prompter
from app.ui.widgets.retranslatable import Retranslatable
from app.ui.widgets.screen_fit import fit_screen

if TYPE_CHECKING:
    from app.services import Services
    from app.services.views import PlanSummary

Reminder = Callable[[int, str], None]  # (plan id, period code) -> open the reminder letter


class RegisterDialog(Retranslatable, QDialog):
    def __init__(self, services: Services, plans: list[PlanSummary], prompter: Prompter, *, as_of: date,
                 plan_id: int | None, reminder: Reminder | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerDialog")
        self.services, self.prompter, self.as_of, self.reminder = services, prompter, as_of, reminder
        self.plan = PlanCombo(plans, plan_id, self)
        self.first, self.last = PeriodCombo(as_of, self), PeriodCombo(as_of, self)
        self.first.setCurrentIndex(3)  # a year of quarters up to the current one
        self.model = RegisterModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        # Every column whole in the dialog's 1100 px (clerk8: `Đúng hạn 06/12/2026 (không phải báo…` cut at 1366):
        # a cell's note on a second line, the agency's name taking the room left and wrapping, rows as tall as needed
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(self.table.fontMetrics().height() + 8)  # a line with room, as the directory's
        self.table.setWordWrap(True)
        tab_leaves(self.table)
        self.summary = QLabel(self)
        self.refresh_button, self.pdf_button = QPushButton(self), QPushButton(self)
        self.xlsx_button, self.remind_button = QPushButton(self), QPushButton(self)
        self.plan_label, self.first_label, self.last_label = QLabel(self), QLabel(self), QLabel(self)
        top = QHBoxLayout()
        for widget in (self.plan_label, self.plan, self.first_label, self.first, self.last_label, self.last,
                       self.refresh_button):
            top.addWidget(widget)
        top.setStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.remind_button, self.pdf_button, self.xlsx_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.print_to("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.print_to("xlsx"))
        self.remind_button.clicked.connect(self.remind)
        # a name the plan gave that the directory lacks (marked), settled here in one step (right-click, the menu key)
        self.names = ProposedNames(self.table, services, prompter,
                                   lambda: self.model.agency_at(self.table.currentIndex().row()), self._settled)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        fit_screen(self, 1100, 600)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reporting register"))
        self.plan_label.setText(self.tr("Plan:"))
        self.first_label.setText(self.tr("From:"))
        self.last_label.setText(self.tr("To:"))
        self.refresh_button.setText(self.tr("&Show"))
        self.pdf_button.setText(self.tr("Print to &PDF…"))
        self.xlsx_button.setText(self.tr("Save as &XLSX…"))
        self.remind_button.setText(self.tr("&Reminder letter…"))
        self.names.follow_current()


    def refresh(self) -> bool:
        plan_id = self.plan.plan_id()
        if plan_id is None:
            return False
        try:
            view = self.services.register.register(plan_id, self.last.period(), first=self.first.period(),
                                                   as_of=self.as_of)
            known = self.services.agencies.list_agencies()
        except AppError as exc:
            self.prompter.error(self, exc.message)
            return False
        self.model.set_view(view)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # a section now
        self.names.load(known)
        total = view.register.total
        rate = "—" if total.reporting_rate is None else f"{total.reporting_rate * 100:.0f}%"
        timely = "—" if total.timeliness is None else f"{total.timeliness * 100:.0f}%"
        summary = self.tr("Reporting rate {rate}, on time {timely} ({missing} missing)").format(
            rate=rate, timely=timely, missing=total.missing)
        if view.register.unconfirmed:  # the domain's set: listed, never expected
            summary += "\n" + self.tr("{count} names not in the directory are not counted (marked; right-click "
                                      "to confirm).").format(count=len(view.register.unconfirmed))
        self.summary.setText(summary)
        self._update_buttons()
        return True

    def show_unconfirmed(self, period: str) -> bool:
        """The register of one period with its first name the directory lacks current and the keyboard in the
        table, where right-click (the menu key) confirms it: the report dialog's way here."""
        self.first.set_code(period)
        self.last.set_code(period)
        if not self.refresh():
            return False
        view = self.model.view
        assert view is not None
        rows = [r for r in range(self.model.rowCount()) if self.model.agency_at(r) in view.register.unconfirmed]
        self.table.setCurrentIndex(self.model.index(rows[0] if rows else 0, 0))
        self.table.setFocus()
        return True

    def _settled(self, agency: int) -> None:
        """The register again after a name was settled, on the agency kept (not back at the first row)."""
        if self.refresh():
            rows = [r for r in range(self.model.rowCount()) if self.model.agency_at(r) == agency]
            if rows:
                self.table.setCurrentIndex(self.model.index(rows[0], 0))

    def _current(self) -> tuple[int | None, str | None, ReportStatus | None]:
        index = self.table.currentIndex()
        if not index.isValid():
            return None, None, None
        status = index.data(STATUS_ROLE)  # Qt hands a StrEnum back as its plain string
        return index.data(AGENCY_ROLE), index.data(PERIOD_ROLE), ReportStatus(status) if status else None

    def _update_buttons(self) -> None:
        _agency, _code, status = self._current()
        self.remind_button.setEnabled(self.reminder is not None and status is ReportStatus.MISSING)
        self.names.follow_current()
        has_view = self.model.view is not None
        self.pdf_button.setEnabled(has_view)
        self.xlsx_button.setEnabled(has_view)

    def remind(self) -> None:
        _agency, code, status = self._current()
        plan_id = self.plan.plan_id()
        if self.reminder is not None and code is not None and plan_id is not None and status is ReportStatus.MISSING:
            self.reminder(plan_id, code)

    def print_to(self, fmt: str) -> str | None:
        if self.model.view is None:
            return None
        caption = self.tr("Print the register")
        filters = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Excel workbook (*.xlsx)")
        target = self.prompter.save_file(self, caption, filters, f"so-theo-doi-bao-cao.{fmt}")
        if not target:
            return None
        if not target.lower().endswith(f".{fmt}"):
            target += f".{fmt}"
        try:
            written = write_register(self.model.view, fmt, target, force=True,
                                     protected=[self.services.database.url])
        except AppError as exc:
            self.prompter.error(self, exc.message)
            return None
        return str(written)
