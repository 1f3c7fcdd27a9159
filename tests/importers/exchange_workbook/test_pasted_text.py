"""A reply pasted into a cell from Word or a browser, as the workbook stores it: the format escapes a `\r` as
`_x000D_` and a vertical tab (Word's Shift+Enter) as `_x000B_` (ECMA-376 ST_Xstring). openpyxl hands the escapes on
as they are, and the stored result read `…ngày 12/5/2025;_x000D_` at the end of every line."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

from app.domain.exchange import RowKey
from app.exporters.exchange_workbook import ExchangeHeader, ExchangeRow, write_exchange_workbook
from app.importers.exchange import read_exchange_workbook


def _form(folder: Path, result: str, difficulties: str) -> bytes:
    header = ExchangeHeader("Sở Nội vụ", "5/KH-UBND", "Kế hoạch", "Sở Tài chính", "2021-Q4", "quý IV năm 2021",
                            date(2021, 9, 15), date(2021, 12, 14), date(2021, 12, 25), "ab" * 16, 1, 2, "cd" * 16,
                            date(2021, 12, 1), "Kế hoạch số 5/KH-UBND")
    row = ExchangeRow(RowKey("ab" * 16, 1, "2021-Q4", 2, 7), "1", "Nhiệm vụ", "Chủ trì", "2021", "", "",
                      status="Đang thực hiện", result=result, difficulties=difficulties)
    write_exchange_workbook(header, [row], folder / "form.xlsx")
    return (folder / "form.xlsx").read_bytes()


def _replaced(data: bytes, old: str, new: str) -> bytes:
    """The workbook with `old` written as `new` in its sheet's XML, as another program would store it."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert old.encode() in body
                body = body.replace(old.encode(), new.encode())
            target.writestr(item, body)
    return out.getvalue()


def test_a_reply_pasted_with_line_breaks_reads_as_its_lines(tmp_path: Path) -> None:
    data = _form(tmp_path, "KETQUA", "KHOKHAN")
    data = _replaced(data, "KETQUA", "- Đã ban hành Kế hoạch số 12/KH-STC;_x000D_\n- Đã tổ chức 3 hội nghị.")
    data = _replaced(data, "KHOKHAN", "Thiếu kinh phí_x000B_và nhân lực")
    [row] = read_exchange_workbook(data).rows
    assert row.result == "- Đã ban hành Kế hoạch số 12/KH-STC;\n- Đã tổ chức 3 hội nghị."
    assert row.difficulties == "Thiếu kinh phí\nvà nhân lực"
