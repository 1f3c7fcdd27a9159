"""Workbooks sent back as Excel 97-2003 (.xls) → .xlsx bytes, through LibreOffice.

An agency on an old Excel, or one that picked "Excel 97-2003" in Save As, returns the exchange
workbook as .xls. The format keeps what the import needs (the very hidden identity sheet, the
hidden row keys, the cells), so LibreOffice converts it (`app.importers.readers.office`: headless,
private folder and profile, macros off, time limit) and the result is read like any .xlsx, with all
its checks. Both .xls and a password-protected .xlsx are OLE compound files: only one whose
directory names an Excel `Workbook` stream, with no encrypted package and no VBA project, is
converted; the others keep the guard's one-line refusal (`app.importers.exchange.guard`).
"""
from __future__ import annotations

from app.errors import InputError
from app.importers.exchange.guard import MAX_WORKBOOK_BYTES
from app.importers.readers.office import convert_with_office
from app.importers.readers.zipguard import OLE_MAGIC

SAVE_AS_XLSX_97 = ("Tệp Excel 97-2003 (.xls): hãy mở bằng Excel hoặc LibreOffice Calc, chọn Lưu thành (Save As) "
                   "định dạng Excel Workbook (.xlsx) rồi nhập lại.")


def _stream(name: str) -> bytes:
    """A stream's name as an OLE directory entry stores it (UTF-16LE)."""
    return name.encode("utf-16-le")


def is_legacy_workbook(data: bytes) -> bool:
    """Whether `data` is an Excel 97-2003 workbook we may convert (module docstring)."""
    if not data.startswith(OLE_MAGIC) or len(data) > MAX_WORKBOOK_BYTES:
        return False
    if _stream("EncryptedPackage") in data:  # a password-protected .xlsx: the guard says to remove it
        return False
    return _stream("Workbook") in data or _stream("Book") in data


def xls_to_xlsx(data: bytes) -> bytes:
    """The .xlsx LibreOffice makes of an .xls file's bytes; `InputError` when it has macros or cannot be converted
    (a password, damage, no LibreOffice)."""
    if _stream("_VBA_PROJECT_CUR") in data:
        raise InputError("Tệp .xls có macro: không nhập để bảo vệ máy; hãy lưu lại thành .xlsx không macro.")
    return convert_with_office(data, source="xls", target="xlsx", infilter="MS Excel 97", save_as=SAVE_AS_XLSX_97)
