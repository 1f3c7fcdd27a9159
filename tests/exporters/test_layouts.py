"""The texts whose shape the official formats fix: number, date, authority, Nơi nhận."""

from __future__ import annotations

from datetime import date

from app.exporters.document import Authority, DocNumber
from app.exporters.layouts import BLANK, PARTY, STATE, short_date


def test_state_number_line_has_colon_slash_and_leading_zero() -> None:
    assert STATE.number_line(DocNumber(5, "BC", "SNV")) == "Số: 05/BC-SNV"
    assert STATE.number_line(DocNumber(123, "KH", "UBND")) == "Số: 123/KH-UBND"


def test_state_letter_number_has_no_type() -> None:
    assert STATE.number_line(DocNumber(12, None, "UBND-VX")) == "Số: 12/UBND-VX"


def test_party_number_line_has_no_colon_and_hyphen_before_type() -> None:
    assert PARTY.number_line(DocNumber(5, "BC", "TU")) == "Số 05-BC/TU"
    assert PARTY.number_line(DocNumber(123, "BC", "TU")) == "Số 123-BC/TU"


def test_unnumbered_document_leaves_room_for_the_clerk() -> None:
    """The blank is no-break spaces: a PDF paragraph collapses ordinary ones to `Số: /BC-SNV`."""
    line = STATE.number_line(DocNumber(None, "BC", "SNV"))
    assert line == f"Số: {BLANK}/BC-SNV"
    assert len(BLANK) >= 6 and set(BLANK) == {"\u00a0"}
    assert PARTY.number_line(DocNumber(None, "BC", "TU")) == f"Số {BLANK}-BC/TU"
    assert BLANK in STATE.date_line("Hà Nội", None)


def test_date_line_leading_zeros() -> None:
    assert STATE.date_line("Hà Nội", date(2024, 1, 5)) == "Hà Nội, ngày 05 tháng 01 năm 2024"
    assert STATE.date_line("Hà Nội", date(2021, 2, 28)) == "Hà Nội, ngày 28 tháng 02 năm 2021"
    assert STATE.date_line("Cần Thơ", date(2023, 9, 8)) == "Cần Thơ, ngày 08 tháng 9 năm 2023"
    assert STATE.date_line("Hà Nội", date(2023, 12, 15)) == "Hà Nội, ngày 15 tháng 12 năm 2023"
    assert short_date(date(2021, 8, 2)) == "02/8/2021"


def test_authority_styles() -> None:
    assert STATE.authority_line(Authority.TM, "Ủy ban nhân dân") == "TM. ỦY BAN NHÂN DÂN"
    assert STATE.authority_line(Authority.KT, "Giám đốc") == "KT. GIÁM ĐỐC"
    assert PARTY.authority_line(Authority.TM, "Ban Thường vụ") == "T/M BAN THƯỜNG VỤ"
    assert PARTY.authority_line(Authority.KT, "Ban Thường vụ") == "K/T BAN THƯỜNG VỤ"


def test_recipients_lines() -> None:
    assert STATE.recipients_lines(["UBND Thành phố", "Giám đốc Sở;"], "TCBC", upward=True) == [
        "- Như trên;",
        "- UBND Thành phố;",
        "- Giám đốc Sở;",
        "- Lưu: VT, TCBC.",
    ]
    assert PARTY.recipients_lines(["Các huyện ủy"], "Văn phòng Thành ủy", upward=False)[-1] == (
        "- Lưu Văn phòng Thành ủy."
    )


def test_party_subject_starts_lower_case_with_ve() -> None:
    assert PARTY.subject_text("Kết quả thực hiện Kế hoạch") == "về kết quả thực hiện Kế hoạch"
    assert STATE.subject_text("kết quả thực hiện") == "Kết quả thực hiện"


def test_measurements_inside_the_official_ranges() -> None:
    for lay in (STATE, PARTY):
        m = lay.margins
        assert 20 <= m.top <= 25 and 20 <= m.bottom <= 25 and 30 <= m.left <= 35 and 15 <= m.right <= 20
        assert (lay.page_width, lay.page_height) == (210, 297)
        assert 13 <= lay.body.size <= 15 and 12 <= lay.table_text.size <= 13
        assert 1.0 <= lay.line_spacing <= 1.5 and lay.paragraph_space_after >= 6
    assert 1 / 3 <= STATE.issuing_rule_fraction <= 1 / 2 and 1 / 3 <= STATE.subject_rule_fraction <= 1 / 2
    assert STATE.recipients_label.bold and STATE.recipients_label.italic and STATE.recipients_label.size == 12
    assert PARTY.recipients_label.underline and PARTY.recipients_label.size == 14
    assert PARTY.motto_style.size == 15 and PARTY.motto_style.bold
