"""The Vietnamese guide (app/resources/help/guide.html) in a QTextBrowser, opened at a section.

Why F1 is an application-wide shortcut: the report dialog and the exchange windows are windows
of their own; wherever the keyboard focus is, `section_for` walks up from the focused widget to
the first panel it knows and the guide opens at that panel's part. The guide is HTML with PNG
pictures made by `python -m app screenshot`, shipped as package data beside the translations.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from app.resources import resource_path
from app.ui.shell.actions import ActionRegistry
from app.ui.widgets.retranslatable import Retranslatable
from app.ui.widgets.screen_fit import fit_screen

GUIDE = ("help", "guide.html")
# anchor in guide.html → its heading (the guide is Vietnamese only, like the documents it explains)
SECTIONS = {
    "start": "Thiết lập ban đầu", "import": "Nhập kế hoạch", "tree": "Cây kế hoạch", "daily": "Việc hằng ngày",
    "assign": "Giao cơ quan", "progress": "Ghi tiến độ", "calendar": "Lịch", "agencies": "Cơ quan, nhóm",
    "exchange": "Phiếu báo cáo Excel", "report": "In báo cáo quý", "backup": "Sao lưu", "search": "Tìm kiếm",
    "keys": "Phím tắt",
}
# a widget's object name → the section F1 opens while it (or a child of it) has the focus
PANELS = {
    "planTreeFiltered": "daily", "dailyTreePage": "tree", "planTree": "tree", "calendarView": "calendar",
    "agenciesView": "agencies", "importView": "import", "searchPanel": "search", "plansPanel": "tree",
    "reportDialog": "report", "officeDialog": "report", "exchangeSendDialog": "exchange",
    "exchangeReceiveDialog": "exchange", "registerDialog": "exchange", "backupsDialog": "backup",
    "firstRunWizard": "start",
}
TASK_TABS = ("tree", "assign", "tree", "progress", "tree")  # the task panel's tabs, in order


class GuidedWindow(Protocol):
    """What the guide needs of the main window (described here: the guide must not import the
    window, which imports the guide)."""

    help_window: HelpWindow | None  # the one guide window, made on the first F1

    @property
    def VIEWS(self) -> tuple[str, ...]: ...  # noqa: N802 - the window's constant

    @property
    def tabs(self) -> QTabWidget: ...

    @property
    def registry(self) -> ActionRegistry: ...

    def window(self) -> QWidget: ...


def section_for(widget: QWidget | None, window: GuidedWindow | None = None) -> str:
    """The guide's section for the focused widget (the task panel by its open tab), else the
    main window's current view, else the start."""
    while widget is not None:
        name = widget.objectName()
        if name == "taskPanel":
            index = widget.currentIndex()  # type: ignore[attr-defined]
            return TASK_TABS[index] if 0 <= index < len(TASK_TABS) else "tree"
        if name in PANELS:
            return PANELS[name]
        widget = widget.parentWidget()
    if window is not None:
        view = window.VIEWS[window.tabs.currentIndex()] if 0 <= window.tabs.currentIndex() < len(window.VIEWS) else ""
        return {"tree": "tree", "calendar": "calendar", "agencies": "agencies", "import": "import"}.get(view, "start")
    return "start"


class HelpWindow(Retranslatable, QWidget):
    """Contents on the left, the guide on the right; `show_section("progress")`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.contents = QListWidget(self)
        self.contents.setObjectName("helpContents")
        self.contents.setMaximumWidth(190)
        for anchor, title in SECTIONS.items():
            item = QListWidgetItem(title, self.contents)
            item.setData(Qt.ItemDataRole.UserRole, anchor)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(False)
        layout = QHBoxLayout(self)
        layout.addWidget(self.contents)
        layout.addWidget(self.browser, 1)
        self.section = ""
        self.contents.currentRowChanged.connect(self._chosen)
        self.browser.setSource(QUrl.fromLocalFile(str(resource_path(*GUIDE))))
        fit_screen(self, 900, 620)
        self.retranslate_ui()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Esc closes the guide, as it does a dialog: opened by F1 from the first-run assistant it had no key to
        go by (window10's walk)."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def show_section(self, anchor: str) -> None:
        if anchor not in SECTIONS:
            anchor = "start"
        self.section = anchor
        row = list(SECTIONS).index(anchor)
        self.contents.blockSignals(True)
        self.contents.setCurrentRow(row)
        self.contents.blockSignals(False)
        self.browser.scrollToAnchor(anchor)
        self.show()
        self.raise_()
        self.activateWindow()

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            self.show_section(list(SECTIONS)[row])

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("User guide — Theo dõi Kế hoạch"))


def connect_help(window: GuidedWindow) -> None:
    """F1 (anywhere in the program) opens the guide at the focused panel's section."""
    action = window.registry["help.guide"]
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(lambda _c=False: open_guide(window))


def open_guide(window: GuidedWindow, section: str | None = None) -> HelpWindow:
    guide = window.help_window
    if guide is None:
        guide = HelpWindow(window.window())
        window.help_window = guide
    guide.show_section(section or section_for(QApplication.focusWidget(), window))
    return guide
