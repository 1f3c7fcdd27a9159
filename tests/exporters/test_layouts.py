"""The texts whose shape the official formats fix: number, date, authority, Nơi nhận."""

from __future__ import annotations

from datetime import date

import pytest

from app.exporters.document import Authority, DocNumber, Format
from app.exporters.layouts import BLANK, HD05_FROM, PARTY, PARTY_HD05, STATE, format_for, layout_for, short_date


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
    for lay in (STATE, PARTY, PARTY_HD05):
        m = lay.margins
        assert 20 <= m.top <= 25 and 20 <= m.bottom <= 25 and 30 <= m.left <= 35 and 15 <= m.right <= 20
        assert (lay.page_width, lay.page_height) == (210, 297)
        assert 13 <= lay.body.size <= 15 and 12 <= lay.table_text.size <= 13
        assert 1.0 <= lay.line_spacing <= 1.5 and lay.paragraph_space_after >= 6
    assert 1 / 3 <= STATE.issuing_rule_fraction <= 1 / 2 and 1 / 3 <= STATE.subject_rule_fraction <= 1 / 2
    assert STATE.recipients_label.bold and STATE.recipients_label.italic and STATE.recipients_label.size == 12
    assert PARTY.recipients_label.underline and PARTY.recipients_label.size == 14
    assert PARTY.motto_style.size == 15 and PARTY.motto_style.bold


# ---- Hướng dẫn 05-HD/VPTW (2026) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("family", "day", "pinned", "expected"),
    [
        ("party", date(2018, 4, 3), None, Format.PARTY),
        ("party", date(2026, 1, 9), None, Format.PARTY),  # Quy định 399 alone changes no layout
        ("party", date(2026, 5, 26), None, Format.PARTY),  # the day before HD 05
        ("party", date(2026, 5, 27), None, Format.PARTY_HD05),  # the day it took effect
        ("party", date(2026, 5, 28), None, Format.PARTY_HD05),
        ("party", date(2030, 1, 1), None, Format.PARTY_HD05),
        ("party", date(2026, 6, 15), "hd36", Format.PARTY),  # pinned: reprint as it was
        ("party", date(2026, 5, 26), "hd05", Format.PARTY_HD05),
        ("party", date(2026, 5, 26), "nonsense", Format.PARTY),  # a bad pin falls back to the date
        ("state", date(2026, 5, 26), None, Format.STATE),
        ("state", date(2026, 5, 27), None, Format.STATE),
        ("state", date(2026, 6, 1), "hd05", Format.STATE),  # a pin means nothing to a state body
    ],
)
def test_format_for_family_date_and_pin(family: str, day: date, pinned: str | None, expected: Format) -> None:
    assert format_for(family, day, pinned) is expected


def test_undated_party_draft_takes_the_format_in_force_today() -> None:
    assert HD05_FROM == date(2026, 5, 27)
    assert format_for("party", None) is format_for("party", date.today())
    assert layout_for(Format.PARTY_HD05) is PARTY_HD05


def test_hd05_number_and_date_lines() -> None:
    assert PARTY_HD05.number_line(DocNumber(5, "BC", "TU")) == "Số 05-BC/TU"
    assert PARTY_HD05.number_line(DocNumber(127, "BC", "TU")) == "Số 127-BC/TU"
    assert PARTY_HD05.number_line(DocNumber(None, "BC", "TU")) == f"Số {BLANK}-BC/TU"
    assert PARTY_HD05.date_line("Hà Nội", date(2026, 2, 5)) == "Hà Nội, ngày 05 tháng 02 năm 2026"
    assert PARTY_HD05.date_line("Hà Nội", date(2026, 6, 5)) == "Hà Nội, ngày 05 tháng 6 năm 2026"
    assert PARTY_HD05.date_line("Hà Nội", date(2026, 11, 27)) == "Hà Nội, ngày 27 tháng 11 năm 2026"


def test_hd05_subjects_and_end_mark() -> None:
    assert PARTY_HD05.subject_text("Kết quả thực hiện Kế hoạch") == "về kết quả thực hiện Kế hoạch"
    assert PARTY_HD05.letter_subject_text("V/v đôn đốc thực hiện nhiệm vụ") == "về việc đôn đốc thực hiện nhiệm vụ"
    assert PARTY_HD05.letter_subject_text("về việc đôn đốc") == "về việc đôn đốc"
    assert PARTY.letter_subject_text("V/v đôn đốc") == "V/v đôn đốc"  # HD 36 prints it as written
    assert PARTY_HD05.end_text("Trên đây là báo cáo ... của Ban Thường vụ Thành ủy./.") == (
        "Trên đây là báo cáo ... của Ban Thường vụ Thành ủy."
    )
    assert PARTY_HD05.end_text("Không có.") == "Không có."
    assert PARTY.end_text("báo cáo./.") == STATE.end_text("báo cáo./.") == "báo cáo./."


def test_hd05_signs_t_m_for_collective_bodies_and_t_l_when_delegated() -> None:
    assert PARTY_HD05.authority_line(Authority.TM, "Ban Thường vụ") == "T/M BAN THƯỜNG VỤ"
    assert PARTY_HD05.authority_line(Authority.KT, "Ban Thường vụ") == "T/M BAN THƯỜNG VỤ"
    assert PARTY_HD05.authority_line(Authority.KT, "Đảng uỷ") == "T/M ĐẢNG UỶ"
    assert PARTY_HD05.authority_line(Authority.KT, "Chánh Văn phòng") == "K/T CHÁNH VĂN PHÒNG"
    assert PARTY_HD05.authority_line(Authority.TUQ, "Ban Thường vụ") == "T/L BAN THƯỜNG VỤ"
    assert PARTY_HD05.authority_line(Authority.TL, "Ban Thường vụ") == "T/L BAN THƯỜNG VỤ"
    assert PARTY_HD05.recipients_lines(["Các huyện ủy"], "Văn phòng Thành ủy", upward=False) == [
        "- Các huyện ủy;",
        "- Lưu Văn phòng Thành ủy.",
    ]


def test_hd05_measurements() -> None:
    lay = PARTY_HD05
    assert (lay.margins.top, lay.margins.bottom, lay.margins.left, lay.margins.right) == (20, 20, 30, 15)
    assert lay.landscape_margins == lay.margins and lay.header_distance == 10
    assert lay.body.size == 14 and lay.first_line_indent == 10 and 18 <= (lay.line_exact or 0) <= 19
    assert lay.paragraph_space_after >= 6 and lay.page_number.size == 14
    assert lay.motto == "ĐẢNG CỘNG SẢN VIỆT NAM" and lay.motto_style == PARTY.motto_style and lay.national_name is None
    assert lay.issuing_mark == "star" and lay.subject_mark == "dashes"
    assert lay.type_name.size == 16 and lay.type_name.bold and lay.subject.bold and lay.subject_lowercase
    assert lay.letter_subject.size == 12 and lay.letter_subject.italic
    assert lay.recipients_label.underline and not lay.recipients_label.bold and lay.recipients_label.size == 14
    assert lay.recipients_item.size == 12
    assert lay.authority.bold and not lay.signer_title.bold and lay.signer_name.bold
