"""Where a paragraph ends in a text hard-wrapped at a column with no blank lines (`lines.join_broken_lines`).

A web export with first-line indents breaks the first line of every paragraph short (`- Lồng ghép tổ chức Lễ
phát` / `động, các hoạt động …`); the lines below fill the column up to the paragraph's last, short line. So a
paragraph holds one short line that goes on — its first — and at most one more, its last, that does not. These
helpers read that shape; they take plain strings so any reader can ask them.
"""
from __future__ import annotations

import re

from app.importers.readers.numbering import VIETNAMESE_LETTERS

# a website wraps at a printed width, not a count of characters: its lines end a character or two either side
# of the column, so a word fits on the line above only with this much to spare
SLACK = 2


def room_left(above_len: int, below: str, column: int) -> bool:
    """Would the first word of `below` have fitted on the line above (`above_len` long)?"""
    return above_len + 1 + len(below.split(" ", 1)[0]) + SLACK <= column


# a justified PDF's text counts characters of a proportional font: a surely wrapped line (the sentence goes on in lower
# case below it) can look as if the next word had fitted; this share of them may, no more
_FITTED_SHARE = 0.1
_MIN_WRAPS = 20  # fewer surely wrapped lines tell nothing about the font
_BODY_LINE = 0.8  # of the column: a line of the running text (a table's narrow cells are wrapped at their own width)


def full_line_column(lines: list[str], lengths: list[int], column: int) -> int:
    """The column from which a line of a text hard-wrapped at `column` counts as full. A monospace wrap (an e-mail, a
    website's export) breaks a line only when the next word no longer fits, so that is `column` itself. A justified
    PDF's text (the Công báo's) sets a proportional font: full lines run from well under the widest to it, and a
    line with room left by its count of characters was still broken by the layout. Measured on the lines inside a
    sentence (a line of the running text, the line below going on in lower case; `lines` one printed line each):
    the column is lowered until nine in ten of those count as full, as a monospace wrap's all do."""
    needs = sorted(lengths[k] + 1 + len(below.split(" ", 1)[0]) + SLACK
                   for k, (above, below) in enumerate(zip(lines, lines[1:], strict=False))
                   if lengths[k] >= _BODY_LINE * column and below[:1].islower()
                   and not re.search(r"[.;:!?]\s*$", above))
    if not column or len(needs) < _MIN_WRAPS:
        return column
    return min(column, needs[int(len(needs) * _FITTED_SHARE)] - 1)


def opens_cut_paragraph(text: str, length: int, after: str | None, column: int, first_column: int, *,
                        sentence_end: re.Pattern[str], list_item: re.Pattern[str]) -> bool:
    """In a text that cuts its paragraphs' first lines short at `first_column`: is the line `text` (`length`
    printed characters) such a first line — no longer than the others, opening in a capital, yet going on into
    `after` (the line below it, in lower case)? A paragraph's only short line that goes on is its first, so the
    line above ended a paragraph: a heading with no full stop (`d) Các hoạt động chính` / `Căn cứ tình hình thực
    tế,` / `các cơ quan …`) or the last line of a paragraph that ended where the wrap fell. A two-line heading
    (`3. Sở` / `Nông nghiệp và Môi trường`) ends in its short second line, and the line below it opens a sentence
    of its own. (`sentence_end` and `list_item`: the readers' patterns.)"""
    if not after or not text[:1].isupper() or sentence_end.search(text) or text.endswith(("-", "–")) \
            or not after[:1].islower() or list_item.match(after):
        return False
    # no longer than the document's first lines (`first_column`), and short of the column
    return length <= first_column + SLACK and room_left(length, after, column)


def sentence_dash(text: str) -> bool:
    """`- quản lý - tiêu thụ …` under `… từ sản xuất`: a dash and a word in lower case carry on a sentence
    (`sản xuất - quản lý`) the wrap broke before the dash; no bullet opens in lower case after an unfinished
    line."""
    dash = re.match(r"[-–]\s+(\w)", text)
    return dash is not None and dash.group(1).islower()


def open_parenthesis(text: str) -> bool:
    """`… báo cáo UBND tỉnh (thông qua` / `Sở Tài chính) để xem xét …`: a parenthesis is never left open at a
    paragraph's end (a label's `a)` / `(1)` closes none)."""
    opened = re.sub(r"^\(?\w{1,4}\)\s", "", text)
    return opened.count("(") > opened.count(")")


_INLINE_LABEL = re.compile(r"^(\()?(\d{1,2}|[a-zđ])\)\s")


def inline_label_wrapped(above: str, below: str, above_len: int, column: int) -> bool:
    """`3.1. … : (1) Họp Ban lãnh đạo …;` / `(2) Hội nghị lấy ý kiến …`: a label the wrap had no room for on the
    line above, whose paragraph already counts the item before it inside its sentence (`(1)` after other
    words, not as its own label): the enumeration runs on inline, so the line goes on with it. A list whose
    items each open their own line has the previous label at the start of its paragraph."""
    label = _INLINE_LABEL.match(below)
    if not label or room_left(above_len, below, column):
        return False
    value = label.group(2)
    if value.isdigit():
        before = str(int(value) - 1) if int(value) > 1 else ""
    else:
        at = VIETNAMESE_LETTERS.find(value)
        before = VIETNAMESE_LETTERS[at - 1] if at > 0 else ""
    if not before:
        return False
    opening = r"\(" if label.group(1) else ""
    return re.search(rf"\S\s+{opening}{before}\)\s", above) is not None


def wrapped_after_colon(above: str, below: str, above_len: int, column: int) -> bool:
    """Between blank-line paragraphs, `2. Đồng chí Phó Trưởng tiểu ban:` filling the column / `Trực tiếp chỉ đạo
    …`: a colon where the wrap fell, with no room left for the next word and no blank line after it, goes on
    in the same paragraph (its items would stand in paragraphs of their own)."""
    return above.endswith(":") and above_len >= 0.9 * column and not room_left(above_len, below, column)


def label_runs_on(above: str, below: str, *, list_item: re.Pattern[str]) -> bool:
    """Between blank-line paragraphs, `10. Bộ Chỉ huy Quân sự tỉnh:` / `Chủ trì, phối hợp triển khai …` with no
    blank line after the colon: an item's label and its words, one paragraph (`1. Khen thưởng cấp Nhà nước:` /
    `Sở Nội vụ phối hợp …` too). A heading over items stands in a paragraph of its own, a blank line below it,
    and items below a colon open with their own labels. (`list_item`: the readers' pattern.)"""
    return bool(list_item.match(above)) and above.endswith(":") and below[:1].isupper() \
        and not list_item.match(below)
