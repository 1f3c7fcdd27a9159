"""The import review's lead and support cells complete agency names as the clerk types, diacritics
optional, several names separated by `;`.

Why: the clerk repairs a lead the importer missed by typing the agency's name; with a plain line
edit it had to be typed whole and with every diacritic (`Ban Thường trực Ủy ban MTTQ phường`, 34
keys under xdotool, a typo becoming a new "proposed agency" on storing). The cell now offers the
directory's agencies and groups (by name, alias or abbreviation: `so noi vu`, `SNV`) and the names
the plan itself gives, as the task panel's picker does (`widgets.agency_picker`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.ui.widgets.agency_picker import NamesCompleter, widen_popup


class NamesDelegate(QStyledItemDelegate):
    """The editor of a lead or support cell: a line edit with a `NamesCompleter` over what `fill`
    puts in its choices (called as each editor opens: the directory may have changed since).

    Each open editor is held here until Qt destroys it (`_open`). Session 16's walk: with the editor
    held by nothing on the Python side, Python's garbage collector, running at some allocation while
    the clerk typed or committed a name, destroyed the open editor under Qt — the keyboard went
    nowhere after a lead was typed ("closeEditor called with an editor that does not belong to this
    view"), and once the window crashed (a segmentation fault, the review's repairs lost).

    Session 19's walk: a lead typed whole while the names offered were showing, none chosen, took two Enters —
    the completer ate the first (it only closed the list). Enter with no name chosen now takes the cell."""

    def __init__(self, fill: Callable[[QStandardItemModel], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fill = fill
        self._open: dict[int, QWidget] = {}  # id → an editor still open (see the class's note)
        self._popups: dict[int, QWidget] = {}  # id of an open editor's list of offered names → that editor

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            choices = QStandardItemModel(editor)
            self.fill(choices)
            completer = NamesCompleter(choices, editor)
            editor.setCompleter(completer)
            widen_popup(completer, editor, max(parent.width(), option.rect.width()))  # up to the outline's width
            key = id(editor)
            self._open[key] = editor
            editor.destroyed.connect(lambda *_args: self._open.pop(key, None))
            popup = completer.popup()  # Qt makes one when asked: None only in its type
            if popup is not None:
                shown = id(popup)
                self._popups[shown] = editor
                popup.destroyed.connect(lambda *_args: self._popups.pop(shown, None))
                popup.installEventFilter(self)  # after the completer's own filter: this one sees the key first
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter on the offered names with none chosen takes the cell as typed (see the class's note); a chosen
        name is left to the completer, and the cell stays open for `; ` and another name."""
        editor = self._popups.get(id(watched))
        if editor is None:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and isinstance(watched, QAbstractItemView) and not watched.currentIndex().isValid():
            watched.hide()
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return False  # the completer's: not an editor of this delegate
