"""Check a spreadsheet file before any XML library sees it.

Refused with one message each: not a file we can read (too big, empty), an old .xls or a
password-protected workbook (both are OLE compound files), an OpenDocument .ods, a workbook with
macros (a VBA project part, .xlsm content types), a zip bomb (too many members, too large
unpacked, abnormal compression — checked from the directory and again while unpacking, since
directory sizes can lie), an encrypted zip member, a corrupt zip, XML with DOCTYPE/ENTITY
declarations (Excel and LibreOffice never write one).
"""

from __future__ import annotations

import io
import zipfile
import zlib

from app.errors import InputError
from app.importers.readers.limits import MAX_COMPRESSION_RATIO, MAX_ZIP_MEMBERS

MAX_WORKBOOK_BYTES = 20 * 1024 * 1024
MAX_UNZIPPED = 150 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 1024 * 1024
_DECLARATIONS = tuple(m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY") for enc in ("ascii", "utf-16-le"))
_MACRO_TYPES = (b"macroEnabled", b"vbaProject")


def not_a_workbook(detail: str) -> InputError:
    return InputError(f"Tệp không phải phiếu báo cáo .xlsx hợp lệ ({detail}).")


def check_workbook_bytes(data: bytes) -> None:
    """Raise `InputError` unless `data` looks like a safe, plain .xlsx package."""
    if not data:
        raise InputError("Tệp rỗng (0 byte): không phải phiếu báo cáo.")
    if len(data) > MAX_WORKBOOK_BYTES:
        raise InputError(f"Tệp quá lớn ({len(data) // (1024 * 1024)} MB) để là một phiếu báo cáo.")
    if data.startswith(OLE_MAGIC):
        raise InputError("Tệp là Excel 97-2003 (.xls) hoặc đã đặt mật khẩu: hãy mở, bỏ mật khẩu và lưu lại "
                         "thành .xlsx (Excel Workbook).")
    if not data.startswith(b"PK"):
        raise not_a_workbook("không phải tệp nén Office Open XML")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError,
            RuntimeError) as exc:  # NotImplementedError: an unknown zip version (found by the fuzz test)
        raise not_a_workbook("tệp nén bị hỏng") from exc
    names = {i.filename for i in infos}
    if "mimetype" in names and "[Content_Types].xml" not in names:
        raise InputError("Tệp OpenDocument (.ods) chưa được hỗ trợ: hãy lưu lại thành .xlsx (Excel 2007-365).")
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
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise not_a_workbook("thiếu phần bảng tính Excel")
    budget = MAX_UNZIPPED
    for info in infos:
        if info.is_dir():
            continue
        payload = _read_capped(archive, info, budget)
        budget -= len(payload)
        if info.filename == "[Content_Types].xml" and any(m in payload for m in _MACRO_TYPES):
            raise _macros()
        if info.filename.lower().endswith((".xml", ".rels", ".vml")) and any(m in payload for m in _DECLARATIONS):
            raise InputError("Tệp chứa khai báo DOCTYPE/ENTITY trong XML (Excel không tạo ra): có thể độc hại, "
                             "không nhập.")


def _macros() -> InputError:
    return InputError("Tệp có macro (.xlsm): không nhập để bảo vệ máy; hãy lưu lại thành .xlsx không macro.")


def _bomb(detail: str) -> InputError:
    return InputError(f"Tệp bất thường ({detail}): có thể là tệp nén độc hại, không mở để bảo vệ máy.")


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
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
        raise not_a_workbook(f"không đọc được {info.filename}") from exc
    return b"".join(chunks)
