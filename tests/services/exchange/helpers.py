"""Acting as an agency on an exchange workbook: fill the unlocked cells by row index (the program's
own agency-side fill, which refuses a locked cell), re-save through LibreOffice. Shared by the
exchange tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date
from itertools import count
from pathlib import Path
from typing import Any

from app.domain import exchange as x
from app.exporters.exchange_fill import fill_exchange_workbook
from app.exporters.exchange_workbook import HEADER_ROW
from app.resources import resource_path


@dataclass
class PrintedForm:
    """A form sent from `database`, and its print through Calc."""

    database: Path
    form: Path
    pdf: Path


def columns(ws: Any) -> dict[str, int]:
    return {ws.cell(HEADER_ROW, c).value: c for c in range(1, ws.max_column + 1) if ws.cell(HEADER_ROW, c).value}


def fill(path: Path, values: dict[int, dict[str, object]], out: Path | None = None) -> Path:
    """Write `values` (by row index from 0, by header text) into unlocked cells only, through the
    program's own agency-side fill (`fill_exchange_workbook` refuses a locked cell)."""
    rows = count()
    target = out or path
    filled = fill_exchange_workbook(path, target, lambda _key: values.get(next(rows)))
    assert filled == len(values), f"the form has no row {max(values)}"
    return target


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    assert path, "LibreOffice Calc is needed (make test installs libreoffice-calc)"
    return path


def convert(source: Path, out_dir: Path, fmt: str = "xlsx", *, office_fonts: bool = False) -> Path:
    """Re-save through LibreOffice Calc headless (its own profile folder, so runs do not clash). `office_fonts`:
    with Times New Roman's metrics for Vietnamese, as on the office's Windows (`with_office_fonts`)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = out_dir / ".lo-profile"
    env = with_office_fonts(out_dir / ".home") if office_fonts else None
    subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                    "--outdir", str(out_dir), str(source)], check=True, capture_output=True, timeout=180, env=env)
    result = out_dir / (source.stem + "." + fmt)
    assert result.exists(), f"LibreOffice did not write {result}"
    return result


def with_office_fonts(home: Path) -> dict[str, str]:
    """An environment whose font folder holds the bundled Liberation Serif (Times New Roman's metrics, every
    Vietnamese letter), which fontconfig then gives for Times New Roman. Without it a Linux machine prints the
    form in Nimbus Roman with the Vietnamese letters borrowed from DejaVu, wider than any office's Times — lines
    the Windows machines never wrap. The office's PCs have Times New Roman itself."""
    fonts = home / ".fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    for face in resource_path("fonts").glob("LiberationSerif-*.ttf"):
        shutil.copyfile(face, fonts / face.name)
    return {**os.environ, "HOME": str(home)}


FILLED = {
    x.STATUS: "Đang thực hiện", x.PERCENT: 60, x.RESULT: "Đã tổ chức 3 hội nghị quán triệt",
    x.DIFFICULTIES: "Thiếu kinh phí", x.PROPOSALS: "Bổ sung dự toán", x.REPORTED_ON: date(2021, 12, 10),
}



# What an agency does in Calc, one operation a line (tab-separated, read as UTF-8): `S cell text` types a text as
# typing keeps it (`\n` a line break), `F cell text` enters it through Calc's input parsing (`80%` → 0.8), `DATE cell
# y m d` a real date, `UNPROTECT`/`PROTECT` the sheet (no password), `DELROW n` deletes the sheet's row n,
# `MERGE A1:B2`, `RENAME name`.
_OPS_MACRO = """Sub Agency(opsPath As String, src As String, target As String, filter As String)
  Dim hidden(0) As New com.sun.star.beans.PropertyValue
  hidden(0).Name = "Hidden"
  hidden(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), "_blank", 0, hidden())
  sh = doc.Sheets.getByIndex(0)
  inp = createUnoService("com.sun.star.io.TextInputStream")
  inp.setInputStream(createUnoService("com.sun.star.ucb.SimpleFileAccess").openFileRead(ConvertToURL(opsPath)))
  inp.setEncoding("UTF-8")
  Do While Not inp.isEOF()
    p = Split(inp.readLine(), Chr(9))
    Select Case p(0)
      Case "S" : sh.getCellRangeByName(p(1)).setString(Replace(p(2), "\\n", Chr(10)))
      Case "F" : sh.getCellRangeByName(p(1)).setFormula(p(2))
      Case "DATE"
        c = sh.getCellRangeByName(p(1))
        c.setValue(DateSerial(CInt(p(2)), CInt(p(3)), CInt(p(4))) - DateSerial(1899, 12, 30))
        Dim loc As New com.sun.star.lang.Locale
        c.NumberFormat = doc.NumberFormats.getStandardFormat(com.sun.star.util.NumberFormat.DATE, loc)
      Case "UNPROTECT" : sh.unprotect("")
      Case "PROTECT" : sh.protect("")
      Case "DELROW" : sh.Rows.removeByIndex(CLng(p(1)) - 1, 1)
      Case "MERGE" : sh.getCellRangeByName(p(1)).merge(True)
      Case "RENAME" : sh.Name = p(1)
    End Select
  Loop
  inp.closeInput()
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = "FilterName"
  out(0).Value = filter
  doc.storeToURL(ConvertToURL(target), out())
  doc.close(True)
End Sub
"""
_FILTERS = {"xlsx": "Calc Office Open XML", "ods": "calc8", "xls": "MS Excel 97"}


_TEMPLATE: list[tempfile.TemporaryDirectory[str]] = []


def _profile_template() -> Path:
    """A LibreOffice profile made once per run by a first start (which creates its Standard Basic library): each
    `in_calc` copies it (~10 ms) instead of starting LibreOffice once more to make its own (seconds)."""
    if not _TEMPLATE:
        _TEMPLATE.append(tempfile.TemporaryDirectory(prefix="lo-profile-"))
        root = Path(_TEMPLATE[0].name)
        (root / "blank.csv").write_text("a\n", encoding="utf-8")
        convert(root / "blank.csv", root)
    profile = Path(_TEMPLATE[0].name) / ".lo-profile"
    assert (profile / "user" / "basic" / "Standard").is_dir(), "LibreOffice made no Standard library"
    return profile


def in_calc(source: Path, ops: list[tuple[object, ...]], out_dir: Path, fmt: str = "xlsx") -> Path:
    """Open `source` in LibreOffice Calc, do `ops` (`_OPS_MACRO`) as the agency does them — Calc's own cell API,
    which grows an automatic row as typing does — and save it as `fmt` (xlsx, ods, xls) in `out_dir`. A Basic macro
    in the run's own profile (Calc's Python bridge is not installed everywhere). Not openpyxl: it writes every row
    it loads back with a height set by hand."""
    profile = out_dir / ".lo-profile"
    shutil.copytree(_profile_template(), profile)  # a profile of its own, its Standard library already made
    code = _OPS_MACRO.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
    (profile / "user" / "basic" / "Standard" / "Module1.xba").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD '
        'OfficeDocument 1.0//EN" "module.dtd">\n<script:module xmlns:script="http://openoffice.org/2000/script" '
        f'script:name="Module1" script:language="StarBasic">{code}</script:module>\n', encoding="utf-8")
    listed = out_dir / "ops.txt"
    # a first line the macro passes over: on an empty list Calc's stream is not at its end until a read fails
    listed.write_text("".join("\t".join(str(v).replace("\n", "\\n") for v in op) + "\n" for op in [("#",), *ops]),
                      encoding="utf-8")
    target = out_dir / f"{source.stem}-typed.{fmt}"
    macro = f'macro:///Standard.Module1.Agency("{listed}","{source}","{target}","{_FILTERS[fmt]}")'
    subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless", macro],
                   check=True, capture_output=True, timeout=180, env=with_office_fonts(out_dir / ".home"))
    assert target.exists(), f"LibreOffice did not write {target}"
    return target


def type_in_calc(source: Path, typed: dict[str, str], out_dir: Path) -> Path:
    """Enter each text of `typed` in its cell (`G10`) as the agency types it, in Calc (`in_calc`), saved as .xlsx."""
    return in_calc(source, [("S", cell, text) for cell, text in typed.items()], out_dir)
