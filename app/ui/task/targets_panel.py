"""Targets (chỉ tiêu) of the open plan with their measurements, and a form to add a measurement.

Why per plan rather than per node: most targets hang off the plan's objectives section, not off
the task the clerk is looking at; the node's own targets are listed first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import format_vn
from app.errors import AppError, ConflictError, InputError
from app.ui.shell.state import AppState
from app.ui.task.undo_commands import RunEdit
from app.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from app.services.views import NodeView, TargetView

COMPARATORS = {">=": "≥", "<=": "≤", "=": "=", "reduce_by": "−", "increase_by": "+"}


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


class TargetsPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None,
                 run_edit: RunEdit | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.run_edit = run_edit
        self.plan_id: int | None = None
        self.node_id: int | None = None
        self.targets: list[TargetView] = []
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.measured_on = DateField(self)  # typed as read: QDateEdit dropped the day typed into it
        self.value = QDoubleSpinBox(self)
        self.value.setRange(-1e9, 1e9)
        self.value.setDecimals(2)
        self.note = QLineEdit(self)
        self.add_button = QPushButton(self)
        self.message = QLabel(self)
        row = QHBoxLayout()
        for widget in (self.measured_on, self.value):
            row.addWidget(widget)
        row.addWidget(self.note, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_measurement)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels([self.tr("Target"), self.tr("Required"), self.tr("Latest"), self.tr("Deadline")])
        self.measured_on.retranslate_ui()
        self.note.setPlaceholderText(self.tr("Note (source of the figure)"))
        self.add_button.setText(self.tr("Add measurement"))

    def set_node(self, node: NodeView | None) -> None:
        plan_id = node.plan_id if node is not None else None
        again = node is not None and node.id == self.node_id  # the outline re-read (F5, an edit): read again too
        self.node_id = node.id if node is not None else None
        if plan_id != self.plan_id or node is None or again:
            self.plan_id = plan_id
            self.reload()
        self.measured_on.setDate(self.state.as_of())

    def reload(self) -> None:
        self.tree.clear()
        self.targets = self.state.services.targets.list_targets(self.plan_id) if self.plan_id else []
        self.targets.sort(key=lambda t: t.node_id != self.node_id)
        for position, target in enumerate(self.targets):
            required = f"{COMPARATORS.get(target.comparator, target.comparator)} {_number(target.value)} {target.unit}"
            latest = target.measurements[-1] if target.measurements else None
            item = QTreeWidgetItem([target.indicator, required.strip(),
                                    f"{_number(latest.value)} ({format_vn(latest.measured_on)})" if latest else "",
                                    target.deadline_phrase or ""])
            item.setData(0, 0x0100, position)
            item.setToolTip(0, " > ".join(target.path) + "\n" + target.indicator)
            for m in target.measurements:
                QTreeWidgetItem(item, [m.note or "", "", f"{_number(m.value)} ({format_vn(m.measured_on)})", ""])
            self.tree.addTopLevelItem(item)
        self.setEnabled(bool(self.targets))
        self.message.setText("" if self.targets else self.tr("This plan has no targets."))

    def add_measurement(self) -> bool:
        """Record the figure of the chosen target on the chosen date. The version sent is that of
        the measurement of that date as shown (none shown: a new one), so a figure saved meanwhile
        by another window is reported instead of overwritten; the list then shows it."""
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None:
            self.message.setText(self.tr("Choose a target first."))
            return False
        target = self.targets[int(item.data(0, 0x0100))]
        try:
            measured_on = self.measured_on.value()  # an impossible date is refused, never saved as another day
        except InputError as exc:
            self.message.setText(exc.message)
            return False
        value, note = self.value.value(), self.note.text().strip()
        previous = next((m for m in target.measurements if m.measured_on == measured_on), None)
        try:
            added = self.state.services.targets.add_measurement(target.id, measured_on, value, note or None,
                                                          expected_version=previous.version if previous else None)
        except AppError as exc:
            self.message.setText(exc.message)
            if isinstance(exc, ConflictError):
                self.reload()
                self.message.setText(exc.message)
            return False
        if self.run_edit is not None and self.node_id is not None:
            # one measurement per target and date: undo removes the new one or puts the old
            # figure back; every write raises the version by one
            state = {"id": added, "version": previous.version + 1 if previous else 1}

            def redo(_node_id: int) -> None:
                state["id"] = self.state.services.targets.add_measurement(
                    target.id, measured_on, value, note or None, expected_version=state["version"] or None)
                state["version"] += 1
                self.reload()

            def undo(_node_id: int) -> None:
                if previous is None:
                    self.state.services.targets.delete_measurement(state["id"], state["version"])
                    state["version"] = 0
                else:
                    self.state.services.targets.add_measurement(target.id, measured_on, previous.value, previous.note,
                                                          expected_version=state["version"])
                    state["version"] += 1
                self.reload()

            self.run_edit(self.tr("Record measurement"), self.node_id, redo, undo)
        self.note.clear()
        self.reload()
        self.message.setText(self.tr("Measurement recorded."))
        return True
