"""Alt letters for a dialog's standard buttons (Lưu, Hủy, Đồng ý, Đóng).

Why: Qt names its standard buttons as Windows does, without a mnemonic, so in Báo cáo → Thông tin cơ quan ban
hành a clerk working by the keyboard had Enter and Escape only, while every other button of the program carries
its letter (`Lưu &PDF…`, the file dialog's `&Lưu`, the message box's `&Có` / `&Không`). One table here, called
from a dialog's `retranslate_ui`, so a change of language renames them too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from app.ui.widgets.tr import QT_TRANSLATE_NOOP

_Standard = QDialogButtonBox.StandardButton
TEXTS = {
    _Standard.Save: QT_TRANSLATE_NOOP("DialogButtons", "&Save"),
    _Standard.Cancel: QT_TRANSLATE_NOOP("DialogButtons", "&Cancel"),
    _Standard.Ok: QT_TRANSLATE_NOOP("DialogButtons", "&OK"),
    _Standard.Close: QT_TRANSLATE_NOOP("DialogButtons", "&Close"),
}


def name_buttons(box: QDialogButtonBox) -> None:
    """Give the box's standard buttons their texts with an Alt letter (those it lacks are passed over)."""
    for which, text in TEXTS.items():
        button = box.button(which)
        if button is not None:
            button.setText(QCoreApplication.translate("DialogButtons", text))
