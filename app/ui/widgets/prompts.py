"""Every question or message the window puts to the user goes through one injectable object.

Why: a modal dialog opened inside a test hangs the suite. Widgets receive a `Prompter` and call
its methods; the program uses the Qt implementation below, tests pass a scripted one that answers
from a queue and records what was shown.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase, QStandardPaths
from PySide6.QtGui import QIcon, QStandardItemModel
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QInputDialog, QLineEdit, QMessageBox, QWidget

from app.ui.widgets.agency_picker import NamesCompleter, widen_popup

SHOWN_ROWS = 20  # rows of a message shown at most: its box then fits a 768-pixel screen, buttons and all
ROW_CHARS = 64  # characters a row of a message box holds before Qt wraps it (fewer on a real screen)


def fitted_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box that fits the screen. A long message (the send window's list of groups without members:
    60 rows) made the box taller than a 768-pixel screen, its OK button below the taskbar; such a message
    shows its first rows and says the rest is under "Xem chi tiết..." (Qt's details pane, which scrolls)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    shown: list[str] = []
    rows = 0
    for line in text.splitlines():
        rows += max(1, -(-len(line) // ROW_CHARS))
        if rows > SHOWN_ROWS:
            more = QCoreApplication.translate("Prompter", "… the whole message: Show Details.")
            box.setText("\n".join(shown).rstrip() + "\n" + more)
            box.setDetailedText(text)
            break
        shown.append(line)
    return box


def text_box(parent: QWidget | None, title: str, label: str, text: str = "",
             names: Callable[[QStandardItemModel], None] | None = None) -> QInputDialog:
    """The box `Prompter.get_text` shows. With `names` its field completes agency names, diacritics optional
    (`agency_picker.NamesCompleter`): "another name of which agency?" was a bare field, the directory unseen. Its
    list is as wide as the names: the box is narrow, and a list of its width cut a long name."""
    box = QInputDialog(parent)
    box.setWindowTitle(title)
    box.setLabelText(label)
    box.setTextValue(text)
    field = box.findChild(QLineEdit)
    if names is not None and field is not None:
        choices = QStandardItemModel(box)
        names(choices)
        completer = NamesCompleter(choices, field)
        field.setCompleter(completer)
        screen = field.screen()
        widen_popup(completer, field, screen.availableGeometry().width() * 3 // 4 if screen is not None else 600)
    return box


class NameOnlyIcons(QFileIconProvider):
    """Icons and types of files from their names only. Why: Qt's own provider reads each listed file's
    first bytes to guess its type, and closing that descriptor drops every POSIX lock this process holds
    on the file. A chooser opened in the database's folder (a backup, a plan beside it) thus released the
    open database's locks; another program reading it then checkpointed and deleted the WAL our
    connection went on writing into, and those writes were gone on reopen (session 19, wal19; see
    `sqlite_files.has_sqlite_header`). Windows' own dialogs and locks are not affected."""

    def type(self, info: QFileInfo) -> str:
        if info.isFile():
            return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension).comment()
        return super().type(info)

    def icon(self, what: QFileInfo | QFileIconProvider.IconType) -> QIcon:  # type: ignore[override]
        if isinstance(what, QFileInfo) and what.isFile():
            return super().icon(QFileIconProvider.IconType.File)
        return super().icon(what)


def file_dialog(parent: QWidget | None, caption: str, directory: str, filters: str,
                mode: QFileDialog.FileMode) -> QFileDialog:
    """A file or folder chooser that never opens the files it lists (`NameOnlyIcons`)."""
    dialog = QFileDialog(parent, caption, directory, filters)
    dialog.setFileMode(mode)
    dialog.setIconProvider(_name_only_icons())
    return dialog


@cache
def _name_only_icons() -> NameOnlyIcons:
    """One provider for the program's life: a dialog does not own the provider it is given."""
    return NameOnlyIcons()


def _chosen(dialog: QFileDialog) -> list[str]:
    """The paths chosen in `dialog` (one empty string when cancelled); the dialog is deleted."""
    try:
        return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else [""]
    finally:
        dialog.deleteLater()


class Prompter:
    """Modal questions and messages, answered by the user.

    A file or folder chooser given no folder opens where the clerk last chose one, else in Documents:
    Qt's default is the working folder, which on the office's computers is the program's own
    (`C:\\Program Files\\…`, where nothing may be saved), seen in a real window in session 12.
    """

    def __init__(self) -> None:
        self.last_folder = ""

    def start_in(self, directory: str = "") -> str:
        """Where a chooser opens: `directory` if it names a folder; a bare file name (a suggested
        name to save as) in the last folder used, else in Documents."""
        if directory and Path(directory).parent != Path():
            return directory
        folder = self.last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder) / directory) if directory else folder

    def chose(self, path: str, *, folder: bool = False) -> str:
        """Remember the folder of what was chosen (nothing chosen: nothing remembered)."""
        if path:
            self.last_folder = path if folder else str(Path(path).parent)
        return path

    def ask_yes_no(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        fitted_box(parent, QMessageBox.Icon.Information, title, text).exec()

    def error(self, parent: QWidget | None, text: str) -> None:
        fitted_box(parent, QMessageBox.Icon.Warning, QCoreApplication.translate("Prompter", "Error"), text).exec()

    def open_file(self, parent: QWidget | None, caption: str, filters: str, directory: str = "") -> str | None:
        dialog = file_dialog(parent, caption, self.start_in(directory), filters, QFileDialog.FileMode.ExistingFile)
        return self.chose(_chosen(dialog)[0]) or None

    def save_file(self, parent: QWidget | None, caption: str, filters: str, directory: str = "") -> str | None:
        dialog = file_dialog(parent, caption, self.start_in(directory), filters, QFileDialog.FileMode.AnyFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        return self.chose(_chosen(dialog)[0]) or None

    def open_files(self, parent: QWidget | None, caption: str, filters: str, directory: str = "") -> list[str]:
        paths = _chosen(file_dialog(parent, caption, self.start_in(directory), filters,
                                    QFileDialog.FileMode.ExistingFiles))
        if paths[0]:
            self.chose(paths[0])
        return [p for p in paths if p]

    def choose_folder(self, parent: QWidget | None, caption: str, directory: str = "") -> str | None:
        dialog = file_dialog(parent, caption, self.start_in(directory), "", QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        return self.chose(_chosen(dialog)[0], folder=True) or None

    def get_text(self, parent: QWidget | None, title: str, label: str, text: str = "",
                 names: Callable[[QStandardItemModel], None] | None = None) -> str | None:
        """A line of text; `names` fills the names the field completes as typed (`text_box`)."""
        box = text_box(parent, title, label, text, names)
        accepted, value = box.exec(), box.textValue()
        box.deleteLater()  # as Qt's static getText does: no hidden box left under `parent`
        return value if accepted else None

    def run_dialog(self, dialog: QWidget) -> bool:
        """Run a modal dialog of ours (its values are read through its typed accessors)."""
        return bool(dialog.exec())  # type: ignore[attr-defined]
