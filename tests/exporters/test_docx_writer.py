"""The DOCX follows NĐ 30 / HD 36 where Word and LibreOffice read it: page, fonts, blocks, fields."""

from __future__ import annotations

from pathlib import Path

import pytest
import samples
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm
from docx_read import W, open_docx, paragraph_texts, table_cells

from app.exporters import docx_writer
from app.exporters.document import (
    Align,
    AnnexTitle,
    Column,
    Document,
    Format,
    Orientation,
    Section,
    Table,
    TableRow,
)
from app.exporters.errors import ExportCancelled

SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")


def _mm(length: int) -> float:
    return round(length / Mm(1), 1)


def test_pages_are_a4_with_margins_in_range(state_docx: Path) -> None:
    doc = open_docx(state_docx)
    main, annex = doc.sections
    assert (_mm(main.page_width), _mm(main.page_height)) == (210.0, 297.0)
    assert main.orientation == WD_ORIENT.PORTRAIT
    for sec in (main, annex):
        assert 20 <= _mm(sec.top_margin) <= 25 and 20 <= _mm(sec.bottom_margin) <= 25
        assert 30 <= _mm(sec.left_margin) <= 35 and 15 <= _mm(sec.right_margin) <= 20


def test_annex_is_a_landscape_section_numbered_from_one(state_docx: Path) -> None:
    annex = open_docx(state_docx).sections[1]
    assert annex.orientation == WD_ORIENT.LANDSCAPE
    assert (_mm(annex.page_width), _mm(annex.page_height)) == (297.0, 210.0)
    assert annex._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    assert annex.different_first_page_header_footer  # set on the section itself, not inherited


def test_times_new_roman_in_every_slot_of_every_style_and_run(state_docx: Path) -> None:
    doc = open_docx(state_docx)
    fonts = list(doc.styles.element.iter(qn("w:rFonts")))
    assert fonts, "styles carry no fonts"
    fonts += list(doc.element.body.iter(qn("w:rFonts")))
    for part in (doc.sections[0].header.part, doc.sections[0].first_page_header.part):
        fonts += list(part.element.iter(qn("w:rFonts")))
    for f in fonts:
        for slot in SLOTS:
            assert f.get(qn(f"w:{slot}")) == "Times New Roman", f.attrib
        assert not any("Theme" in k or "theme" in k for k in f.attrib)
    runs = list(doc.element.body.iter(qn("w:r")))
    assert runs and all(r.find(f"{W}rPr/{W}rFonts") is not None for r in runs)
    defaults = doc.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert defaults is not None and defaults.get(qn("w:eastAsia")) == "Times New Roman"


def _header_table_texts(path: Path) -> list[list[str]]:
    doc = open_docx(path)
    first = doc.tables[0]
    return [["\n".join(p.text for p in cell.paragraphs if p.text) for cell in row.cells] for row in first.rows]


def test_state_header_block(state_docx: Path) -> None:
    (left, right), (number, when) = _header_table_texts(state_docx)
    assert left == "UBND THÀNH PHỐ HÀ NỘI\nSỞ NỘI VỤ"
    assert right == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    assert number == "Số: 05/BC-SNV"
    assert when == "Hà Nội, ngày 05 tháng 01 năm 2024"
    tbl = open_docx(state_docx).tables[0]._tbl
    borders = tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}
    # The short lines: paragraph bottom borders under the issuing body and the motto.
    assert len(list(tbl.iter(qn("w:pBdr")))) == 2


def test_header_fonts_sizes_and_weights(state_docx: Path) -> None:
    doc = open_docx(state_docx)
    cells = doc.tables[0].rows[0].cells
    parent, body = cells[0].paragraphs[0].runs[0], cells[0].paragraphs[1].runs[0]
    national, motto = cells[1].paragraphs[0].runs[0], cells[1].paragraphs[1].runs[0]
    assert not parent.bold and body.bold and national.bold and motto.bold
    assert 12 <= parent.font.size.pt <= 13 and 12 <= body.font.size.pt <= 13
    assert 12 <= national.font.size.pt <= 13 and 13 <= motto.font.size.pt <= 14
    date_run = doc.tables[0].rows[1].cells[1].paragraphs[0].runs[0]
    assert date_run.italic and 13 <= date_run.font.size.pt <= 14


def test_party_header_block(party_docx: Path) -> None:
    (left, right), (number, when) = _header_table_texts(party_docx)
    assert left == "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nTHÀNH ỦY HÀ NỘI\n*"
    assert right == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert number == "Số 123-BC/TU"
    assert when == "Hà Nội, ngày 08 tháng 12 năm 2023"
    motto = open_docx(party_docx).tables[0].rows[0].cells[1].paragraphs[0].runs[0]
    assert motto.bold and motto.font.size.pt == 15


def test_page_field_in_header_and_hidden_on_first_page(state_docx: Path) -> None:
    sec = open_docx(state_docx).sections[0]
    assert sec.different_first_page_header_footer
    fields = [f.get(qn("w:instr")).strip() for f in sec.header._element.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE"]
    assert sec.header.paragraphs[0].alignment == 1  # centred
    assert not list(sec.first_page_header._element.iter(qn("w:fldSimple")))


def test_annex_table_header_repeats_and_rows_never_split(state_docx: Path) -> None:
    doc = open_docx(state_docx)
    annex = doc.tables[-1]._tbl
    rows = annex.findall(qn("w:tr"))
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    # Rows are kept whole where they fit on a page; a row taller than a page would be clipped by
    # Word and LibreOffice if it could not break, so only such a row may split (the sample's
    # 1,330-character task fits on one page since the columns take their widths from the cells).
    whole = [r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows]
    texts = ["".join(t.text or "" for t in r.iter(f"{W}t")) for r in rows]
    assert all(len(t) > 1300 for t, w in zip(texts, whole, strict=True) if not w)
    assert sum(not w for w in whole) <= 1
    assert all(r.find(f"{W}trPr/{W}tblHeader") is None for r in rows[1:])
    header = table_cells(doc)[0]
    assert header == samples.ANNEX_HEADER
    groups = [r for r in rows if r.find(f"{W}tc/{W}tcPr/{W}gridSpan") is not None]
    assert groups and all(r.find(f"{W}tc/{W}tcPr/{W}gridSpan").get(qn("w:val")) == "7" for r in groups)


def test_signature_and_recipients_blocks(state_docx: Path, party_docx: Path) -> None:
    texts = paragraph_texts(open_docx(state_docx))
    i = texts.index("Nơi nhận:")
    assert texts[i + 1 : i + 6] == [
        "- Như trên;",
        "- UBND Thành phố;",
        "- Giám đốc Sở;",
        "- Các Phó Giám đốc Sở;",
        "- Lưu: VT, TCBC.",
    ]
    assert texts[i + 6 : i + 9] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Đình Cảnh"]
    party = paragraph_texts(open_docx(party_docx))
    j = party.index("Nơi nhận:")
    assert party[j + 1 : j + 5][-1] == "- Lưu Văn phòng Thành ủy."
    assert party[j + 5 : j + 8] == ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Thị Tuyền"]


def _big_document(rows: int) -> Document:
    cols = [Column("STT", 10, Align.CENTER), Column("Nội dung nhiệm vụ", 120), Column("Chủ trì", 40)]
    body = []
    for i in range(rows):
        if i % 20 == 0:
            body.append(TableRow.group(f"{i // 20 + 1}. Nhóm nhiệm vụ về chuyển đổi số"))
        body.append(TableRow([str(i + 1), f"Nhiệm vụ số {i + 1}: rà soát thủ tục hành chính", "Sở Nội vụ"]))
    return Document(
        Format.STATE,
        [Section([AnnexTitle("Phụ lục", "Danh mục"), Table(cols, body)], Orientation.LANDSCAPE)],
    )


def test_thousand_row_table_is_written_whole(tmp_path: Path) -> None:
    """Speed is measured by `python -m bench.bench_reports`, not here: a timed assert flakes on a busy machine."""
    docx_writer.write(_big_document(1000), tmp_path / "big.docx")
    cells = table_cells(open_docx(tmp_path / "big.docx"))
    assert len(cells) == 1 + 1000 + 50
    assert cells[-1] == ["1000", "Nhiệm vụ số 1000: rà soát thủ tục hành chính", "Sở Nội vụ"]


def test_cancel_leaves_nothing_and_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"old")
    calls: list[tuple[int, int, str]] = []
    with pytest.raises(ExportCancelled):
        docx_writer.write(
            _big_document(500), target, progress=lambda *a: calls.append(a), cancel=lambda: len(calls) > 2
        )
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.docx"]


def test_newline_in_cell_is_a_line_break(tmp_path: Path) -> None:
    cols = [Column("Ngày", 30), Column("Việc", 60)]
    document = Document(Format.STATE, [Section([Table(cols, [TableRow(["Thứ Hai\n02/8/2021", "Họp"])])])])
    docx_writer.write(document, tmp_path / "x.docx")
    assert table_cells(open_docx(tmp_path / "x.docx"))[1] == ["Thứ Hai\n02/8/2021", "Họp"]
