"""Open an Office zip safely before any XML library (or LibreOffice) sees it — the ONE guard of
every package the program reads: Word plans (.docx), exchange workbooks and agency lists (.xlsx),
OpenDocument workbooks (.ods) before LibreOffice converts them.

Why: a 1 MB zip bomb made python-docx use 2 GB before failing (PITFALLS.md), a part with a
DOCTYPE can declare entities (billion laughs, external files), and zipfile, python-docx and
openpyxl answer a damaged zip with a dozen exception types (RuntimeError for an encrypted
member, NotImplementedError for an unknown compression method, zlib.error, EOFError,
BadZipFile for a CRC mismatch, ValueError, struct.error…). So `open_package` reads the zip
directory, refuses what no office program writes (too many members, abnormal compression,
an encrypted member, a member named twice or with `..`, an absolute path or a control
character — zip-slip names), then really unpacks every member under a running budget
(directory sizes can lie) and refuses any XML part that carries a DOCTYPE or ENTITY
declaration — Word, Excel and LibreOffice never write one. Every failure is one `InputError`
worded for the kind of file (`PackageKind`).

"XML part" is decided the way python-docx and openpyxl decide what they parse, not by the
member's name: a name ending .xml/.rels/.vml/.rdf, or a content type in [Content_Types].xml
(override by part name, else default by extension, both case-insensitive) that is XML and not
an image; a member with no content type (all of an .ods) is assumed to be XML. A main part
renamed `word/x.bin` is still checked. The check reads the text as the XML parser would: by
byte-order mark, else by the first bytes (UTF-16/32 without mark, EBCDIC), else by the encoding
declaration — a DOCTYPE in UTF-32 is still a DOCTYPE.
"""
from __future__ import annotations

import codecs
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
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
_XML_SUFFIXES = (".xml", ".rels", ".vml", ".rdf")
_CONTENT_TYPES = "[Content_Types].xml"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
# UTF-32 LE before UTF-16 LE: its mark begins with UTF-16's
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_EBCDIC = b"\x4c\x6f\xa7\x94"  # "<?xm" in EBCDIC
_DECLARED = re.compile(r"""^<\?xml[^>]*?encoding\s*=\s*["']([^"']{1,40})["']""")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# what zipfile, zlib, python-docx's and openpyxl's zip layer raise for a damaged package
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, NotImplementedError,
              RuntimeError, ValueError, OverflowError, struct.error, KeyError, IndexError, UnicodeDecodeError)


@dataclass(frozen=True)
class PackageKind:
    """How one kind of package is named when it is refused, and how much it may unpack to."""

    damaged: Callable[[str], InputError]  # "the file is not a valid <kind> (<detail>)"
    save_as: str  # what the clerk saves it as again: ".docx", ".xlsx", ".ods"
    max_unzipped: int = MAX_UNZIPPED_BYTES
    max_xml_part: int = MAX_XML_PART_BYTES


@dataclass
class Package:
    """A checked package: every member's name, and the XML parts' bytes by name."""

    names: set[str]
    xml: dict[str, bytes]


def not_word(detail: str) -> InputError:
    return InputError(f"Tệp .docx không phải văn bản Word hợp lệ ({detail}).")


def open_office_zip(data: bytes) -> dict[str, bytes]:
    """Check a Word package and return its XML parts by name (binary parts are checked, not kept).

    Raises `InputError` for anything that is not a sane Word package.
    """
    if data.startswith(OLE_MAGIC):
        raise InputError(
            "Tệp là định dạng Word 97-2003 (.doc) hoặc đã đặt mật khẩu; "
            "hãy mở bằng Word, bỏ mật khẩu và lưu lại thành .docx."
        )
    if not data.startswith(b"PK"):
        raise not_word("không phải tệp nén Office")
    kind = PackageKind(not_word, ".docx", MAX_UNZIPPED_BYTES, MAX_XML_PART_BYTES)  # read now: tests lower them
    package = open_package(data, kind, required=(_CONTENT_TYPES,))
    return package.xml


def open_package(data: bytes, kind: PackageKind, *, required: tuple[str, ...] = ()) -> Package:
    """Check the zip in `data` (the module docstring says what) and return it unpacked.

    `required`: members that must be there ([Content_Types].xml for Office Open XML), checked
    before anything is unpacked. Raises `InputError` worded by `kind`; never anything else.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except ZIP_ERRORS as exc:
        raise kind.damaged("tệp nén bị hỏng") from exc
    _check_directory(infos, kind)
    names = {i.filename for i in infos}
    for name in required:
        if name not in names:
            raise kind.damaged(f"thiếu {name}")
    xml: dict[str, bytes] = {}
    budget = kind.max_unzipped
    types = _ContentTypes()
    ordered = sorted((i for i in infos if not i.is_dir()), key=lambda i: i.filename != _CONTENT_TYPES)
    for info in ordered:  # [Content_Types].xml first: it says which other parts are XML
        is_xml = types.is_xml(info.filename)
        cap = min(budget, kind.max_xml_part) if is_xml else budget
        payload = _read_capped(archive, info, cap, kind)
        budget -= len(payload)
        if is_xml:
            refuse_declarations(payload, kind)
            xml[info.filename] = payload
            if info.filename == _CONTENT_TYPES:
                types = _ContentTypes.read(payload, kind)
    return Package(names, xml)


def _check_directory(infos: list[zipfile.ZipInfo], kind: PackageKind) -> None:
    """What the zip directory alone shows: a bomb, an encrypted member, a name no office program writes."""
    if len(infos) > MAX_ZIP_MEMBERS:
        raise refuse_zip_bomb(f"{len(infos)} thành phần, tối đa {MAX_ZIP_MEMBERS}")
    declared = sum(i.file_size for i in infos)
    if declared > kind.max_unzipped:
        raise refuse_zip_bomb(f"giải nén ra {declared // (1024 * 1024)} MB")
    seen: set[str] = set()
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > MAX_COMPRESSION_RATIO:
            raise refuse_zip_bomb(f"tỷ lệ nén bất thường ở {shown_name(info.filename)}")
        if info.flag_bits & 0x1:
            raise InputError(f"Tệp có thành phần được mã hóa (đặt mật khẩu): hãy mở, bỏ mật khẩu và lưu lại "
                             f"thành {kind.save_as}.")
        if _unsafe_name(info.filename) or info.filename in seen:
            raise refuse_zip_bomb(f"thành phần tên lạ «{shown_name(info.filename)}»")
        seen.add(info.filename)


def _unsafe_name(name: str) -> bool:
    """A name no office program writes: empty, absolute, with a drive, `..`, `\\` or a control character."""
    parts = name.split("/")
    return (not name or name.startswith("/") or "\\" in name or ":" in parts[0] or ".." in parts
            or bool(_CONTROL.search(name)))


def shown_name(name: str, limit: int = 60) -> str:
    """A member name fit for a one-line message: control characters as �, cut to `limit`."""
    shown = _CONTROL.sub("\ufffd", name)
    return shown if len(shown) <= limit else shown[:limit] + "…"


def refuse_declarations(payload: bytes, kind: PackageKind) -> None:
    """Refuse an XML part that declares a DOCTYPE or an entity, in whatever encoding it is."""
    text = xml_text(payload, kind)
    # the raw bytes too: a declaration that lies about the encoding must not hide an ASCII DOCTYPE
    if any(marker in text or marker.encode("ascii") in payload for marker in _MARKERS):
        raise InputError(
            "Tệp chứa khai báo DOCTYPE/ENTITY trong XML (Word, Excel và LibreOffice không bao giờ tạo ra): "
            "tệp có thể độc hại, không nhập."
        )


def xml_text(payload: bytes, kind: PackageKind) -> str:
    """The part's text decoded as an XML parser would decode it (undecodable bytes replaced); an
    encoding Python does not know is refused (no office program declares one)."""
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
    except (LookupError, ValueError):  # LookupError also for a codec that is not a text encoding ("hex")
        raise kind.damaged(f"thành phần XML mã hóa lạ «{shown_name(codec)}»") from None


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
    """Content types of [Content_Types].xml, looked up like python-docx and openpyxl do."""

    def __init__(self, overrides: dict[str, str] | None = None, defaults: dict[str, str] | None = None) -> None:
        self.overrides = overrides or {}
        self.defaults = defaults or {}

    @classmethod
    def read(cls, payload: bytes, kind: PackageKind) -> _ContentTypes:
        try:
            root = SafeET.fromstring(payload, forbid_dtd=True)
        except (ParseError, DefusedXmlException, ValueError, LookupError) as exc:
            raise kind.damaged(f"{_CONTENT_TYPES} hỏng") from exc
        overrides = {(e.get("PartName") or "").lstrip("/").lower(): e.get("ContentType") or ""
                     for e in root.iter(_CT + "Override")}
        defaults = {(e.get("Extension") or "").lower(): e.get("ContentType") or "" for e in root.iter(_CT + "Default")}
        return cls(overrides, defaults)

    def is_xml(self, name: str) -> bool:
        """Whether a reader may parse this member as XML (unknown: assume it may)."""
        if name.lower().endswith(_XML_SUFFIXES) or name == _CONTENT_TYPES:
            return True
        key = name.lower()
        content_type = self.overrides.get(key) or self.defaults.get(key.rpartition(".")[2] if "." in key else "")
        if not content_type:
            return True
        content_type = content_type.lower()
        return "xml" in content_type and not content_type.startswith("image/")


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, kind: PackageKind) -> bytes:
    """Unpack one member, stopping as soon as it grows past `cap` (the real size, not the header's)."""
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                total += len(chunk)
                if total > cap:
                    raise refuse_zip_bomb(f"thành phần {shown_name(info.filename)} giải nén quá lớn")
                chunks.append(chunk)
    except ZIP_ERRORS as exc:
        # NotImplementedError: unknown compression method; BadZipFile also covers a CRC mismatch
        # found at the end of the member and a local header that does not match the directory;
        # ValueError: a header offset before the start of the file ("negative seek value")
        raise kind.damaged(f"không đọc được {shown_name(info.filename)}") from exc
    return b"".join(chunks)
