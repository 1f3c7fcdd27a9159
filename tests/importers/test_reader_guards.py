"""What the readers refuse and how they name it: legacy Vietnamese encodings, a text whose line
breaks were lost, and DOCTYPE/ENTITY declarations in any part python-docx may parse — whatever
the part's name or encoding."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx_factory import DocxBuilder, add_members, plain_docx, rewrite_part
from legacy_vietnamese import to_tcvn3, to_vni

from app.errors import InputError
from app.importers import import_plan_file, read_plan_file

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
PLAN = CORPUS / "000_5d85a5fb6824ef83.txt"
DOCTYPE = ('<?xml version="1.0" encoding="{enc}"?>\n<!DOCTYPE d [<!ENTITY x "xx">]>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(InputError) as info:
        import_plan_file(path)
    message = info.value.message
    assert "\n" not in message
    for word in words:
        assert word.lower() in message.lower(), message
    return message


# ---- legacy Vietnamese encodings --------------------------------------------------------------
@pytest.mark.parametrize(("encode", "name"), [(to_tcvn3, "TCVN3"), (to_vni, "VNI")], ids=["tcvn3", "vni"])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_legacy_8bit_text_is_named_not_called_not_a_plan(tmp_path: Path, encode, name: str, suffix: str) -> None:
    """A real plan saved from an old machine: 8-bit bytes (they decode as cp1258 without error)."""
    path = tmp_path / f"cu{suffix}"
    path.write_bytes(encode(PLAN.read_text(encoding="utf-8")))
    message = _refused(path, f"bảng mã {name}", "Unicode")
    assert "không nhận ra" not in message.lower()


@pytest.mark.parametrize(("encode", "name"), [(to_tcvn3, "TCVN3"), (to_vni, "VNI")], ids=["tcvn3", "vni"])
def test_legacy_text_pasted_as_unicode_is_named(tmp_path: Path, encode, name: str) -> None:
    """`Céng hoµ x· héi chñ nghÜa` typed with a .VnTime font, saved as UTF-8 or in Word."""
    text = encode(PLAN.read_text(encoding="utf-8")).decode("cp1252", errors="replace")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    _refused(tmp_path / "a.txt", f"bảng mã {name}")
    builder = DocxBuilder()
    for line in text.splitlines()[:60]:
        builder.paragraph(line)
    (tmp_path / "a.docx").write_bytes(builder.to_bytes())
    _refused(tmp_path / "a.docx", f"bảng mã {name}")


def test_every_corpus_plan_in_unicode_and_cp1258_is_not_taken_for_legacy() -> None:
    from app.importers.readers.decode import decode_text, refuse_legacy_vietnamese

    plans = sorted(CORPUS.parent.glob("*/*.txt"))
    assert len(plans) >= 20
    for plan in plans:
        text = plan.read_text(encoding="utf-8")
        refuse_legacy_vietnamese(text)
        refuse_legacy_vietnamese(decode_text(_cp1258(text)))
        with pytest.raises(InputError, match="TCVN3"):
            refuse_legacy_vietnamese(decode_text(to_tcvn3(text)))
        with pytest.raises(InputError, match="VNI"):
            refuse_legacy_vietnamese(decode_text(to_vni(text)))


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows saved it: base letters, tone marks as separate bytes."""
    import unicodedata

    tones = "\u0301\u0300\u0309\u0303\u0323"
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in decomposed if c in tones)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out += (base + tone).encode("cp1258", errors="replace")
    return bytes(out)


# ---- a text without line breaks ------------------------------------------------------------------
def test_one_megabyte_line_is_refused_not_stored_as_one_task(tmp_path: Path) -> None:
    line = "1. Sở Nội vụ chủ trì rà soát, thời gian hoàn thành Quý II/2024. "
    path = tmp_path / "mot-dong.txt"
    path.write_bytes((line * (1024 * 1024 // len(line.encode()))).encode())
    assert path.stat().st_size > 1_000_000
    _refused(path, "một dòng dài", "không xuống dòng")


def test_long_paragraph_in_word_is_refused(tmp_path: Path) -> None:
    builder = DocxBuilder()
    builder.paragraph("KẾ HOẠCH")
    builder.paragraph("1. Sở Nội vụ chủ trì rà soát. " * 1000)
    path = tmp_path / "dai.docx"
    path.write_bytes(builder.to_bytes())
    _refused(path, "không xuống dòng")


# ---- DOCTYPE / ENTITY in any encoding, any part name ----------------------------------------------
@pytest.mark.parametrize(("declared", "codec", "bom"), [
    ("UTF-8", "utf-8", b"\xef\xbb\xbf"),
    ("UTF-16", "utf-16-le", b""),
    ("UTF-16", "utf-16-be", b""),
    ("UTF-16", "utf-16-be", b"\xfe\xff"),
    ("UTF-32", "utf-32-le", b""),
    ("UTF-32", "utf-32-be", b""),
    ("UTF-32", "utf-32-le", b"\xff\xfe\x00\x00"),
    ("UTF-32", "utf-32-be", b"\x00\x00\xfe\xff"),
    ("IBM037", "cp037", b""),
    ("UTF-7", "utf-7", b""),
], ids=lambda v: v if isinstance(v, str) else (v.hex() or "no-bom"))
def test_doctype_refused_in_every_encoding(tmp_path: Path, declared: str, codec: str, bom: bytes) -> None:
    payload = bom + DOCTYPE.format(enc=declared).encode(codec)
    if codec == "utf-7":  # the markers must not appear as ASCII: `<` is `+ADw-` in UTF-7
        payload = DOCTYPE.format(enc=declared).replace("<!", "+ADw-!").encode("ascii")
    path = tmp_path / "x.docx"
    path.write_bytes(rewrite_part(plain_docx(), "word/document.xml", payload))
    with pytest.raises(InputError, match="DOCTYPE"):
        read_plan_file(path)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_doctype_without_declaration_or_mark_refused(tmp_path: Path, codec: str) -> None:
    payload = DOCTYPE.split("\n", 1)[1].encode(codec)  # starts with `<!DOCTYPE`, nothing before it
    path = tmp_path / "x.docx"
    path.write_bytes(rewrite_part(plain_docx(), "word/document.xml", payload))
    with pytest.raises(InputError, match="DOCTYPE"):
        read_plan_file(path)


def test_declaration_lying_about_its_encoding_does_not_hide_a_doctype(tmp_path: Path) -> None:
    payload = DOCTYPE.format(enc="UTF-16").encode("ascii")
    path = tmp_path / "x.docx"
    path.write_bytes(rewrite_part(plain_docx(), "word/document.xml", payload))
    with pytest.raises(InputError, match="DOCTYPE"):
        read_plan_file(path)


def _rename_main_part(docx_bytes: bytes, new_name: str, content: bytes | None = None) -> bytes:
    """The package with word/document.xml moved to `new_name`, wired through [Content_Types].xml
    and the relationships, as a hand-made or hostile package may do."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            name = info.filename
            if name == "word/document.xml":
                name, data = new_name, content if content is not None else data
            elif name == "word/_rels/document.xml.rels":
                name = f"word/_rels/{new_name.rpartition('/')[2]}.rels"
            elif name == "[Content_Types].xml":
                data = data.replace(b'PartName="/word/document.xml"', f'PartName="/{new_name}"'.encode())
            elif name == "_rels/.rels":
                data = data.replace(b"word/document.xml", new_name.encode())
            dst.writestr(name, data)
    return out.getvalue()


def test_renamed_main_part_is_read_and_its_doctype_refused(tmp_path: Path) -> None:
    plain = plain_docx()
    path = tmp_path / "renamed.docx"
    path.write_bytes(_rename_main_part(plain, "word/main.bin"))
    assert "KẾ HOẠCH" in [b.text for b in read_plan_file(path)]  # python-docx does parse it
    for codec, bom in (("utf-8", b""), ("utf-32-le", b"")):
        hostile = bom + DOCTYPE.format(enc=codec.upper()).encode(codec)
        path.write_bytes(_rename_main_part(plain, "word/main.bin", hostile))
        with pytest.raises(InputError, match="DOCTYPE"):
            read_plan_file(path)


def test_svg_picture_with_doctype_is_not_refused(tmp_path: Path) -> None:
    """An SVG logo may carry a DOCTYPE (Illustrator writes one); it is a picture, never parsed."""
    svg = b'<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd"><svg/>'
    plain = plain_docx()
    with zipfile.ZipFile(io.BytesIO(plain)) as src:
        types = src.read("[Content_Types].xml").replace(
            b"<Default ", b'<Default Extension="svg" ContentType="image/svg+xml"/><Default ', 1)
    path = tmp_path / "logo.docx"
    path.write_bytes(add_members(rewrite_part(plain, "[Content_Types].xml", types), {"word/media/logo.svg": svg}))
    assert "KẾ HOẠCH" in [b.text for b in read_plan_file(path)]


@pytest.mark.parametrize("root", [b"<w:documentx", b"<w:body", b"<x"])
def test_main_part_with_another_root_is_not_word(tmp_path: Path, root: bytes) -> None:
    """Found by bench/fuzz_readers.py: python-docx opens it, but `element.body` does not exist."""
    plain = plain_docx()
    with zipfile.ZipFile(io.BytesIO(plain)) as src:
        xml = src.read("word/document.xml")
    start = xml.index(b"<w:document")
    end = xml.index(b" ", start)
    close = xml.rindex(b"</w:document>")
    damaged = xml[:start] + root + xml[end:close] + b"</" + root[1:] + b">"
    path = tmp_path / "root.docx"
    path.write_bytes(rewrite_part(plain, "word/document.xml", damaged))
    with pytest.raises(InputError, match="không phải văn bản Word"):
        read_plan_file(path)
