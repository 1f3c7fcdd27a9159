"""Where a paragraph starts in a PDF's text kept in its printed layout (`pdftotext -layout`), read off its indents.

An official text is printed with a first-line indent and no blank line between paragraphs: the first line of each
paragraph or item starts a few spaces in and runs to the right margin, the lines the wrap adds start at the left
margin (`      4. Hoàn thành di dời … và 02 cụm công` / `nghiệp (… Sơn Mãn).` / `      UBND phường A chủ trì, …`).
The layout text keeps those spaces, and they say more than the words do: a line at the margin under a full line
carries the paragraph on even when it opens with a capital or a name (`… để tổng hợp báo cáo` / `Ủy ban nhân dân
tỉnh. Đồng thời …`) or with an inline count (`… Cụ thể:` / `(i) Rà soát …; (ii) …`), and an indented line under a
short last line opens a new paragraph even when a word such as `khu` ended the line above. The page's margins may
move from page to page, so every indent is read against the line below it, not against a fixed column.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# a first-line indent is a few characters: less is a stray space, more is a centred or right-hand block
_MIN_INDENT, _MAX_INDENT = 3, 15
# a line reaching this share of the text's right edge was filled by the wrap; a paragraph's last line falls short
_FULL = 0.85
# the layout is trusted once it shows this many paragraphs printed that way
_MIN_PARAGRAPHS = 5
# a line printed in two columns (the header's `Số: …      Hà Nội, ngày …`, a signature beside `Nơi nhận`)
_TWO_COLUMNS = re.compile(r"\S {4,}\S")
# a bullet or a numbered label at the margin opens an item of its own even under a full line; an inline count
# (`(i)`, `(2)`, `a)`) is part of the sentence the wrap broke
_OWN_ITEM = re.compile(r"^(?:[-+•*–—·▪●○◦►✓]|(?:[IVXL]{1,6}|\d{1,3}(?:\.\d{1,3})*)\s*[.)/](?:\s|$))")


@dataclass(frozen=True)
class LayoutMark:
    """What the indents say of one printed line: it opens a paragraph, or it carries on the line above."""

    starts: bool = False
    continues: bool = False


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" "))


def first_line_indents(raws: list[str]) -> list[LayoutMark | None]:
    """One mark per line of `raws` (None where the indents say nothing), or all None when the text is not printed
    with first-line indents."""
    marks: list[LayoutMark | None] = [None] * len(raws)
    ends = sorted(len(r.rstrip()) for r in raws if r.strip())
    if not ends:
        return marks
    full = _FULL * ends[int(0.9 * (len(ends) - 1))]
    printed = [bool(r.strip()) and not _TWO_COLUMNS.search(r.strip()) for r in raws]
    paragraphs = 0
    for i in range(len(raws) - 1):
        j = i + 1
        if not (printed[i] and printed[j]) or len(raws[i].rstrip()) < full:
            continue
        margin = _indent(raws[j])
        if not _MIN_INDENT <= _indent(raws[i]) - margin <= _MAX_INDENT:
            continue
        if i and printed[i - 1] and abs(_indent(raws[i - 1]) - _indent(raws[i])) <= 1 \
                and len(raws[i - 1].rstrip()) >= full:
            continue  # under a full line as far in: the paragraph above goes on, on a page with a wider margin
        # a full first line, indented, over a line at the margin: a paragraph printed the way the text prints them
        paragraphs += 1
        marks[i] = LayoutMark(starts=True)
        k = j
        while k < len(raws) and printed[k] and abs(_indent(raws[k]) - margin) <= 1 \
                and len(raws[k - 1].rstrip()) >= full and not _OWN_ITEM.match(raws[k].strip()):
            marks[k] = LayoutMark(continues=True)
            k += 1
    return marks if paragraphs >= _MIN_PARAGRAPHS else [None] * len(raws)
