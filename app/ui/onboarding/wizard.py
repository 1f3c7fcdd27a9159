"""The first-run assistant: four short pages a new clerk goes through once (or skips).

1. Office: who issues the reports — issuing body and its parent, the signer's authority, title
   and name, the place, who receives a report and who a reminder letter. Stored through
   `ReportService.save_office` (the same profile as Báo cáo → Cơ quan ban hành).
2. Agencies: a list typed or pasted (`Tên; loại; cấp trên` a line) or read from a spreadsheet,
   CSV or text file into the box first, so the clerk sees what will be stored.
3. Groups: each group's members ticked (groups without members are marked: a task assigned to one
   has nobody to report).
4. Done: what was stored and what is still missing.

The office page and the pages' base are in `office_page.py`. Each page stores its own step when
the clerk presses Next (one transaction); an error stays on the page in a red line (no message
box), so the clerk corrects it and presses Next again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
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

from app.errors import AppError
from app.ui.onboarding.office_page import Assistant, OfficePage, StepPage
from app.ui.tree.group_marks import EMPTY_MARK
from app.ui.widgets.prompts import Prompter
from app.ui.widgets.retranslatable import Retranslatable

if TYPE_CHECKING:
    from app.services import Services
    from app.services.onboarding import ListImport
    from app.ui.help.guide import HelpWindow

STATE_EXAMPLE = "Sở Nội vụ; Sở\nSở Tài chính; Sở; Các sở, ban, ngành\nCác sở, ban, ngành; Nhóm"
PARTY_EXAMPLE = "Ban Tổ chức Tỉnh ủy; Ban\nĐảng ủy xã Tân Lập; Đảng; Các đảng ủy xã\nCác đảng ủy xã; Nhóm"


class AgenciesPage(StepPage):
    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """The example follows the office just chosen (`OfficePage.party`)."""
        self.retranslate_ui()

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("agenciesPage")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("first_agency_list")
        # Tab leaves the box: typed, it went in as a character and the line became a spreadsheet row
        # with an empty first cell (the agency silently left out); a pasted sheet keeps its tabs
        self.text.setTabChangesFocus(True)
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
        # a Party office's own bodies for a Party office (the office page's format): a Thành ủy is not sent reports
        # by departments
        self.text.setPlaceholderText(PARTY_EXAMPLE if self.owner.office.party() else STATE_EXAMPLE)
        self.open_button.setText(self.tr("Read from a &file…"))
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
        self.retranslate_ui()  # its hint says what there is to do

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
        group = "Các đảng ủy trực thuộc" if self.owner.office.party() else "Các sở, ban, ngành"  # the office's own
        self.setSubTitle(self.tr("A plan may assign a task to a group (“{group}”): every member then "
                                 "reports on it.").format(group=group))
        if not getattr(self, "all_groups", True):  # read, and none: "choose on the left" pointed at an empty list
            self.hint.setText(self.tr("No group yet. A group is a line “name; Nhóm” on the previous page, or is added "
                                      "later in Agencies → Groups."))
        else:
            self.hint.setText(self.tr("Choose a group on the left, tick its members on the right. Groups marked "
                                      "{mark} have no member yet.").format(mark=EMPTY_MARK))
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


class FirstRunWizard(Retranslatable, Assistant):
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

