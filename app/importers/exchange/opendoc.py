"""Workbooks saved by LibreOffice Calc as OpenDocument (.ods) → .xlsx bytes.

Agencies that use LibreOffice send the exchange workbook back as .ods. It is checked as a
package first (`check_opendocument_bytes`: size, zip bombs, password, macros), then LibreOffice
converts it to .xlsx (`app.importers.readers.office`: headless, private folder and profile, time
limit) and the result is read like any workbook, with all its checks — the identity sheet, plan,
period and agency included. Without LibreOffice the clerk is told how to save it as .xlsx.
"""
from __future__ import annotations

from app.importers.exchange.guard import SAVE_AS_XLSX, check_opendocument_bytes, is_opendocument
from app.importers.exchange.legacyxls import is_legacy_workbook, xls_to_xlsx
from app.importers.readers.office import convert_with_office


def ods_to_xlsx(data: bytes) -> bytes:
    """The .xlsx LibreOffice makes of an .ods file's bytes; `InputError` when it cannot."""
    check_opendocument_bytes(data)
    # the Calc ODF filter only: a damaged file fails instead of being opened as text
    return convert_with_office(data, source="ods", target="xlsx", infilter="calc8", save_as=SAVE_AS_XLSX)


def as_xlsx(data: bytes) -> bytes:
    """A workbook's bytes as .xlsx: an .ods or an Excel 97-2003 .xls (by content, whatever its name) converted,
    anything else unchanged for the .xlsx checks to judge."""
    if is_opendocument(data):
        return ods_to_xlsx(data)
    return xls_to_xlsx(data) if is_legacy_workbook(data) else data
