"""The first-run assistant's first page, the office profile, and the base of the pages that store a step.

The office page stores through `ReportService.save_office` (the same profile as Báo cáo → Cơ quan ban
hành); its fields are tabbed through row by row (`form_keys.tab_in_rows`): built in another order,
Tab skipped the signing authority and a recipients box kept Tab as a character.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain.body_kinds import is_party_body
from app.errors import AppError, InputError
from app.services.reports.office import Authority
from app.ui.admin.office_dialog import family_box, lines_of, name_families, show_recipients, show_texts
from app.ui.widgets.form_keys import tab_in_rows

if TYPE_CHECKING:
    from app.services import Services
    from app.ui.widgets.prompts import Prompter

AUTHORITIES = tuple(a.value for a in Authority)  # the profile's signer_authority values


class Assistant(QWizard):
    """What the pages read of the assistant they are on (`wizard.FirstRunWizard`): the services, the
    prompter, the plan whose office profile is set, and the steps stored so far."""

    services: Services
    prompter: Prompter
    plan_id: int | None
    stored: set[str]
    office: OfficePage  # the first page: the office chosen, whose format the other pages' examples follow


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("stepError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


class StepPage(QWizardPage):
    """A page that stores its step on Next; `store()` raises AppError to stay on the page."""

    def __init__(self, wizard: Assistant) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.error = _error_label(self)

    def store(self) -> None:
        """Write this step (one service call, one transaction)."""

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        try:
            self.store()
        except AppError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return False
        self.error.hide()
        return True


class OfficePage(StepPage):
    FIELDS = ("issuing_body", "parent_body", "signer_authority_body", "signer_title", "signer_name", "place")

    def __init__(self, wizard: Assistant) -> None:
        super().__init__(wizard)
        self.setObjectName("officePage")
        self.edits = {name: QLineEdit(self) for name in self.FIELDS}
        for name, edit in self.edits.items():
            edit.setObjectName(f"first_{name}")
        self.authority = QComboBox(self)
        self.authority.setObjectName("first_signer_authority")
        self.authority.addItem("", None)
        for value in AUTHORITIES:
            self.authority.addItem(value, value)
        # the format follows the body typed (a Party body's reports in the Party's format) until the clerk picks one
        self.format = family_box(self)
        self.format.setObjectName("first_format")
        self.format_chosen = False
        self.format.activated.connect(self._format_picked)
        self.edits["issuing_body"].textEdited.connect(self._suggest_format)
        self.recipients = QPlainTextEdit(self)
        self.recipients.setObjectName("first_recipients")
        self.letter_recipients = QPlainTextEdit(self)
        self.letter_recipients.setObjectName("first_letter_recipients")
        for box in (self.recipients, self.letter_recipients):
            box.setFixedHeight(64)
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget]] = [("issuing_body", self.edits["issuing_body"]),
                                           ("parent_body", self.edits["parent_body"]),
                                           ("format", self.format),
                                           ("signer_authority", self.authority),
                                           ("signer_authority_body", self.edits["signer_authority_body"]),
                                           ("signer_title", self.edits["signer_title"]),
                                           ("signer_name", self.edits["signer_name"]),
                                           ("place", self.edits["place"]),
                                           ("recipients", self.recipients),
                                           ("letter_recipients", self.letter_recipients)]
        for name, widget in rows:
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[name] = label
            self.form.addRow(label, widget)
        tab_in_rows(self.form)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        profile = wizard.services.reports.office(wizard.plan_id)
        self.profile = profile
        show_texts(self.edits, profile)
        show_recipients(self.authority, self.recipients, self.letter_recipients, profile)
        self.format.setCurrentIndex(max(0, self.format.findData(profile.format)))

    def _format_picked(self, _index: int) -> None:
        self.format_chosen = True
        self.retranslate_ui()  # the examples of the family picked

    def _suggest_format(self, name: str) -> None:
        """A Party body typed (`Thành ủy Hạ Long`): the Party's format, and the examples a Party office writes.
        Why: the assistant never asked, and a Thành ủy set up through it printed its reports in the state's format
        (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `Số: /BC-TU`) until the clerk found the office dialog."""
        if not self.format_chosen:
            self.format.setCurrentIndex(max(0, self.format.findData("party" if is_party_body(name) else "state")))
            self.retranslate_ui()

    def party(self) -> bool:
        """The office chosen is a Party body (the other pages' examples follow)."""
        return self.format.currentData() == "party"

    def store(self) -> None:
        texts = {name: edit.text().strip() for name, edit in self.edits.items()}
        stored = self.owner.services.reports.stored_office()  # the codes as saved: derived again from the name
        profile = replace(self.profile, short_name=stored.short_name, body_code=stored.body_code,
                          letter_code=stored.letter_code,
                          issuing_body=texts["issuing_body"], parent_body=texts["parent_body"] or None,
                          signer_authority=self.authority.currentData(),
                          signer_authority_body=texts["signer_authority_body"] or None,
                          signer_title=texts["signer_title"], signer_name=texts["signer_name"],
                          place=texts["place"], recipients=lines_of(self.recipients),
                          format=self.format.currentData(),
                          recipients_by_kind={**self.profile.recipients_by_kind,
                                              "reminder": lines_of(self.letter_recipients)})
        if not any(texts.values()) and not profile.recipients and not lines_of(self.letter_recipients):
            return  # nothing typed: this step is left for later (Báo cáo → Cơ quan ban hành)
        if not texts["issuing_body"]:
            raise InputError(self.tr("Type the name of the issuing body (or press Skip to set it up later)."))
        self.owner.services.onboarding.save_office(profile)
        self.owner.stored.add("office")

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(self.tr("Printed on every report and letter. You can change it later in "
                                 "Reports → Issuing office."))
        texts = {"issuing_body": self.tr("Issuing body:"), "parent_body": self.tr("Parent body:"),
                 "format": self.tr("Format:"),
                 "signer_authority": self.tr("Signing authority:"), "signer_authority_body": self.tr("On behalf of:"),
                 "signer_title": self.tr("Signer's title:"), "signer_name": self.tr("Signer's name:"),
                 "place": self.tr("Place:"), "recipients": self.tr("Recipients of reports (one per line):"),
                 "letter_recipients": self.tr("Recipients of reminder letters:")}
        for name, label in self.labels.items():
            label.setText(texts[name])
        self.authority.setItemText(0, self.tr("(none)"))
        self.edits["issuing_body"].setPlaceholderText(self.tr("e.g. Sở Nội vụ"))
        name_families(self.format)
        party = self.party()
        self.edits["parent_body"].setPlaceholderText(
            self.tr("e.g. Đảng bộ tỉnh Quảng Ninh") if party else self.tr("e.g. UBND Thành phố Hà Nội"))
        self.edits["signer_authority_body"].setPlaceholderText(
            self.tr("e.g. Ban Thường vụ (after T/M)") if party else self.tr("e.g. Ủy ban nhân dân (after TM)"))
