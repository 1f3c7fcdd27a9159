"""Open an Office zip (.docx) safely before any XML library sees it.

Why: a 1 MB zip bomb made python-docx use 2 GB before failing (PITFALLS.md), and a part with a
DOCTYPE can declare entities (billion laughs, external files). So we read the zip directory,
then really unpack every member under a running budget (directory sizes can lie), and refuse
any XML part that carries a DOCTYPE or ENTITY declaration — Word never writes one.
"""
from __future__ import annotations

import io
import zipfile
import zlib

from app.errors import InputError
from app.importers.readers.limits import (
    MAX_COMPRESSION_RATIO,
    MAX_UNZIPPED_BYTES,
    MAX_XML_PART_BYTES,
    MAX_ZIP_MEMBERS,
    refuse_zip_bomb,
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 1024 * 1024
_DECLARATIONS = tuple(
    marker.encode(enc)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for enc in ("ascii", "utf-16-le", "utf-16-be")
)
_XML_SUFFIXES = (".xml", ".rels", ".vml")


def _not_word(detail: str) -> InputError:
    return InputError(f"Tệp .docx không phải văn bản Word hợp lệ ({detail}).")


def open_office_zip(data: bytes) -> dict[str, bytes]:
    """Check the zip and return its XML parts by name (binary parts are checked, not kept).

    Raises `InputError` for anything that is not a sane Word package.
    """
    if data.startswith(OLE_MAGIC):
        raise InputError(
            "Tệp là định dạng Word 97-2003 (.doc) hoặc đã đặt mật khẩu; "
            "hãy mở bằng Word, bỏ mật khẩu và lưu lại thành .docx."
        )
    if not data.startswith(b"PK"):
        raise _not_word("không phải tệp nén Office")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise _not_word("tệp nén bị hỏng") from exc
    if len(infos) > MAX_ZIP_MEMBERS:
        raise refuse_zip_bomb(f"{len(infos)} thành phần, tối đa {MAX_ZIP_MEMBERS}")
    declared = sum(i.file_size for i in infos)
    if declared > MAX_UNZIPPED_BYTES:
        raise refuse_zip_bomb(f"giải nén ra {declared // (1024 * 1024)} MB")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > MAX_COMPRESSION_RATIO:
            raise refuse_zip_bomb(f"tỷ lệ nén bất thường ở {info.filename}")
    if info_named(infos, "[Content_Types].xml") is None:
        raise _not_word("thiếu [Content_Types].xml")

    parts: dict[str, bytes] = {}
    budget = MAX_UNZIPPED_BYTES
    for info in infos:
        if info.is_dir():
            continue
        is_xml = info.filename.lower().endswith(_XML_SUFFIXES)
        cap = min(budget, MAX_XML_PART_BYTES) if is_xml else budget
        payload = _read_capped(archive, info, cap)
        budget -= len(payload)
        if is_xml:
            if any(marker in payload for marker in _DECLARATIONS):
                raise InputError(
                    "Tệp Word chứa khai báo DOCTYPE/ENTITY trong XML (Word không bao giờ tạo ra): "
                    "tệp có thể độc hại, không nhập."
                )
            parts[info.filename] = payload
    return parts


def info_named(infos: list[zipfile.ZipInfo], name: str) -> zipfile.ZipInfo | None:
    for info in infos:
        if info.filename == name:
            return info
    return None


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """Unpack one member, stopping as soon as it grows past `cap` (the real size, not the header's)."""
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > cap:
                    raise refuse_zip_bomb(f"thành phần {info.filename} giải nén quá lớn")
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        # RuntimeError: encrypted member; NotImplementedError: unknown compression method;
        # BadZipFile also covers a CRC mismatch found at the end of the member.
        raise _not_word(f"không đọc được {info.filename}") from exc
    return b"".join(chunks)
