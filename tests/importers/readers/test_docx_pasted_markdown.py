"""A website's Markdown text saved as Word (one paragraph a line) reads as the same text does.

The Word files are built here with python-docx, one paragraph per line of the text, as Word or
LibreOffice Writer make them when a `.txt` is opened and saved as `.docx`.
"""
from __future__ import annotations

from pathlib import Path

import docx

from app.importers import read_plan_file
from app.importers.blocks import Paragraph, Table
from app.importers.extract import extract_plan
from app.importers.readers.textfile import parse_text

PASTED = """**ỦY BAN NHÂN DÂN TỈNH A**

**KẾ HOẠCH**

**Triển khai chuyển đổi số năm 2026**

**I. MỤC ĐÍCH, YÊU CẦU**

Bảo đảm các nhiệm vụ được triển khai đồng bộ, hiệu quả trên địa bàn
tỉnh trong năm 2026.

**II. NHIỆM VỤ CỤ THỂ**

| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Xây dựng kho dữ liệu dùng chung của tỉnh | Sở Khoa học và Công nghệ | Các sở, ngành | Quý II/2026 |
| 2 | Số hóa hồ sơ thủ tục hành chính | Văn phòng UBND tỉnh | Sở Nội vụ | Tháng 12/2026 |
| 3 | Tập huấn kỹ năng số cho cán bộ | Sở Nội vụ | UBND các xã | Năm 2026 |

* Thời gian báo cáo: trước ngày 15/12/2026.
"""


def _word_file(path: Path, lines: list[str], *, bold: set[int] = frozenset()) -> Path:
    document = docx.Document()
    for i, line in enumerate(lines):
        paragraph = document.add_paragraph()
        if line:
            paragraph.add_run(line).bold = i in bold or None
    document.save(path)
    return path


def _shape(blocks) -> list[tuple]:
    return [("T", tuple(map(tuple, b.rows))) if isinstance(b, Table) else ("P", b.text, b.bold) for b in blocks]


def test_pasted_markdown_reads_as_its_text(tmp_path: Path) -> None:
    blocks = read_plan_file(_word_file(tmp_path / "pasted.docx", PASTED.split("\n")))
    assert _shape(blocks) == _shape(parse_text(PASTED))
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows[1][1] == "Xây dựng kho dữ liệu dùng chung của tỉnh"
    titles = [b.text for b in blocks if isinstance(b, Paragraph) and b.bold]
    assert "II. NHIỆM VỤ CỤ THỂ" in titles  # `**` typed as text is bold, not two stars in the title
    # the hard-wrapped sentence is one paragraph again, the star bullet a dash bullet
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert "Bảo đảm các nhiệm vụ được triển khai đồng bộ, hiệu quả trên địa bàn tỉnh trong năm 2026." in texts
    assert "- Thời gian báo cáo: trước ngày 15/12/2026." in texts


def test_pasted_table_rows_are_tasks(tmp_path: Path) -> None:
    plan = extract_plan(read_plan_file(_word_file(tmp_path / "pasted.docx", PASTED.split("\n"))))
    tasks = {t.text: t for t in plan.tasks()}
    assert tasks["Số hóa hồ sơ thủ tục hành chính"].lead == ["Văn phòng UBND tỉnh"]
    assert tasks["Tập huấn kỹ năng số cho cán bộ"].deadline_text == "Năm 2026"


def test_a_word_plan_with_a_stray_mark_keeps_its_paragraphs(tmp_path: Path) -> None:
    """Two stray stars or a lone bar are a writer's, not a pasted text's: Word's paragraphs stay whole."""
    lines = ["KẾ HOẠCH", "Triển khai nhiệm vụ năm 2026", "1. Sở Nội vụ chủ trì rà soát **quy chế**",
             "theo dõi việc thực hiện", "|"]
    blocks = read_plan_file(_word_file(tmp_path / "word.docx", lines, bold={0}))
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        "KẾ HOẠCH", "Triển khai nhiệm vụ năm 2026", "1. Sở Nội vụ chủ trì rà soát **quy chế**",
        "theo dõi việc thực hiện", "|"]
    assert blocks[0].bold


def test_word_tables_and_formatting_kept_beside_pasted_text(tmp_path: Path) -> None:
    """A Word table between pasted lines stays a table; a paragraph Word made bold stays bold."""
    document = docx.Document()
    document.add_paragraph().add_run("KẾ HOẠCH").bold = True
    for line in ["**I. NHIỆM VỤ**", "", "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |",
                 "|---|---|---|---|", "| 1 | Rà soát quy chế | Sở Nội vụ | Quý I/2026 |", ""]:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=3)
    words = ["Chỉ tiêu", "Năm 2025", "Năm 2026", "Tỷ lệ hồ sơ trực tuyến", "60%", "80%"]
    for cell, text in zip(table._cells, words, strict=True):
        cell.text = text
    document.add_paragraph("**II. TỔ CHỨC THỰC HIỆN**")
    document.save(tmp_path / "mixed.docx")
    blocks = read_plan_file(tmp_path / "mixed.docx")
    tables = [b.rows for b in blocks if isinstance(b, Table)]
    assert tables == [[["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
                       ["1", "Rà soát quy chế", "Sở Nội vụ", "Quý I/2026"]],
                      [["Chỉ tiêu", "Năm 2025", "Năm 2026"], ["Tỷ lệ hồ sơ trực tuyến", "60%", "80%"]]]
    bold = [b.text for b in blocks if isinstance(b, Paragraph) and b.bold]
    assert bold == ["KẾ HOẠCH", "I. NHIỆM VỤ", "II. TỔ CHỨC THỰC HIỆN"]
