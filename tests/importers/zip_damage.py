"""Damaged and hostile copies of a sound Office package (.docx, .xlsx), each made the way it
happens: zipfile writes the package, then the bytes of a header, a checksum or a name are
changed where a broken disk, a cut download or a hostile tool changes them.

`DAMAGES` maps a short name to a function `(package bytes, main part name) -> damaged bytes`.
"""
from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable

Damage = Callable[[bytes, str], bytes]


def _entries(data: bytes, name: str) -> tuple[int, int]:
    """Offsets of `name`'s local header and of its central directory entry."""
    local = zipfile.ZipFile(io.BytesIO(data)).getinfo(name).header_offset
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        length = struct.unpack("<H", data[pos + 28:pos + 30])[0]
        if data[pos + 46:pos + 46 + length] == name.encode():
            return local, pos
        pos = data.find(b"PK\x01\x02", pos + 4)
    raise KeyError(name)


def _patch(data: bytes, name: str, change: Callable[[bytearray, int, int], None]) -> bytes:
    out = bytearray(data)
    change(out, *_entries(data, name))
    return bytes(out)


def rebuilt(data: bytes, replace: dict[str, bytes] | None = None, extra: list[tuple[str, bytes]] | None = None,
            compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """The package written again by zipfile, members replaced or added (a name may repeat)."""
    replace = replace or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", compression) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        for member, content in extra or []:
            dst.writestr(zipfile.ZipInfo(member), content, compression)
    return out.getvalue()


def encrypted(data: bytes, main: str) -> bytes:
    """The main part marked encrypted (a zip tool's password), in both headers."""
    def change(b: bytearray, local: int, central: int) -> None:
        b[local + 6] |= 1
        b[central + 8] |= 1
    return _patch(data, main, change)


def unknown_method(data: bytes, main: str) -> bytes:
    """The main part compressed with a method zipfile does not know (98: PPMd)."""
    def change(b: bytearray, local: int, central: int) -> None:
        b[local + 8:local + 10] = b[central + 10:central + 12] = struct.pack("<H", 98)
    return _patch(data, main, change)


def bad_crc(data: bytes, main: str) -> bytes:
    """The main part's checksum wrong in both headers (its bytes changed on the way)."""
    def change(b: bytearray, local: int, central: int) -> None:
        b[local + 14] ^= 0xFF
        b[central + 16] ^= 0xFF
    return _patch(data, main, change)


def damaged_deflate(data: bytes, main: str) -> bytes:
    """Bytes flipped inside the main part's compressed data (a bad disk sector)."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(main)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    out = bytearray(data)
    for k in range(start + 5, start + 40):
        out[k] ^= 0x5A
    return bytes(out)


def truncated_directory(data: bytes, main: str) -> bytes:
    """Half of the central directory lost, its end record kept."""
    end, first = data.rfind(b"PK\x05\x06"), data.find(b"PK\x01\x02")
    return data[:first + (end - first) // 2] + data[end:]


def cut_download(data: bytes, main: str) -> bytes:
    """The last bytes missing (a download cut short)."""
    return data[:-10]


def header_before_file(data: bytes, main: str) -> bytes:
    """The main part's directory entry pointing far past the end of the file."""
    def change(b: bytearray, local: int, central: int) -> None:
        b[central + 42:central + 46] = struct.pack("<I", 0x7FFFFFFF)
    return _patch(data, main, change)


def local_name_differs(data: bytes, main: str) -> bytes:
    """The local header names another member than the directory does."""
    def change(b: bytearray, local: int, central: int) -> None:
        b[local + 30] ^= 0x20
    return _patch(data, main, change)


def bomb(data: bytes, main: str) -> bytes:
    """A 60 MB member of spaces that deflates to ~60 kB."""
    return rebuilt(data, extra=[(main.split("/")[0] + "/media/x.xml", b"<a/>" + b" " * (60 * 1024 * 1024))])


def parent_name(data: bytes, main: str) -> bytes:
    return rebuilt(data, extra=[("../../evil.xml", b"<a/>")])


def absolute_name(data: bytes, main: str) -> bytes:
    return rebuilt(data, extra=[("/etc/evil.xml", b"<a/>")])


def backslash_name(data: bytes, main: str) -> bytes:
    return rebuilt(data, extra=[("..\\..\\evil.xml", b"<a/>")])


def duplicate_name(data: bytes, main: str) -> bytes:
    """The main part twice: readers disagree on which copy counts."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns "Duplicate name"
        return rebuilt(data, extra=[(main, b"<x/>")])


def main_not_xml(data: bytes, main: str) -> bytes:
    return rebuilt(data, replace={main: b"\x00\x01 not xml <<<"})


def main_empty(data: bytes, main: str) -> bytes:
    return rebuilt(data, replace={main: b""})


def doctype_utf32(data: bytes, main: str) -> bytes:
    """The main part in UTF-32 with an entity declaration (a byte search for ASCII misses it)."""
    text = zipfile.ZipFile(io.BytesIO(data)).read(main).decode("utf-8")
    body = text[text.index("?>") + 2:] if text.startswith("<?xml") else text
    hostile = '<?xml version="1.0" encoding="UTF-32"?><!DOCTYPE d [<!ENTITY x "x">]>' + body
    return rebuilt(data, replace={main: hostile.encode("utf-32")})


def unknown_encoding(data: bytes, main: str) -> bytes:
    return rebuilt(data, replace={main: b'<?xml version="1.0" encoding="x-klingon"?><a/>'})


def bad_relations(data: bytes, main: str) -> bytes:
    """The main part's relations with a relation that has no type or target (openpyxl *warns*)."""
    folder, _, name = main.rpartition("/")
    return rebuilt(data, replace={f"{folder}/_rels/{name}.rels": (
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1"/></Relationships>')})


def relation_without_type(data: bytes, main: str) -> bytes:
    """Every relation of the main part with its `Type` attribute misspelled (found by fuzzing)."""
    folder, _, name = main.rpartition("/")
    rels = f"{folder}/_rels/{name}.rels"
    return rebuilt(data, replace={rels: zipfile.ZipFile(io.BytesIO(data)).read(rels).replace(b" Type=", b" Uype=")})


DAMAGES: dict[str, Damage] = {f.__name__: f for f in (
    encrypted, unknown_method, bad_crc, damaged_deflate, truncated_directory, cut_download, header_before_file,
    local_name_differs, bomb, parent_name, absolute_name, backslash_name, duplicate_name, main_not_xml, main_empty,
    doctype_utf32, unknown_encoding, bad_relations, relation_without_type)}
