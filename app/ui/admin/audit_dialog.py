"""Tools ▸ Audit trail…: who changed what and when, with the values before and after, filtered by
plan, agency, user and dates, and exported to XLSX.

Why thin: the rows, the filters' choices and the export are service calls
(`app.services.audit.AuditService`); questions go through the injected `Prompter`, so a test sets
the filters (`set_filters`), reads `rows()` and calls `export()` without a modal window.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import format_moment
from app.domain.plan_names import plan_choice
from app.errors import AppError
from app.services.audit import AuditFilter
from app.ui.widgets.dialog_buttons import name_buttons
from app.ui.widgets.prompts import Prompter
from app.ui.widgets.retranslatable import Retranslatable

if TYPE_CHECKING:
    from app.services import Services


def _day(text: str) -> dt.date | None:
    text = text.strip()
    return dt.datetime.strptime(text, "%d/%m/%Y").date() if text else None


class AuditDialog(Retranslatable, QDialog):
    """`services` gives `audit` (entries, users, export_xlsx), `plans.list_plans()` and
    `agencies.list_agencies()`."""

    def __init__(self, prompter: Prompter, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.prompter, self.services = prompter, services
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.plan_box, self.agency_box, self.user_box = QComboBox(self), QComboBox(self), QComboBox(self)
        self.since_edit, self.until_edit = QLineEdit(self), QLineEdit(self)
        for edit in (self.since_edit, self.until_edit):
            edit.editingFinished.connect(self.reload)
        dates = QHBoxLayout()
        self.until_label = QLabel(self)
        dates.addWidget(self.since_edit)
        dates.addWidget(self.until_label)
        dates.addWidget(self.until_edit)
        self.plan_label, self.agency_label, self.user_label, self.since_label = (QLabel(self) for _ in range(4))
        form.addRow(self.plan_label, self.plan_box)
        form.addRow(self.agency_label, self.agency_box)
        form.addRow(self.user_label, self.user_box)
        form.addRow(self.since_label, dates)
        layout.addLayout(form)
        self.list = QTreeWidget(self)
        self.list.setObjectName("auditList")
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(7)
        self.list.setMinimumWidth(860)
        # the time whole ("16:50 ngày 0…" told the clerk neither the day nor the month)
        self.list.setColumnWidth(0, self.list.fontMetrics().horizontalAdvance(
            format_moment(dt.datetime(2026, 12, 31, 23, 59))) + 24)
        layout.addWidget(self.list)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(lambda _c=False: self.export())
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill_choices()
        for box in (self.plan_box, self.agency_box, self.user_box):
            box.currentIndexChanged.connect(lambda _i: self.reload())
        self.retranslate_ui()
        self.reload()

    def _fill_choices(self) -> None:
        everything = self.tr("(all)")
        self.plan_box.addItem(everything, None)
        for plan in self.services.plans.list_plans(with_progress=False):
            self.plan_box.addItem(plan_choice(plan.number, plan.doc_type, plan.title)[:90], plan.id)
        self.agency_box.addItem(everything, None)
        for agency in self.services.agencies.list_agencies():
            self.agency_box.addItem(agency.name, agency.id)
        self.user_box.addItem(everything, None)
        for name in self.services.audit.users():
            self.user_box.addItem(name, name)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        for edit in (self.since_edit, self.until_edit):  # the date fields' own hint ("ngày/tháng/năm")
            edit.setPlaceholderText(QCoreApplication.translate("DateField", "dd/mm/yyyy"))
        self.plan_label.setText(self.tr("Plan:"))
        self.agency_label.setText(self.tr("Agency:"))
        self.user_label.setText(self.tr("User:"))
        self.since_label.setText(self.tr("From:"))
        self.until_label.setText(self.tr("to"))
        self.list.setHeaderLabels([self.tr("When"), self.tr("User"), self.tr("Action"), self.tr("Record"),
                                   self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.export_button.setText(self.tr("Export to &XLSX…"))
        name_buttons(self.buttons)


    def filters(self) -> AuditFilter | None:
        """The filters as set; None (and an error shown) when a date is not dd/mm/yyyy."""
        try:
            since, until = _day(self.since_edit.text()), _day(self.until_edit.text())
        except ValueError:
            self.prompter.error(self, self.tr("Dates are written dd/mm/yyyy."))
            return None
        return AuditFilter(plan_id=self.plan_box.currentData(), agency_id=self.agency_box.currentData(),
                           user=self.user_box.currentData(), since=since, until=until)

    def set_filters(self, *, plan_id: int | None = None, agency_id: int | None = None, user: str | None = None,
                    since: str = "", until: str = "") -> None:
        for box, value in ((self.plan_box, plan_id), (self.agency_box, agency_id), (self.user_box, user)):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)
        self.since_edit.setText(since)
        self.until_edit.setText(until)
        self.reload()

    def reload(self) -> None:
        filters = self.filters()
        if filters is None:
            return
        self.list.clear()
        rows = self.services.audit.entries(filters)
        self.list.addTopLevelItems([QTreeWidgetItem(list(row.cells())) for row in rows])
        self.count_label.setText(self.tr("{count} changes").format(count=len(rows)))

    def rows(self) -> list[list[str]]:
        items = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]
        return [[item.text(c) for c in range(7)] for item in items if item is not None]

    def export(self) -> bool:
        filters = self.filters()
        if filters is None:
            return False
        path = self.prompter.save_file(self, self.tr("Export audit trail"), self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return False
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            count = self.services.audit.export_xlsx(filters, path, force=True)
        except AppError as exc:
            self.prompter.error(self, exc.message)
            return False
        self.prompter.inform(self, self.tr("Audit trail"),
                             self.tr("{count} changes written to {path}").format(count=count, path=path))
        return True
