"""Undo and Redo of the whole window: the Edit menu names the edit Ctrl+Z would undo, the
toolbar keeps its short word, and the status bar says what was undone (it may be on another tab).

Its own class (translation context "UndoWording"); one stack serves every panel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStatusBar

from app.ui.shell.actions import ActionRegistry


class UndoWording(QObject):
    def __init__(self, stack: QUndoStack, registry: ActionRegistry, status: QStatusBar) -> None:
        # a child of the Undo action: gone with the actions, before the stack (which signals while it
        # is destroyed), so Qt disconnects it from the stack first
        super().__init__(registry["edit.undo"])
        self.stack, self.registry, self.status = stack, registry, status
        registry["edit.undo"].triggered.connect(self.undo)
        registry["edit.redo"].triggered.connect(self.redo)
        self.texts = {"edit.undo": "", "edit.redo": ""}  # as the stack's signals last said
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        registry["edit.undo"].setEnabled(False)
        registry["edit.redo"].setEnabled(False)
        stack.canUndoChanged.connect(registry["edit.undo"].setEnabled)
        stack.canRedoChanged.connect(registry["edit.redo"].setEnabled)

    def undo(self) -> None:
        what = self.stack.undoText()
        self.stack.undo()
        if what:
            self.status.showMessage(self.tr("Undone: {what}").format(what=what), 10000)

    def redo(self) -> None:
        what = self.stack.redoText()
        self.stack.redo()
        if what:
            self.status.showMessage(self.tr("Redone: {what}").format(what=what), 10000)

    @Slot(str)
    def _undo_text(self, text: str) -> None:
        self.texts["edit.undo"] = text
        self.show_texts()

    @Slot(str)
    def _redo_text(self, text: str) -> None:
        self.texts["edit.redo"] = text
        self.show_texts()

    def show_texts(self) -> None:
        """`&Hoàn tác: <the edit>` in the menu; `Hoàn tác` on the toolbar."""
        for name, source in (("edit.undo", "&Undo"), ("edit.redo", "&Redo")):
            what = self.texts[name]
            base = QCoreApplication.translate("Actions", source)
            self.registry[name].setText(f"{base}: {what}" if what else base)
            self.registry[name].setIconText(base.replace("&", ""))
