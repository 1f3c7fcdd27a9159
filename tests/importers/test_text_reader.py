"""Plain-text/Markdown reader: markup read off, page artefacts dropped, broken sentences joined."""
from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from app.importers import read_plan_file
from app.importers.blocks import Paragraph, Table
from app.importers.readers.textfile import parse_text, read_text_bytes

PLAN = """Số: 12/KH-UBND

## KẾ HOẠCH

#### **I. MỤC ĐÍCH, YÊU CẦU**

1. Triển khai nghiêm túc, hiệu quả các nhiệm vụ được giao cho các sở, ban, ngành và UBND cấp huyện, bảo đảm

đúng tiến độ. [LuatVietnam](#)

### **II. NHIỆM VỤ**

##### **1.1. Sở Nội vụ:**

- Chủ trì rà soát quy chế làm việc **LuatVietnam** của các cơ quan. *Ghi chú* \\- không đổi.

- Thời gian thực hiện: Quý II/2024.

Trang 2/5

12

Chỉ đạo các sở, ngành thực hiện các nhiệm vụ được giao tại kế hoạch, nhằm xây dựng đội ngũ cán bộ của

Thành phố vững mạnh.
"""


def _texts(blocks) -> list[str]:
    return [b.text for b in blocks if isinstance(b, Paragraph)]


def test_markdown_marks_and_artefacts_removed() -> None:
    blocks = parse_text(PLAN)
    texts = _texts(blocks)
    joined = "\n".join(texts)
    assert "**" not in joined and "#" not in joined and "LuatVietnam" not in joined
    assert "Trang 2/5" not in texts and "12" not in texts
    assert "- Chủ trì rà soát quy chế làm việc của các cơ quan. Ghi chú - không đổi." in texts


def test_heading_level_and_bold_kept() -> None:
    blocks = parse_text(PLAN)
    heading = next(b for b in blocks if b.text == "1.1. Sở Nội vụ:")
    assert heading.heading_level == 5 and heading.bold
    plain = next(b for b in blocks if b.text.startswith("- Thời gian"))
    assert plain.heading_level is None and not plain.bold


def test_page_broken_sentences_joined() -> None:
    texts = _texts(parse_text(PLAN))
    assert ("1. Triển khai nghiêm túc, hiệu quả các nhiệm vụ được giao cho các sở, ban, ngành và UBND cấp "
            "huyện, bảo đảm đúng tiến độ.") in texts
    # a capitalised next page joins only after a word no sentence ends with (`của`)
    assert any(t.endswith("cán bộ của Thành phố vững mạnh.") for t in texts)


def test_list_items_and_headings_are_never_joined() -> None:
    texts = _texts(parse_text("a) Sở Tư pháp chủ trì\n\nb) Sở Nội vụ phối hợp\n\n- thời gian\n\n+ cụ thể\n"))
    assert texts == ["a) Sở Tư pháp chủ trì", "b) Sở Nội vụ phối hợp", "- thời gian", "+ cụ thể"]


def test_repeated_site_line_removed_but_repeated_attributes_kept() -> None:
    body = []
    for i in range(1, 5):  # four pages, each with the site's header line
        body += ["CÔNG BÁO THÀNH PHỐ", f"{i}. Sở số {i} chủ trì việc {i}.",
                 "Thời gian thực hiện: Thường xuyên."]
        body += [f"- Nội dung {i}.{k} của kế hoạch." for k in range(8)]
    texts = _texts(parse_text("\n\n".join(body)))
    assert "CÔNG BÁO THÀNH PHỐ" not in texts
    assert texts.count("Thời gian thực hiện: Thường xuyên.") == 4


def test_bold_spanning_lines() -> None:
    blocks = parse_text("**NGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH\nVề nâng cao chất lượng\nđội ngũ cán bộ**\n\n"
                        "I. TÌNH HÌNH")
    assert [(b.text, b.bold) for b in blocks] == [
        ("NGHỊ QUYẾT", True), ("CỦA BAN CHẤP HÀNH", True),
        ("Về nâng cao chất lượng đội ngũ cán bộ", True), ("I. TÌNH HÌNH", False)]


def test_markdown_table() -> None:
    blocks = parse_text("Bảng:\n\n| STT | Nhiệm vụ | Cơ quan chủ trì |\n|---|---|---|\n"
                        "| 1 | Rà soát **quy chế** | Sở Nội vụ |\n")
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows == [["STT", "Nhiệm vụ", "Cơ quan chủ trì"], ["1", "Rà soát quy chế", "Sở Nội vụ"]]


TEXT = "1. Sở Tư pháp chủ trì; Đảng ủy, Ủy ban nhân dân phường Đống Đa thực hiện."


def _cp1258(text: str) -> bytes:
    """What old Vietnamese Windows saves: letters with ă/â/ơ... precomposed, tone marks combining."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1258"])
def test_encodings_detected(encoding: str) -> None:
    data = _cp1258(TEXT) if encoding == "cp1258" else TEXT.encode(encoding)
    texts = _texts(read_text_bytes(data))
    assert texts == [TEXT]
    assert unicodedata.is_normalized("NFC", texts[0])


def test_decomposed_input_is_nfc() -> None:
    texts = _texts(read_text_bytes(unicodedata.normalize("NFD", TEXT).encode("utf-8")))
    assert texts == [TEXT]


def test_utf16_bom_file_through_facade(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.md"
    path.write_bytes(codecs.BOM_UTF16_LE + ("# KẾ HOẠCH\n\n" + TEXT).encode("utf-16-le"))
    blocks = read_plan_file(path)
    assert [b.text for b in blocks] == ["KẾ HOẠCH", TEXT]
    assert blocks[0].heading_level == 1


def test_utf8_with_a_damaged_byte_stays_utf8() -> None:
    data = (TEXT + "\n\n").encode("utf-8") * 20 + b"\xff" + "Sở Tư pháp.".encode()
    texts = _texts(read_text_bytes(data))
    assert texts[0] == TEXT and texts[-1].endswith("Sở Tư pháp.")


def test_table_flattened_to_lines_keeps_its_repeated_cells() -> None:
    rows = []
    for i in range(1, 6):
        rows += [f"{i}", f"Nhiệm vụ số {i} về cải cách hành chính", "Sở Nội vụ", "Thường xuyên"]
    texts = _texts(parse_text("\n\n".join(rows)))
    assert texts.count("Sở Nội vụ") == 5 and texts.count("Thường xuyên") == 5
