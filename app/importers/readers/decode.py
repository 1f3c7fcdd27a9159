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
