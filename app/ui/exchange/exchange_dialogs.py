"""Kế hoạch → Gửi phiếu báo cáo… and Nhận phiếu báo cáo…: the clerk's two exchange windows.

`SendDialog`: plan, period, the agencies to send to (ticked: every agency expected to report),
a folder → one workbook per agency. `ReceiveDialog`: files or a folder → a preview per file
(agency, period, counts or the reason the file is refused) and its rows, where the clerk ticks
what to apply; `Apply` runs the `apply` callback (the window pushes an undoable command).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import code_name
from app.domain.text import sort_key
from app.errors import AppError
from app.services.exchange import ExportedFile, FileReview, Outcome, unreached_message
from app.ui.exchange.exchange_review_model import Column, ReviewModel
from app.ui.exchange.proposed_names import ProposedNames, marked
from app.ui.widgets.form_keys import tab_leaves
from app.ui.widgets.period_combo import PeriodCombo, PlanCombo
from app.ui.widgets.prompts import Prompter
from app.ui.widgets.retranslatable import Retranslatable
from app.ui.widgets.screen_fit import fit_screen

if TYPE_CHECKING:
    from app.services import Services
    from app.services.views import PlanSummary


class SendDialog(Retranslatable, QDialog):
    def __init__(self, services: Services, plans: list[PlanSummary], prompter: Prompter, *, as_of: date,
                 plan_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeSendDialog")
        self.services, self.prompter, self.as_of = services, prompter, as_of
        self.plan = PlanCombo(plans, plan_id, self)
        self.period = PeriodCombo(as_of, self)
        self.agencies = QListWidget(self)
        self.agencies.setObjectName("exchangeAgencies")
        # a name the plan gave that the directory lacks, settled here in one step (right-click, the menu key)
        self.names = ProposedNames(self.agencies, services, prompter, self._current_agency, self._reload_ticking)
        self.agencies.currentItemChanged.connect(lambda *_: self.names.follow_current())
        self.plan_label, self.period_label, self.info = QLabel(self), QLabel(self), QLabel(self)
        self.send_button, self.close_button = QPushButton(self), QPushButton(self)
        top = QHBoxLayout()
        for widget in (self.plan_label, self.plan, self.period_label, self.period):
            top.addWidget(widget)
        top.setStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.send_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.agencies, 1)
        layout.addLayout(bottom)
        self.plan.currentIndexChanged.connect(lambda _i: self.load_agencies())
        self.period.currentTextChanged.connect(lambda _t: self.load_agencies())
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.close)
        self.resize(720, 520)
        self.retranslate_ui()
        self.load_agencies()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Send report forms"))
        self.plan_label.setText(self.tr("Plan:"))
        self.period_label.setText(self.tr("Period:"))
        self.send_button.setText(self.tr("&Export to folder…"))
        self.close_button.setText(self.tr("Close"))
        self.names.follow_current()


    def load_agencies(self) -> None:
        """Every agency expected to report, ticked; a name stored from a plan that the directory does
        not know (a proposed agency) is marked and not ticked: a form sent to it reaches nobody, or the
        same office twice under two names."""
        self.agencies.clear()
        plan_id = self.plan.plan_id()
        if plan_id is None:
            return
        try:
            expected = self.services.register.expected(plan_id, self.period.period(), as_of=self.as_of)
            known = {a.id: a for a in self.services.agencies.list_agencies()}
        except AppError as exc:
            self.info.setText(exc.message)
            return
        self.names.load(known.values())
        for agency in sorted(expected, key=lambda a: sort_key(known[a].name if a in known else "")):
            name = known[agency].name if agency in known else "?"
            text = self.tr("{name} ({count} tasks)").format(name=name, count=len(expected[agency]))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, agency)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            unknown = agency in self.names.proposed
            item.setCheckState(Qt.CheckState.Unchecked if unknown else Qt.CheckState.Checked)
            if unknown:
                item.setText(marked(text))
                item.setToolTip(self.tr("A name from the plan that the directory does not know: not ticked. "
                                        "Right-click: add it to the directory, or say which agency it names."))
            self.agencies.addItem(item)
        unknown_count = sum(a in self.names.proposed for a in expected)
        info = self.tr("{count} agencies must report for this period").format(count=len(expected))
        if unknown_count:
            info += "; " + self.tr("{count} not in the directory (not ticked)").format(count=unknown_count)
        self.info.setText(info)
        self.names.follow_current()

    def _current_agency(self) -> int | None:
        item = self.agencies.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _reload_ticking(self, agency: int) -> None:
        """The list again, the agency just settled ticked and highlighted (other ticks kept)."""
        ticked = set(self.chosen_agencies()) | {agency}
        self.load_agencies()
        for row in range(self.agencies.count()):
            item = self.agencies.item(row)
            if int(item.data(Qt.ItemDataRole.UserRole)) in ticked - set(self.names.proposed):
                item.setCheckState(Qt.CheckState.Checked)
            if int(item.data(Qt.ItemDataRole.UserRole)) == agency:
                self.agencies.setCurrentItem(item)

    def chosen_agencies(self) -> list[int]:
        items = (self.agencies.item(i) for i in range(self.agencies.count()))
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def send(self, folder: str | None = None) -> list[ExportedFile]:
        plan_id, agencies = self.plan.plan_id(), self.chosen_agencies()
        if plan_id is None or not agencies:
            return []
        folder = folder or self.prompter.choose_folder(self, self.tr("Folder for the report forms"))
        if not folder:
            return []
        try:
            files = self.services.exchange.export(plan_id, self.period.period(), folder, agency_ids=agencies,
                                                  as_of=self.as_of)
        except AppError as exc:
            self.prompter.error(self, exc.message)
            return []
        text = self.tr("{count} report forms written to {folder}.\n\nSend each agency its own file (its name is in "
                       "the file name). When they come back filled in: Plan → Receive report forms…").format(
            count=len(files), folder=folder)
        groups = self.services.exchange.empty_groups(plan_id, self.period.period(), as_of=self.as_of)
        if groups:  # their tasks are in no form: say which, and how to fix it
            text += "\n\n" + unreached_message(groups, self.period.period().code)
        self.prompter.inform(self, self.windowTitle(), text)
        return files


class ReceiveDialog(Retranslatable, QDialog):
    def __init__(self, services: Services, prompter: Prompter, *, apply: Callable[[list[FileReview]], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeReceiveDialog")
        self.services, self.prompter, self._apply = services, prompter, apply
        self.reviews: list[FileReview] = []
        self.files = QListWidget(self)
        self.files.setObjectName("exchangeFiles")
        self.model = ReviewModel(self)
        self.rows = QTableView(self)
        self.rows.setObjectName("exchangeRows")
        self.rows.setModel(self.model)
        tab_leaves(self.rows)
        header = self.rows.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # a wide screen gives the stored result the room left
        # the reason beside the outcome, in sight at 1024 px (elided, whole in its tooltip)
        for column, width in ((Column.APPLY, 50), (Column.LINE, 45), (Column.TASK, 215), (Column.OUTCOME, 115),
                              (Column.REASON, 230), (Column.STATUS, 110), (Column.PERCENT, 40),
                              (Column.RESULT, 240), (Column.STORED, 200)):
            self.rows.setColumnWidth(column, width)
        self.files_button, self.folder_button = QPushButton(self), QPushButton(self)
        self.apply_button, self.close_button = QPushButton(self), QPushButton(self)
        self.summary = QLabel(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.files)
        splitter.addWidget(self.rows)
        splitter.setSizes([160, 420])
        top = QHBoxLayout()
        top.addWidget(self.files_button)
        top.addWidget(self.folder_button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.files.currentRowChanged.connect(self._show_file)
        self.model.dataChanged.connect(lambda *_: self._update_summary())
        self.files_button.clicked.connect(lambda: self.pick(folder=False))
        self.folder_button.clicked.connect(lambda: self.pick(folder=True))
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.close)
        fit_screen(self, 1200, 680)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Receive report forms"))
        self.files_button.setText(self.tr("Choose &files…"))
        self.folder_button.setText(self.tr("Choose f&older…"))
        self.apply_button.setText(self.tr("&Apply ticked rows"))
        self.close_button.setText(self.tr("Close"))


    def pick(self, *, folder: bool) -> None:
        caption = self.tr("Report forms sent back by agencies")
        if folder:
            chosen = self.prompter.choose_folder(self, caption)
            paths = [chosen] if chosen else []
        else:
            paths = self.prompter.open_files(self, caption, self.tr("Workbooks (*.xlsx *.ods *.xls);;All files (*)"))
        if paths:
            self.load(paths)

    def load(self, paths: list[str]) -> bool:
        # a wait cursor: each .ods takes LibreOffice about a second to convert
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.reviews = self.services.exchange.review(paths)
        except AppError as exc:
            refused: str | None = exc.message
        else:
            refused = None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if refused is not None:
            self.prompter.error(self, refused)
            return False
        self.files.clear()
        for review in self.reviews:
            item = QListWidgetItem(self._file_text(review))
            item.setToolTip(item.text())  # a long name pushes the counts or the refusal off a small screen
            self.files.addItem(item)
        if self.reviews:
            self.files.setCurrentRow(0)
        self._update_summary()
        return True

    def _file_text(self, review: FileReview) -> str:
        name = review.path.replace("\\", "/").rsplit("/", 1)[-1]
        if review.error:
            return self.tr("{file}: refused — {reason}").format(file=name, reason=review.error)
        c = review.counts
        return self.tr("{file}: {agency}, {period} — new {new}, changed {changed}, unchanged {unchanged}, "
                       "conflict {conflict}, refused {refused}").format(
            file=name, agency=review.agency_name, period=code_name(review.period), new=c["new"],
            changed=c["changed"], unchanged=c["unchanged"], conflict=c["conflict"], refused=c["refused"])

    def _show_file(self, row: int) -> None:
        self.model.set_review(self.reviews[row] if 0 <= row < len(self.reviews) else None)

    def ticked(self) -> int:
        return sum(1 for r in self.reviews if not r.error for row in r.rows if row.selected)

    def _update_summary(self) -> None:
        readable = [r for r in self.reviews if not r.error]
        text = self.tr("{files} files, {refused} refused; {ticked} rows ticked").format(
            files=len(self.reviews), refused=len(self.reviews) - len(readable), ticked=self.ticked())
        noted = sum(1 for r in readable for row in r.rows if row.note and row.outcome is not Outcome.REFUSED)
        if noted:  # a rounded percent is said, never silent (the row's Reason says what)
            text += "; " + self.tr("{n} rows with a note (see Reason)").format(n=noted)
        dated = sum(1 for r in readable for row in r.rows if row.source is not None and row.source.day_note
                    and row.outcome is not Outcome.REFUSED)
        if dated:  # `15/12` read in the form's period's year: said, so the clerk can check the day
            text += "; " + self.tr("the year added to {n} report days typed without it (the form's period)").format(
                n=dated)
        self.summary.setText(text)
        self.apply_button.setEnabled(bool(readable))

    def apply(self) -> bool:
        ticked = self.ticked()
        if not self.reviews or not self._apply(self.reviews):
            return False
        paths = [r.path for r in self.reviews]
        loaded = self.load(paths)  # the preview now shows what is in the database
        # said in words: the rows only turning "unchanged" left the clerk unsure anything was stored
        self.summary.setText(self.tr("{n} rows applied (Edit → Undo takes them back).").format(n=ticked) + " "
                             + self.summary.text())
        return loaded

