"""Blocks → printed lines (`block_lines`): the habits of exports undone before any rule reads the text."""
from __future__ import annotations

from app.importers.blocks import Paragraph, Table
from app.importers.extract.block_lines import lines_of


def test_a_bullet_in_a_symbol_font_is_a_bullet_level_of_its_own() -> None:
    """Word keeps a Symbol-font bullet as a private-use glyph (``) no printed label matches: each such glyph
    stands for one bullet level, as `-` and `+` do."""
    lines, _ = lines_of([Paragraph("Tổ chức tập huấn", numbering_label="\uf0b7"),
                         Paragraph("Kiểm tra việc thực hiện", numbering_label="\uf0a7")])
    assert [(ln.text, ln.label, ln.style) for ln in lines] == [
        ("Tổ chức tập huấn", "\uf0b7", "bullet\uf0b7"), ("Kiểm tra việc thực hiện", "\uf0a7", "bullet\uf0a7")]


def test_a_table_pasted_as_text_is_a_table_again_and_a_layout_row_its_cells() -> None:
    lines, tables = lines_of([
        Paragraph("Số: 12/KH-UBND | Hà Nội, ngày 05 tháng 3 năm 2026"),
        Paragraph("TT | Nhiệm vụ | Cơ quan chủ trì"),
        Paragraph("1 | Tổ chức tập huấn | Sở Nội vụ"),
    ])
    assert [ln.text for ln in lines] == ["Số: 12/KH-UBND", "Hà Nội, ngày 05 tháng 3 năm 2026"]
    assert tables == [Table(rows=[["TT", "Nhiệm vụ", "Cơ quan chủ trì"], ["1", "Tổ chức tập huấn", "Sở Nội vụ"]],
                            caption="Số: 12/KH-UBND Hà Nội, ngày 05 tháng 3 năm 2026")]
