"""A section title that repeats in every part of a document is no running header.

A guidance document prints the same sections (`Thành phần hội nghị`, `Nội dung, trình tự, thủ tục`)
under each of its parts; the export keeps the number of the first (`I. THÀNH PHẦN HỘI NGHỊ`) and
loses the others'. Those bare repeats, pages apart, look like a page's running header to the
reader, but a running header never carries an outline label anywhere: the labelled copy names them
the document's own section titles, and the items under them keep their heading."""
from __future__ import annotations

from app.importers.blocks import Paragraph
from app.importers.readers import read_bytes


def _texts(lines: list[str]) -> list[str]:
    blocks = read_bytes("\n\n".join(lines).encode("utf-8"), ".txt")
    return [b.text for b in blocks if isinstance(b, Paragraph)]


def _part(title: str, n: int, heading: str) -> list[str]:
    return [title, heading, *[f"Hội nghị thảo luận nội dung thứ {k} của phần {n}." for k in range(9)]]


def test_a_title_numbered_once_and_repeated_bare_in_later_parts_stays() -> None:
    lines = [*_part("PHẦN MỘT", 1, "I. THÀNH PHẦN HỘI NGHỊ"), *_part("PHẦN HAI", 2, "THÀNH PHẦN HỘI NGHỊ"),
             *_part("PHẦN BA", 3, "THÀNH PHẦN HỘI NGHỊ"), *_part("PHẦN BỐN", 4, "THÀNH PHẦN HỘI NGHỊ"),
             *_part("PHẦN NĂM", 5, "THÀNH PHẦN HỘI NGHỊ:")]
    texts = _texts(lines)
    assert texts.count("THÀNH PHẦN HỘI NGHỊ") == 3
    assert "THÀNH PHẦN HỘI NGHỊ:" in texts


def test_a_line_repeated_bare_on_every_page_and_never_numbered_is_still_dropped() -> None:
    lines = [*_part("CÔNG BÁO TỈNH", 1, "I. THÀNH PHẦN HỘI NGHỊ"), *_part("CÔNG BÁO TỈNH", 2, "Ghi chú phần hai."),
             *_part("CÔNG BÁO TỈNH", 3, "Ghi chú phần ba."), *_part("CÔNG BÁO TỈNH", 4, "Ghi chú phần bốn.")]
    assert "CÔNG BÁO TỈNH" not in _texts(lines)


def test_a_dash_item_repeating_the_words_does_not_make_them_a_title() -> None:
    lines = ["- Công báo tỉnh", *_part("Công báo tỉnh", 1, "Ghi chú."), *_part("Công báo tỉnh", 2, "Ghi chú hai."),
             *_part("Công báo tỉnh", 3, "Ghi chú ba.")]
    assert _texts(lines).count("Công báo tỉnh") == 0


def test_a_bare_title_that_opens_a_numbered_list_each_time_stays() -> None:
    lines = []
    for n in range(1, 5):
        lines += [f"PHẦN {n}", "Nhiệm vụ", *[f"{k}. Sở số {k} thực hiện nội dung của phần {n}." for k in range(1, 9)]]
    assert _texts(lines).count("Nhiệm vụ") == 4


def test_a_header_printed_above_items_numbered_anyhow_is_still_dropped() -> None:
    lines = []
    for n in range(1, 5):
        lines += ["Nhiệm vụ", *[f"{k}. Sở số {k} thực hiện nội dung của phần {n}." for k in range(n, n + 8)]]
    assert "Nhiệm vụ" not in _texts(lines)


def _raw(text: str) -> list[str]:
    blocks = read_bytes(text.encode("utf-8"), ".txt")
    return [b.text for b in blocks if isinstance(b, Paragraph)]


def test_the_first_line_of_a_paragraph_repeated_under_several_items_stays() -> None:
    parts = []
    for n in range(1, 5):
        parts.append(f"{n}.{n}. Đối tượng thực hiện:\n\nCơ quan chuyên môn cấp xã\nnơi xảy ra sự cố lập hồ sơ.\n\n"
                     + "\n\n".join(f"Nội dung {k} của thủ tục {n}." for k in range(8)))
    texts = _raw("\n\n".join(parts))
    assert texts.count("Cơ quan chuyên môn cấp xã nơi xảy ra sự cố lập hồ sơ.") == 4

