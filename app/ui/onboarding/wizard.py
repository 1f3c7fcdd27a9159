"""The first-run assistant: four short pages a new clerk goes through once (or skips).

1. Office: who issues the reports — issuing body and its parent, the signer's authority, title
   and name, the place, who receives a report and who a reminder letter. Stored through
   `ReportService.save_office` (the same profile as Báo cáo → Cơ quan ban hành).
2. Agencies: a list typed or pasted (`Tên; loại; cấp trên` a line) or read from a spreadsheet,
   CSV or text file into the box first, so the clerk sees what will be stored.
3. Groups: each group's members ticked (groups without members are marked: a task assigned to one
   has nobody to report).
4. Done: what was stored and what is still missing.

Each page stores its own step when the clerk presses Next (one transaction); an error stays on
the page in a red line (no message box), so the clerk corrects it and presses Next again.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import AppError, InputError
from app.services.reports.office import Authority
from app.ui.admin.office_dialog import lines_of, show_recipients, show_texts
from app.ui.tree.group_marks import EMPTY_MARK
from app.ui.widgets.prompts import Prompter
from app.ui.widgets.retranslatable import Retranslatable

if TYPE_CHECKING:
    from app.services import Services
    from app.services.onboarding import ListImport
    from app.ui.help.guide import HelpWindow

AUTHORITIES = tuple(a.value for a in Authority)  # the profile's signer_authority values


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("stepError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


class StepPage(QWizardPage):
    """A page that stores its step on Next; `store()` raises AppError to stay on the page."""

    def __init__(self, wizard: FirstRunWizard) -> None:
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

    def __init__(self, wizard: FirstRunWizard) -> None:
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
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        profile = wizard.services.reports.office(wizard.plan_id)
        self.profile = profile
        show_texts(self.edits, profile)
        show_recipients(self.authority, self.recipients, self.letter_recipients, profile)

    def store(self) -> None:
        texts = {name: edit.text().strip() for name, edit in self.edits.items()}
        profile = replace(self.profile, issuing_body=texts["issuing_body"], parent_body=texts["parent_body"] or None,
                          signer_authority=self.authority.currentData(),
                          signer_authority_body=texts["signer_authority_body"] or None,
                          signer_title=texts["signer_title"], signer_name=texts["signer_name"],
                          place=texts["place"], recipients=lines_of(self.recipients),
                          recipients_by_kind={**self.profile.recipients_by_kind,
                                              "reminder": lines_of(self.letter_recipients)})
        if not any(texts.values()) and not profile.recipients and not lines_of(self.letter_recipients):
            return  # nothing typed: this step is left for later (Báo cáo → Cơ quan ban hành)
        if not texts["issuing_body"]:
            raise InputError(self.tr("Type the name of the issuing body (or press Skip to set it up later)."))
        self.owner.services.reports.save_office(profile)
        self.owner.stored.add("office")

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(self.tr("Printed on every report and letter. You can change it later in "
                                 "Reports → Issuing office."))
        texts = {"issuing_body": self.tr("Issuing body:"), "parent_body": self.tr("Parent body:"),
                 "signer_authority": self.tr("Signing authority:"), "signer_authority_body": self.tr("On behalf of:"),
                 "signer_title": self.tr("Signer's title:"), "signer_name": self.tr("Signer's name:"),
                 "place": self.tr("Place:"), "recipients": self.tr("Recipients of reports (one per line):"),
                 "letter_recipients": self.tr("Recipients of reminder letters:")}
        for name, label in self.labels.items():
            label.setText(texts[name])
        self.authority.setItemText(0, self.tr("(none)"))
        self.edits["issuing_body"].setPlaceholderText(self.tr("e.g. Sở Nội vụ"))
        self.edits["parent_body"].setPlaceholderText(self.tr("e.g. UBND Thành phố Hà Nội"))
        self.edits["signer_authority_body"].setPlaceholderText(self.tr("e.g. Ủy ban nhân dân (after TM)"))


class AgenciesPage(StepPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("agenciesPage")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("first_agency_list")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("first_agency_file")
        self.summary = QLabel(self)
        self.summary.setObjectName("first_agency_summary")
        self.summary.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.open_button.clicked.connect(self.read_file)
        self.text.textChanged.connect(self.preview)
        self.result: ListImport | None = None

    def read_file(self) -> bool:
        """A spreadsheet, CSV or text file read into the box (not stored until Next)."""
        path = self.owner.prompter.open_file(self, self.tr("Agency list"),
                                             self.tr("Agency lists (*.xlsx *.ods *.csv *.txt);;All files (*)"))
        if not path:
            return False
        try:
            rows = self.owner.services.onboarding.read_list(path)
        except AppError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return False
        self.error.hide()
        self.text.setPlainText(self.owner.services.onboarding.list_text(rows))
        return True

    def preview(self) -> None:
        if not self.text.toPlainText().strip():
            self.summary.setText(self.tr("Nothing typed: the agencies can also be added later."))
            return
        try:
            rows = self.owner.services.onboarding.parse_list(self.text.toPlainText())
        except AppError as exc:
            self.summary.setText(exc.message)
            return
        groups = sum(1 for r in rows if r.kind == "group")
        self.summary.setText(self.tr("{agencies} agencies and {groups} groups will be added (names already in the "
                                     "directory are kept).").format(agencies=len(rows) - groups, groups=groups))

    def store(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            return
        service = self.owner.services.onboarding
        self.result = service.import_agencies(service.parse_list(text))
        self.owner.stored.add("agencies")

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Agencies"))
        self.setSubTitle(self.tr("The agencies that carry out the plans and report to you."))
        self.hint.setText(self.tr("One agency a line: name; kind; parent (kind and parent may be left out). "
                                  "Kinds: Sở, Ban, Ngành, UBND quận huyện, Phường xã, Đảng, Đoàn thể, Trung ương, "
                                  "Nhóm. A parent that is a group makes the agency one of its members."))
        self.text.setPlaceholderText("Sở Nội vụ; Sở\nSở Tài chính; Sở; Các sở, ban, ngành\nCác sở, ban, ngành; Nhóm")
        self.open_button.setText(self.tr("Read from a file…"))
        self.preview()


class GroupsPage(StepPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("groupsPage")
        self.groups = QListWidget(self)
        self.groups.setObjectName("first_groups")
        self.members = QListWidget(self)
        self.members.setObjectName("first_members")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.groups)
        split.addWidget(self.members)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        self.chosen: dict[int, list[int]] = {}  # group id → ticked agency ids
        self.original: dict[int, list[int]] = {}
        self.groups.currentRowChanged.connect(self._show_group)
        self.members.itemChanged.connect(lambda _item: self._keep_ticks())

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Read the groups and agencies now: the previous page may have added some."""
        agencies = self.owner.services.agencies
        self.all_groups = agencies.list_groups()
        self.all_agencies = agencies.list_agencies(include_inactive=False)
        self.original = {g.id: list(g.member_ids) for g in self.all_groups}
        self.chosen = {k: list(v) for k, v in self.original.items()}
        self.members.blockSignals(True)
        self.members.clear()
        for agency in self.all_agencies:
            item = QListWidgetItem(agency.name, self.members)
            item.setData(Qt.ItemDataRole.UserRole, agency.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.members.blockSignals(False)
        self.groups.clear()
        for group in self.all_groups:
            item = QListWidgetItem(self.groups)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
        self._mark_groups()
        if self.all_groups:
            self.groups.setCurrentRow(0)
        self.members.setEnabled(bool(self.all_groups))

    def group_row(self, name: str) -> int:
        for row, group in enumerate(self.all_groups):
            if group.name == name:
                return row
        raise KeyError(name)

    def tick(self, names: list[str]) -> None:
        """Tick these agencies as the current group's members (what a click on each does)."""
        for row in range(self.members.count()):
            item = self.members.item(row)
            if item.text() in names:
                item.setCheckState(Qt.CheckState.Checked)

    def _show_group(self, row: int) -> None:
        if not 0 <= row < len(self.all_groups):
            return
        members = set(self.chosen.get(self.all_groups[row].id, []))
        self.members.blockSignals(True)
        for index in range(self.members.count()):
            item = self.members.item(index)
            checked = item.data(Qt.ItemDataRole.UserRole) in members
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.members.blockSignals(False)

    def _keep_ticks(self) -> None:
        row = self.groups.currentRow()
        if not 0 <= row < len(self.all_groups):
            return
        ticked = [self.members.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.members.count())
                  if self.members.item(i).checkState() == Qt.CheckState.Checked]
        self.chosen[self.all_groups[row].id] = ticked
        self._mark_groups()

    def _mark_groups(self) -> None:
        for row, group in enumerate(self.all_groups):
            item = self.groups.item(row)
            count = len(self.chosen.get(group.id, []))
            if count:
                item.setText(self.tr("{name} ({count} members)").format(name=group.name, count=count))
                item.setToolTip("")
            else:
                item.setText(f"{EMPTY_MARK} {group.name}")
                item.setToolTip(self.tr("No members yet: a task assigned to this group has nobody to report."))

    def empty_groups(self) -> list[str]:
        return [g.name for g in getattr(self, "all_groups", []) if not self.chosen.get(g.id)]

    def store(self) -> None:
        changed = {gid: ids for gid, ids in self.chosen.items() if sorted(ids) != sorted(self.original.get(gid, []))}
        if changed:
            self.owner.services.onboarding.set_members(changed)
            self.original = {k: list(v) for k, v in self.chosen.items()}
            self.owner.stored.add("groups")

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Groups of agencies"))
        self.setSubTitle(self.tr("A plan may assign a task to a group (“Các sở, ban, ngành”): every member then "
                                 "reports on it."))
        self.hint.setText(self.tr("Choose a group on the left, tick its members on the right. Groups marked {mark} "
                                  "have no member yet.").format(mark=EMPTY_MARK))
        if hasattr(self, "all_groups"):
            self._mark_groups()


class DonePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("donePage")
        self.owner = wizard
        self.summary = QLabel(self)
        self.summary.setObjectName("first_done_summary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        services = self.owner.services
        lines = []
        gaps = services.reports.office_gaps()
        lines.append(self.tr("Office profile: complete.") if not gaps else
                     self.tr("Office profile still lacks: {gaps}.").format(gaps=", ".join(gaps)))
        lines.append(self.tr("{count} agencies in the directory.").format(
            count=len(services.agencies.list_agencies())))
        empty = [g.name for g in services.onboarding.empty_groups()]
        if empty:
            lines.append(self.tr("Groups without members ({mark} in the tree and the task panel): {names}.").format(
                mark=EMPTY_MARK, names="; ".join(empty)))
        lines.append(self.tr("Next: import a plan (Plan → Import plan document, Ctrl+I). Press F1 for the guide."))
        self.summary.setText("\n\n".join(lines))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("This assistant stays in the Help menu."))


class FirstRunWizard(Retranslatable, QWizard):
    def __init__(self, services: Services, prompter: Prompter, parent: QWidget | None = None, *,
                 plan_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.services, self.prompter, self.plan_id = services, prompter, plan_id
        self.stored: set[str] = set()  # the steps stored: "office", "agencies", "groups"
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)  # F1 too: the guide's first part
        self.helpRequested.connect(self.show_help)
        # the window's F1 does not reach a modal assistant: its own F1 opens the same part
        QShortcut(QKeySequence(Qt.Key.Key_F1), self).activated.connect(self.show_help)
        self.help_window: HelpWindow | None = None
        # the last page is `ready`, never `done`: that name would hide QDialog.done (a crash on close)
        self.office, self.agencies, self.groups, self.ready = (OfficePage(self), AgenciesPage(self),
                                                              GroupsPage(self), DonePage(self))
        for page in (self.office, self.agencies, self.groups, self.ready):
            self.addPage(page)
        self.resize(720, 500)
        self.retranslate_ui()

    def show_help(self) -> None:
        from app.ui.help.guide import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self)
        self.help_window.show_section("start")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("First-run assistant"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip"))
        for page in (self.office, self.agencies, self.groups, self.ready):
            page.retranslate_ui()

