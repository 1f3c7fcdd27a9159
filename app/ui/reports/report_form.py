"""Layout of the report dialog: choices on the left, the pages on the right, buttons below.

Why apart from `report_dialog.py`: the widgets and their texts live here, the behaviour (workers,
files, printing) there — the same split OpenLP uses for its dialogs. No logic beyond filling the
period's index list, which depends only on the chosen kind of period.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import ROMAN_QUARTER
from app.domain.periods import PeriodKind
from app.services.reports.narrative import SECTIONS
from app.ui.reports.report_jobs import DocKind
from app.ui.widgets.date_field import DateField

PERIOD_KINDS = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.NINE_MONTHS, PeriodKind.YEAR)


class ReportForm(QObject):
    """Builds the widgets into `parent`; `retranslate_ui()` sets every text."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(parent)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, parent)
        outer.addWidget(self.splitter, 1)

        # the choices scroll: on a 1024×600 screen the narrative sections are taller than the
        # dialog, and the Save/Print buttons below must stay on screen
        self.left_scroll = QScrollArea(self.splitter)
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left = QWidget(self.left_scroll)
        left.setMinimumHeight(420)  # the narrative editors stay usable; the scroll bar takes the rest
        self.left_scroll.setWidget(left)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.choice_box = QGroupBox(left)
        form = QFormLayout(self.choice_box)
        self.kind = QComboBox(self.choice_box)
        self.kind.setObjectName("reportKind")
        for kind in DocKind:
            self.kind.addItem("", kind)
        self.plan = QComboBox(self.choice_box)
        self.plan.setObjectName("reportPlan")
        self.plan.setMinimumContentsLength(28)
        self.plan.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        period_row = QHBoxLayout()
        self.period_kind = QComboBox(self.choice_box)
        for period_kind in PERIOD_KINDS:
            self.period_kind.addItem("", period_kind)
        self.period_index = QComboBox(self.choice_box)
        self.year = QSpinBox(self.choice_box)
        self.year.setRange(2000, 2100)
        period_row.addWidget(self.period_kind)
        period_row.addWidget(self.period_index, 1)
        period_row.addWidget(self.year)
        self.as_of = DateField(self.choice_box)  # typed as read: QDateEdit dropped the day typed into it
        self.as_of.setDate(QDate.currentDate())
        self.as_of_auto = QCheckBox(self.choice_box)  # checked: the period's cut-off decides
        self.as_of_auto.setObjectName("reportAsOfAuto")
        self.as_of_auto.setChecked(True)
        self.as_of.setEnabled(False)
        self.as_of_auto.toggled.connect(lambda auto: self.as_of.setEnabled(not auto))
        as_of_row = QHBoxLayout()
        as_of_row.addWidget(self.as_of)
        as_of_row.addWidget(self.as_of_auto, 1)
        self.kind_label, self.plan_label = QLabel(self.choice_box), QLabel(self.choice_box)
        self.period_label, self.as_of_label = QLabel(self.choice_box), QLabel(self.choice_box)
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.plan_label, self.plan)
        form.addRow(self.period_label, period_row)
        form.addRow(self.as_of_label, as_of_row)
        left_layout.addWidget(self.choice_box)

        self.narrative_box = QGroupBox(left)
        narrative_layout = QVBoxLayout(self.narrative_box)
        self.narrative_hint = QLabel(self.narrative_box)
        self.narrative_hint.setWordWrap(True)
        narrative_layout.addWidget(self.narrative_hint)
        self.sections = QToolBox(self.narrative_box)
        self.editors: dict[str, QPlainTextEdit] = {}
        for key, _is_list in SECTIONS:
            editor = QPlainTextEdit(self.sections)
            editor.setObjectName(f"narrative_{key}")
            self.editors[key] = editor
            self.sections.addItem(editor, "")
        narrative_layout.addWidget(self.sections, 1)
        left_layout.addWidget(self.narrative_box, 1)
        self.office_button = QPushButton(left)
        left_layout.addWidget(self.office_button, 0, Qt.AlignmentFlag.AlignLeft)
        history_row = QHBoxLayout()  # the plan's reports printed before (snapshots), reopened as printed
        self.history_label = QLabel(left)
        self.history = QComboBox(left)
        self.history.setObjectName("reportHistory")
        self.history_open = QPushButton(left)
        self.history_open.setObjectName("reportHistoryOpen")
        history_row.addWidget(self.history_label)
        history_row.addWidget(self.history, 1)
        history_row.addWidget(self.history_open)
        left_layout.addLayout(history_row)

        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.preview_button = QPushButton(right)
        self.preview_button.setObjectName("reportPreview")
        self.pages_label = QLabel(right)
        top.addWidget(self.preview_button)
        top.addWidget(self.pages_label, 1)
        right_layout.addLayout(top)
        self.pdf = QPdfDocument(parent)
        self.view = QPdfView(right)
        self.view.setObjectName("reportPages")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.pdf)
        right_layout.addWidget(self.view, 1)
        self.splitter.addWidget(self.left_scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        bottom = QHBoxLayout()
        self.status = QLabel(parent)
        self.progress = QProgressBar(parent)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton(parent)
        self.save_docx, self.save_pdf = QPushButton(parent), QPushButton(parent)
        self.save_xlsx, self.print_button = QPushButton(parent), QPushButton(parent)
        self.close_button = QPushButton(parent)
        bottom.addWidget(self.status, 1)
        for widget in (self.progress, self.cancel_button, self.save_docx, self.save_pdf, self.save_xlsx,
                       self.print_button, self.close_button):
            bottom.addWidget(widget)
        outer.addLayout(bottom)
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        """While a worker runs: show its progress and the Cancel button, block new work."""
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for widget in (self.preview_button, self.save_docx, self.save_pdf, self.save_xlsx, self.print_button,
                       self.choice_box, self.office_button, self.history, self.history_open):
            widget.setEnabled(not busy)

    def fill_period_index(self) -> None:
        data = self.period_kind.currentData()
        kind = PeriodKind(data) if data else None  # Qt hands the enum back as its plain string
        keep = self.period_index.currentIndex()
        self.period_index.clear()
        if kind is PeriodKind.MONTH:
            for month in range(1, 13):
                self.period_index.addItem(self.tr("Month {n}").format(n=month), month)
        elif kind is PeriodKind.QUARTER:
            for quarter in range(1, 5):
                self.period_index.addItem(self.tr("Quarter {n}").format(n=ROMAN_QUARTER[quarter]), quarter)
        elif kind is PeriodKind.HALF:
            self.period_index.addItem(self.tr("First half"), 1)
            self.period_index.addItem(self.tr("Second half"), 2)
        else:
            self.period_index.addItem(self.tr("Whole period"), 1)
        self.period_index.setEnabled(self.period_index.count() > 1)
        if 0 <= keep < self.period_index.count():
            self.period_index.setCurrentIndex(keep)

    def retranslate_ui(self) -> None:
        self.as_of.retranslate_ui()
        kinds = {DocKind.PROGRESS: self.tr("Progress report"),
                 DocKind.TASKLIST: self.tr("Task list"), DocKind.REMINDER: self.tr("Reminder letters"),
                 DocKind.CALENDAR: self.tr("Monthly calendar"), DocKind.TARGETS: self.tr("Targets table")}
        for row in range(self.kind.count()):
            self.kind.setItemText(row, kinds[self.kind.itemData(row)])
        periods = {PeriodKind.MONTH: self.tr("Month"), PeriodKind.QUARTER: self.tr("Quarter"),
                   PeriodKind.HALF: self.tr("6 months"), PeriodKind.NINE_MONTHS: self.tr("9 months"),
                   PeriodKind.YEAR: self.tr("Year")}
        for row in range(self.period_kind.count()):
            self.period_kind.setItemText(row, periods[self.period_kind.itemData(row)])
        self.fill_period_index()
        self.choice_box.setTitle(self.tr("Document"))
        self.kind_label.setText(self.tr("Kind:"))
        self.plan_label.setText(self.tr("Plan:"))
        self.period_label.setText(self.tr("Period:"))
        self.as_of_label.setText(self.tr("Data as of:"))
        self.as_of_auto.setText(self.tr("the period's cut-off"))
        self.narrative_box.setTitle(self.tr("Report text"))
        self.narrative_hint.setText(self.tr("Prefilled with what the report says; edit before printing. "
                                            "One item per line."))
        titles = {"opening": self.tr("Opening"), "deployment": self.tr("I. Deployment (added text)"),
                  "results": self.tr("II. Results (added text)"), "shortcomings": self.tr("III. Shortcomings"),
                  "difficulties": self.tr("IV. Difficulties"), "direction": self.tr("V. Next tasks"),
                  "proposals": self.tr("VI. Proposals"), "closing": self.tr("Closing")}
        for index, (key, _is_list) in enumerate(SECTIONS):
            self.sections.setItemText(index, titles[key])
        self.office_button.setText(self.tr("Issuing office…"))
        self.history_label.setText(self.tr("Printed before:"))
        self.history_open.setText(self.tr("Open"))
        self.preview_button.setText(self.tr("&Update preview"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_docx.setText(self.tr("Save &Word…"))
        self.save_pdf.setText(self.tr("Save &PDF…"))
        self.save_xlsx.setText(self.tr("Save &Excel…"))
        self.print_button.setText(self.tr("P&rint…"))
        self.close_button.setText(self.tr("Close"))
