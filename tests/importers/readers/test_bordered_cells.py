"""Tables a website exports one cell per line between lone `|` borders (`readers.pipecells`)."""
from __future__ import annotations

from app.importers.blocks import Table
from app.importers.readers.textfile import parse_text


def _bordered(rows: list[list[str]]) -> list[str]:
    lines: list[str] = []
    for row in rows:
        lines.append("|")
        for cell in row:
            lines += [cell, "|"]
    return lines


HEAD = ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian"]


def test_an_empty_cell_printed_as_a_space_does_not_end_the_table() -> None:
    """`&nbsp;` (or `** **` with its marks stripped) between two borders is an empty cell; only a blank line
    ends the table."""
    rows = [HEAD, ["5", "Thương mại", " ", " ", " "],
            ["5.1", "Triển khai kế hoạch thương mại điện tử", "Sở Công Thương", "UBND các xã", "2026"],
            ["5.2", "Hỗ trợ doanh nghiệp lên sàn thương mại điện tử", "Sở Công Thương", " ", "2027"]]
    text = "\n".join(["PHỤ LỤC", "", *_bordered(rows), "", "Nơi nhận:"])
    tables = [b.rows for b in parse_text(text) if isinstance(b, Table)]
    assert tables == [[HEAD, ["5", "Thương mại", "", "", ""],
                       ["5.1", "Triển khai kế hoạch thương mại điện tử", "Sở Công Thương", "UBND các xã", "2026"],
                       ["5.2", "Hỗ trợ doanh nghiệp lên sàn thương mại điện tử", "Sở Công Thương", "", "2027"]]]


def test_a_line_of_spaces_after_the_last_border_ends_the_table() -> None:
    """Spaces with no border below them are a blank line the export wrote, not a cell."""
    rows = [HEAD, ["1", "Rà soát quy chế", "Sở Nội vụ", "Sở Tư pháp", "2026"]]
    blocks = parse_text("\n".join([*_bordered(rows), "   ", "Nơi nhận:", "- Như trên;"]))
    assert [b.rows for b in blocks if isinstance(b, Table)] == [rows]
    assert [getattr(b, "text", None) for b in blocks[-2:]] == ["Nơi nhận:", "- Như trên;"]
