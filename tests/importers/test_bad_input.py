"""Every kind of bad plan file is refused with one clear Vietnamese `InputError`, nothing else.

Each file is built in tmp_path. The point is that no hostile or broken file reaches a library
that would spend memory on it, resolve entities, or crash with a traceback.
"""
from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from docx_factory import DocxBuilder, add_members, plain_docx, rewrite_part, zip_bomb_docx

from app.errors import InputError
from app.importers import NOT_A_PLAN, import_plan_file, read_plan_file
from app.importers.readers import zipguard
from app.importers.readers.limits import MAX_FILE_BYTES, MAX_TEXT_CHARS


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(InputError) as info:
        read_plan_file(path)
    message = info.value.message
    assert "\n" not in message and message.strip()
    for word in words:
        assert word.lower() in message.lower(), message
    return message


@pytest.mark.parametrize("name", ["empty.docx", "empty.txt", "empty.md", "empty.pdf"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    _refused(path, "rỗng")


def test_whitespace_only_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n\t \n", encoding="utf-8")
    _refused(path, "không có nội dung")


@pytest.mark.parametrize("name", ["random.txt", "random.md"])
def test_random_bytes_as_text(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(os.urandom(64 * 1024))
    _refused(path, "không phải văn bản")


def test_random_bytes_as_docx(tmp_path: Path) -> None:
    path = tmp_path / "random.docx"
    path.write_bytes(os.urandom(64 * 1024))
    _refused(path, "không phải văn bản Word")


def test_text_renamed_docx(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_text("KẾ HOẠCH\n1. Sở Nội vụ chủ trì.", encoding="utf-8")
    _refused(path, "Word")


def test_old_word_doc_or_password_protected(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(zipguard.OLE_MAGIC + os.urandom(4096))
    _refused(path, ".doc")


def test_doc_extension(tmp_path: Path) -> None:
    path = tmp_path / "plan.doc"
    path.write_bytes(zipguard.OLE_MAGIC + os.urandom(4096))
    _refused(path, ".docx")


def test_zip_that_is_not_word(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "xin chào")
    _refused(path, "Word")


def test_truncated_docx(tmp_path: Path) -> None:
    path = tmp_path / "cut.docx"
    path.write_bytes(plain_docx()[:3000])
    _refused(path, "Word")


def test_zip_bomb_by_compression_ratio(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    path.write_bytes(zip_bomb_docx(plain_docx(), unpacked_mb=20))
    assert path.stat().st_size < 1024 * 1024  # a small file...
    _refused(path, "nén")  # ...refused before anything unpacks 20 MB


def test_zip_bomb_by_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipguard, "MAX_UNZIPPED_BYTES", 512 * 1024)
    path = tmp_path / "big.docx"
    path.write_bytes(add_members(plain_docx(), {"word/media/photo.bin": os.urandom(600 * 1024)}))
    _refused(path, "giải nén")


def test_zip_bomb_by_member_count(tmp_path: Path) -> None:
    members = {f"word/media/m{i}.bin": b"x" for i in range(zipguard.MAX_ZIP_MEMBERS + 1)}
    path = tmp_path / "many.docx"
    path.write_bytes(add_members(plain_docx(), members))
    _refused(path, "thành phần")


def test_member_bigger_than_its_header_says_is_cut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """The running cap stops unpacking at the limit even when the directory sizes pass."""
    monkeypatch.setattr(zipguard, "MAX_XML_PART_BYTES", 64 * 1024)
    data = add_members(plain_docx(), {"word/extra.xml": b"<a>" + b"x" * (128 * 1024) + b"</a>"})
    with pytest.raises(InputError, match="quá lớn"):
        zipguard.open_office_zip(data)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"""


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "xxe"])
@pytest.mark.parametrize("part", ["word/document.xml", "word/numbering.xml", "word/styles.xml"])
def test_entity_declarations_refused(tmp_path: Path, payload: bytes, part: str) -> None:
    path = tmp_path / "entities.docx"
    path.write_bytes(rewrite_part(plain_docx(), part, payload))
    _refused(path, "DOCTYPE")


def test_utf16_doctype_refused(tmp_path: Path) -> None:
    path = tmp_path / "entities16.docx"
    payload = BILLION_LAUGHS.decode().encode("utf-16")
    path.write_bytes(rewrite_part(plain_docx(), "word/document.xml", payload))
    _refused(path, "DOCTYPE")


@pytest.mark.parametrize("name", ["plan.xlsx", "plan.exe", "plan", "plan.html", "plan.rtf"])
def test_unknown_extension(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("KẾ HOẠCH", encoding="utf-8")
    _refused(path, "không hỗ trợ")


def test_missing_file(tmp_path: Path) -> None:
    _refused(tmp_path / "absent.txt", "không tìm thấy")


def test_pdf_renamed_txt(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(b"%PDF-1.4\n" + os.urandom(2048))
    _refused(path, "PDF")


def test_docx_renamed_txt(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(plain_docx())
    _refused(path, "nén")


def test_broken_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(4096))
    _refused(path, "PDF")


def test_text_that_is_not_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(
        "Kính gửi anh chị,\n\nHôm nay trời đẹp, chúng tôi mời cả nhà đi dã ngoại ở ngoại thành.\n\n"
        "Trân trọng cảm ơn.\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        import_plan_file(path)
    assert info.value.message == NOT_A_PLAN


def test_five_megabyte_text_refused_with_size_limit(tmp_path: Path) -> None:
    """Decision: a 5 MB plain text (~3.5 M characters, ~1,500 pages) is not one plan: refused fast."""
    path = tmp_path / "huge.txt"
    line = "- Sở Nội vụ chủ trì rà soát, tổng hợp báo cáo kết quả thực hiện. Thời gian: Quý II/2024.\n"
    path.write_text(line * (5 * 1024 * 1024 // len(line.encode("utf-8")) + 1), encoding="utf-8")
    assert path.stat().st_size >= 5 * 1024 * 1024
    message = _refused(path, "quá dài")
    assert f"{MAX_TEXT_CHARS:,}".replace(",", ".") in message


def test_five_megabyte_docx_with_pictures_is_read(tmp_path: Path) -> None:
    """Decision: a 5 MB .docx (pictures: logo, signature scans) is within limits and read normally."""
    path = tmp_path / "photos.docx"
    path.write_bytes(add_members(plain_docx(), {"word/media/scan.bin": os.urandom(5 * 1024 * 1024)}))
    assert path.stat().st_size >= 5 * 1024 * 1024
    texts = [b.text for b in read_plan_file(path)]
    assert "KẾ HOẠCH" in texts


def test_file_over_byte_limit(tmp_path: Path) -> None:
    path = tmp_path / "giant.pdf"
    with path.open("wb") as handle:
        handle.seek(MAX_FILE_BYTES + 1)
        handle.write(b"\0")
    _refused(path, "quá lớn")


TCVN3 = ("KÕ ho¹ch triÓn khai thùc hiÖn NghÞ quyÕt sè 04-NQ/TU cña Ban ChÊp hµnh §¶ng bé Thµnh phè "
         "vÒ tËp trung x©y dùng vµ n©ng cao chÊt l­îng ®éi ngò c¸n bé c¸c cÊp. ")
VNI = "Keá hoaïch trieån khai thöïc hieän Nghò quyeát soá 04-NQ/TU cuûa Ban Chaáp haønh Ñaûng boä Thaønh phoá. "


@pytest.mark.parametrize("legacy", [TCVN3, VNI], ids=["tcvn3", "vni"])
def test_legacy_vietnamese_font_text_refused(tmp_path: Path, legacy: str) -> None:
    """Text typed with .VnTime / VNI-Times fonts decodes without error but is not Vietnamese."""
    path = tmp_path / "cu.docx"
    builder = DocxBuilder()
    for _ in range(5):
        builder.paragraph(legacy)
    path.write_bytes(builder.to_bytes())
    _refused(path, "bảng mã")
