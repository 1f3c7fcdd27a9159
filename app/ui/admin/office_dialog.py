"""The office profile: who issues the reports, its codes, the place and the usual signer.

Why a dialog of its own: the profile is stored once per database (`ReportService.save_office`) and
every report, letter and annex prints it; the clerk sets it up once and the report dialog reuses
it. `value()` / `set_value()` carry an `OfficeProfile`, so tests fill it without widgets, and
`edit_office()` runs it through the injected `Prompter` (no modal window in a test).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.services.reports.office import FAMILIES, PARTY_PINS, Authority, OfficeProfile
from app.ui.widgets.dialog_buttons import name_buttons
from app.ui.widgets.form_keys import tab_in_rows
from app.ui.widgets.prompts import Prompter
from app.ui.widgets.retranslatable import Retranslatable

if TYPE_CHECKING:
    from app.services.reports import ReportService

TEXT_FIELDS = ("issuing_body", "parent_body", "short_name", "body_code", "letter_code", "place",
               "signer_authority_body", "signer_title", "signer_name", "archive")
PLACEHOLDER_SIGNER = ("(Chức vụ người ký)", "(Họ và tên người ký)")  # the service's visible blanks
DERIVED = ("short_name", "body_code", "letter_code")  # filled from the issuing body's name when left empty


class OfficeDialog(Retranslatable, QDialog):
    def __init__(self, profile: OfficeProfile, parent: QWidget | None = None,
                 stored: OfficeProfile | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officeDialog")
        self._profile = profile
        self._stored = stored  # as saved: a code it lacks is derived from the name, shown greyed, never stored
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"office_{name}")
            edit.setMinimumWidth(360)
            self.edits[name] = edit
        self.format = family_box(self)  # the family; a Party document's date picks HD 36 or HD 05
        self.party_format = QComboBox(self)
        self.party_format.setObjectName("office_party_format")
        self.party_format.addItem("", None)
        for pin in PARTY_PINS:
            self.party_format.addItem("", pin)
        self.format.currentIndexChanged.connect(self._family_changed)
        self.window_scheme = QComboBox(self)
        for scheme in ("nd09", "calendar"):
            self.window_scheme.addItem("", scheme)
        self.authority = QComboBox(self)
        self.authority.addItem("", None)
        for authority in Authority:
            self.authority.addItem(authority.value, authority.value)
        self.recipients = QPlainTextEdit(self)
        self.recipients.setObjectName("office_recipients")
        self.recipients.setFixedHeight(90)
        self.letter_recipients = QPlainTextEdit(self)  # a công văn is not copied to a report's list
        self.letter_recipients.setObjectName("office_letter_recipients")
        self.letter_recipients.setFixedHeight(60)
        rows: list[tuple[str, QWidget]] = [(n, self.edits[n]) for n in TEXT_FIELDS[:6]]
        rows += [("format", self.format), ("party_format", self.party_format), ("window", self.window_scheme),
                 ("signer_authority", self.authority)]
        rows += [(n, self.edits[n]) for n in TEXT_FIELDS[6:9]]
        rows += [("recipients", self.recipients), ("letter_recipients", self.letter_recipients),
                 ("archive", self.edits["archive"])]
        for name, widget in rows:
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[name] = label
            self.form.addRow(label, widget)
        tab_in_rows(self.form)  # the line edits were built first: Tab skipped the combo boxes till the end
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.set_value(profile)
        self.retranslate_ui()

    def set_value(self, profile: OfficeProfile) -> None:
        self._profile = profile
        show_texts(self.edits, profile)
        for name in DERIVED if self._stored is not None else ():
            if not getattr(self._stored, name):  # `CQ`, the code of no name, was saved and printed `/BC-CQ`
                self.edits[name].clear()
                self.edits[name].setPlaceholderText(getattr(profile, name) or "")
        self.format.setCurrentIndex(max(0, self.format.findData(profile.format)))
        self.party_format.setCurrentIndex(max(0, self.party_format.findData(profile.party_format)))
        self._family_changed()
        self.window_scheme.setCurrentIndex(max(0, self.window_scheme.findData(profile.window)))
        show_recipients(self.authority, self.recipients, self.letter_recipients, profile)

    def value(self) -> OfficeProfile:
        """The edited profile; optional fields left blank are stored as None."""
        texts = {name: edit.text().strip() for name, edit in self.edits.items()}
        return replace(
            self._profile,
            **{name: texts[name] for name in TEXT_FIELDS if name not in ("parent_body", "signer_authority_body")},
            parent_body=texts["parent_body"] or None,
            signer_authority_body=texts["signer_authority_body"] or None,
            format=self.format.currentData(),
            party_format=self.party_format.currentData() if self.format.currentData() == "party" else None,
            window=self.window_scheme.currentData(),
            signer_authority=self.authority.currentData(),
            recipients=lines_of(self.recipients),
            recipients_by_kind={**self._profile.recipients_by_kind, "reminder": lines_of(self.letter_recipients)},
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Issuing office"))
        name_buttons(self.buttons)
        texts = {"issuing_body": self.tr("Issuing body:"), "parent_body": self.tr("Parent body:"),
                 "short_name": self.tr("Name used in the text:"), "body_code": self.tr("Number code (reports):"),
                 "letter_code": self.tr("Number code (letters):"), "place": self.tr("Place:"),
                 "format": self.tr("Format:"), "party_format": self.tr("Party format:"),
                 "window": self.tr("Reporting windows:"),
                 "signer_authority": self.tr("Signing authority:"),
                 "signer_authority_body": self.tr("On behalf of:"), "signer_title": self.tr("Signer's title:"),
                 "signer_name": self.tr("Signer's name:"), "recipients": self.tr("Recipients (one per line):"),
                 "letter_recipients": self.tr("Recipients of reminder letters:"),
                 "archive": self.tr("Drafting unit (archive):")}
        for name, label in self.labels.items():
            label.setText(texts[name])
        name_families(self.format)
        self.party_format.setItemText(0, self.tr("By the document's date"))
        self.party_format.setItemText(1, self.tr("Always Guide 36-HD/VPTW (2018)"))
        self.party_format.setItemText(2, self.tr("Always Guide 05-HD/VPTW (2026)"))
        self.window_scheme.setItemText(0, self.tr("Decree 09/2019 cut-off (15th–14th)"))
        self.window_scheme.setItemText(1, self.tr("Calendar months"))
        self.authority.setItemText(0, self.tr("(none)"))
        self.edits["signer_title"].setPlaceholderText(PLACEHOLDER_SIGNER[0])
        self.edits["signer_name"].setPlaceholderText(PLACEHOLDER_SIGNER[1])

    def _family_changed(self) -> None:
        """The HD 36 / HD 05 choice only means something for a Party body."""
        self.party_format.setEnabled(self.format.currentData() == "party")


def family_box(parent: QWidget) -> QComboBox:
    """The choice of the office's format family, `state` or `party` (shared with the first-run assistant)."""
    box = QComboBox(parent)
    for family in FAMILIES:
        box.addItem("", family)
    name_families(box)
    return box


def name_families(box: QComboBox) -> None:
    """The families' names in the language installed (the dialog's own translations, wherever the box is)."""
    box.setItemText(0, QCoreApplication.translate("OfficeDialog", "State (Decree 30/2020)"))
    box.setItemText(1, QCoreApplication.translate("OfficeDialog",
                                                  "Party (Guide 05-HD/VPTW; 36-HD/VPTW before 27/5/2026)"))


def show_texts(edits: dict[str, QLineEdit], profile: OfficeProfile) -> None:
    """The profile's text fields in their edits; the printed signer blanks left empty to type in
    (shared with the first-run assistant's office page)."""
    for name, edit in edits.items():
        edit.setText(getattr(profile, name) or "")
    if (profile.signer_title, profile.signer_name) == PLACEHOLDER_SIGNER:
        edits["signer_title"].clear()
        edits["signer_name"].clear()


def show_recipients(authority: QComboBox, recipients: QPlainTextEdit, letter_recipients: QPlainTextEdit,
                    profile: OfficeProfile) -> None:
    """The profile's signing authority and its two recipient lists (reports; reminder letters) in their
    widgets (shared with the first-run assistant's office page)."""
    authority.setCurrentIndex(max(0, authority.findData(profile.signer_authority)))
    recipients.setPlainText("\n".join(profile.recipients))
    letter_recipients.setPlainText("\n".join(profile.recipients_by_kind.get("reminder", [])))


def lines_of(edit: QPlainTextEdit) -> list[str]:
    """The edit's lines, trimmed, blank ones left out (one recipient a line)."""
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def edit_office(service: ReportService, prompter: Prompter, parent: QWidget | None, plan_id: int | None = None) -> bool:
    """Show the profile (its gaps filled from the plan), store it when the clerk saves."""
    try:
        dialog = OfficeDialog(service.office(plan_id), parent, stored=service.stored_office())
    except AppError as exc:
        prompter.error(parent, exc.message)
        return False
    try:
        if not prompter.run_dialog(dialog):
            return False
        service.save_office(dialog.value())
        return True
    except AppError as exc:
        prompter.error(parent, exc.message)
        return False
    finally:
        dialog.deleteLater()
