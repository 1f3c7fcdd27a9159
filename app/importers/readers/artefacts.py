"""Page furniture of a copied plan: page numbers and running headers or footers.

A plan copied out of a PDF or a paged web view carries, at every page break, the page's number
(`3`, `- 3 -`, `Trang 3/12`) and often a running title, wherever the break fell: between paragraphs,
inside a sentence, inside a table's cell. None of it is plan text; it goes before the lines are
joined into paragraphs (`lines.join_broken_lines`).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TypeVar

from app.importers.readers.lines import LIST_ITEM, SENTENCE_END, Line, text_at
from app.importers.readers.repeats import opens_paragraph, section_titles
from app.importers.readers.wraps import room_left

T = TypeVar("T")
# a page's number (`12`, `- 12 -`, `Trang 3/12`, `3/12`); a year (`2025`) or a month (`6/2025`) is none: no plan
# runs to 1900 pages, and a deadline cell of a table copied one cell per line stands alone on its line like one
PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?!(?:19|20)\d{2}\b)\d{1,4}(?:\s*[-–—])?$|^(?:trang|page)\s+\d{1,4}(?:\s*(?:/|trên|of)\s*\d{1,4})?$"
    r"|^(?!(?:0?[1-9]|1[0-2])\s*/\s*(?:19|20)\d{2}$)\d{1,4}\s*/\s*\d{1,4}$",
    re.IGNORECASE,
)
# a page number no sentence holds (`Trang 3/12`, `- 3 -`): furniture even where a page break cuts a sentence (a
# bare `3` or `3/12` there may be the sentence's own number or date, wrapped onto a line of its own)
MARKED_PAGE_NUMBER = re.compile(  # also what `pipecells` takes out of a cell
    r"^[-–—]\s*\d{1,4}\s*[-–—]$|^(?:trang|page)\s+\d{1,4}(?:\s*(?:/|trên|of)\s*\d{1,4})?$", re.IGNORECASE)
# a bare year or span of years (`2030`, `2026 - 2030`)
_YEARS = re.compile(r"^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$")
MIN_PAGE_GAP = 8  # lines between two repeats of a running header (a page holds more)


def drop_artefacts(lines: list[Line | T], *, repeats: bool = True, column: int = 0) -> list[Line | T]:
    """Remove page numbers and (with `repeats`) short lines repeated on many pages.

    A line that goes on with the sentence right above it is text, however often it repeats: a web
    export wraps `Thời gian thực hiện: năm` / `2025 và các năm tiếp theo.` the same way under
    every item. Otherwise a repeated line is dropped only when it cannot be plan content: no outline label, no colon
    (`Thời gian thực hiện: Thường xuyên` repeats legitimately), at most ten words, and its
    repeats are pages apart (never closer than `MIN_PAGE_GAP` lines) — a table flattened to text
    repeats `Sở Nội vụ` or `Thường xuyên` every few lines, a running header once a page. A section title
    repeated in each part, or the first line of a repeated paragraph, is kept (`readers.repeats`). In a text
    hard-wrapped at `column`, a title printed once where it cuts a sentence goes too (`_cuts_wrapped_sentence`).
    """
    spread = _spread(lines)
    furniture = running_titles(lines) if repeats else set()
    out: list[Line | T] = []
    above: Line | None = None  # the line right above, when no blank line or table came between
    for pos, item in enumerate(lines):
        if not isinstance(item, Line):
            out.append(item)
            above = None
            continue
        text = item.text
        if not text:
            out.append(item)
            above = None
            continue
        continues = above is not None and not SENTENCE_END.search(above.text) and not LIST_ITEM.match(text)
        above_text = above.text if above is not None else None
        above = item
        if PAGE_NUMBER.match(text) and (not continues or MARKED_PAGE_NUMBER.match(text)):
            continue
        if repeats and text in spread and _could_be_running_header(text) and not continues \
                and not opens_paragraph(above_text, text, text_at(lines, pos + 1), SENTENCE_END):
            continue
        if text in furniture:  # a running header, even where it cuts a sentence
            continue
        if repeats and column and above_text and _cuts_wrapped_sentence(above_text, item, text_at(lines, pos + 1),
                                                                          column):
            continue
        out.append(item)
    return out


def _cuts_wrapped_sentence(above: str, line: Line, below: str | None, column: int) -> bool:
    """`… phối hợp với các huyện ủy, thị ủy,` / `Kế hoạch thực hiện - Bản sao điện tử` / `thành ủy rà soát …` in a
    text wrapped at `column`: a short title between a full line whose sentence goes on and the line that carries it
    on in lower case. A greedy wrap never leaves a short line inside a sentence — the next word would have fitted
    on it — so a page break put it there: a running title, even one printed once (a two-page plan)."""
    if not below:
        return False
    length = line.raw_len or len(line.text)
    return _could_be_running_header(line.text) and line.text[:1].isupper() \
        and not SENTENCE_END.search(above) and not SENTENCE_END.search(line.text) \
        and below[:1].islower() and not LIST_ITEM.match(below) \
        and len(above) >= 0.8 * column and length <= 0.6 * column and room_left(length, below, column)


def _spread(lines: list[Line | T]) -> set[str]:
    """Lines printed three times or more, never closer than `MIN_PAGE_GAP` lines, that are no section title."""
    filled = [line for line in lines if isinstance(line, Line) and line.text]
    counts = Counter(line.text for line in filled)
    positions: dict[str, list[int]] = {}
    for index, line in enumerate(filled):
        if counts[line.text] >= 3:
            positions.setdefault(line.text, []).append(index)
    titles = section_titles(filled, positions, LIST_ITEM)
    return {text for text, where in positions.items()
            if min(b - a for a, b in zip(where, where[1:], strict=False)) >= MIN_PAGE_GAP and text not in titles}


def running_titles(lines: list[Line | T], page_number: re.Pattern[str] = PAGE_NUMBER) -> set[str]:
    """Running headers and footers that are furniture wherever they stand, inside a sentence or a table's cell
    too: a title printed beside a page number (`page_number`: once bare numbers were judged, only a marked one:
    a bare `2` left is a table's row number) each time, or one that page breaks put inside sentences."""
    filled = [line for line in lines if isinstance(line, Line) and line.text]
    counts = Counter(line.text for line in filled)
    return _beside_page_numbers(filled, counts, page_number) \
        | _cutting_sentences(lines, {t for t in _spread(lines) if _could_be_running_header(t)})


# a title longer than a running header `_spread` judges (a decision's trích yếu, not `Kế hoạch số 12/KH-UBND`)
_LONG_TITLE = 10


def title_copies(lines: list[Line]) -> set[int]:
    """Where the document's title (its first printed line) is printed again, when it is printed three times or
    more: the copies a PDF's running header or a chunked export (`# TITLE` above each section) put in the text.
    The first copy is the title and stays. Only a title longer than `_LONG_TITLE` words is judged here: a short
    one repeated pages apart is `running_titles`' (and the organisation's name a decision and its attached plan
    both print is no title copy)."""
    filled = [(i, line.text) for i, line in enumerate(lines) if line.text]
    if not filled:
        return set()
    first, title = filled[0]
    if len(title.split()) <= _LONG_TITLE or ":" in title or LIST_ITEM.match(title) or title[:1].islower():
        return set()
    copies = [i for i, text in filled[1:] if text == title]
    return set(copies) if len(copies) >= 2 else set()


def _cutting_sentences(lines: list[Line | T], spread: set[str]) -> set[str]:
    """Repeated titles (`spread`: three times or more, pages apart) that a page break put inside sentences: at
    each repeat either the line above ends its sentence, or it does not and the line below goes on with it in
    lower case or a digit (`… hạ tầng viễn` / header / `thông và IoT …`, `**5. Các chủ đầu tư và` / header /
    `kinh doanh hạ tầng**`), at least once the latter, and with other lines around it every time: a running
    header. A sentence's tail a web export wraps the same way under every item has the same line above it each
    time; a header cutting many sentences may find the same words above it now and then (a table's group rows
    `Phát triển kinh tế số,` / header / `xã hội số trong y tế`), never a third of the times. A field name over
    its value (`Đơn vị chủ trì` / `Sở Tài chính`) has a capital below it most times — a header cutting sentences
    twice for each capital below it (a page opening on a new sentence after a line that ends without a stop:
    `[4]`, a table's last cell; a sentence going on with a name: `… giữa các ngành` / header / `Giáo dục, Nội vụ
    …`) is still a header."""
    if not spread:
        return set()
    cuts: dict[str, list[str]] = {}  # the lines above the repeats that cut a sentence
    other: Counter[str] = Counter()  # repeats going on into a capital (nothing says they are furniture)
    items = [x for x in lines if isinstance(x, Line)]
    for k, item in enumerate(items):
        if item.text not in spread:
            continue
        above = items[k - 1].text if k > 0 else ""
        below = items[k + 1].text if k + 1 < len(items) else ""
        if not above or SENTENCE_END.search(above):
            continue
        if below[:1].islower() or (below[:1].isdigit() and not LIST_ITEM.match(below)):
            cuts.setdefault(item.text, []).append(above)
        elif below and not LIST_ITEM.match(below):
            other[item.text] += 1  # a blank line or an item below says nothing either way
    return {text for text, above in cuts.items()
            if (not other[text] or len(above) >= max(2, 2 * other[text]))
            and 3 * max(Counter(above).values()) <= max(3, len(above))}


def _beside_page_numbers(filled: list[Line], counts: Counter[str], page_number: re.Pattern[str]) -> set[str]:
    """Titles printed twice or more, each time right above or below a page number (`- 2 -`,
    `Trang 3/9`): a running header or footer of a PDF copy. Text a web export wraps the same way
    under every item never sits beside a page number every time it repeats."""
    where: dict[str, list[int]] = {}
    for index, line in enumerate(filled):
        if counts[line.text] >= 2 and _could_be_running_header(line.text) and not PAGE_NUMBER.match(line.text):
            where.setdefault(line.text, []).append(index)
    return {text for text, at in where.items()
            if all(any(0 <= k < len(filled) and page_number.match(filled[k].text) for k in (i - 1, i + 1))
                   for i in at)}


def _could_be_running_header(text: str) -> bool:
    """A running header or footer is a title: it never starts in lower case (a repeated
    lower-case line is the tail of a repeated sentence, wrapped at the same place), and it is never a bare year or
    span of years (`2026 - 2030`: the time cell of a table copied one cell per line, repeated under many rows)."""
    return ":" not in text and not LIST_ITEM.match(text) and len(text.split()) <= 10 and not text[:1].islower() \
        and not _YEARS.match(text)


def page_edge_artefacts(pages: list[list[str]], edge: int = 2) -> set[str]:
    """Lines printed at the top or bottom of most pages (running header/footer of a PDF).

    Digits are masked so `Trang 3` and `Trang 4` count as the same line.
    """
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        lines = [line for line in page if line]
        seen.update({_mask(line) for line in lines[:edge] + lines[-edge:] if _could_be_running_header(line)})
    return {masked for masked, n in seen.items() if n >= max(2, (len(pages) + 1) // 2)}


def is_page_edge_artefact(text: str, artefacts: set[str]) -> bool:
    return _mask(text) in artefacts


def _mask(text: str) -> str:
    return re.sub(r"\d+", "#", text)
