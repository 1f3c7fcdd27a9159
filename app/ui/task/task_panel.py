"""The task panel beside the tree: full text, assignments, deadline; progress lives in its own tab
module (`progress_panel.py`).

Why edits go through the tree controller: assignments and deadline changes are undoable like any
outline edit, so the panel hands a do/undo pair to `PlanTreeController.run` instead of calling
the service itself; after the change the tree refreshes and hands the panel the new NodeView.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import format_vn
from app.domain.deadline_labels import describe
from app.domain.deadline_phrases import parse_deadline
from app.domain.deadlines import Deadline, next_due
from app.domain.text import printed_label
from app.errors import AppError
from app.ui.shell.state import DIRECTORY, AppState
from app.ui.task.progress_panel import ProgressPanel
from app.ui.task.targets_panel import TargetsPanel
from app.ui.task.undo_commands import RunEdit, UpdateNode
from app.ui.tree.group_marks import empty_group_tip, marked_name
from app.ui.widgets.agency_picker import AgencyPicker
from app.ui.widgets.date_field import DateField
from app.ui.widgets.state_style import state_color, state_symbol, state_text

if TYPE_CHECKING:
    from app.domain.deadlines import DeadlineKind
    from app.services.nodes import AssigneeSpec
    from app.services.views import AssigneeView, NodeView


class TaskPanel(QTabWidget):
    """Shows one NodeView; `set_node(None)` shows a hint instead."""

    progress_recorded = Signal(int)  # node id

    def __init__(self, state: AppState, run_edit: RunEdit, update_node: UpdateNode,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskPanel")
        self.state = state
        self.run_edit = run_edit
        self.update_node = update_node
        self.node: NodeView | None = None
        self.assignees: list[AssigneeView] = []
        self._build_content()
        self._build_assignments()
        self._build_deadline()
        self.progress = ProgressPanel(state, self, run_edit=run_edit)
        self.progress.recorded.connect(self.progress_recorded)
        self.targets = TargetsPanel(state, self, run_edit=run_edit)
        self.addTab(self.content_tab, "")
        self.addTab(self.assign_tab, "")
        self.addTab(self.deadline_tab, "")
        self.addTab(self.progress, "")
        self.addTab(self.targets, "")
        self.retranslate_ui()
        self.set_node(None)
        state.services_changed.connect(self._directory_changed)
        state.data_changed.connect(lambda what: self._directory_changed() if what == DIRECTORY else None)

    def _directory_changed(self) -> None:
        """Agencies or groups changed (or another database): the picker's choices are read again
        when next needed."""
        self.picker.choices.clear()

    # -- layout --------------------------------------------------------------------------------
    def _build_content(self) -> None:
        self.content_tab = QWidget(self)
        self.heading = QLabel(self.content_tab)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label = QLabel(self.content_tab)
        self.text_view = QPlainTextEdit(self.content_tab)
        self.text_view.setReadOnly(True)
        self.kind_combo = QComboBox(self.content_tab)
        layout = QVBoxLayout(self.content_tab)
        layout.addWidget(self.heading)
        layout.addWidget(self.state_label)
        layout.addWidget(self.text_view, 1)
        row = QHBoxLayout()
        self.kind_label = QLabel(self.content_tab)
        row.addWidget(self.kind_label)
        row.addWidget(self.kind_combo, 1)
        layout.addLayout(row)
        self.kind_combo.activated.connect(self._kind_changed)

    def _build_assignments(self) -> None:
        self.assign_tab = QWidget(self)
        self.assign_list = QListWidget(self.assign_tab)
        self.picker = AgencyPicker(self.assign_tab)
        self.role_combo = QComboBox(self.assign_tab)
        self.remove_button = QPushButton(self.assign_tab)
        self.assign_hint = QLabel(self.assign_tab)
        self.assign_hint.setWordWrap(True)
        layout = QVBoxLayout(self.assign_tab)
        layout.addWidget(self.assign_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.role_combo)
        row.addWidget(self.picker, 1)
        layout.addLayout(row)
        layout.addWidget(self.assign_hint)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        self.picker.picked.connect(self.add_assignee)
        self.remove_button.clicked.connect(self.remove_selected_assignee)

    def _build_deadline(self) -> None:
        self.deadline_tab = QWidget(self)
        self.phrase = QLineEdit(self.deadline_tab)
        self.understood = QLabel(self.deadline_tab)
        self.understood.setWordWrap(True)
        self.next_dates = QListWidget(self.deadline_tab)
        self.override_box = QCheckBox(self.deadline_tab)
        self.override_date = DateField(self.deadline_tab)
        self.save_deadline = QPushButton(self.deadline_tab)
        self.form = QFormLayout(self.deadline_tab)
        self.next_dates.setMaximumHeight(90)
        self.phrase_label, self.understood_label, self.next_label = (QLabel(self.deadline_tab) for _ in range(3))
        self.form.addRow(self.phrase_label, self.phrase)
        self.form.addRow(self.understood_label, self.understood)
        self.form.addRow(self.next_label, self.next_dates)
        self.form.addRow(self.override_box, self.override_date)
        self.form.addRow(self.save_deadline)
        self.phrase.textChanged.connect(self._preview_deadline)
        self.override_box.toggled.connect(self.override_date.setEnabled)
        self.override_box.toggled.connect(self._preview_deadline)
        self.override_date.textChanged.connect(self._preview_deadline)
        self.save_deadline.clicked.connect(self.apply_deadline)

    def retranslate_ui(self) -> None:
        self.setTabText(0, self.tr("Content"))
        self.setTabText(1, self.tr("Assignments"))
        self.setTabText(2, self.tr("Deadline"))
        self.setTabText(3, self.tr("Progress"))
        self.setTabText(4, self.tr("Targets"))
        self.kind_label.setText(self.tr("Kind:"))
        self.kind_combo.clear()
        for value, text in (("section", self.tr("Section")), ("task", self.tr("Task")),
                            ("target", self.tr("Target")), ("text", self.tr("Text"))):
            self.kind_combo.addItem(text, value)
        self.role_combo.clear()
        self.role_combo.addItem(self.tr("Lead"), "lead")
        self.role_combo.addItem(self.tr("Support"), "support")
        self.picker.setPlaceholderText(self.tr("Type an agency or group (diacritics optional)…"))
        self.assign_hint.setText(self.tr("Choose a suggestion to add it; a group means every member reports."))
        self.remove_button.setText(self.tr("Remove selected"))
        self.phrase_label.setText(self.tr("As printed:"))
        self.understood_label.setText(self.tr("Understood as:"))
        self.next_label.setText(self.tr("Next due dates:"))
        self.override_box.setText(self.tr("Set the due date by hand:"))
        self.save_deadline.setText(self.tr("Save deadline"))
        self.override_date.retranslate_ui()

    # -- showing a node ----------------------------------------------------------------------
    def set_node(self, node: NodeView | None) -> None:
        self.node = node
        for widget in (self.content_tab, self.assign_tab, self.deadline_tab):
            widget.setEnabled(node is not None)
        if node is None:
            self.heading.setText(self.tr("Select an item of the plan to see its details."))
            self.state_label.clear()
            self.text_view.clear()
            self.assign_list.clear()
            self.phrase.clear()
            self.progress.set_node(None)
            self.targets.set_node(None)
            return
        first = " ".join(node.text.split())
        self.heading.setText(f"{printed_label(node.label)} {first[:110] + '…' if len(first) > 110 else first}".strip())
        state = node.state
        if state is not None:
            color = state_color(state)
            self.state_label.setText(f"{state_symbol(state)} {state_text(state)}"
                                     + (f" — {node.percent}%" if node.percent is not None else ""))
            self.state_label.setStyleSheet(f"color: {color.name()};" if color else "")
        else:
            self.state_label.clear()
        self.text_view.setPlainText(node.text)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(node.kind)))
        self.assignees = list(node.assignees)
        self._show_assignees()
        self._load_choices()
        self.phrase.blockSignals(True)
        self.phrase.setText(node.deadline_phrase)
        self.phrase.blockSignals(False)
        override = node.deadline.override if node.deadline else None
        self.override_box.setChecked(override is not None)
        self.override_date.setEnabled(override is not None)
        self.override_date.setDate(override or node.due_date or self.state.as_of())
        self._preview_deadline()
        self.progress.set_node(node)
        self.targets.set_node(node)

    def _load_choices(self) -> None:
        if self.picker.choices.rowCount() == 0:
            self.picker.set_choices(self.state.services.agencies.list_agencies(include_inactive=False),
                                    self.state.services.agencies.list_groups())

    def _show_assignees(self) -> None:
        self.assign_list.clear()
        for a in self.assignees:
            role = self.tr("Lead") if a.role == "lead" else self.tr("Support")
            item = QListWidgetItem(f"{role}: {marked_name(a)}")
            item.setToolTip(empty_group_tip([a]))  # a group without members: nobody reports
            self.assign_list.addItem(item)

    # -- edits ------------------------------------------------------------------------------------
    def _specs(self, assignees: list[AssigneeView]) -> list[AssigneeSpec]:
        from app.services.nodes import AssigneeSpec  # lazy: the window paints before SQLAlchemy loads

        return [AssigneeSpec(a.role, agency_id=a.agency_id, group_id=a.group_id, mention=a.mention)
                for a in assignees]

    def _set_assignees(self, new: list[AssigneeView]) -> bool:
        if self.node is None:
            return False
        old_specs, new_specs = self._specs(list(self.node.assignees)), self._specs(new)
        nodes = self.state.services.nodes
        return self.run_edit(self.tr("Change assignments"), self.node.id,
                             lambda nid: nodes.set_assignments(nid, new_specs),
                             lambda nid: nodes.set_assignments(nid, old_specs))

    def add_assignee(self, kind: str, ref: int, name: str) -> bool:
        if self.node is None:
            return False
        from app.services.views import AssigneeView

        role = self.role_combo.currentData()
        entry = AssigneeView(role=role, name=name, agency_id=ref if kind == "agency" else None,
                             group_id=ref if kind == "group" else None)
        if any((a.agency_id, a.group_id, a.role) == (entry.agency_id, entry.group_id, role) for a in self.assignees):
            return False
        return self._set_assignees([*self.assignees, entry])

    def remove_selected_assignee(self) -> bool:
        row = self.assign_list.currentRow()
        if self.node is None or not 0 <= row < len(self.assignees):
            return False
        return self._set_assignees([a for i, a in enumerate(self.assignees) if i != row])

    def _kind_changed(self) -> None:
        if self.node is None:
            return
        old, new = self.node.kind, self.kind_combo.currentData()
        if old != new:
            # the first run sends the version shown, undo and redo the one the previous step left:
            # a change made meanwhile elsewhere (another clerk) is refused, never overwritten
            self.update_node(self.tr("Change kind"), self.node.id, "kind", old, new, self.node.version)

    def describe_deadline(self, deadline: Deadline | None) -> str:
        """What the program understood from a phrase, in words the clerk can check."""
        if deadline is not None and QLocale().language() == QLocale.Language.Vietnamese:
            return describe(deadline)  # the domain's own Vietnamese reading
        if deadline is None:
            return self.tr("No deadline")
        if deadline.is_flagged:
            return self.tr("Not understood: set the due date by hand")
        if deadline.needs_trigger:
            return self.tr("Waits for a trigger date (relative or conditional deadline)")
        if deadline.kind.value == "ongoing" and deadline.override is None:
            return self.tr("Ongoing: no due date, reported every period")
        if deadline.is_recurring:
            kind = deadline.kind.value
            if kind in ("year_onward", "from_year"):
                what = self.tr("every year from {year}").format(year=deadline.year or "")
            elif kind == "yearly_in_quarter":
                what = self.tr("every year, by the end of quarter {quarter}").format(quarter=deadline.quarter or "")
            elif kind == "monthly":
                what = self.tr("every month")
            elif kind == "quarterly":
                what = self.tr("every quarter")
            else:
                what = self.tr("every year")
            return self.tr("Recurring: {what}").format(what=what)
        due = deadline.one_off_due()
        return self.tr("Due on {date}").format(date=format_vn(due)) if due else self.tr("No due date")

    def _preview_deadline(self) -> None:
        phrase = self.phrase.text().strip()
        plan_year = None
        meaning = parse_deadline(phrase, plan_year=plan_year) if phrase else None
        if self.override_box.isChecked():
            override = self.override_date.value_or_none()
            if override is None:
                self.understood.setText(self.tr("Type the due date as dd/mm/yyyy, e.g. 15/03/2027."))
                self.next_dates.clear()
                return
            meaning = (meaning or Deadline(kind=_date_kind(), phrase=phrase)).with_override(override)
        self.understood.setText(self.describe_deadline(meaning))
        self.next_dates.clear()
        if meaning is None:
            return
        day = self.state.as_of() - timedelta(days=1)
        for _ in range(5):
            due = next_due(meaning, day)
            if due is None:
                break
            self.next_dates.addItem(format_vn(due))
            day = due

    def apply_deadline(self) -> bool:
        if self.node is None:
            return False
        phrase = self.phrase.text().strip()
        try:
            override = self.override_date.value() if self.override_box.isChecked() else None
        except AppError as exc:  # never save a date the clerk did not type
            self.understood.setText(exc.message)
            return False
        old = self.node.deadline
        old_phrase, old_override = (old.phrase, old.override) if old else ("", None)
        old_trigger = old.trigger if old else None
        nodes = self.state.services.nodes
        return self.run_edit(self.tr("Change deadline"), self.node.id,
                             lambda nid: nodes.set_deadline(nid, phrase, override=override, trigger=old_trigger),
                             lambda nid: nodes.set_deadline(nid, old_phrase, override=old_override,
                                                            trigger=old_trigger))


def _date_kind() -> DeadlineKind:
    from app.domain.deadlines import DeadlineKind

    return DeadlineKind.DATE
