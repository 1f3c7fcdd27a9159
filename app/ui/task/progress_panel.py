"""Progress of one task: the history per agency and a form to record an update for a period.

Why the agency list comes from the task's assignments: an update is owed by each responsible
agency (group members included), so the form offers exactly those, lead agencies first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import PeriodKind, code_name, parse_period_name, period_containing, period_name
from app.domain.text import path_label
from app.errors import AppError, ConflictError, InputError
from app.ui.shell.state import AppState
from app.ui.task.undo_commands import RunEdit
from app.ui.widgets.date_field import DateField
from app.ui.widgets.focus_scroll import follow_focus
from app.ui.widgets.form_keys import tab_leaves

if TYPE_CHECKING:
    import datetime as dt

    from app.services.progress import ProgressEntry
    from app.services.views import NodeView, ProgressView

STATUSES = ("not_started", "in_progress", "done", "suspended")
AGENCY_WIDTH = 170  # the history's agency column at most (a longer name is cut, whole in its tooltip)


class ProgressPanel(QWidget):
    recorded = Signal(int)
    failed = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None,
                 run_edit: RunEdit | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.run_edit = run_edit
        self.node: NodeView | None = None
        self._clean: tuple[object, ...] | None = None  # the form as last shown or saved
        self.shown: list[ProgressView] = []  # the updates on screen, with the versions the form edits
        self.written: dict[tuple[int, int, str], tuple[int, int]] = {}  # (task, agency, period) → id, version
        self.history = QTableWidget(0, 5, self)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        self.history.setWordWrap(False)
        tab_leaves(self.history)
        self.history.verticalHeader().setDefaultSectionSize(self.history.fontMetrics().height() + 6)
        self.history.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, AGENCY_WIDTH), (1, 64), (2, 110), (3, 40)):
            self.history.setColumnWidth(column, width)
        self.agency = QComboBox(self)
        self.period = QLineEdit(self)
        self.status = QComboBox(self)
        self.percent = QSpinBox(self)
        self.percent.setRange(0, 100)
        self.percent.setSuffix("%")
        self.reported_on = DateField(self)  # typed as read: QDateEdit dropped the day typed into it
        self.result = QPlainTextEdit(self)
        self.difficulties = QPlainTextEdit(self)
        self.proposals = QPlainTextEdit(self)
        for box in (self.result, self.difficulties, self.proposals):
            box.setTabChangesFocus(True)
            box.setFixedHeight(48)
        self.evidence = QLineEdit(self)
        self.save = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form_widget = QWidget(self)
        self.form = QFormLayout(form_widget)
        self.labels = [QLabel(form_widget) for _ in range(9)]
        for label, field in zip(self.labels, (self.agency, self.period, self.status, self.percent, self.reported_on,
                                              self.result, self.difficulties, self.proposals, self.evidence),
                                strict=True):
            self.form.addRow(label, field)
        self.form_scroll = scroll = follow_focus(QScrollArea(self))  # taller than a docked panel: to the field in use
        scroll.setWidgetResizable(True)
        page = QWidget(self)  # the form at its own height on top: room below it (to scroll the last rows up) stays
        page_layout = QVBoxLayout(page)  # blank instead of spreading the rows
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(form_widget)
        page_layout.addStretch(1)
        scroll.setWidget(page)
        # the message and the button stay below the scrolled fields: always in sight, at 1024×600 too
        entry = QWidget(self)
        entry_layout = QVBoxLayout(entry)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        entry_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save)
        entry_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(self.history)
        splitter.addWidget(entry)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.save, self.history)  # Tab from the tab bar: the form first (the history had it)
        self.save.clicked.connect(self.record)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # record without leaving the keyboard (Enter: the keypad's)
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.record)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.agency.activated.connect(self._agency_chosen)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.history.setHorizontalHeaderLabels([self.tr("Agency"), self.tr("Period"), self.tr("Status"), "%",
                                                self.tr("Result")])
        texts = (self.tr("Agency:"), self.tr("Period:"), self.tr("Status:"), self.tr("Percent done:"),
                 self.tr("Reported on:"), self.tr("Result:"), self.tr("Difficulties:"), self.tr("Proposals:"),
                 self.tr("Evidence:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.period.setPlaceholderText(self.tr("e.g. Quarter III {year}, 6 months {year}, month 8/{year}").format(
            year=self.state.as_of().year))
        self.evidence.setPlaceholderText(self.tr("Document number, file or link"))
        self.status.clear()
        for value, text in zip(STATUSES, (self.tr("Not started"), self.tr("In progress"), self.tr("Done"),
                                          self.tr("Not done / suspended")), strict=True):
            self.status.addItem(text, value)
        self.reported_on.retranslate_ui()
        self.save.setText(self.tr("Record progress"))
        self.save.setToolTip(self.tr("Record progress (Ctrl+Enter)"))

    def status_text(self, value: str) -> str:
        index = self.status.findData(value)
        return self.status.itemText(index) if index >= 0 else value

    def set_node(self, node: NodeView | None) -> None:
        same_task = node is not None and self.node is not None and node.id == self.node.id
        kept_agency, kept_period = self.agency.currentData(), self.period.text()
        self.node = node
        is_task = node is not None and node.kind == "task"
        self.setEnabled(is_task)
        self.agency.clear()
        self.history.setRowCount(0)
        self.message.clear()
        if not same_task:  # a refresh of the same task (after saving) keeps what the clerk sees
            self.clear_form()
            self.form_scroll.verticalScrollBar().setValue(0)  # from its first row, "Cơ quan", not where the last was
        if node is None or not is_task:
            return
        agencies = self._responsible(node)
        for agency_id, name in agencies:
            self.agency.addItem(name, agency_id)
        empty = [a.name for a in node.assignees if a.group_id is not None and not a.member_ids]
        if not agencies and empty:  # assigned, but to a group whose members nobody ticked yet
            self.message.setText(self.tr("“{group}” has no members yet: tick its agencies in Agencies, then record "
                                         "progress per agency.").format(group=empty[0]))
        elif not agencies:
            self.message.setText(self.tr("Assign a lead agency first: progress is recorded per agency."))
        today = self.state.as_of()
        quarter = period_containing(PeriodKind.QUARTER, today)
        self.period.setText(period_name(quarter) if quarter else str(today.year))
        self.reported_on.setDate(today)
        if same_task:
            self.agency.setCurrentIndex(max(0, self.agency.findData(kept_agency)))
            self.period.setText(kept_period)
        self._load_history()
        if not same_task:
            self._show_stored()

    def clear_form(self) -> None:
        """Empty the fields a clerk types, so one task's report never shows under another."""
        self.status.setCurrentIndex(0)
        self.percent.setValue(0)
        for box in (self.result, self.difficulties, self.proposals):
            box.clear()
        self.evidence.clear()
        self.mark_clean()

    def _typed(self) -> tuple[object, ...]:
        return (self.status.currentData(), self.percent.value(), self.result.toPlainText(),
                self.difficulties.toPlainText(), self.proposals.toPlainText(), self.evidence.text())

    def mark_clean(self) -> None:
        self._clean = self._typed()

    def has_unsaved_edits(self) -> bool:
        """Something typed in the form and not recorded (switching task would lose it)."""
        return self.node is not None and self._clean is not None and self._typed() != self._clean

    def _responsible(self, node: NodeView) -> list[tuple[int, str]]:
        """Lead agencies first, then support; groups expanded to their members."""
        names = {a.id: a.name for a in self.state.services.agencies.list_agencies()}
        out: list[tuple[int, str]] = []
        for role in ("lead", "support"):
            for a in node.assignees:
                if a.role != role:
                    continue
                ids = [a.agency_id] if a.agency_id is not None else list(a.member_ids)
                for agency_id in ids:
                    if agency_id is not None and agency_id not in [x for x, _ in out]:
                        out.append((agency_id, names.get(agency_id, a.name)))
        return out

    def _load_history(self) -> None:
        rows = self.state.services.progress.history(self.node.id) if self.node is not None else []
        self.shown = rows
        self.history.setRowCount(len(rows))
        for r, p in enumerate(rows):
            for c, text in enumerate((p.agency_name, code_name(p.period), self.status_text(p.status),
                                      "" if p.percent is None else str(p.percent), p.result)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.history.setItem(r, c, cell)
        self._fit_history_columns()

    def _fit_history_columns(self) -> None:
        """Period, status and percent get what their longest cell needs ("Quý IV năm 2026" was cut to
        "Quý IV …" in a fixed 64 px); the agency too, up to AGENCY_WIDTH: the result keeps the rest."""
        if not self.shown:
            return
        for column in (1, 2, 3):
            self.history.resizeColumnToContents(column)
        widest = max(self.history.sizeHintForColumn(0), self.history.horizontalHeader().sectionSizeHint(0))
        self.history.setColumnWidth(0, min(widest, AGENCY_WIDTH))

    def _status_changed(self) -> None:
        if self.status.currentData() == "done":
            self.percent.setValue(100)

    def entry(self) -> ProgressEntry:
        """The form's content as the service's entry (tests fill the form and read this)."""
        from app.services.progress import ProgressEntry  # lazy: the window paints before SQLAlchemy loads

        assert self.node is not None, "the form is filled for a shown task"
        return ProgressEntry(
            node_id=self.node.id, agency_id=int(self.agency.currentData()), period=self.period_code(),
            status=self.status.currentData(), percent=self.percent.value(),
            result=self.result.toPlainText(), difficulties=self.difficulties.toPlainText(),
            proposals=self.proposals.toPlainText(), evidence=self.evidence.text(),
            reported_on=self.reported_on.value(),
        )

    def period_code(self) -> str:
        """The typed period (`Quý III năm 2021`, `quy 3/2021` or `2021-Q3`) as its stored code;
        text that is no period is passed on as typed, for the service to refuse."""
        try:
            return parse_period_name(self.period.text()).code
        except InputError:
            return self.period.text().strip()

    def record(self) -> bool:
        """Save the form. The version sent is that of the update for this agency and period as
        shown in the history (none shown: a new one), so an entry saved meanwhile by another
        window or program is reported instead of overwritten; the history then shows it."""
        if self.node is None or self.agency.currentData() is None:
            return False
        node_id = self.node.id
        try:
            parse_period_name(self.period.text())
            entry = self.entry()  # an impossible report date is refused here, never saved as another day
        except InputError as exc:
            self.message.setText(exc.message)
            self.failed.emit(exc.message)
            return False
        today = self.state.as_of()
        previous = next((h for h in self.shown if h.agency_id == entry.agency_id and h.period == entry.period), None)
        try:
            record_id = self.state.services.progress.record(
                entry, expected_version=previous.version if previous else None, today=today)
        except AppError as exc:
            self.message.setText(exc.message)
            self.failed.emit(exc.message)
            if isinstance(exc, ConflictError):
                self._load_history()
            return False
        if self.run_edit is not None:
            # Recording is an upsert per (task, agency, period): undo puts back what that period
            # said before, or removes the new row. Each write raises the version by one; the panel
            # remembers the id and version it last wrote per (task, agency, period), shared by all
            # its undo steps, so two steps on one period chain, and a change made meanwhile
            # elsewhere is refused.
            key = (entry.node_id, entry.agency_id, entry.period)
            self.written[key] = (record_id, previous.version + 1 if previous else 1)
            step = RecordStep(self, key, entry, previous, today)
            task = _undo_name(self.node, self.state.services.nodes.labels_from_top(node_id))
            self.run_edit(self.tr("Record progress: {task} — {agency}, {period}").format(
                task=task, agency=self.agency.currentText(), period=code_name(entry.period)),
                node_id, step.redo, step.undo)
        self._load_history()
        self._show_stored()
        if self.run_edit is None:  # else the command's first run showed the task again already
            self.recorded.emit(node_id)
        # after the tree showed the task again (which empties the message line): the clerk's confirmation
        self.message.setText(self.tr("Recorded."))
        return True

    def _agency_chosen(self, _index: int) -> None:
        """Another agency chosen with nothing typed: its stored entry for the period, or an empty form."""
        if not self.has_unsaved_edits():
            self.clear_form()
            self._show_stored()

    def _show_stored(self) -> None:
        """The form shows what is stored for its agency and period. On showing a task: an agency's report
        received for the period showed as "Chưa triển khai 0%" beside a history saying "Đã hoàn thành 100", and
        Ctrl+Enter wrote that empty form over the report. After recording: what the service stored, not what
        was typed (a done task is stored at 100 % whatever percent was typed after choosing "Done")."""
        code = self.period_code()
        stored = next((h for h in self.shown if h.agency_id == self.agency.currentData() and h.period == code), None)
        if stored is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(stored.status)))
            self.percent.setValue(stored.percent or 0)
            self.result.setPlainText(stored.result)
            self.difficulties.setPlainText(stored.difficulties)
            self.proposals.setPlainText(stored.proposals)
            self.evidence.setText(stored.evidence)
            self.reported_on.setDate(stored.reported_on)
        self.mark_clean()

    def after_change(self, node_id: int) -> None:
        if self.node is not None and self.node.id == node_id:
            self._load_history()
        self.recorded.emit(node_id)


class RecordStep:
    """One "Record progress" on the undo stack. The entry is written before the step is pushed (a
    refusal then shows in the form's line, not in a message box), so the step's first run finds it
    written: `redo` writes again only what an `undo` took back."""

    def __init__(self, panel: ProgressPanel, key: tuple[int, int, str], entry: ProgressEntry,
                 previous: ProgressView | None, today: dt.date) -> None:
        self.panel, self.key, self.entry, self.previous, self.today = panel, key, entry, previous, today
        self.undone = False

    def undo(self, node_id: int) -> None:
        panel, progress = self.panel, self.panel.state.services.progress
        row_id, version = panel.written[self.key]
        if self.previous is None:
            progress.delete(row_id, version)
            del panel.written[self.key]
        else:
            progress.record(entry_of(self.previous), expected_version=version, today=self.today)
            panel.written[self.key] = (row_id, version + 1)
        self.undone = True
        panel.after_change(node_id)

    def redo(self, node_id: int) -> None:
        if not self.undone:  # the step's first run: written already, and the tree shows the task again itself
            return
        panel = self.panel
        row_id, version = panel.written.get(self.key, (0, 0))
        row_id = panel.state.services.progress.record(self.entry, expected_version=version or None, today=self.today)
        panel.written[self.key] = (row_id, version + 1)
        self.undone = False
        panel.after_change(node_id)


def entry_of(view: ProgressView) -> ProgressEntry:
    """The entry that records a stored update again (undo of an overwrite)."""
    from app.services.progress import ProgressEntry

    return ProgressEntry(
        node_id=view.node_id, agency_id=view.agency_id, period=view.period, status=view.status,
        percent=view.percent, result=view.result, difficulties=view.difficulties, proposals=view.proposals,
        evidence=view.evidence, reported_on=view.reported_on, done_on=view.done_on,
    )


def _undo_name(node: NodeView, labels: list[str]) -> str:
    """The task as the Undo menu names it: its labels from the plan's top (`II.6`: a `6` alone read the same under
    II and III), or its text when it has no label or a stored bullet (`•3` prints as a lone `•`)."""
    first = " ".join(node.text.split())
    return path_label(labels) or (first if len(first) <= 40 else first[:40] + "…")

