"""File ▸ Automatic backups…: the backups the program took, the folder they are in, and the way
back to one of them.

Why thin: listing, choosing the folder and restoring are service calls (`app.services.storage`)
passed in as functions, and every question goes through the injected `Prompter`, so a test drives
the dialog through `select_row()`, `restore_selected()` and `change_folder()` without a modal
window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import format_vn
from app.errors import AppError
from app.ui.widgets.dialog_buttons import name_buttons
from app.ui.widgets.prompts import Prompter
from app.ui.widgets.retranslatable import Retranslatable

if TYPE_CHECKING:
    from app.services.storage import BackupFile

PATH_ROLE = Qt.ItemDataRole.UserRole
T = TypeVar("T")


def human_size(size: int) -> str:
    """1 234 567 → "1,2 MB" (Vietnamese decimal comma)."""
    for unit, scale in (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}".replace(".", ",")
    return f"{size} B"


class BackupsDialog(Retranslatable, QDialog):
    """Lists `load()` (backups with path, taken_at, reason and size) and the folder from
    `folder()`; `change_folder_to(path)` stores a new folder, `restore(path)` restores one
    backup (the caller asks first and reopens the database)."""

    def __init__(self, prompter: Prompter, load: Callable[[], list[BackupFile]], folder: Callable[[], Path | None],
                 change_folder_to: Callable[[str], object], restore: Callable[[Path], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.prompter, self._load, self._folder = prompter, load, folder
        self._change_folder_to, self._restore = change_folder_to, restore
        self.restored = False
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.folder_label = QLabel(self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(lambda _c=False: self.change_folder())
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.folder_button)
        layout.addLayout(row)
        self.list = QTreeWidget(self)
        self.list.setObjectName("backupsList")
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(3)
        self.list.setMinimumWidth(560)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(lambda _c=False: self.restore_selected())
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    # -- behaviour (what tests call) -------------------------------------------------------------
    def reload(self) -> None:
        folder = self._guard(self._folder)
        self.folder_label.setText(self.tr("Folder: {path}").format(path=folder or self.tr("(none)")))
        self.list.clear()
        for info in self._guard(self._load) or []:
            item = QTreeWidgetItem([f"{format_vn(info.taken_at.date())} {info.taken_at:%H:%M}",
                                    self.reason_text(info.reason), human_size(info.size)])
            item.setData(0, PATH_ROLE, str(info.path))
            item.setToolTip(0, str(info.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self._update_buttons()

    def rows(self) -> list[tuple[str, str, str]]:
        items = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]
        return [(item.text(0), item.text(1), item.text(2)) for item in items if item is not None]

    def select_row(self, row: int) -> None:
        item = self.list.topLevelItem(row)
        if item is not None:
            self.list.setCurrentItem(item)

    def selected_path(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item is not None and item.isSelected() else None

    def change_folder(self) -> bool:
        current = self._guard(self._folder)
        chosen = self.prompter.choose_folder(self, self.tr("Folder for automatic backups"), str(current or ""))
        if not chosen:
            return False
        if self._guard(lambda: self._change_folder_to(chosen)) is None:
            return False
        self.reload()
        return True

    def restore_selected(self) -> bool:
        path = self.selected_path()
        if path is None or not self._restore(path):
            return False
        self.restored = True
        self.accept()
        return True

    # -- plumbing ----------------------------------------------------------------------------------
    def _guard(self, fn: Callable[[], T]) -> T | None:
        try:
            return fn()
        except AppError as exc:
            self.prompter.error(self, exc.message)
            return None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_path() is not None)

    def reason_text(self, reason: str) -> str:
        if reason == "hang-ngay":
            return self.tr("Daily")
        if reason.startswith("truoc-nang-cap"):
            return self.tr("Before upgrading the database")
        texts = {"truoc-khoi-phuc": self.tr("Before restoring a backup"),
                 "truoc-xoa": self.tr("Before deleting a plan"),
                 "truoc-gop": self.tr("Before merging agencies"),
                 "truoc-thay-the": self.tr("Before replacing a plan")}
        return texts.get(reason, reason)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Automatic backups"))
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Reason"), self.tr("Size")])
        self.folder_button.setText(self.tr("Change &folder…"))
        self.restore_button.setText(self.tr("&Restore this backup"))
        name_buttons(self.buttons)
        self.reload()  # the folder line and the reasons are texts too
