"""Open an Office zip (.docx) safely before any XML library sees it.

Why: a 1 MB zip bomb made python-docx use 2 GB before failing (PITFALLS.md), and a part with a
DOCTYPE can declare entities (billion laughs, external files). So we read the zip directory,
then really unpack every member under a running budget (directory sizes can lie), and refuse
any XML part that carries a DOCTYPE or ENTITY declaration — Word never writes one.

"XML part" is decided the way python-docx decides what it parses, not by the member's name: a
name ending .xml/.rels/.vml, or a content type in [Content_Types].xml (override by part name,
else default by extension, both case-insensitive) that is XML and not an image. A main part
renamed `word/x.bin` is still checked. The check reads the text as the XML parser would: by
byte-order mark, else by the first bytes (UTF-16/32 without mark, EBCDIC), else by the
encoding declaration — a DOCTYPE in UTF-32 is still a DOCTYPE.
"""
from __future__ import annotations

import codecs
import io
import re
import struct
import zipfile
import zlib
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

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
_MARKERS = ("<!DOCTYPE", "<!ENTITY")
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_CONTENT_TYPES = "[Content_Types].xml"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
# UTF-32 LE before UTF-16 LE: its mark begins with UTF-16's
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_EBCDIC = b"\x4c\x6f\xa7\x94"  # "<?xm" in EBCDIC
_DECLARED = re.compile(r"""^<\?xml[^>]*?encoding\s*=\s*["']([^"']{1,40})["']""")


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
    types = _ContentTypes()
    ordered = sorted((i for i in infos if not i.is_dir()), key=lambda i: i.filename != _CONTENT_TYPES)
    for info in ordered:  # [Content_Types].xml first: it says which other parts are XML
        is_xml = types.is_xml(info.filename)
        cap = min(budget, MAX_XML_PART_BYTES) if is_xml else budget
        payload = _read_capped(archive, info, cap)
        budget -= len(payload)
        if is_xml:
            refuse_declarations(payload)
            parts[info.filename] = payload
            if info.filename == _CONTENT_TYPES:
                types = _ContentTypes.read(payload)
    return parts


def refuse_declarations(payload: bytes) -> None:
    """Refuse an XML part that declares a DOCTYPE or an entity, in whatever encoding it is."""
    text = xml_text(payload)
    # the raw bytes too: a declaration that lies about the encoding must not hide an ASCII DOCTYPE
    if any(marker in text or marker.encode("ascii") in payload for marker in _MARKERS):
        raise InputError(
            "Tệp Word chứa khai báo DOCTYPE/ENTITY trong XML (Word không bao giờ tạo ra): "
            "tệp có thể độc hại, không nhập."
        )


def xml_text(payload: bytes) -> str:
    """The part's text decoded as an XML parser would decode it (undecodable bytes replaced)."""
    for bom, codec in _BOMS:
        if payload.startswith(bom):
            return payload[len(bom):].decode(codec, errors="replace")
    wide = _wide_codec(payload[:4])
    if wide:
        return payload.decode(wide, errors="replace")
    family = "cp500" if payload.startswith(_EBCDIC) else "latin-1"
    declared = _DECLARED.match(payload[:200].decode(family, errors="replace"))
    codec = declared.group(1).strip() if declared else ("utf-8" if family == "latin-1" else family)
    try:
        return payload.decode(codec, errors="replace")
    except LookupError:
        raise _not_word(f"thành phần XML mã hóa lạ «{codec}»") from None


def _wide_codec(head: bytes) -> str | None:
    """UTF-16/32 without a byte-order mark, told by where the zero bytes of the first `<` are."""
    if head.startswith(b"<\0\0\0"):
        return "utf-32-le"
    if head.startswith(b"\0\0\0<"):
        return "utf-32-be"
    if head.startswith(b"<\0"):
        return "utf-16-le"
    if head.startswith(b"\0<"):
        return "utf-16-be"
    return None


class _ContentTypes:
    """Content types of [Content_Types].xml, looked up like python-docx does."""

    def __init__(self, overrides: dict[str, str] | None = None, defaults: dict[str, str] | None = None) -> None:
        self.overrides = overrides or {}
        self.defaults = defaults or {}

    @classmethod
    def read(cls, payload: bytes) -> _ContentTypes:
        try:
            root = SafeET.fromstring(payload, forbid_dtd=True)
        except (ParseError, DefusedXmlException, ValueError) as exc:
            raise _not_word("[Content_Types].xml hỏng") from exc
        overrides = {(e.get("PartName") or "").lstrip("/").lower(): e.get("ContentType") or ""
                     for e in root.iter(_CT + "Override")}
        defaults = {(e.get("Extension") or "").lower(): e.get("ContentType") or "" for e in root.iter(_CT + "Default")}
        return cls(overrides, defaults)

    def is_xml(self, name: str) -> bool:
        """Whether the reader may parse this member as XML (unknown: assume it may)."""
        if name.lower().endswith(_XML_SUFFIXES) or name == _CONTENT_TYPES:
            return True
        key = name.lower()
        content_type = self.overrides.get(key) or self.defaults.get(key.rpartition(".")[2] if "." in key else "")
        if not content_type:
            return True
        content_type = content_type.lower()
        return "xml" in content_type and not content_type.startswith("image/")


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
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError,
            OverflowError, struct.error) as exc:
        # RuntimeError: encrypted member; NotImplementedError: unknown compression method;
        # BadZipFile also covers a CRC mismatch found at the end of the member; ValueError: a
        # header offset before the start of the file (found by fuzzing: "negative seek value").
        raise _not_word(f"không đọc được {info.filename}") from exc
    return b"".join(chunks)
