"""The office profile's format: the family (state / Party) and, for the Party, an optional pin."""

from __future__ import annotations

from dataclasses import replace

from app.services.reports import OfficeProfile
from app.ui.admin.office_dialog import OfficeDialog


def test_family_and_party_pin(qtbot) -> None:
    dialog = OfficeDialog(OfficeProfile(issuing_body="Thành ủy Hà Nội", format="party"))
    qtbot.addWidget(dialog)
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == ["state", "party"]
    assert [dialog.party_format.itemData(i) for i in range(dialog.party_format.count())] == [None, "hd36", "hd05"]
    assert dialog.party_format.isEnabled()
    value = dialog.value()
    assert (value.format, value.party_format) == ("party", None)  # by the document's date
    assert dialog.party_format.itemText(0) == "Theo ngày ban hành văn bản"
    assert dialog.labels["party_format"].text() == "Thể thức văn bản Đảng:"

    dialog.set_value(replace(value, party_format="hd36"))
    assert dialog.value().party_format == "hd36"

    dialog.format.setCurrentIndex(dialog.format.findData("state"))
    assert not dialog.party_format.isEnabled()
    assert (dialog.value().format, dialog.value().party_format) == ("state", None)  # a pin only for the Party


def test_save_and_cancel_have_alt_letters(qtbot) -> None:
    """Walked (session 15): Lưu / Hủy were Qt's standard buttons without a mnemonic; by the keyboard only Enter and
    Escape worked, while every other button of the program has its Alt letter."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = OfficeDialog(OfficeProfile(issuing_body="Sở Nội vụ tỉnh Hà Tĩnh"))
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert (save.text(), cancel.text()) == ("&Lưu", "&Hủy")
    assert save.shortcut() == QKeySequence("Alt+L") and cancel.shortcut() == QKeySequence("Alt+H")
    dialog.retranslate_ui()  # a change of language keeps them
    assert (save.text(), cancel.text()) == ("&Lưu", "&Hủy")
