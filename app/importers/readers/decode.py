"""Bytes of a plain-text plan → str, whatever program saved it.

Offices save .txt from Notepad (UTF-8 with or without BOM, or "Unicode" = UTF-16 LE with BOM),
from old Vietnamese Windows (cp1258, whose tone marks are combining characters) or from web
copy-paste. We try the encodings that can be told apart reliably, in order, and refuse bytes
that decode only to control-character soup (a binary file renamed .txt).
"""
from __future__ import annotations

import codecs
import unicodedata

from app.errors import InputError

_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


def decode_text(data: bytes) -> str:
    """Decode `data` and return NFC text; raise `InputError` if it is not text."""
    text = _decode(data)
    _refuse_binary(text)
    return unicodedata.normalize("NFC", text)


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, "utf-8-sig")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _strict(data, "utf-32")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly = data.decode("utf-8", errors="replace")
    bad = mostly.count("\ufffd")
    if bad <= max(3, len(mostly) // 1000) and sum(1 for ch in mostly if ord(ch) > 127) > 5 * bad:
        return mostly  # UTF-8 with a few damaged bytes (a cut copy-paste): keep it, not cp1258 soup
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) * 4 >= len(sample):
        # UTF-16 without BOM: every other byte of Latin-range text is zero.
        for enc in ("utf-16-le", "utf-16-be") if sample[1] == 0 else ("utf-16-be", "utf-16-le"):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise _not_text() from exc


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _not_text() from exc


def _refuse_binary(text: str) -> None:
    sample = text[:20000]
    if not sample.strip():
        raise InputError("Tệp không có nội dung văn bản (chỉ có khoảng trắng).")
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn")
              and ch not in _ALLOWED_CONTROLS)
    if bad > max(8, len(sample) // 200):
        raise _not_text()


def _not_text() -> InputError:
    return InputError(
        "Tệp không phải văn bản đọc được (dữ liệu nhị phân hoặc bảng mã không hỗ trợ); "
        "hãy dùng tệp Word (.docx), văn bản UTF-8 (.txt, .md) hoặc PDF có văn bản."
    )


_VIETNAMESE = set("ăđơưĂĐƠƯ")  # with U+1EA0–U+1EF9: letters only Vietnamese Unicode has
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")  # Vietnamese letters Latin-1 also has
_COMMON_SIGNS = set("«»°±×\u00a0")
_VNI_MARKS = set("ïäëüåøûöñæÏÄËÜÅØÛÖÑÆ")  # VNI's tone/mark bytes, read as Latin-1 letters


def refuse_legacy_vietnamese(text: str) -> None:
    """Refuse text typed in a pre-Unicode Vietnamese font (TCVN3 `.VnTime`, VNI-Times).

    Such text decodes without error but reads `KÕ ho¹ch` / `Keá hoaïch`: Latin-1 signs and
    letters Vietnamese does not have (µ ¸ ¹ ® Õ, ï ä ö ñ) where Vietnamese letters should be.
    Real Vietnamese — Unicode, or cp1258 once decoded — has many letters only Vietnamese has
    (ă đ ơ ư, ạ … ỹ) and almost none of those signs (1 in 1,000 in the corpus), while a legacy
    text has several of them for each accidental Vietnamese letter. Importing it would give an
    empty or garbled plan, so say which encoding it is and how to convert it.
    """
    sample = text[:20000]
    vietnamese = sum(1 for ch in sample if ch in _VIETNAMESE or "\u1ea0" <= ch <= "\u1ef9")
    foreign = [ch for ch in sample
               if "\u00a0" <= ch <= "\u00ff" and ch not in _VIETNAMESE_LATIN1 and ch not in _COMMON_SIGNS]
    if len(foreign) < 10 or len(foreign) <= vietnamese:
        return
    vni = sum(1 for ch in foreign if ch in _VNI_MARKS)
    name = "VNI (phông VNI-Times)" if vni * 2 > len(foreign) else "TCVN3 (phông .VnTime, ABC)"
    raise InputError(
        f"Văn bản dùng bảng mã {name}, bảng mã tiếng Việt cũ, không phải Unicode; hãy chuyển sang "
        "Unicode (ví dụ Unikey → Công cụ chuyển mã, hoặc lưu lại bằng phông Times New Roman) rồi nhập lại."
    )
