"""The plan's properties: every header field a printed report uses, not only the trích yếu.

Why a dialog of its own: number, issuer, place, date, signer and recipients are printed on every
report; a clerk who fixes a wrong issuing date or a signer must not need to re-import the plan.
`changes()` gives only the fields that differ, so the service's version check and the undo step
touch exactly what the clerk changed.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import format_vn, parse_vn_date
from app.domain.doc_kinds import DOC_KINDS, kind_code
from app.domain.text import sort_key
from app.errors import InputError
from app.ui.imports.review_header import follow_note
from app.ui.widgets.dialog_buttons import name_buttons
from app.ui.widgets.retranslatable import Retranslatable

if TYPE_CHECKING:
    from app.services.views import PlanDetail

TEXT_FIELDS = ("number", "issuer", "place", "signer_authority", "signer_title", "signer_name")
STATUSES = ("active", "completed", "archived")
# a header field's value as `PlansService.update_plan` takes it: text, the issue date, the recipients
PlanValue = str | date | list[str] | None


class PlanDialog(Retranslatable, QDialog):
    def __init__(self, detail: PlanDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.detail = detail
        self.title = QPlainTextEdit(self)
        self.title.setTabChangesFocus(True)
        self.title.setMinimumHeight(72)
        self.lines = {name: QLineEdit(self) for name in TEXT_FIELDS}
        self.issued_on = QLineEdit(self)
        self.followed_from = QLineEdit(self)  # an older plan stored late: the periods before are not chased
        self.recipients = QPlainTextEdit(self)
        self.recipients.setTabChangesFocus(True)
        self.recipients.setMinimumHeight(72)
        self.doc_type = QComboBox(self)  # the kind's name shown, its code stored; a code not in the table typed
        self.doc_type.setEditable(True)
        self.doc_type.addItems(sorted(set(DOC_KINDS.values()), key=sort_key))
        self.status = QComboBox(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        body = QWidget(self)
        self.form = QFormLayout(body)
        self.labels: dict[str, QLabel] = {}
        order = ("number", "doc_type", "title", "issuer", "place", "issued_on", "followed_from", "signer_authority",
                 "signer_title", "signer_name", "recipients", "status")
        for name in order:
            label = QLabel(body)
            self.labels[name] = label
            self.form.addRow(label, self._field(name))
        scroll = QScrollArea(self)  # fits a 1024×600 screen
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._fill()
        self.resize(640, 540)

    def _field(self, name: str) -> QWidget:
        return {"title": self.title, "doc_type": self.doc_type, "issued_on": self.issued_on,
                "followed_from": self.followed_from,
                "recipients": self.recipients,
                "status": self.status}.get(name) or self.lines[name]

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Plan properties"))
        name_buttons(self.buttons)
        texts = {"number": self.tr("Number:"), "doc_type": self.tr("Document type:"),
                 "title": self.tr("Title (trích yếu):"), "issuer": self.tr("Issuer:"), "place": self.tr("Place:"),
                 "issued_on": self.tr("Issued on (dd/mm/yyyy):"),
                 "followed_from": self.tr("Follow reports from (dd/mm/yyyy):"),
                 "signer_authority": self.tr("Signing authority:"),
                 "signer_title": self.tr("Signer's title:"), "signer_name": self.tr("Signer:"),
                 "recipients": self.tr("Recipients (one a line):"), "status": self.tr("Status:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.followed_from.setToolTip(follow_note())
        current = self.status.currentData()
        self.status.clear()
        for value, text in zip(STATUSES, (self.tr("Active"), self.tr("Completed"), self.tr("Archived")), strict=True):
            self.status.addItem(text, value)
        if current is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(current)))

    def _fill(self) -> None:
        d = self.detail
        self.title.setPlainText(d.title)
        for name, edit in self.lines.items():
            edit.setText(getattr(d, name) or "")
        self.doc_type.setEditText(DOC_KINDS.get(d.doc_type or "", d.doc_type or ""))
        self.issued_on.setText(format_vn(d.issued_on) if d.issued_on else "")
        self.followed_from.setText(format_vn(d.followed_from) if d.followed_from else "")
        self.recipients.setPlainText("\n".join(d.recipients))
        self.status.setCurrentIndex(max(0, self.status.findData(d.status)))

    def values(self) -> dict[str, PlanValue]:
        """Every field as the service takes it; InputError for a date that is not one."""
        issued, followed = (parse_vn_date(e.text().strip()) if e.text().strip() else None
                            for e in (self.issued_on, self.followed_from))
        out: dict[str, PlanValue] = {name: edit.text().strip() or None for name, edit in self.lines.items()}
        out.update(doc_type=kind_code(self.doc_type.currentText()), title=" ".join(self.title.toPlainText().split()),
                   issued_on=issued, followed_from=followed,
                   recipients=[r.strip() for r in self.recipients.toPlainText().splitlines() if r.strip()],
                   status=self.status.currentData())
        return out

    def changes(self) -> dict[str, PlanValue]:
        """Only what differs from the plan as read (the undo step puts back the old values)."""
        return {k: v for k, v in self.values().items() if v != getattr(self.detail, k)}

    def old_values(self, changes: dict[str, PlanValue]) -> dict[str, PlanValue]:
        return {k: getattr(self.detail, k) for k in changes}

    def _accept(self) -> None:
        try:
            self.values()
        except InputError as exc:
            self.message.setText(exc.message)
            return
        self.accept()
