"""Words a PDF's text layer glued after a marked vowel are parted again (`glued_words`, issue #10, session 18).

PyMuPDF's reading of signed Party and commune PDFs drops the space after a syllable ending in a marked vowel:
`Ban Thường vụĐảng uỷtiếp thu`, `Đềnghị`, `nhiệm kỳ2025`, `15 giờ00`. Parted only where every piece is a syllable,
a run of capitals or a number. Short written snippets, no document."""
from __future__ import annotations

import textwrap

import pytest

from app.importers.blocks import Paragraph
from app.importers.readers import read_bytes
from app.importers.readers.glued_words import split_glued_words


@pytest.mark.parametrize(("printed", "meant"), [
    ("Giao Ban Thường vụĐảng uỷtiếp thu các ý kiến", "Giao Ban Thường vụ Đảng uỷ tiếp thu các ý kiến"),
    ("Đảng uỷUBND xã chỉ đạo", "Đảng uỷ UBND xã chỉ đạo"),  # a run of capitals after the mark
    ("ĐềnghịTrung tâm Viễn thông", "Đề nghị Trung tâm Viễn thông"),
    ("nhiệm kỳ2025 - 2030", "nhiệm kỳ 2025 - 2030"),
    ("trước 15 giờ00, ngày 17/10/2025", "trước 15 giờ 00, ngày 17/10/2025"),
    ("nhiệm vụđềra", "nhiệm vụ đề ra"),  # two glues in one word
    ("Vũ ThịThuỳTrang", "Vũ Thị Thuỳ Trang"), ("thứI tổ chức", "thứ I tổ chức"),
])
def test_words_glued_after_a_marked_vowel_are_parted(printed: str, meant: str) -> None:
    assert split_glued_words(printed) == meant


@pytest.mark.parametrize("printed", [
    "tiếp nhận được người Hoàng quốc", "Khánh Hoà", "Đắk Lắk",  # a final or a glide after the mark: one syllable
    "Pokémon", "nộị",  # pieces that are no syllables: a foreign word, a typo
    "HĐND&UBND", "Số 6685/UBND-KT", "online", "",
])
def test_what_is_no_glued_word_stays_as_printed(printed: str) -> None:
    assert split_glued_words(printed) == printed


def test_the_text_reader_parts_them_and_keeps_the_wrapped_sentence_whole() -> None:
    """The wrap of the printed page measured the lost spaces: a line that looks short only because of them does not
    end its paragraph."""
    prose = ("Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch, tổ chức thực hiện "
             "nghiêm túc, hiệu quả các nội dung của văn bản này; định kỳ báo cáo kết quả về Thường trực Đảng uỷ. ") * 6
    lines = [*textwrap.wrap(prose, 80), ""] + [
        "Các nội dung, nhiệm vụđềra trong Chương trình hành động là khá rõ và cụ",
        "thể. Do đó, đềnghịĐảng uỷUBND xã, trưởng các cơ quan tham mưu, giúp việc",
        "Đảng uỷ, các phòng chuyên môn UBND xã, cơ quan, đơn vịcăn cứnhiệm vụ được",
        "giao, khẩn trương xây dựng lộ trình, kế hoạch cụ thể triển khai.",
    ]
    texts = [b.text for b in read_bytes("\n".join(lines).encode("utf-8"), ".txt") if isinstance(b, Paragraph)]
    assert any(t.startswith("Các nội dung, nhiệm vụ đề ra") and "giúp việc Đảng uỷ, các phòng" in t for t in texts)
