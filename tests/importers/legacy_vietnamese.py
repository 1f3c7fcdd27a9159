"""Encode Unicode Vietnamese the way pre-Unicode fonts stored it, to build legacy test files.

TCVN3 (TCVN 5712:1993, fonts `.VnTime`): one byte per letter, upper-case toned letters written
with the lower-case codes (the `.VnTimeH` font draws them upper case). VNI (fonts `VNI-Times`):
the base letter followed by a byte for the vowel mark and tone. Both are what offices still
receive from old machines; the readers must name them, not call them "not a plan".
"""
from __future__ import annotations

import unicodedata

_TCVN3 = {
    ch: bytes([code]) for ch, code in zip(
        "ăâêôơưđĂÂÊÔƠƯĐàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ",
        [0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7,
         0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB,
         0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE,
         0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE,
         0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE],
        strict=True,
    )
}

_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc huyền hỏi ngã nặng
_VNI_TONE = dict(zip(_TONES, "ùøûõï", strict=True))
_VNI_CIRCUMFLEX = dict(zip(["", *_TONES], "âáàåãä", strict=True))
_VNI_BREVE = dict(zip(["", *_TONES], "êéèúüë", strict=True))
_VNI_I = dict(zip(_TONES, "íìæóò", strict=True))


def to_tcvn3(text: str) -> bytes:
    """TCVN3 bytes of `text` (characters without a TCVN3 code become `?`)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch in _TCVN3:
            out += _TCVN3[ch]
        elif ch.lower() in _TCVN3:
            out += _TCVN3[ch.lower()]
        else:
            out += ch.encode("ascii", errors="replace")
    return bytes(out)


def to_vni(text: str) -> bytes:
    """VNI-Windows bytes of `text`."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        out.append(_vni_letter(ch) if ord(ch) > 127 else ch)
    return "".join(out).encode("cp1252", errors="replace")


def _vni_letter(ch: str) -> str:
    if ch in "đĐ":
        return "ñ" if ch == "đ" else "Ñ"
    parts = unicodedata.normalize("NFD", ch)
    base, marks = parts[0], parts[1:]
    upper = base.isupper()
    tone = next((m for m in marks if m in _TONES), "")
    if base.lower() == "i" and not marks.replace(tone, ""):
        code = _VNI_I.get(tone, "i")
        return code.upper() if upper else code
    if "\u031b" in marks:  # horn: ơ ư, then the plain tone
        code = ("ô" if base.lower() == "o" else "ö") + _VNI_TONE.get(tone, "")
    elif "\u0302" in marks:
        code = _VNI_CIRCUMFLEX[tone]
    elif "\u0306" in marks:
        code = _VNI_BREVE[tone]
    else:
        code = _VNI_TONE.get(tone, "")
    if "\u031b" in marks:  # ơ and ư are one byte of their own, the base letter is not written
        return code.upper() if upper else code
    return base + (code.upper() if upper else code)
