"""Check a spreadsheet file before any XML library (or LibreOffice) sees it.

Refused with one message each: not a file we can read (too big, empty), an old .xls or a
password-protected workbook (both are OLE compound files), a workbook with macros (a VBA project
part, .xlsm content types; Basic or script libraries in an .ods), a zip bomb (too many members,
too large unpacked, abnormal compression — checked from the directory and again while unpacking,
since directory sizes can lie), an encrypted zip member or .ods, a corrupt zip, XML with
DOCTYPE/ENTITY declarations (Excel and LibreOffice never write one). An OpenDocument workbook
(.ods) passes `check_opendocument_bytes` before LibreOffice converts it
(`app.importers.exchange.opendoc`); what comes out then passes `check_workbook_bytes` like any
.xlsx.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable

from app.errors import InputError
from app.importers.readers.limits import MAX_COMPRESSION_RATIO, MAX_ZIP_MEMBERS

MAX_WORKBOOK_BYTES = 20 * 1024 * 1024
MAX_UNZIPPED = 150 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
SAVE_AS_XLSX = ("Tệp OpenDocument (.ods): hãy mở bằng LibreOffice Calc hoặc Excel, chọn Lưu thành (Save As) "
                "định dạng Excel 2007-365 (.xlsx) rồi nhập lại.")
_CHUNK = 1024 * 1024
_DECLARATIONS = tuple(m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY") for enc in ("ascii", "utf-16-le"))
_MACRO_TYPES = (b"macroEnabled", b"vbaProject")
_ODS_MACRO_FOLDERS = ("basic/", "scripts/")


def not_a_workbook(detail: str) -> InputError:
    return InputError(f"Tệp không phải phiếu báo cáo .xlsx hợp lệ ({detail}).")


def not_an_ods(detail: str) -> InputError:
    return InputError(f"Tệp không phải bảng tính OpenDocument (.ods) hợp lệ ({detail}).")


def is_opendocument(data: bytes) -> bool:
    """Whether `data` is an OpenDocument package, whatever the file is called: its first member
    is the `mimetype` (as the format requires, and as a cut file still shows), or its directory
    has a `mimetype` and no Office Open XML content types. Anything else is left to the .xlsx
    checks, which say what is wrong with it."""
    if not data.startswith(b"PK") or len(data) > MAX_WORKBOOK_BYTES:
        return False
    if data[30:38] == b"mimetype" and data[38:38 + 30] == ODS_MIMETYPE[:30]:
        return True
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except Exception:  # noqa: BLE001 - any unreadable zip: the checks report it
        return False
    return _opendocument_layout(names)


def check_opendocument_bytes(data: bytes) -> None:
    """Raise `InputError` unless `data` is a safe, plain OpenDocument spreadsheet that LibreOffice
    may convert: the package checks of an .xlsx, and no password, macros or other document type."""
    archive, infos = _open_package(data, not_an_ods)
    names = {i.filename for i in infos}
    if not _opendocument_layout(names) or "content.xml" not in names:
        raise not_an_ods("thiếu phần nội dung")
    _check_members(archive, infos, not_an_ods)
    mimetype = archive.read("mimetype").strip()
    if mimetype != ODS_MIMETYPE:
        raise InputError("Tệp OpenDocument nhưng không phải bảng tính (.ods): không phải phiếu báo cáo.")
    manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
    if b"encryption-data" in manifest:
        raise InputError("Tệp .ods đã đặt mật khẩu: hãy mở bằng LibreOffice Calc, bỏ mật khẩu rồi lưu lại.")
    if any(i.filename.lower().startswith(_ODS_MACRO_FOLDERS) and not i.is_dir() for i in infos):
        raise InputError("Tệp .ods có macro: không nhập để bảo vệ máy; hãy lưu lại thành tệp không macro.")


def check_workbook_bytes(data: bytes) -> None:
    """Raise `InputError` unless `data` looks like a safe, plain .xlsx package."""
    archive, infos = _open_package(data, not_a_workbook)
    names = {i.filename for i in infos}
    if _opendocument_layout(names):  # an .ods reaches here only unconverted
        raise InputError(SAVE_AS_XLSX)
    _check_members(archive, infos, not_a_workbook)
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise not_a_workbook("thiếu phần bảng tính Excel")


def _opendocument_layout(names: set[str]) -> bool:
    return "mimetype" in names and "[Content_Types].xml" not in names


def _open_package(data: bytes, bad: Callable[[str], InputError]) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    """The zip package in `data`, after the checks that need no unpacking."""
    if not data:
        raise InputError("Tệp rỗng (0 byte): không phải phiếu báo cáo.")
    if len(data) > MAX_WORKBOOK_BYTES:
        raise InputError(f"Tệp quá lớn ({len(data) // (1024 * 1024)} MB) để là một phiếu báo cáo.")
    if data.startswith(OLE_MAGIC):
        raise InputError("Tệp là Excel 97-2003 (.xls) hoặc đã đặt mật khẩu: hãy mở, bỏ mật khẩu và lưu lại "
                         "thành .xlsx (Excel Workbook).")
    if not data.startswith(b"PK"):
        raise bad("không phải tệp nén Office Open XML")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        return archive, archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError,
            RuntimeError) as exc:  # NotImplementedError: an unknown zip version (found by the fuzz test)
        raise bad("tệp nén bị hỏng") from exc


def _check_members(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], bad: Callable[[str], InputError]) -> None:
    """Sizes, encryption and macros from the directory, then every member unpacked under a cap."""
    if len(infos) > MAX_ZIP_MEMBERS:
        raise _bomb(f"{len(infos)} thành phần")
    if sum(i.file_size for i in infos) > MAX_UNZIPPED:
        raise _bomb("dung lượng giải nén quá lớn")
    for info in infos:
        if info.flag_bits & 0x1:
            raise InputError("Tệp có thành phần được mã hóa (đặt mật khẩu): hãy bỏ mật khẩu và lưu lại .xlsx.")
        if info.file_size > 1024 * 1024 and info.file_size / max(info.compress_size, 1) > MAX_COMPRESSION_RATIO:
            raise _bomb(f"tỷ lệ nén bất thường ở {info.filename}")
        if info.filename.lower().endswith("vbaproject.bin"):
            raise _macros()
    budget = MAX_UNZIPPED
    for info in infos:
        if info.is_dir():
            continue
        payload = _read_capped(archive, info, budget, bad)
        budget -= len(payload)
        if info.filename == "[Content_Types].xml" and any(m in payload for m in _MACRO_TYPES):
            raise _macros()
        if info.filename.lower().endswith((".xml", ".rels", ".vml", ".rdf")) and any(
                m in payload for m in _DECLARATIONS):
            raise InputError("Tệp chứa khai báo DOCTYPE/ENTITY trong XML (Excel không tạo ra): có thể độc hại, "
                             "không nhập.")


def _macros() -> InputError:
    return InputError("Tệp có macro (.xlsm): không nhập để bảo vệ máy; hãy lưu lại thành .xlsx không macro.")


def _bomb(detail: str) -> InputError:
    return InputError(f"Tệp bất thường ({detail}): có thể là tệp nén độc hại, không mở để bảo vệ máy.")


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, bad: Callable[[str], InputError]) -> bytes:
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                total += len(chunk)
                if total > cap:
                    raise _bomb(f"thành phần {info.filename} giải nén quá lớn")
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        raise bad(f"không đọc được {info.filename}") from exc
    return b"".join(chunks)
