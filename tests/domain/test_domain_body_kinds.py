"""The Party's bodies and boards (`domain/body_kinds`): one list for the first-start assistant, the importer's header
and the kind of a proposed agency."""

from __future__ import annotations

from app.domain.body_kinds import is_party_body, names_party_board


def test_a_party_body_is_told_in_any_case_as_a_header_prints_it() -> None:
    for text in ("TỈNH ỦY QUẢNG NINH", "T/M BAN THƯỜNG VỤ ĐẢNG ỦY XÃ", "BAN CÁN SỰ ĐẢNG UBND TỈNH", "ĐẢNG ĐOÀN HĐND",
                 "Chi bộ Văn phòng"):
        assert is_party_body(text), text
    # `thành phố` is not `thành ủy`; a word that only ends so is no committee
    for text in ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Sở Nội vụ", "Huyện đoàn Gia Lâm", "Ban Chấp hành Công đoàn"):
        assert not is_party_body(text), text


def test_the_boards_are_named_apart_from_the_party_bodies() -> None:
    """A header's `T/M BAN THƯỜNG VỤ` or `BAN CHẤP HÀNH TRUNG ƯƠNG` signs for a committee, but an office typed in as
    `Ban Chấp hành Công đoàn …` is a trade union's board: the boards are a test of their own."""
    assert names_party_board("T/M BAN THƯỜNG VỤ") and names_party_board("BAN CHẤP HÀNH TRUNG ƯƠNG")
    assert not is_party_body("BAN CHẤP HÀNH TRUNG ƯƠNG")
    assert not names_party_board("Ban Tuyên giáo Tỉnh ủy") and not names_party_board("Ban Chỉ đạo")
