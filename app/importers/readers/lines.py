"""Line-level cleanup shared by the plain-text and PDF readers.

Plan texts reach us copied from web sites or PDFs, so they carry things that are not part of the
plan: the site's name stamped on every page (`LuatVietnam`), and sentences broken where a page
(or, in a PDF, a line) ended. The extraction rules read one paragraph per item, so the broken
lines are joined here (page numbers and running headers go first: `readers.artefacts`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TypeVar

from app.importers.readers.glued_words import split_glued_words
from app.importers.readers.split_letters import join_split_letters
from app.importers.readers.wraps import (
    inline_label_wrapped,
    label_runs_on,
    open_parenthesis,
    opens_cut_paragraph,
    room_left,
    sentence_dash,
    wrapped_after_colon,
)

# A site name never belongs to a plan; removed wherever it stands as a word.
SITE_NAMES = re.compile(
    r"(?<![\w.])(?:www\.)?(?:LuatVietnam|ThuVienPhapLuat|luatvietnam\.vn|thuvienphapluat\.vn|"
    r"vanban\.chinhphu\.vn|vbpl\.vn)(?![\w])",
    re.IGNORECASE,
)
# The start of an outline item: `I.`, `II-`, `I/`, `1.`, `1.2.`, `1.2 `, `1)`, `1/`, `(1)`, `a)`, `đ.`,
# `a/`, `-`, `+`, `•`, `o` — every punctuation offices type after a label — and a bullet glued to
# the capital that opens its item (`-Sở Tài chính …`, `+Ủy ban …`); a counted step or phase, alone on its line
# (`BƯỚC MỘT`, `Giai đoạn 2`) or over its wording or time (`Bước 1: Rà soát …`, `Giai đoạn 1 (từ … đến …):`), which
# a procedure repeats in each of its parts, as a list repeats `1.`.
# the count of a step or phase (`Bước 1`, `Giai đoạn II`, `Đợt hai`, `Lần thứ nhất`)
STEP_COUNT = r"(?:\d{1,2}|[IVX]{1,4}|(?i:(?:thứ\s+)?(?:nhất|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười)))"
LIST_ITEM = re.compile(
    r"^(?:[IVXL]{1,6}\s*[.\-–)/](?:\s|$)|\d{1,3}(?:\.\d{1,3})*\s*[.)](?:\s|$)|\d{1,2}\s*[-–/]\s+(?=[A-ZĐÀ-Ỹ])"
    r"|\d{1,3}(?:\.\d{1,3})+(?:\s|$)|\((?:\d{1,3}|[a-zđ])\)|[a-zđA-ZĐ][).](?:\s|$)|[a-zđ]/\s"
    r"|[-+•*–—·▪●○◦►✓](?:\s|$)|[-+•–—·▪●○◦►✓](?=[A-ZĐÀ-Ỹ])|o\s+(?=[A-ZĐÀ-Ỹ])"
    rf"|(?:BƯỚC|Bước|GIAI ĐOẠN|Giai đoạn|ĐỢT|Đợt|LẦN|Lần)\s+{STEP_COUNT}\s*(?:[.:]?$|[.:]\s|(?=\()))"
)
_NUMBER_OPENS = re.compile(r"^(\d{1,2})\s+(\w+)")
SENTENCE_END = re.compile(r"[.;:!?…](?:[\"”’)\]*]|\./\.)*\s*$")
_DASH = re.compile(r"^[-–+•]\s?\S")
# the share of the column a wrapped line fills when the wrap, not its author, broke it in a proportional font
_FILLED = 0.8
_PARAGRAPH_END = re.compile(r"[.:!?…](?:[\"”’)\]*]|\./\.)*\s*$")  # a sentence's end, not a clause's
# Words after which a sentence cannot stop: a page break after them splits one sentence even
# when the next page starts with a capital (`... cán bộ các cấp của` / `Thành phố bảo đảm ...`).
OPEN_ENDINGS = frozenset(
    "của và với các cho về trong tại là được để những hoặc cùng thuộc bởi mà nhằm gồm tới đối".split()
)
# Lines of the header and signature blocks stand alone even without a full stop.
_HEADER_LINE = re.compile(
    r"^(?:Số|Kính gửi|Nơi nhận)\s*:|^Số\s+\d{1,5}[-/]|\bngày\s+\d{1,2}\s+tháng\b|Độc lập"
    r"|^(?:KT|TM|TL|TUQ|Q|T/M|K/T)\.?\s",
    re.IGNORECASE)
# a field label that opens a block of its own (`Nơi nhận:` after the last item, `Kính gửi:`), or a
# signature's authority (`TM. ỦY BAN NHÂN DÂN`): never the rest of the line above, however wrapped
_HEADER_LENGTH = 120  # no line of the header block is longer
_BLOCK_LABEL = re.compile(r"^(?:\**(?:Nơi nhận|Kính gửi)\s*:|(?:KT|TM|TL|TUQ|T/M|K/T)\.\s+[A-ZĐÀ-Ỹ])")
_ORDINAL_ONLY = re.compile(r"^[\dIVXL]{1,5}[.)]?$")
# A label printed alone on its line (`**1.` / `Các cơ quan đăng ký đầu tư:**`, `2.1.` / `Trách
# nhiệm chung`): web exports break after it; the item's words are on the next line.
_BARE_LABEL = re.compile(r"^(?:(?:[IVXL]{1,6}|\d{1,3}(?:\.\d{1,3})*|[a-zđ])\s*[.)/]|\((?:\d{1,3}|[a-zđ])\))$")
# words a number follows in running text (`cấp độ 1`, `nhóm 2`, `khoản 3`)
_COUNTED = frozenset("độ nhóm khoản điểm mục loại số tầng vùng khu đợt lần bước".split())
T = TypeVar("T")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+")


@dataclass(frozen=True)
class Line:
    """One physical line of text after markup was read off it."""

    text: str
    bold: bool = False
    heading_level: int | None = None
    # From a PDF's layout: a bigger gap above or a first-line indent starts a paragraph;
    # None when the layout is unknown (plain text).
    starts_paragraph: bool | None = None
    # Printed length with its markup (`#### **1.1. ...**`): what a hard wrap measured.
    raw_len: int = 0
    # The line opens by closing emphasis opened on the line above (`… xã hội tỉnh:` / `**Phối hợp`):
    # the emphasis ran across the break, so the paragraph does too.
    closes_emphasis: bool = False
    # The line opens inside bold begun on a line above (`**6. Sở Văn hóa, Thể thao và Du` / `lịch:** Chủ trì …`).
    bold_carried: bool = False
    # A layout text's indents say the line carries on the paragraph above (`readers.indents`).
    continues: bool = False


def clean_inline(text: str) -> str:
    """Drop site names and zero-width characters, collapse spaces, join the words a PDF split into spaced letters
    (`Đ ế n` → `Đến`: `split_letters`) and part those it glued after a marked vowel (`vụĐảng` → `vụ Đảng`:
    `glued_words`)."""
    text = text.replace("\u200b", "").replace("\u200c", "").replace("\u200d", "").replace("\ufeff", "")
    text = SITE_NAMES.sub(" ", text)
    return split_glued_words(join_split_letters(_SPACES.sub(" ", text).strip()))


def text_at(lines: list[Line | T], index: int) -> str | None:
    """The text of the printed line at `index`, None past the end or for a table between the lines."""
    item = lines[index] if index < len(lines) else None
    return item.text if isinstance(item, Line) else None



def is_list_item(text: str) -> bool:
    return bool(LIST_ITEM.match(text))


def slipped_number(text: str) -> int | None:
    """The number opening `text` when it reads as an item's label whose dot a scan's OCR lost (`1 Đổi mới, tăng
    cường …`): one or two digits before a capitalised word in lower case. A year or a count inside a title in
    capitals is printed among capitals; one inside a sentence runs on in lower case (`10 ngày`)."""
    opens = _NUMBER_OPENS.match(text)
    if opens is None:
        return None
    word = opens.group(2)
    return int(opens.group(1)) if word[0].isupper() and any(c.islower() for c in word[1:]) else None


def should_join(prev: Line, nxt: Line, *, wrapped: bool = False, full_width: int = 0,
                column: int = 0, prev_len: int = 0, paragraphs: bool = False) -> bool:
    """Does `nxt` continue the sentence of `prev` (a line broken by a page or a wrap)?

    Plain text: join when `prev` does not end a sentence and `nxt` is not an outline item and
    either starts in lower case or `prev` ends with a word no sentence ends with. PDF lines are
    wrapped, so there a line filling the column (`full_width`) also continues. Text hard-wrapped
    at a `column` (a PDF or e-mail saved as .txt) shows a greedy wrap: the physical line above
    (`prev_len` characters) had no room for the next line's first word, so the break is the
    layout's, not the author's, whatever case that word starts with.
    """
    a, b = prev.text, nxt.text
    if not a or not b or nxt.heading_level is not None:
        return False
    if paragraphs and sentence_dash(b) and not SENTENCE_END.search(a):
        return True  # `... từ sản xuất` / `- quản lý - tiêu thụ ...`: a dash inside the wrapped sentence
    if paragraphs and prev_len >= 60 and re.search(r"[a-zđà-ỹ]$", a) and re.match(r"\d{1,2}\.\s", b) \
            and a.rsplit(" ", 1)[-1] in _COUNTED:
        return True  # `... ưu tiên các địa bàn cấp độ` / `1. Cấp ngay ...`: a number the wrap put first
    if column and b in ("-", "–") and prev_len + 2 > column and not SENTENCE_END.search(a):
        return True  # `… (Phòng Thi đua` / `-` / `Khen thưởng) …`: a dash the wrap had no room for, not a bullet
    if column and inline_label_wrapped(a, b, prev_len, column):
        return True  # `… : (1) Họp …;` / `(2) Hội nghị …`: an enumeration running inline, wrapped
    if is_list_item(b) or nxt.starts_paragraph or _BLOCK_LABEL.match(b):
        return False
    if _BARE_LABEL.match(a) or nxt.closes_emphasis:
        return True
    if _upper(a) and slipped_number(b) is not None:
        return False  # `II. NHIỆM VỤ VÀ GIẢI PHÁP` / `1 Đổi mới …`: a title in capitals ends where its first item opens
    first = b[0]
    if wrapped and _upper(a) and not _upper(b) and not first.islower():
        return False  # a title in capitals over the line under it (`DANH MỤC …` / `(Kèm theo …)`): a new block
    if wrapped and nxt.starts_paragraph is False and full_width and len(a) >= 0.75 * full_width:
        return True  # the layout says "same paragraph" and the line above fills the column
    if a[-1] in ",;" and first.islower():
        return True  # a clause list broken by a page end: `...cạnh tranh;` / `một số chức danh ...`
    # a first word opening with a bracket or quote may have lost markup (`(*xong`): count one more
    first_word = len(b.split(" ", 1)[0]) + (0 if b[:1].isalnum() else 1)
    no_room = column and prev_len + 1 + first_word > column and not _ORDINAL_ONLY.match(b)
    if no_room and a[-1] in ".;" and prev_len >= 0.9 * column:
        # a sentence ending where the wrap fell: the paragraph goes on unless a label starts it
        return True
    if column and a[-1] in ",;" and _dash_filled(a, prev_len, column):
        return True  # `- Cơ quan thực hiện: Sở A;` / `Ủy ban B.`: a dash's list of names wrapped near the column
    if SENTENCE_END.search(a):
        return False
    if no_room:
        return True
    if first.islower() or (first.isdigit() and not is_list_item(b)) or first in ",;)-–":
        return True
    last_word = a.rsplit(" ", 1)[-1].lower()
    if last_word in OPEN_ENDINGS and len(a) >= 50:
        return True
    if wrapped and full_width and len(a) >= 0.8 * full_width and a[-1].isalnum():
        return True
    if open_parenthesis(a):
        return True  # `(thông qua` / `Sở Tài chính) để xem xét`: a parenthesis is never left open
    if paragraphs and is_list_item(a) and _upper(a) and _upper(b):
        return True  # `**V. TỔ CHỨC` / `THỰC HIỆN**`: a capitalised heading wrapped inside its paragraph
    # a header line (`…, ngày 5 tháng 12 năm 2025`) is short: a date deep in a paragraph's sentence is no header
    return paragraphs and not (len(a) <= _HEADER_LENGTH and _HEADER_LINE.search(a)) and not (_upper(a) or _upper(b))


def _bold_name_split(a: Line, b: Line) -> bool:
    """`**3. Ủy ban MTTQ Thành phố, Hội Liên hiệp**` / blank / `**Phụ nữ Thành phố và …**`: a bold heading a
    website cut inside a capitalised name and printed on as a bold line of its own after a blank."""
    if not (a.bold and b.bold) or is_list_item(b.text) or SENTENCE_END.search(a.text) \
            or a.text.rstrip().endswith((":", ",")) or _upper(a.text) or _upper(b.text):
        return False
    tail = a.text.split()[-2:]  # `… Hội Liên hiệp`: the name runs on
    return any(w[:1].isupper() for w in tail) and b.text[:1].isupper() and len(a.text.split()) >= 4


def _upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def blank_separated(lines: list[Line | T]) -> bool:
    """Are paragraphs marked by blank lines and hard-wrapped inside (a web export of a legal
    document), rather than one paragraph per line? Then a line that does not end a sentence
    goes on with the next one, wherever the wrap fell (`yêu cầu` / `Thủ trưởng các sở ...`)."""
    filled = blanks = continued = 0
    previous: Line | None = None
    for line in lines:
        if not isinstance(line, Line) or not line.text:
            blanks += isinstance(line, Line)
            previous = None
            continue
        filled += 1
        if previous is not None and not is_list_item(line.text) and not SENTENCE_END.search(previous.text):
            continued += 1
        previous = line
    return filled >= 20 and blanks >= 0.12 * filled and continued >= 0.3 * filled


def join_broken_lines(lines: list[Line | T], *, wrapped: bool = False, column: int = 0,
                      paragraphs: bool = False, full_from: int = 0) -> list[Line | T]:
    """Merge continuation lines into the line they continue; blank lines are dropped.

    Every line left is one paragraph: the corpus texts (and PDFs) give no other paragraph mark,
    except in `paragraphs` mode (see `blank_separated`), where a blank line always ends one.
    Anything that is not a `Line` (a table) passes through and ends the sentence before it.
    `full_from`: where a line of a justified proportional wrap counts as full (`wraps.full_line_column`), below
    `column`: a line that long had no room left, so no paragraph ended there mid-sentence.
    """
    full_width = _typical_width(lines) if wrapped else 0
    # hard-wrapped at a column, yet no blank line between paragraphs: where a paragraph ends is read
    # off the wrap itself (`paragraph_ended`), and inside a paragraph lines join as between blanks
    unmarked = bool(column) and not paragraphs
    cut_first = cuts_first_lines(lines, column) if unmarked else 0  # the first lines' column
    out: list[Line | T] = []
    prev_len = 0
    first = True  # the last line kept is the first of its paragraph (nothing joined to it yet)
    for index, line in enumerate(lines):
        if not isinstance(line, Line):
            out.append(line)
            prev_len = 0
            continue
        if not line.text:
            prev_len = 0  # a blank line ends the paragraph: no wrap joins across it
            continue
        previous = out[-1] if out else None
        if line.continues and prev_len and isinstance(previous, Line):
            out[-1] = replace(previous, text=previous.text + " " + line.text, bold=previous.bold and line.bold)
            first = False
            prev_len = line.raw_len or len(line.text)
            continue
        if unmarked and prev_len and isinstance(previous, Line) \
                and (paragraph_ended(previous, line, prev_len, full_from or column, first=first,
                                     cut_first_lines=cut_first > 0)
                     or (cut_first and opens_cut_paragraph(line.text, line.raw_len or len(line.text),
                                                            text_at(lines, index + 1), column, cut_first,
                                                            sentence_end=SENTENCE_END, list_item=LIST_ITEM))) \
                and not _bold_name_split(previous, line):
            out.append(line)
            prev_len = line.raw_len or len(line.text)
            first = True
            continue
        if isinstance(previous, Line) and (should_join(previous, line, wrapped=wrapped, full_width=full_width,
                                                        column=column, prev_len=prev_len,
                                                        paragraphs=(paragraphs or unmarked) and prev_len > 0)
                                           or (paragraphs and column and prev_len > 0 and not is_list_item(line.text)
                                               and wrapped_after_colon(previous.text, line.text, prev_len, column))
                                           or (paragraphs and prev_len > 0 and first
                                               and label_runs_on(previous.text, line.text, list_item=LIST_ITEM))
                                           or ((prev_len == 0 or unmarked) and _bold_name_split(previous, line))):
            out[-1] = replace(previous, text=previous.text + " " + line.text, bold=previous.bold and line.bold)
            first = False
            if line.text in ("-", "–") and column:
                prev_len += 2  # the dash the wrap pushed down belongs at the end of the full line above
                continue
        else:
            out.append(line)
            first = True
        prev_len = line.raw_len or len(line.text)
    return out


def paragraph_ended(above: Line, below: Line, above_len: int, column: int, *, first: bool,
                    cut_first_lines: bool) -> bool:
    """In a text hard-wrapped at `column` with no blank lines: does the paragraph end after `above`?

    A greedy wrap fills each line until the next word no longer fits, so a line that had room left
    for the first word of the line below was broken by its author, not by the wrap: when it ends a
    sentence (not a clause: `;` and `,` go on), or is the last, short line of a paragraph already
    wrapped (`first` is False), the paragraph ended there. A short `first` line ends its paragraph
    too (a heading typed without a full stop), unless the document cuts the first line of its
    paragraphs short (`cut_first_lines`, a web export's first-line indent). A wholly bold line over
    one that is not (a bold heading over its plain text) ends one, unless the bold runs on into it;
    a label alone on its line (`**1.` / `Công tác …**`) never does. (A line that starts with a label
    or bullet starts a paragraph anyway: `should_join` keeps it apart.) No paragraph starts in lower
    case, nor after a word no sentence ends with (`của`, `và`), nor inside a parenthesis."""
    if _BARE_LABEL.match(above.text):
        return False
    if below.bold_carried and not below.bold:
        return False  # the bold run closes on the line below: one paragraph across the break
    if above.bold and not below.bold:
        return True
    if not room_left(above_len, below.text, column) or below.text[:1].islower() or sentence_dash(below.text) \
            or above.text.rsplit(" ", 1)[-1].lower() in OPEN_ENDINGS or open_parenthesis(above.text):
        return False  # the wrap broke it, or the words say the sentence goes on
    return bool(_PARAGRAPH_END.search(above.text)) or not first \
        or not (cut_first_lines or _dash_filled(above.text, above_len, column)
                or _heading_goes_on(above.text, below.text, above_len, column))


def _dash_filled(text: str, length: int, column: int) -> bool:
    """A dash's first line that runs near the column without ending a sentence (`- Cơ quan thực hiện: Sở A; Ủy ban` /
    `Mặt trận …`): a PDF's proportional font wraps by width, so a capitalised word below can lack the room the
    characters count; a dash is no heading typed without a full stop."""
    return bool(_DASH.match(text)) and length >= _FILLED * column


def _heading_goes_on(text: str, below: str, length: int, column: int) -> bool:
    """A numbered heading's first line near the column, over an unlabelled line that ends in the colon announcing the
    items (`2. Các cơ quan tham mưu, giúp việc Đảng ủy, Ủy ban Mặt trận Tổ quốc` / `Việt Nam xã và các chi bộ:`): one
    heading the wrap broke, as `_dash_filled` reads a dash."""
    return bool(LIST_ITEM.match(text)) and not _DASH.match(text) and length >= _FILLED * column \
        and below.rstrip().endswith(":") and not is_list_item(below)


def cuts_first_lines(lines: list[Line | T], column: int) -> int:
    """Does a text wrapped at `column` break the first line of its paragraphs short (`1. Giao Sở` /
    `Nông nghiệp và Môi trường là cơ quan …`)? Judged on the numbered or bulleted lines — each
    surely a paragraph's first — that go on in an unlabelled line mid-sentence: most of them had
    room left for the next word. Returns the first lines' own column (nine in ten of those lines are no
    longer), 0 when the text does not cut them."""
    filled = [x for x in lines if isinstance(x, Line) and x.text]
    lengths: list[int] = []
    short = 0
    for a, b in zip(filled, filled[1:], strict=False):
        if is_list_item(a.text) and not is_list_item(b.text) and not SENTENCE_END.search(a.text) \
                and not _BARE_LABEL.match(a.text):
            lengths.append(a.raw_len or len(a.text))
            short += room_left(lengths[-1], b.text, column)
    if len(lengths) < 3 or short < 0.5 * len(lengths):
        return 0
    first_column = sorted(lengths)[int(0.9 * (len(lengths) - 1))]
    # first lines that run to the column itself were not cut short: the numbered lines with room left are
    # headings typed without a full stop (`4. Bồi dưỡng nghiệp vụ …` / `Vụ Tổ chức cán bộ chủ trì …`) among
    # long items the wrap broke
    return first_column if first_column < 0.9 * column else 0


def wrap_column(lines: list[str], raw_lengths: list[int] | None = None) -> int:
    """The column a plain text was hard-wrapped at, or 0 when its lines are paragraphs.

    A wrapped text has many lines in a narrow band just under its longest lines; paragraphs
    (one line each) spread their lengths widely and run far beyond any screen width."""
    sizes = raw_lengths if raw_lengths and len(raw_lengths) == len(lines) else [len(x.rstrip()) for x in lines]
    lengths = sorted(n for x, n in zip(lines, sizes, strict=True) if x.strip())
    if len(lengths) < 20:
        return 0
    width = lengths[int(len(lengths) * 0.97) - 1]
    # a line or two in a hundred past the margin (a footnote mark, a long address, a sentence the export left
    # unwrapped) does not undo the wrap of the rest
    if not 50 <= width <= 130 or sum(n > width * 1.15 for n in lengths) > max(1, len(lengths) // 50):
        return 0
    near = sum(1 for n in lengths if n >= 0.8 * width)
    return width if near >= max(5, 0.1 * len(lengths)) else 0


def _typical_width(lines: list[Line | T]) -> int:
    """Length of a full line of the column: the 80th percentile of line lengths."""
    lengths = sorted(len(line.text) for line in lines if isinstance(line, Line) and line.text)
    if not lengths:
        return 0
    return lengths[int(0.8 * (len(lengths) - 1))]
