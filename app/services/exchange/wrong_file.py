"""What an agency sends back instead of its filled form, told apart so the clerk knows what to ask for.

Offices answer a form with the report they print and sign: the form printed to PDF or scanned, a photo of it, the
covering letter (công văn) in Word, or the table saved as CSV. Each was refused as «Tệp không phải phiếu báo cáo
.xlsx hợp lệ (không phải tệp nén Office Open XML)» — true, and no help: the clerk could not tell the agency what to
send. Each kind is now named, with the step: send the filled spreadsheet itself (the signed PDF stays the record).
Told by the file's first bytes (and, for a zip or an OLE file, the names in its directory), never by its name: a
PDF renamed `.xlsx` is still a PDF. Anything else goes on to the workbook's own checks.
"""

from __future__ import annotations

import io
import zipfile

from app.importers.readers.zipguard import OLE_MAGIC

_SEND_FORM = "đề nghị cơ quan gửi lại chính tệp phiếu (.xlsx) đã điền"
_PICTURES = (b"\xff\xd8\xff", b"\x89PNG", b"II*\x00", b"MM\x00*", b"GIF8")


def wrong_kind(data: bytes) -> str | None:
    """The refusal of a file that is plainly not a spreadsheet (module docstring), None for anything else."""
    if data.startswith(b"%PDF"):
        return (f"Tệp PDF (bản in hoặc bản quét của phiếu), không phải bảng tính: {_SEND_FORM} — bản PDF có chữ ký "
                "giữ làm hồ sơ.")
    if data.startswith(_PICTURES):
        return f"Tệp ảnh (ảnh chụp hoặc bản quét của phiếu), không phải bảng tính: {_SEND_FORM}."
    if _is_word(data):
        return (f"Tệp Word (có thể là công văn gửi kèm), không phải bảng tính: {_SEND_FORM}, cùng với công văn.")
    if _is_text(data):
        return ("Tệp văn bản (CSV), không phải bảng tính: lưu dạng CSV làm mất mã dòng ẩn của phiếu; "
                f"{_SEND_FORM}, lưu dạng Excel (.xlsx).")
    return None


def _is_word(data: bytes) -> bool:
    """A Word document: .docx or .odt (a zip holding the text part), or .doc (an OLE file with a WordDocument
    stream, named in UTF-16 in its directory)."""
    if data.startswith(OLE_MAGIC):
        return "WordDocument".encode("utf-16-le") in data and "Workbook".encode("utf-16-le") not in data
    if not data.startswith(b"PK"):
        return False
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())  # the directory only: nothing is unpacked
    except Exception:  # noqa: BLE001 - a damaged zip: the workbook's checks say what is wrong with it
        return False
    return "word/document.xml" in names or (
        "content.xml" in names and b"application/vnd.oasis.opendocument.text" in data[:200])


def _is_text(data: bytes) -> bool:
    """Plain text (a CSV, whatever its separators and encoding): no control byte but tab and line ends in its
    first 4 KB (a spreadsheet package starts with `PK` or the OLE signature, both binary)."""
    head = data[:4096]
    return bool(head) and all(b >= 0x20 or b in b"\t\r\n" for b in head)
