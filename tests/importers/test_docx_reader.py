"""Word reader: automatic numbering labels recovered, tables in order, bold and headings kept.

The documents are generated with `docx_factory` (python-docx + real numbering.xml/numPr), saved
to disk and read back through the public facade, as a clerk's Word file would be.
"""
from __future__ import annotations

from pathlib import Path

from docx_factory import TASK_HEADER, DocxBuilder

from app.importers import read_plan_file
from app.importers.blocks import Paragraph, Table
from app.importers.readers.numbering import format_number

OUTLINE = [("upperRoman", "%1."), ("decimal", "%2."), ("decimal", "%2.%3."), ("lowerLetter", "%4)"),
           ("bullet", "-"), ("bullet", "\uf0b7")]


def _plan(tmp_path: Path) -> Path:
    b = DocxBuilder()
    b.paragraph("KẾ HOẠCH", bold=True)
    outline = b.add_list(OUTLINE)
    b.paragraph("MỤC ĐÍCH, YÊU CẦU", num=outline, level=0, bold=True)
    b.paragraph("Mục đích", num=outline, level=1)
    b.paragraph("NHIỆM VỤ, GIẢI PHÁP", num=outline, level=0, bold=True)
    b.paragraph("Sở Nội vụ:", num=outline, level=1, bold=True)
    b.paragraph("Công tác cán bộ", num=outline, level=2)
    for i in range(7):
        b.paragraph(f"Nhiệm vụ {i + 1} của Sở Nội vụ.", num=outline, level=3)
    b.paragraph("Thời gian thực hiện: Quý II/2024.", num=outline, level=4)
    b.paragraph("Chi tiết.", num=outline, level=5)
    b.paragraph("Sở Tài chính:", num=outline, level=1, bold=True)
    b.paragraph("Bảo đảm kinh phí.", num=outline, level=2)
    stt = b.add_list([("decimal", "%1.")])
    b.task_table([
        ["", "Rà soát quy chế làm việc", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2024"],
        ["", "Tổng hợp báo cáo", "Văn phòng UBND Thành phố", "Các sở, ban, ngành",
         "Trước ngày 15/12 hằng năm"],
    ], number_list=stt)
    b.heading("TỔ CHỨC THỰC HIỆN", 1, num=outline, num_level=0)
    return b.save(tmp_path / "ke-hoach.docx")


def test_numbering_labels_recovered(tmp_path: Path) -> None:
    blocks = read_plan_file(_plan(tmp_path))
    labelled = [(b.numbering_label, b.text) for b in blocks if isinstance(b, Paragraph) and b.numbering_label]
    assert labelled == [
        ("I.", "MỤC ĐÍCH, YÊU CẦU"), ("1.", "Mục đích"),
        ("II.", "NHIỆM VỤ, GIẢI PHÁP"), ("1.", "Sở Nội vụ:"), ("1.1.", "Công tác cán bộ"),
        ("a)", "Nhiệm vụ 1 của Sở Nội vụ."), ("b)", "Nhiệm vụ 2 của Sở Nội vụ."),
        ("c)", "Nhiệm vụ 3 của Sở Nội vụ."), ("d)", "Nhiệm vụ 4 của Sở Nội vụ."),
        ("đ)", "Nhiệm vụ 5 của Sở Nội vụ."), ("e)", "Nhiệm vụ 6 của Sở Nội vụ."),
        ("g)", "Nhiệm vụ 7 của Sở Nội vụ."),
        ("-", "Thời gian thực hiện: Quý II/2024."), ("•", "Chi tiết."),
        ("2.", "Sở Tài chính:"), ("2.1.", "Bảo đảm kinh phí."),  # deeper levels restart
        ("III.", "TỔ CHỨC THỰC HIỆN"),
    ]
    # the label is not duplicated in the text
    assert all(not b.text.startswith(("I.", "1.", "a)")) for b in blocks if isinstance(b, Paragraph))


def test_table_in_document_order_with_numbered_stt(tmp_path: Path) -> None:
    blocks = read_plan_file(_plan(tmp_path))
    index = next(i for i, b in enumerate(blocks) if isinstance(b, Table))
    assert blocks[index - 1].text == "Bảo đảm kinh phí."
    assert blocks[index + 1].text == "TỔ CHỨC THỰC HIỆN"
    assert blocks[index].rows == [
        TASK_HEADER,
        ["1.", "Rà soát quy chế làm việc", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2024"],
        ["2.", "Tổng hợp báo cáo", "Văn phòng UBND Thành phố", "Các sở, ban, ngành",
         "Trước ngày 15/12 hằng năm"],
    ]


def test_bold_and_heading_styles(tmp_path: Path) -> None:
    blocks = {b.text: b for b in read_plan_file(_plan(tmp_path)) if isinstance(b, Paragraph)}
    assert blocks["KẾ HOẠCH"].bold and blocks["Sở Nội vụ:"].bold
    assert not blocks["Mục đích"].bold
    assert blocks["TỔ CHỨC THỰC HIỆN"].heading_level == 1
    assert blocks["Mục đích"].heading_level is None


def test_restart_and_continue_numbering(tmp_path: Path) -> None:
    b = DocxBuilder()
    first = b.add_list([("decimal", "%1.")])
    for text in ("một", "hai"):
        b.paragraph(text, num=first)
    abstract = first  # add_list uses the same id for the abstract list and the w:num
    cont = b.reuse_list(abstract, restart=False)
    b.paragraph("ba", num=cont)
    again = b.reuse_list(abstract, restart=True)
    b.paragraph("lại một", num=again)
    labels = [blk.numbering_label for blk in read_plan_file(b.save(tmp_path / "lists.docx"))]
    assert labels == ["1.", "2.", "3.", "1."]


def test_line_breaks_and_tracked_deletions(tmp_path: Path) -> None:
    b = DocxBuilder()
    para = b.paragraph("Sở Nội vụ:")
    para.add_run().add_break()
    para.add_run("- Chủ trì rà soát")
    para.add_run().add_break()
    para.add_run("các quy chế.")
    path = b.save(tmp_path / "breaks.docx")
    assert [blk.text for blk in read_plan_file(path)] == ["Sở Nội vụ:", "- Chủ trì rà soát các quy chế."]


def test_vietnamese_letter_sequence() -> None:
    assert [format_number(n, "lowerLetter") for n in range(1, 12)] == list("abcdđeghikl")
    assert format_number(5, "upperLetter") == "Đ"
    assert format_number(14, "upperRoman") == "XIV" and format_number(4, "lowerRoman") == "iv"
    assert format_number(3, "decimalZero") == "03"


def test_numbering_from_list_styles(tmp_path: Path) -> None:
    """`List Number` / `List Bullet` carry their numbering in the style, not the paragraph."""
    b = DocxBuilder()
    for text in ("một", "hai"):
        b.paragraph(text, style="List Number")
    b.paragraph("ý", style="List Bullet")
    labels = [blk.numbering_label for blk in read_plan_file(b.save(tmp_path / "styles.docx"))]
    assert labels == ["1.", "2.", "•"]


def test_headings_numbered_through_style_links(tmp_path: Path) -> None:
    """Outline numbering bound to Heading 1/2 (`w:pStyle` in the list levels, numId in the styles)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    b = DocxBuilder()
    num = b.add_list([("upperRoman", "%1."), ("decimal", "%2.")])
    abstract = b._numbering.find(f"{qn('w:abstractNum')}[@{qn('w:abstractNumId')}='{num}']")
    for ilvl, style_id in ((0, "Heading1"), (1, "Heading2")):
        lvl = abstract.find(f"{qn('w:lvl')}[@{qn('w:ilvl')}='{ilvl}']")
        lvl.insert(1, parse_xml(f'<w:pStyle {nsdecls("w")} w:val="{style_id}"/>'))
        style = b.document.styles[f"Heading {ilvl + 1}"].element
        style.get_or_add_pPr().insert(0, parse_xml(
            f'<w:numPr {nsdecls("w")}><w:numId w:val="{num}"/></w:numPr>'))
    b.heading("MỤC ĐÍCH", 1)
    b.heading("Mục đích", 2)
    b.heading("Yêu cầu", 2)
    b.heading("NHIỆM VỤ", 1)
    b.heading("Sở Nội vụ", 2)
    blocks = read_plan_file(b.save(tmp_path / "headings.docx"))
    assert [(blk.numbering_label, blk.heading_level) for blk in blocks] == [
        ("I.", 1), ("1.", 2), ("2.", 2), ("II.", 1), ("1.", 2)]
