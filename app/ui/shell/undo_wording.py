"""Undo and Redo of the whole window: the Edit menu names the edit Ctrl+Z would undo, the
toolbar keeps its short word, and the status bar says what was undone (it may be on another tab).

Its own class (translation context "UndoWording"); one stack serves every panel but the import
review, whose edits are not stored yet and have their own history (`review_history`): while the
review is the tab shown, the toolbar's and the Edit menu's Undo and Redo are the review's — named
after its edit (`Hoàn tác: Tách dòng`), enabled as its history allows — so the clerk has one Undo
whatever the tab, and Ctrl+Z, the toolbar and the menu always undo the same edit.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStatusBar

from app.ui.shell.actions import ActionRegistry


class TabHistory(Protocol):
    """A tab's own edits, undone apart from the stored plans' (the import review)."""

    @property
    def undo_text(self) -> str: ...  # the edit Undo would undo, "" for none

    @property
    def redo_text(self) -> str: ...

    def undo(self) -> bool: ...

    def redo(self) -> bool: ...


class UndoWording(QObject):
    def __init__(self, stack: QUndoStack, registry: ActionRegistry, status: QStatusBar) -> None:
        # a child of the Undo action: gone with the actions, before the stack (which signals while it
        # is destroyed), so Qt disconnects it from the stack first
        super().__init__(registry["edit.undo"])
        self.stack, self.registry, self.status = stack, registry, status
        self.tab: TabHistory | None = None  # the shown tab's own history, when it has one
        registry["edit.undo"].triggered.connect(self.undo)
        registry["edit.redo"].triggered.connect(self.redo)
        stack.undoTextChanged.connect(self._stack_changed)
        stack.redoTextChanged.connect(self._stack_changed)
        stack.canUndoChanged.connect(self._stack_changed)
        stack.canRedoChanged.connect(self._stack_changed)
        self.show_texts()

    def follow(self, tab: TabHistory | None) -> None:
        """Undo and Redo act on `tab`'s history from now on (None: the stored plans' stack)."""
        self.tab = tab
        self.show_texts()

    def undo(self) -> None:
        self._step("edit.undo", self.tr("Undone: {what}"))

    def redo(self) -> None:
        self._step("edit.redo", self.tr("Redone: {what}"))

    def _step(self, name: str, said: str) -> None:
        """Undo or redo (`name`) on the shown tab's history or the stored plans' stack, and say what it was."""
        what = self.texts()[name]
        history: TabHistory | QUndoStack = self.tab if self.tab is not None else self.stack
        if name == "edit.undo":
            history.undo()
        else:
            history.redo()
        if what:
            self.status.showMessage(said.format(what=what), 10000)

    def texts(self) -> dict[str, str]:
        """The edits Undo and Redo would undo and redo now ("" for none)."""
        if self.tab is not None:
            return {"edit.undo": self.tab.undo_text, "edit.redo": self.tab.redo_text}
        return {"edit.undo": self.stack.undoText() if self.stack.canUndo() else "",
                "edit.redo": self.stack.redoText() if self.stack.canRedo() else ""}

    @Slot()
    def _stack_changed(self) -> None:
        if self.tab is None:
            self.show_texts()

    def show_texts(self) -> None:
        """`&Hoàn tác: <the edit>` in the menu; `Hoàn tác` on the toolbar; enabled when there is one."""
        texts = self.texts()
        can = {"edit.undo": self.stack.canUndo(), "edit.redo": self.stack.canRedo()} if self.tab is None else \
            {name: bool(what) for name, what in texts.items()}
        for name, source in (("edit.undo", "&Undo"), ("edit.redo", "&Redo")):
            what = texts[name]
            base = QCoreApplication.translate("Actions", source)
            action = self.registry[name]
            action.setText(f"{base}: {what}" if what else base)
            action.setIconText(base.replace("&", ""))
            action.setEnabled(can[name])
