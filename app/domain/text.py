"""Vietnamese text helpers shared by every layer.

Search must ignore diacritics *and* the letter đ (which NFD does not decompose), and the
documents we read arrive in NFC or NFD depending on the program that wrote them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_D_MAP = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})
_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    """Compose text so that tone marks sit on their letters (PDF fonts need it)."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Search key: lowercase, diacritics removed, đ→d, white space collapsed."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower()).strip()


_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "tp": "thanh pho", "mttq": "mat tran to quoc",
    "ubmttq": "uy ban mat tran to quoc", "vn": "viet nam", "tx": "thi xa", "ub": "uy ban",
}
_PUNCTUATION = re.compile(r"[.,;:()\[\]\"'“”‘’/&\-–—]+")


def canonical(text: str) -> str:
    """Matching key of an agency's mention or name: folded, no punctuation, the usual abbreviations expanded
    (`UBND`, `HĐND`, `TP`, `MTTQ`, `VN`), so that `Ban Thường trực UBMTTQ xã` and `Ban Thường trực Ủy ban Mặt
    trận Tổ quốc xã` are one key. The directory matches on it; the importer compares a partner with the issuer."""
    words = _PUNCTUATION.sub(" ", fold(text)).split()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


def collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


# Vietnamese alphabetical order: letters with breve, circumflex, horn and đ are letters of their
# own that follow their base letter; tone marks only break ties.
_LETTER_MODIFIERS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}  # breve, circumflex, horn
# the five tone marks as NFD spells them, valued by their collation order: huyền, hỏi, ngã, sắc, nặng
TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Collation key in Vietnamese dictionary order, for sorting outside Qt (services, exports).

    Python's plain `sorted()` puts `Đ` after `Z` and `Ă` after `B`; this key does not.
    """
    primary: list[int] = []
    tones: list[int] = []
    for ch in unicodedata.normalize("NFD", text.lower()):
        if ch in _LETTER_MODIFIERS:
            if primary:
                primary[-1] += _LETTER_MODIFIERS[ch]
            continue
        if ch in TONE_MARKS:
            if tones:
                tones[-1] = TONE_MARKS[ch]
            continue
        if unicodedata.combining(ch):
            continue
        if ch in ("đ", "ð"):
            primary.append(ord("d") * 8 + 4)
        else:
            primary.append(ord(ch) * 8)
        tones.append(0)
    return tuple(primary), tuple(tones)


_BULLETS = ("•", "-", "+")


def printed_label(label: str | None) -> str:
    """The label as the document prints it: a bullet item stored as `•3` or `-2` (the glyph and
    its place among its siblings, so labels stay unique) prints as `•` or `-`."""
    text = (label or "").strip()
    if text[:1] in _BULLETS and text[1:].isdigit():
        return text[:1]
    return text


def path_label(labels: Sequence[str]) -> str:
    """A node named by its labels from the plan's top, as the tree nests them: `II`, `6` → `II.6` (a `6` alone read
    the same under II and III); `2`, `2.1` → `2.1`, whose label already says its parent's; `(2)` joins as `2`;
    bullets and empty labels above it are skipped. Empty when the node's own label is empty or a bullet (`•3`
    prints as a lone `•`): its text has to name it."""
    parts = [printed_label(label).strip("().") for label in labels]
    if not parts or not parts[-1] or parts[-1] in _BULLETS:
        return ""
    parts = [p for p in parts if p and p not in _BULLETS]
    return ".".join(p for p, after in zip(parts, [*parts[1:], ""], strict=True) if not after.startswith(f"{p}."))


_ANNEX_MARK = re.compile(r"PL\d*")


def heading_label(label: str | None, title: str) -> str:
    """The label a heading prints before `title`: `printed_label`, but none for the annex holder the
    importer marks `PL` (`PL2` when a plan has several) — its title `Phụ lục …` already names it, and
    `PL. Phụ lục` is no numbering of the document's."""
    text = printed_label(label)
    return "" if _ANNEX_MARK.fullmatch(text) and fold(title).startswith("phu luc") else text


def plan_part_heading(numeral: str, title: str, plan_kind: str) -> str:
    """A plan's own part inside a report's section II: `Tổ chức thực hiện (Phần III của Kế hoạch)`. Its title comes
    first and the numeral says whose it is: `Phần III. Tổ chức thực hiện` printed between the plan's `6.` and the
    report's `III. TỒN TẠI, HẠN CHẾ` read as a section of the report among its `I.`–`VI.`."""
    return f"{title} (Phần {numeral} của {plan_kind})"


# Words that bind to the word after them (prepositions, conjunctions, plural and classifier words): a printed line
# that ends on one reads as cut off (`… của Tỉnh ủy về` / `chuyển đổi số …`), so a report's title never breaks after
# one, and the importer joins a document's line that ends on one to the next (`importers/extract/textutil`).
BINDS_NEXT = frozenset({
    "của", "về", "và", "với", "cho", "các", "những", "mọi", "từng", "tại", "theo", "trong", "trên", "dưới", "giữa",
    "đến", "từ", "để", "nhằm", "do", "bởi", "bằng", "hoặc", "hay", "là", "được", "bị", "mà", "đối", "sự",
    "thuộc", "có", "như", "thì",
})


def binds_next(word: str) -> bool:
    """Whether `word` (as printed, any case) binds to the next word: a line must not end on it."""
    return word.lower() in BINDS_NEXT
