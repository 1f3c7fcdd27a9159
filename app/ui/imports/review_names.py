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

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.ui.widgets.agency_picker import NamesCompleter, widen_popup


class NamesDelegate(QStyledItemDelegate):
    """The editor of a lead or support cell: a line edit with a `NamesCompleter` over what `fill`
    puts in its choices (called as each editor opens: the directory may have changed since).

    Each open editor is held here until Qt destroys it (`_open`). Session 16's walk: with the editor
    held by nothing on the Python side, Python's garbage collector, running at some allocation while
    the clerk typed or committed a name, destroyed the open editor under Qt — the keyboard went
    nowhere after a lead was typed ("closeEditor called with an editor that does not belong to this
    view"), and once the window crashed (a segmentation fault, the review's repairs lost)."""

    def __init__(self, fill: Callable[[QStandardItemModel], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fill = fill
        self._open: dict[int, QWidget] = {}  # id → an editor still open (see the class's note)

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
        return editor
