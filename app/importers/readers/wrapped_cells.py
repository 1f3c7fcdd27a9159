"""Annex task tables printed one cell fragment per line, every cell wrapped over several lines (PDF text).

A PDF's text (Công báo issues, `pdftotext` without layout, a docx saved from a PDF) prints a table row by row and,
inside a row, cell by cell, each cell's lines as the column's width wrapped them:

    STT / Tên nhiệm vụ cụ thể / Cơ quan / chủ trì / Cơ quan / phối hợp / Kết quả / Thời gian hoàn / thành
    I. Đổi mới … (a group row: its number and title)
    1. / Tăng cường lãnh đạo, chỉ đạo xây dựng và / tổ chức thực hiện … y tế. / Các / bộ / ở / Trung ương, /
    Ủy ban nhân / dân cấp tỉnh / Các cơ quan, tổ / chức, … liên quan. / Văn bản chỉ đạo / Thường xuyên

The header's names are wrapped too (`Cơ quan` / `chủ trì`: a name goes on where a fragment starts in lower case).
Nothing marks where one cell ends and the next begins; what does, whatever the document:
- the task column is the widest: its lines run to its width, while the other columns' lines are short, so the task
  cell goes on while its lines are full (or longer than another column could hold);
- a cell opens with a capital (or a time's digits), after a fragment that ends no phrase half-way (no comma, no
  preposition `ở`, `của`, `về` …, no abbreviation run on a name: `các tổ chức` / `PCPNN`); a line a justified narrow
  column broke into single words (`Các` / `bộ` / `ở`) parts cells weakly;
- the header gives the count of cells; with more openings than columns the weakest go, and a time phrase belongs
  under the time column;
- a page break prints the page's number, running title and the header again, then the rest of each cut cell in
  column order: the task's rest by its width, the short rests to the cells still open (a cell of several
  fragments whose last one ends no sentence).
Group rows (`I.`, `A.` with their titles) are kept as group rows; the page's furniture (page numbers, the repeated
header, the `Ký bởi` stamp of a signed PDF) goes. A table whose header is not wrapped, one cell per line, is
`flattable`'s; one whose rows carry no number, `unnumbered_cells`' (`take_cell_table` is the entry to all three).
A table printed a cell per paragraph (a blank line after each cell, rows out of order) is a different printing, read
after the paragraphs are joined, by each cell's shape: `extract.cell_paragraphs`.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

from app.importers.readers.artefacts import MARKED_PAGE_NUMBER, PAGE_NUMBER
from app.importers.readers.flatrows import TIME
from app.importers.readers.flattable import STT_HEAD, is_column_name, lines_read_by, take_flat_table
from app.importers.readers.unnumbered_cells import take_unnumbered_table

# a row's number on its own line (`1.`, `12`) or before its task's first line (`10. Xây dựng …`), a group row's
# (`I.`, `A.`) with its title or alone
_ROW_NUMBER = re.compile(r"^(\d{1,3})(?:\.?|\.\s+(\S.*))$")
_GROUP_OPEN = re.compile(r"^([IVXL]{1,5}|[A-HK-Z])\.(?:\s+(\S.*))?$")
# the Công báo prints a group row's Roman number in a cell of its own without a dot (`I` / its title, or `IV Huy động
# …` on one baseline)
_BARE_GROUP = re.compile(r"^([IVX]{1,5})(?:\s+([A-ZĐÀ-Ỹ].*))?$")
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
# what follows a table in an annex: the signature block, another annex, a body heading
_TABLE_END = re.compile(r"^(?:Nơi nhận|PHỤ LỤC|TM\.|T/M|KT\.|\d{1,2}\.\s+[A-ZĐ]|[IVX]+\.\s+[A-ZĐ]{2,}\s+[A-ZĐ]{2,})")
# the stamp a signed PDF prints into its text (`Ký bởi: …`, `Email: …`, `Thời gian ký: …`)
_STAMP = re.compile(r"^(?:Ký bởi|Email|Thời gian ký|Cơ quan)\s*:", re.IGNORECASE)
# the last word of a fragment that ends no phrase: a preposition, a conjunction, a plural mark
_OPEN_WORDS = ("ở", "của", "và", "về", "với", "trong", "các", "những", "cho", "tại", "theo", "đối", "từ", "đến",
               "giữa", "thuộc", "cùng", "hoặc", "là", "có", "để", "do", "bằng")
_OPEN_END = re.compile(rf"(?:^|\s)(?:{'|'.join(_OPEN_WORDS)})$", re.IGNORECASE)
# a word a number goes on (`Nghị quyết số` / `35-NQ/TW`, `Năm` / `2026 - 2030`)
_BEFORE_NUMBER = re.compile(r"\b(?:số|năm|tháng|quý|ngày|giai đoạn)$", re.IGNORECASE)
# a time's digits opening a cell (`2026 - 2030`, `6/2026`)
_TIME_DIGITS = re.compile(r"^(?:\d{1,2}/)?(?:19|20)\d{2}\b")
_ABBREVIATION = re.compile(r"^[A-ZĐ]{2,}\b")
# of the task column's width: a line this full lets the cell go on; a line this long no other column holds
_FULL = 0.75
_WIDE = 0.6
_OVERLONG = 1.12  # a line longer than the width: a task line and the next cell's start on one baseline
_PROSE = 1.5  # a line longer than this is no cell's: the table has ended
# a sub-row's dash, alone on its line or before the sub-row's first words
_SUB_ROW_DASH = re.compile(r"^[-–]\s*(.*)$")
_NOTE_LINES = 4  # a note row spanning the table is this many lines at most
_MAX_OPENINGS = 14  # a row with more cell openings is read by order alone (the choice would take too long)


def take_cell_table(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """(rows, index after the table) when a task table printed one cell (or cell fragment) per line starts at line
    i: the wrapped printing read here, else the one-cell-per-line printing `flattable` reads, else the wrapped
    printing of a list whose rows carry no number (`unnumbered_cells`)."""
    return take_wrapped_table(lines, i) or take_flat_table(lines, i) or take_unnumbered_table(lines, i)


def _take_wrapped(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    return take_wrapped_table(lines, i) or take_unnumbered_table(lines, i)


def wrapped_table_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines of the wrapped tables in `lines`: their cells' fragments repeat (`Thực` / `hiện`, `Bộ
    Ngoại` / `giao` under every row) and are cut by page breaks the way a running title is, so the judges of running
    titles leave them to this reader, which drops a table's own furniture."""
    return lines_read_by(lines, _take_wrapped)


def _header(lines: list[str], i: int) -> tuple[list[str], list[str], int] | None:
    """(column names, the header's printed fragments, index after it) when a wrapped header starts at line i: `STT`,
    then short fragments, a lower-case one going on with the name above, at least one name wrapped so, up to the
    first row's number."""
    if not STT_HEAD.match(lines[i].strip(" *_#")):
        return None
    names = [lines[i].strip(" *_#")]
    fragments = [lines[i].strip()]
    wrapped = False
    j = i + 1
    while j < len(lines) and len(fragments) < 20:
        text = lines[j].strip(" *_#")
        if not text or len(text) > 45 or _ROW_NUMBER.match(text) or _group_open(text):
            break
        if text[:1].islower() and len(names) > 1:
            names[-1] += " " + text
            wrapped = True
        else:
            names.append(text)
        fragments.append(lines[j].strip())
        j += 1
    opens_row = j < len(lines) and bool(_ROW_NUMBER.match(lines[j].strip()) or _group_open(lines[j].strip()))
    if not wrapped or not opens_row or len(names) < 4 or not all(is_column_name(n) for n in names[1:]):
        return None
    if not any(re.search(r"chủ trì", n, re.IGNORECASE) for n in names):
        return None
    return names, fragments, j


def _group_open(text: str) -> re.Match[str] | None:
    """A group row's opening (`I.`, `A. Title`, the Công báo's dotless `I` / `IV Title`): group 1 its number, group
    2 its title on the same line."""
    return _GROUP_OPEN.match(text) or _BARE_GROUP.match(text)


def _cell_like(text: str) -> bool:
    """A fragment no running title is, however often it stands beside a bare number (a row's number counts rows the
    way a page number counts pages): a cell's time (`2026 - 2027`), a single word (`Năm` over its years) or the
    lower-case rest of a wrapped cell (`thiên tai`). A page's running title is a title: words opening with a
    capital."""
    return text[:1].islower() or " " not in text or bool(_TIME_DIGITS.match(text))


def _running_titles(lines: list[str]) -> set[str]:
    """Lines printed beside a page number twice or more and nowhere else: the running title of every page."""
    beside: dict[str, int] = {}
    everywhere: dict[str, int] = {}
    printed = [ln.strip() for ln in lines if ln.strip()]
    for k, text in enumerate(printed):
        everywhere[text] = everywhere.get(text, 0) + 1
        if PAGE_NUMBER.match(text) or MARKED_PAGE_NUMBER.match(text):
            for near in {*printed[max(0, k - 2):k], *printed[k + 1:k + 3]}:
                beside[near] = beside.get(near, 0) + 1
    return {text for text, n in beside.items()
            if n >= 2 and everywhere[text] == n and not _ROW_NUMBER.match(text) and not _cell_like(text)}


def _next_group(label: str, last: str | None) -> bool:
    """Whether `label` is the group number after `last` (`I` first, then `II` …; `A`, then `B` …)."""
    if label in _ROMAN:
        return _ROMAN.index(label) == (_ROMAN.index(last) + 1 if last in _ROMAN else 0)
    return len(label) == 1 and ord(label) == (ord(last) + 1 if last and last not in _ROMAN else ord("A"))


class _Row:
    """A row being read: its number, whether it is a group row, its fragments split at page breaks."""

    def __init__(self, label: str, group: bool, first: str | None = None) -> None:
        self.label = label
        self.group = group
        self.parts: list[list[str]] = [[first] if first else []]
        self.blanks: list[int] = []  # where the first part printed a blank line (an empty cell): fragments before

    def add(self, text: str) -> None:
        self.parts[-1].append(text)

    def page_break(self) -> None:
        if self.parts[-1]:
            self.parts.append([])

    def blank(self) -> None:
        if len(self.parts) == 1:
            self.blanks.append(len(self.parts[0]))


def _read_rows(lines: list[str], j: int, fragments: list[str]) -> tuple[list[_Row], int]:
    """The rows from line j, the page furniture dropped, and the index after the table."""
    rows: list[_Row] = []
    number = 0
    group: str | None = None
    grouped_since = False  # a group row since the last numbered row: numbering may start again
    width = len(fragments)
    running = _running_titles(lines)
    widest = 0  # the widest first line of a row so far: the task column's width
    while j < len(lines):
        text = lines[j].strip()
        if not text:
            if rows:
                rows[-1].blank()
            j += 1
            continue
        if [ln.strip() for ln in lines[j:j + width]] == fragments:  # the header printed again on a new page
            if rows:
                rows[-1].page_break()
            j += width
            continue
        number_match = _ROW_NUMBER.match(text)
        if number_match and (int(number_match.group(1)) == number + 1
                             or (grouped_since and int(number_match.group(1)) == 1)):
            number = int(number_match.group(1))
            grouped_since = False
            rows.append(_Row(str(number), False, number_match.group(2)))
            widest = max(widest, len(number_match.group(2) or ""))
            j += 1
            continue
        if MARKED_PAGE_NUMBER.match(text) or PAGE_NUMBER.match(text) or _STAMP.match(text) or text in running:
            if rows:
                rows[-1].page_break()
            j += 1
            continue
        opened = _group_open(text)
        if opened and _next_group(opened.group(1), group):
            group = opened.group(1)
            grouped_since = True
            rows.append(_Row(group, True, opened.group(2)))
            j += 1
            continue
        if not rows or _TABLE_END.match(text):
            break
        first = not rows[-1].group and rows[-1].parts == [[]]  # a row's first line: as wide as the task column
        if not rows[-1].group and not first and len(text) > _PROSE * widest:
            if (after := _note_row_end(lines, j, number)) is not None:
                j = after  # a note spanning the table's width between two rows: no row's, and no task
                continue
            break  # a line wider than any column: the prose after the table
        widest = max(widest, len(text)) if first else widest
        rows[-1].add(text)
        j += 1
    return rows, j


def _note_row_end(lines: list[str], j: int, number: int) -> int | None:
    """The index after a note row spanning the whole table (`Các bộ, cơ quan … (chi tiết trong Kế hoạch …)`) that
    starts at line j, when the next row's number follows it within a few lines; None when the table has ended."""
    for k in range(j + 1, min(j + _NOTE_LINES + 1, len(lines))):
        found = _ROW_NUMBER.match(lines[k].strip())
        if found and int(found.group(1)) == number + 1:
            return k
    return None


def _task_width(rows: list[_Row]) -> int:
    """The task column's width in characters: the length most rows' first task line reaches."""
    firsts = sorted(len(r.parts[0][0]) for r in rows if not r.group and r.parts[0])
    return firsts[int(len(firsts) * 0.8)] if firsts else 0


def _split_overlong(line: str, width: int) -> tuple[str, str] | None:
    """A line longer than the task column holds, cut where the next cell's start was run onto it (`… phù hợp Bộ Y
    tế`): the leftmost capital after which a short cell's worth of text is left."""
    if len(line) <= width * _OVERLONG:
        return None
    for m in re.finditer(r" (?=[A-ZĐÀ-Ỹ])", line):
        head, tail = line[:m.start()], line[m.end():]
        if len(tail) <= width * _WIDE and len(head) <= width * _OVERLONG:
            return head, tail
    return None


def _task_lines(fragments: list[str], width: int, going_on: bool) -> tuple[list[str], list[str]]:
    """The task cell's lines at the start of `fragments`, and the rest (the short columns' fragments). With
    `going_on` (the part after a page break) the first line is the task's only if it is wide."""
    task: list[str] = []
    for k, line in enumerate(fragments):
        prev = task[-1] if task else None
        wide = len(line) >= width * _WIDE
        full_before = prev is not None and len(prev) >= width * _FULL and not prev.endswith((".", ";"))
        if not (wide or (prev is None and not going_on) or (full_before and line[:1].islower())):
            return task, fragments[k:]
        cut = _split_overlong(line, width)
        if cut:
            return [*task, cut[0]], [cut[1], *fragments[k + 1:]]
        task.append(line)
    return task, []


def _opening_strength(prev: str, line: str) -> float:
    """How surely `line` opens a new cell after `prev` (0 when it cannot)."""
    if not (line[:1].isupper() or _TIME_DIGITS.match(line)) or prev.endswith((",", "(", "/", "-", "–")) \
            or _OPEN_END.search(prev) or (line[:1].isdigit() and _BEFORE_NUMBER.search(prev)):
        return 0.0
    strength = 3.0 if prev.endswith((".", ";", ":")) else 1.0
    last = prev.split()[-1]
    if last[:1].isupper() and not last.isupper() and not TIME.match(line):  # a name goes on (`Bộ` / `Tư pháp`)
        strength = 0.1
    elif " " not in prev:  # a justified narrow line broken into its words, or a name's last word
        strength = 0.5 if not _ABBREVIATION.match(line) else 0.25
    if " " not in line:
        strength -= 0.25
    return strength


def _time_run_on(fragments: list[str], width: int) -> list[str]:
    """The short fragments with a time phrase run onto the end of one (`văn bản phối hợp Thường xuyên`: the last
    two cells on one baseline) on a fragment of its own; a fragment wider than a short column tells."""
    out: list[str] = []
    for line in fragments:
        cut = None
        if len(line) > width * _WIDE:
            cut = next((m.start() for m in reversed(list(re.finditer(r" (?=[A-ZĐ\d])", line)))
                        if TIME.match(line[m.end():])), None)
        out.extend([line[:cut], line[cut + 1:]] if cut else [line])
    return out


def _segments(fragments: list[str], starts: tuple[int, ...]) -> list[str]:
    bounds = [*starts, len(fragments)]
    return [" ".join(fragments[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]


def _short_cells(fragments: list[str], kinds: list[str]) -> tuple[list[str], list[int]]:
    """The short columns' cells (`kinds`: each column's kind, `time` for the time column) from their fragments, and
    how many fragments each was read from."""
    if not fragments:
        return [""] * len(kinds), [0] * len(kinds)
    strength = {k: _opening_strength(fragments[k - 1], fragments[k]) for k in range(1, len(fragments))}
    openings = [k for k, s in strength.items() if s > 0]
    if len(openings) > _MAX_OPENINGS:
        openings = sorted(sorted(openings, key=lambda k: -strength[k])[:_MAX_OPENINGS])
    ncells = min(len(kinds), len(openings) + 1)

    def fit(cells: list[str], cols: tuple[int, ...]) -> float:
        score = 0.0
        for cell, col in zip(cells, cols, strict=True):
            time = TIME.search(cell)
            if kinds[col] == "time":  # a time phrase under the time column, best one that opens its cell
                score += (2.0 + (0.5 if time.start() < 25 else 0.0) + (1.0 if time.start() == 0 else 0.0)) \
                    if time else -1.0
        return score + (1.0 if cols[0] == 0 else 0.0)

    best: tuple[float, tuple[int, ...], tuple[int, ...]] | None = None
    for chosen in combinations(openings, ncells - 1):
        starts = (0, *chosen)
        cells = _segments(fragments, starts)
        for cols in combinations(range(len(kinds)), ncells):
            score = sum(strength[k] for k in chosen) + fit(cells, cols)
            if best is None or round(score, 6) > round(best[0], 6):
                best = (score, starts, cols)
    assert best is not None
    _, starts, cols = best
    row, counts = [""] * len(kinds), [0] * len(kinds)
    bounds = [*starts, len(fragments)]
    for (a, b), col in zip(zip(bounds, bounds[1:], strict=False), cols, strict=True):
        row[col], counts[col] = " ".join(fragments[a:b]), b - a
    return row, counts


def _continue_cells(row: list[str], counts: list[int], fragments: list[str], pairs: Counter[str]) -> None:
    """The rests of the short cells a page break cut (`row`: task first, then the short cells), in column order,
    each to a cell still open (one of several fragments whose text ends no sentence): the one whose last word the
    rest's first word goes on with most often elsewhere in the table (`cơ` / `quan`), the leftmost on a tie. A rest
    ends where a cell opens, or where its next fragment goes on with a cell further right and not with it
    (`… nước ngoài` / `ban công tác …` after `… kiện toàn Ủy`)."""
    def goes_on(text: str, fragment: str) -> int:
        return pairs[f"{text.split()[-1].lower()} {fragment.split()[0].lower()}"] if text.strip() else 0

    after = 1
    k = 0
    while k < len(fragments):
        open_cells = [c for c in range(after, len(row))
                      if counts[c] > 1 and row[c] and not row[c].endswith((".", ";"))]
        if not open_cells:
            row[-1] = f"{row[-1]} {' '.join(fragments[k:])}".strip()
            return
        c = max(open_cells, key=lambda c: (goes_on(row[c], fragments[k]), -c))
        piece = [fragments[k]]
        k += 1
        while k < len(fragments) and not _opening_strength(fragments[k - 1], fragments[k]) and not any(
                goes_on(row[d], fragments[k]) > 1 and not goes_on(piece[-1], fragments[k])
                for d in open_cells if d > c):
            piece.append(fragments[k])
            k += 1
        row[c] = f"{row[c]} {' '.join(piece)}"
        after = c + 1


def _word_pairs(rows: list[_Row]) -> Counter[str]:
    """How often each two words follow each other inside the table's fragments."""
    pairs: Counter[str] = Counter()
    for row in rows:
        for part in row.parts:
            for fragment in part:
                words = fragment.lower().split()
                pairs.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return pairs


def _numbered_row(row: _Row, width: int, kinds: list[str], pairs: Counter[str]) -> list[str]:
    """A numbered row's cells: number, task, then the short columns."""
    task, rest = _task_lines(row.parts[0], width, False)
    rest = _time_run_on(rest, width)
    cells, short_counts = _short_cells(rest, kinds)
    counts = [len(task), *short_counts]
    out = [" ".join(task), *cells]
    for part in row.parts[1:]:
        more, rest = _task_lines(part, width, True)
        if more:
            out[0] = f"{out[0]} {' '.join(more)}".strip()
        _continue_cells(out, counts, rest, pairs)
    return [row.label, *out]


def _sub_rows(row: _Row, width: int, kinds: list[str]) -> list[list[str]] | None:
    """A numbered row whose task cell stands over sub-rows, each with its own cells, as rows: the numbered row with
    its short cells empty (the Công báo prints an empty cell as a blank line: as many blank lines as short columns
    after the task cell), then one row per sub-row, unnumbered, each opening with a dash (`-` / `Công trình giao
    thông.` / `Bộ Xây dựng`) or, for a single sub-row, with no mark. A short cell a sub-row leaves empty is the one
    printed beside the sub-row above: a merged cell prints once beside the sub-rows it spans. None for any other
    row (and for a row a page break cut: read by `_numbered_row`)."""
    if any(row.parts[1:]):
        return None
    fragments = row.parts[0]
    cut = next((at for at in sorted(set(row.blanks)) if row.blanks.count(at) >= len(kinds)), None)
    if not cut or cut >= len(fragments):
        return None
    task, short = _task_lines(fragments[:cut], width, False)
    if short:
        return None
    pieces: list[list[str]] = [[]]
    for text in fragments[cut:]:
        dash = _SUB_ROW_DASH.match(text)
        if dash and pieces[-1]:
            pieces.append([])
        if not dash or dash.group(1):
            pieces[-1].append(dash.group(1) if dash else text)
    out = [[row.label, " ".join(task), *([""] * len(kinds))]]
    above = [""] * len(kinds)
    for piece in pieces:
        sub_task, rest = _task_lines(piece, width, False)
        cells, _ = _short_cells(rest, kinds)
        above = [cell or merged for cell, merged in zip(cells, above, strict=True)]
        out.append(["", " ".join(sub_task), *above])
    return out


def _kind(name: str) -> str:
    return "time" if re.search(r"thời gian|thời hạn|tiến độ|lộ trình", name, re.IGNORECASE) else "cell"


def take_wrapped_table(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """(rows, index after the table) when a table printed cell fragment by fragment starts at line i: its header
    first (the names joined), then a row per numbered or group row."""
    head = _header(lines, i)
    if head is None:
        return None
    names, fragments, j = head
    rows, end = _read_rows(lines, j, fragments)
    numbered = [r for r in rows if not r.group]
    if len(numbered) < 2:
        return None
    width = _task_width(rows)
    kinds = [_kind(n) for n in names[2:]]
    pairs = _word_pairs(rows)
    table = [names]
    for row in rows:
        if row.group:
            title = " ".join(" ".join(part) for part in row.parts).strip()
            table.append([row.label, title] + [""] * (len(names) - 2))
        else:
            table.extend(_sub_rows(row, width, kinds) or [_numbered_row(row, width, kinds, pairs)])
    return table, end
