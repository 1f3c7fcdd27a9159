"""The document's title printed again above each of its parts is no plan text (`artefacts.title_copies`).

A chunked export (a legal chatbot's chunks: `# TITLE` above each section) and a PDF whose running header is the
whole title both print the document's long title again and again through the text. The first copy is the title
and stays; the later ones would join the item above them. A title printed only twice, or a short line (a running
header `running_titles` judges by its own rules), is left to the other rules."""
from __future__ import annotations

from app.importers.blocks import Paragraph
from app.importers.readers import read_bytes

TITLE = ("BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG CÁC CƠ QUAN NHÀ NƯỚC CỦA TỈNH "
         "GIAI ĐOẠN 2026 - 2030")


def _texts(text: str) -> list[str]:
    return [b.text for b in read_bytes(text.encode("utf-8"), ".txt") if isinstance(b, Paragraph)]


def _chunks(title: str, times: int) -> str:
    parts = [f"# {title}\n\n{title}  \nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH  \nCăn cứ Luật Tổ chức chính quyền địa phương;"]
    sections = ["## Mục I. MỤC ĐÍCH  \n1. Nâng cao hiệu quả quản lý nhà nước bằng nền tảng số.",
                "## Mục II. NHIỆM VỤ  \n1. Sở Tài chính bố trí kinh phí thực hiện trong năm 2026.",
                "## Mục III. TỔ CHỨC THỰC HIỆN  \n1. Các sở, ngành báo cáo kết quả trước ngày 15/12/2026."]
    for k, section in enumerate(sections):
        parts.append((f"# {title}\n\n" if k < times - 2 else "") + section)
    return "\n\n".join(parts) + "\n"


def test_a_long_title_printed_above_each_part_is_kept_once() -> None:
    texts = _texts(_chunks(TITLE, 5))
    assert texts.count(TITLE) == 1 and texts[0] == TITLE
    assert "Mục II. NHIỆM VỤ" in texts  # the sections' own headings stay


def test_a_long_title_printed_twice_stays_as_printed() -> None:
    assert _texts(_chunks(TITLE, 2)).count(TITLE) == 2


def test_a_short_title_is_left_to_the_running_header_rules() -> None:
    short = "KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026"
    assert _texts(_chunks(short, 5)).count(short) >= 2
