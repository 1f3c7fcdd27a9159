"""Acting as an agency on an exchange workbook: fill the unlocked cells with openpyxl, as a
person would in Excel, and save. Shared by the exchange tests."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from app.domain import exchange as x

HEADER_ROW = 8


def columns(ws: Any) -> dict[str, int]:
    return {ws.cell(HEADER_ROW, c).value: c for c in range(1, ws.max_column + 1) if ws.cell(HEADER_ROW, c).value}


def fill(path: Path, values: dict[int, dict[str, object]], out: Path | None = None) -> Path:
    """Write `values` (by row index from 0, by header text) into unlocked cells only."""
    wb = load_workbook(path)
    ws = wb[x.SHEET_TITLE] if x.SHEET_TITLE in wb.sheetnames else wb.worksheets[0]
    cols = columns(ws)
    for index, fields in values.items():
        for title, value in fields.items():
            cell = ws.cell(HEADER_ROW + 1 + index, cols[title])
            assert cell.protection.locked is False, f"{title} must be an unlocked cell"
            cell.value = value
    target = out or path
    wb.save(target)
    return target


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    assert path, "LibreOffice Calc is needed (make test installs libreoffice-calc)"
    return path


def convert(source: Path, out_dir: Path, fmt: str = "xlsx") -> Path:
    """Re-save through LibreOffice Calc headless (its own profile folder, so runs do not clash)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = out_dir / ".lo-profile"
    subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                    "--outdir", str(out_dir), str(source)], check=True, capture_output=True, timeout=180)
    result = out_dir / (source.stem + "." + fmt)
    assert result.exists(), f"LibreOffice did not write {result}"
    return result


FILLED = {
    x.STATUS: "Đang thực hiện", x.PERCENT: 60, x.RESULT: "Đã tổ chức 3 hội nghị quán triệt",
    x.DIFFICULTIES: "Thiếu kinh phí", x.PROPOSALS: "Bổ sung dự toán", x.REPORTED_ON: date(2021, 12, 10),
}
