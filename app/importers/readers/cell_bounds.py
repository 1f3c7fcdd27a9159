"""Where one cell ends and the next begins among a wrapped table row's fragments (PDF text).

A table printed one cell fragment per line (`wrapped_cells` reads its header and rows) gives a row as a run of
fragments, each cell's lines as its column's width wrapped them. Nothing marks where one cell ends and the next
begins; what does, whatever the document:
- the task column is the widest: its lines run to its width, while the other columns' lines are short, so the task
  cell goes on while its lines are full (or longer than another column could hold);
- a cell opens with a capital (or a time's digits), after a fragment that ends no phrase half-way (no comma, no
  preposition `ở`, `của`, `về` …, no abbreviation run on a name: `các tổ chức` / `PCPNN`); a line a justified narrow
  column broke into single words (`Các` / `bộ` / `ở`) parts cells weakly;
- the header gives the count of cells; with more openings than columns the weakest go, and a time phrase belongs
  under the time column;
- a page break prints the rest of each cut cell in column order: the task's rest by its width, the short rests to
  the cells still open (a cell of several fragments whose last one ends no sentence).
This module holds those cuts, on plain lists of fragments; `wrapped_rows` applies them to each shape of row (a
numbered row, its sub-rows), and `cell_tables` is the entry to every reader of tables printed cell by cell.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

from app.importers.readers.flatrows import TIME

# the last word of a fragment that ends no phrase: a preposition, a conjunction, a plural mark
_OPEN_WORDS = ("ở", "của", "và", "về", "với", "trong", "các", "những", "cho", "tại", "theo", "đối", "từ", "đến",
               "giữa", "thuộc", "cùng", "hoặc", "là", "có", "để", "do", "bằng")
_OPEN_END = re.compile(rf"(?:^|\s)(?:{'|'.join(_OPEN_WORDS)})$", re.IGNORECASE)
# a word a number goes on (`Nghị quyết số` / `35-NQ/TW`, `Năm` / `2026 - 2030`)
_BEFORE_NUMBER = re.compile(r"\b(?:số|năm|tháng|quý|ngày|giai đoạn)$", re.IGNORECASE)
# a time's digits opening a cell (`2026 - 2030`, `6/2026`)
TIME_DIGITS = re.compile(r"^(?:\d{1,2}/)?(?:19|20)\d{2}\b")
_ABBREVIATION = re.compile(r"^[A-ZĐ]{2,}\b")
# of the task column's width: a line this full lets the cell go on; a line this long no other column holds
_FULL = 0.75
_WIDE = 0.6
_OVERLONG = 1.12  # a line longer than the width: a task line and the next cell's start on one baseline
_MAX_OPENINGS = 14  # a row with more cell openings is read by order alone (the choice would take too long)


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


def task_lines(fragments: list[str], width: int, going_on: bool) -> tuple[list[str], list[str]]:
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
    if not (line[:1].isupper() or TIME_DIGITS.match(line)) or prev.endswith((",", "(", "/", "-", "–")) \
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


def time_run_on(fragments: list[str], width: int) -> list[str]:
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


def short_cells(fragments: list[str], kinds: list[str]) -> tuple[list[str], list[int]]:
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


def continue_cells(row: list[str], counts: list[int], fragments: list[str], pairs: Counter[str]) -> None:
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
