"""The one place a window or dialog reacts to a language switch.

Why a mixin: Qt sends `QEvent.LanguageChange` to every widget when a translator is installed or
removed (Tools ▸ Language); each top-level window and dialog then has to set its texts again.
Eleven classes used to repeat the same `changeEvent` override for that. A class lists
`Retranslatable` before its Qt base (`class AuditDialog(Retranslatable, QDialog)`) and writes
only `retranslate_ui()`, which its constructor also calls once for the first texts.

Panels inside the main window need no mixin: the window's own `retranslate_ui` sets theirs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:  # type-checked as the widget it is mixed into; at run time a plain class (Qt's MRO)
    from PySide6.QtWidgets import QWidget as _WidgetBase
else:
    _WidgetBase = object


class Retranslatable(_WidgetBase):
    """Calls `retranslate_ui()` on every `LanguageChange`, then lets the Qt base handle the event."""

    def retranslate_ui(self) -> None:
        """Set every user-visible text through `self.tr` (the subclass says which)."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
