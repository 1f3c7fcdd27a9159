"""Check a spreadsheet file before any XML library (or LibreOffice) sees it.

Refused with one message each: not a file we can read (too big, empty), an old .xls or a
password-protected workbook (both are OLE compound files), a workbook with macros (a VBA project
part, .xlsm content types; Basic or script libraries in an .ods), a zip bomb (too many members,
too large unpacked, abnormal compression — checked from the directory and again while unpacking,
since directory sizes can lie), an encrypted zip member or .ods, a corrupt zip, XML with
DOCTYPE/ENTITY declarations (Excel and LibreOffice never write one). An OpenDocument workbook
(.ods) passes `check_opendocument_bytes` before LibreOffice converts it
(`app.importers.exchange.opendoc`); what comes out then passes `check_workbook_bytes` like any
.xlsx. The zip itself (bombs, encryption, damaged members, zip-slip names, DOCTYPE) is checked
by the one guard of every Office package, `app.importers.readers.zipguard`.

What an agency sends back INSTEAD of its filled form is told apart here too, by the file's first bytes (and, for a
zip or an OLE file, the names in its directory), never by its name (`wrong_kind`): offices answer a form with the
report they print and sign — the form printed to PDF or scanned, a photo of it, the covering letter (công văn) in
Word, the table saved as CSV. Each was refused as «Tệp không phải phiếu báo cáo .xlsx hợp lệ (không phải tệp nén
Office Open XML)» — true, and no help: the clerk could not tell the agency what to send (session 17). The exchange
reader asks first; the agency list, which is no agency's answer, does not.
"""

from __future__ import annotations

import io
import zipfile

from app.errors import InputError
from app.importers.readers.zipguard import OLE_MAGIC, Package, PackageKind, open_package

MAX_WORKBOOK_BYTES = 20 * 1024 * 1024
MAX_UNZIPPED = 150 * 1024 * 1024
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
SAVE_AS_XLSX = ("Tệp OpenDocument (.ods): hãy mở bằng LibreOffice Calc hoặc Excel, chọn Lưu thành (Save As) "
                "định dạng Excel 2007-365 (.xlsx) rồi nhập lại.")
_MACRO_TYPES = (b"macroEnabled", b"vbaProject")
_ODS_MACRO_FOLDERS = ("basic/", "scripts/")
_SEND_FORM = "đề nghị cơ quan gửi lại chính tệp phiếu (.xlsx) đã điền"
_PICTURES = (b"\xff\xd8\xff", b"\x89PNG", b"II*\x00", b"MM\x00*", b"GIF8")


def not_a_workbook(detail: str) -> InputError:
    return InputError(f"Tệp không phải phiếu báo cáo .xlsx hợp lệ ({detail}).")


def not_an_ods(detail: str) -> InputError:
    return InputError(f"Tệp không phải bảng tính OpenDocument (.ods) hợp lệ ({detail}).")


WORKBOOK = PackageKind(not_a_workbook, ".xlsx", MAX_UNZIPPED, MAX_UNZIPPED)
OPENDOCUMENT = PackageKind(not_an_ods, ".ods", MAX_UNZIPPED, MAX_UNZIPPED)


def is_opendocument(data: bytes) -> bool:
    """Whether `data` is an OpenDocument package, whatever the file is called: its first member
    is the `mimetype` (as the format requires, and as a cut file still shows), or its directory
    has a `mimetype` and no Office Open XML content types. Anything else is left to the .xlsx
    checks, which say what is wrong with it."""
    if not data.startswith(b"PK") or len(data) > MAX_WORKBOOK_BYTES:
        return False
    if data[30:38] == b"mimetype" and data[38:38 + 30] == ODS_MIMETYPE[:30]:
        return True
    return _opendocument_layout(_directory(data))


def wrong_kind(data: bytes) -> str | None:
    """The refusal of a returned file that is plainly not a spreadsheet (the module docstring), with the step: send
    the filled spreadsheet itself (the signed PDF stays the record); None for anything else, which goes on to the
    workbook's own checks."""
    if data.startswith(b"%PDF"):
        return (f"Tệp PDF (bản in hoặc bản quét của phiếu), không phải bảng tính: {_SEND_FORM} — bản PDF có chữ ký "
                "giữ làm hồ sơ.")
    if data.startswith(_PICTURES):
        return f"Tệp ảnh (ảnh chụp hoặc bản quét của phiếu), không phải bảng tính: {_SEND_FORM}."
    if _is_word(data):
        return f"Tệp Word (có thể là công văn gửi kèm), không phải bảng tính: {_SEND_FORM}, cùng với công văn."
    if _is_text(data):
        return ("Tệp văn bản (CSV), không phải bảng tính: lưu dạng CSV làm mất mã dòng ẩn của phiếu; "
                f"{_SEND_FORM}, lưu dạng Excel (.xlsx).")
    return None


def _directory(data: bytes) -> set[str]:
    """The member names of a zip's directory (nothing is unpacked); empty for anything that is not a readable zip
    (the package checks say what is wrong with it)."""
    if not data.startswith(b"PK") or len(data) > MAX_WORKBOOK_BYTES:
        return set()
    try:
        return set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except Exception:  # noqa: BLE001 - any unreadable zip: the checks report it
        return set()


def _is_word(data: bytes) -> bool:
    """A Word document: .docx or .odt (a zip holding the text part), or .doc (an OLE file with a WordDocument
    stream, named in UTF-16 in its directory)."""
    if data.startswith(OLE_MAGIC):
        return "WordDocument".encode("utf-16-le") in data and "Workbook".encode("utf-16-le") not in data
    names = _directory(data)
    return "word/document.xml" in names or (
        "content.xml" in names and b"application/vnd.oasis.opendocument.text" in data[:200])


def _is_text(data: bytes) -> bool:
    """Plain text (a CSV, whatever its separators and encoding): no control byte but tab and line ends in its
    first 4 KB (a spreadsheet package starts with `PK` or the OLE signature, both binary)."""
    head = data[:4096]
    return bool(head) and all(b >= 0x20 or b in b"\t\r\n" for b in head)


def check_opendocument_bytes(data: bytes) -> None:
    """Raise `InputError` unless `data` is a safe, plain OpenDocument spreadsheet that LibreOffice
    may convert: the package checks of an .xlsx, and no password, macros or other document type."""
    package = _open(data, OPENDOCUMENT)
    names = package.names
    if not _opendocument_layout(names) or "content.xml" not in names:
        raise not_an_ods("thiếu phần nội dung")
    mimetype = package.xml.get("mimetype", b"").strip()
    if mimetype != ODS_MIMETYPE:
        raise InputError("Tệp OpenDocument nhưng không phải bảng tính (.ods): không phải phiếu báo cáo.")
    if b"encryption-data" in package.xml.get("META-INF/manifest.xml", b""):
        raise InputError("Tệp .ods đã đặt mật khẩu: hãy mở bằng LibreOffice Calc, bỏ mật khẩu rồi lưu lại.")
    if any(name.lower().startswith(_ODS_MACRO_FOLDERS) and not name.endswith("/") for name in names):
        raise InputError("Tệp .ods có macro: không nhập để bảo vệ máy; hãy lưu lại thành tệp không macro.")


def check_workbook_bytes(data: bytes, kind: PackageKind = WORKBOOK) -> None:
    """Raise `InputError` unless `data` looks like a safe, plain .xlsx package (a damaged one is
    named by `kind`: an exchange workbook, an agency list)."""
    package = _open(data, kind)
    names = package.names
    if _opendocument_layout(names):  # an .ods reaches here only unconverted
        raise InputError(SAVE_AS_XLSX)
    if any(name.lower().endswith("vbaproject.bin") for name in names) or any(
            m in package.xml.get("[Content_Types].xml", b"") for m in _MACRO_TYPES):
        raise InputError("Tệp có macro (.xlsm): không nhập để bảo vệ máy; hãy lưu lại thành .xlsx không macro.")
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise kind.damaged("thiếu phần bảng tính Excel")


def _opendocument_layout(names: set[str]) -> bool:
    return "mimetype" in names and "[Content_Types].xml" not in names


def _open(data: bytes, kind: PackageKind) -> Package:
    """The checked package in `data`; first what needs no unzipping (empty, too big, OLE, not a zip)."""
    if not data:
        raise InputError("Tệp rỗng (0 byte): không phải phiếu báo cáo.")
    if len(data) > MAX_WORKBOOK_BYTES:
        raise InputError(f"Tệp quá lớn ({len(data) // (1024 * 1024)} MB) để là một phiếu báo cáo.")
    if data.startswith(OLE_MAGIC):
        raise InputError("Tệp đã đặt mật khẩu (hoặc không phải bảng tính Excel): hãy mở, bỏ mật khẩu và lưu lại "
                         "thành .xlsx (Excel Workbook).")
    if not data.startswith(b"PK"):
        raise kind.damaged("không phải tệp nén Office Open XML")
    return open_package(data, kind)
