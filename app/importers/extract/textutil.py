"""Text clean-up shared by the extraction rules.

The readers remove most artefacts, but the rules must not depend on it: markdown marks,
site-name stamps of legal-document portals and footnote marks are stripped again here.
"""
from __future__ import annotations

import re

from app.domain.text import BINDS_NEXT, nfc

# Stamps that legal-document portals print into copied texts (not part of any plan).
_SITE_STAMPS = re.compile(
    r"\[?\b(?:LuatVietnam|luatvietnam\.vn|ThuVienPhapLuat|thuvienphapluat\.vn|TVPL)\b\]?(?:\(#?\))?",
    re.IGNORECASE,
)
_SUPERSCRIPTS = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s*")
_MD_EMPHASIS = re.compile(r"\*{2,3}|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|__")
_TICKS = re.compile(r"[✓✔]")
_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u2009]+")


def clean_line(text: str) -> str:
    """One printed line without markdown marks, stamps, footnote marks and extra spaces."""
    text = nfc(text or "")
    text = _MD_HEADING.sub("", text)
    text = _SITE_STAMPS.sub(" ", text)
    text = _SUPERSCRIPTS.sub("", text)
    text = re.sub(r"(?<=\S)\[\d{1,2}\]", "", text)  # footnote references `8,0%[1]`
    text = _TICKS.sub("", text)
    # A bullet star at the very start is a label, keep it; other stars are emphasis.
    star_bullet = re.match(r"^\s*\*\s+(?=\S)", text) and not text.strip().startswith("**")
    if star_bullet:
        text = "· " + text.split("*", 1)[1].lstrip()
    text = _MD_EMPHASIS.sub("", text)
    text = _SPACES.sub(" ", text)
    return text.strip()


def squash(text: str) -> str:
    """Collapse white space (including line breaks) into single spaces."""
    return " ".join(text.split())


def strip_trailing_punct(text: str) -> str:
    text = text.strip()
    text = re.sub(r"(?:\s*/\.|\s*\./?)+$", "", text)
    return text.rstrip(" ;:,.").strip()


def sentences(text: str) -> list[str]:
    """Split prose into sentences at '. ' followed by a capital (not inside dates or numbers)."""
    parts = re.split(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ“\"(])", text)
    return [p.strip() for p in parts if p.strip()]


def cap_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def is_upper_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# Words after which a printed line cannot end a sentence: the next line continues it. The words bound to the next
# (`domain/text.BINDS_NEXT`), and the words a figure follows (`Nghị quyết số` / `12-NQ/TU`, `ngày` / `15 tháng 3`): a
# document wraps before the figure, while a report's title has each bound to its figure already
# (`exporters/title_lines.bound`) and may end on one where it ends a phrase (`hằng năm`, `chuyển đổi số`).
_DANGLING = BINDS_NEXT | {"số", "ngày", "tháng", "năm"}


_NUMBER_NOUNS = {"thiểu", "đa", "đổi", "chỉ", "hệ", "con", "tần", "ký", "tế", "hội", "quyền", "tảng", "liệu", "nghệ",
                 "thuật", "dân", "phần", "hóa", "hoá"}


def ends_dangling(text: str, below: str | None = None) -> bool:
    """Whether `text` stops on a word the next line must carry on (a bound word, a trailing comma). Given the line
    `below`, `số` dangles only over a figure (`Nghị quyết số` / `12-NQ/TU`): `7. Nhân lực số` / `Nhân lực số là …`
    ends a heading on the adjective (`số`, digital)."""
    text = text.rstrip()
    if not text or text[-1] in ".;:!?)”\"":
        return False
    words = text.lower().split()
    if words[-1] == "số" and len(words) > 1 and words[-2] in _NUMBER_NOUNS:
        return False  # `dân tộc thiểu số`, `chuyển đổi số`: the noun, not `Nghị quyết số ...`
    if words[-1] == "số" and below is not None:
        return below[:1].isdigit()  # `ngày` / `Quốc tế lao động`, `tháng` / `Giêng`: a name follows those too
    return words[-1] in _DANGLING or text[-1] == ","
