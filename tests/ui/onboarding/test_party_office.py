"""A Party office set up in the first-run assistant prints in the Party's format (window10's Party walk).

The assistant never asked the format: `Thành ủy Hạ Long` typed as the office printed its first report under
`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` with `Số: /BC-TU`, and its examples were a department's (`UBND Thành phố Hà Nội`,
`Sở Nội vụ; Sở`)."""
from __future__ import annotations

from app.domain.body_kinds import is_party_body
from app.ui.onboarding.wizard import FirstRunWizard


def test_a_party_body_typed_chooses_the_partys_format_and_examples(qtbot, services, prompter) -> None:
    wizard = FirstRunWizard(services, prompter)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.office
    assert page.format.currentData() == "state"
    assert page.edits["parent_body"].placeholderText() == "ví dụ: UBND Thành phố Hà Nội"
    page.edits["issuing_body"].setText("Thành ủy Hạ Long")
    page.edits["issuing_body"].textEdited.emit("Thành ủy Hạ Long")  # what typing it sends
    assert page.format.currentData() == "party" and page.format.currentText().startswith("Văn bản của Đảng")
    assert page.edits["parent_body"].placeholderText() == "ví dụ: Đảng bộ tỉnh Quảng Ninh"
    assert page.edits["signer_authority_body"].placeholderText() == "ví dụ: Ban Thường vụ (sau T/M)"
    for name, value in (("signer_title", "Phó Bí thư Thường trực"), ("signer_name", "Nguyễn Văn Hùng"),
                        ("place", "Hạ Long")):
        page.edits[name].setText(value)
    wizard.next()
    assert wizard.currentPage() is wizard.agencies
    assert services.reports.office().format == "party"
    assert wizard.agencies.text.placeholderText().startswith("Ban Tổ chức Tỉnh ủy; Ban")
    wizard.next()
    assert wizard.currentPage() is wizard.groups and "“Các đảng ủy trực thuộc”" in wizard.groups.subTitle()


def test_the_format_picked_by_hand_is_kept_whatever_is_typed(qtbot, services, prompter) -> None:
    wizard = FirstRunWizard(services, prompter)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.office
    page.format.setCurrentIndex(page.format.findData("party"))
    page.format.activated.emit(page.format.currentIndex())  # the clerk's own choice
    page.edits["issuing_body"].setText("Văn phòng Ban Chỉ đạo")
    page.edits["issuing_body"].textEdited.emit("Văn phòng Ban Chỉ đạo")
    assert page.format.currentData() == "party"


def test_party_bodies_are_told_from_state_bodies() -> None:
    assert all(map(is_party_body, ("Thành ủy Hạ Long", "Ban Tuyên giáo Tỉnh ủy", "Đảng ủy xã Lương Minh",
                                   "Ban Thường vụ Huyện ủy Đức Trọng", "Văn phòng Quận ủy", "Đảng bộ tỉnh Quảng Ninh")))
    assert not any(map(is_party_body, ("Ủy ban nhân dân thành phố Hà Nội", "Sở Nội vụ", "UBND thị xã Đông Triều",
                                       "Ủy ban MTTQ Việt Nam tỉnh Nghệ An", "Huyện đoàn Gia Lâm")))
