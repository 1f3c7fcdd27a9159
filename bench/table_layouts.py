"""Annex tables as offices lay them out, for the perturbation and format benches (`k.merged_cells` of
`bench.perturbations`, `formats_roundtrip --merged`, `bench.plan_docx`): the header row printed again
mid-table, and equal agency and time cells of adjacent task rows merged into one."""
from __future__ import annotations

import random
import re
from collections.abc import Callable

SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")


def pipe_cells(line: str) -> list[str]:
    """The cells of a markdown pipe-table row, stripped (`\\|` is no border)."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [c.strip() for c in re.split(r"(?<!\\)\|", inner)]


def pipe_rows_end(lines: list[str], i: int) -> int:
    """The index after the run of pipe-table rows (`| a | b |`) that starts at line `i`; `i` when none does."""
    j = i
    while j < len(lines) and lines[j].strip().startswith("|") and lines[j].strip().count("|") >= 2:
        j += 1
    return j


# the columns an office merges down a run of rows: who presides, who coordinates, when (not what is
# delivered: `Sản phẩm hoàn thành` names a product)
_MERGED_COLUMN = re.compile(r"chủ trì|phối hợp|cơ quan|đơn vị|thực hiện|thời gian|thời hạn|tiến độ|hoàn thành",
                            re.IGNORECASE)
_PRODUCT_COLUMN = re.compile(r"sản phẩm|kết quả|ghi chú|kinh phí", re.IGNORECASE)


def header_again_at(count: int) -> int | None:
    """Where `merged_layout` prints the header row again in a table of `count` rows (None: too short)."""
    return 1 + (count - 1) // 2 if count >= 5 else None


def merged_layout(rows: list[list[str]]) -> tuple[list[list[str]], set[tuple[int, int]]]:
    """A table (its first row the header) as an office lays it out: the header row printed again in
    the middle (a page's repeated header, copied), and in every agency or time column each run of
    equal cells on adjacent task rows merged into its first. Returns the rows and the (row, column)
    cells that continue the cell above (empty in a website's text, `vMerge` in Word)."""
    header = rows[0]
    middle = header_again_at(len(rows))
    out = [list(r) for r in rows] if middle is None else [*rows[:middle], list(header), *rows[middle:]]
    width = max(len(r) for r in out)
    columns = [c for c, h in enumerate(header) if _MERGED_COLUMN.search(h) and not _PRODUCT_COLUMN.search(h)]
    task_rows = {r for r, row in enumerate(out) if r and row != header
                 and sum(1 for c in columns if c < len(row) and row[c].strip()) >= 1
                 and sum(1 for v in row if v.strip()) >= 3}  # a group row has its title alone
    continues: set[tuple[int, int]] = set()
    for c in (c for c in columns if c < width):
        for r in range(2, len(out)):
            value = out[r][c].strip() if c < len(out[r]) else ""
            above = out[r - 1][c].strip() if c < len(out[r - 1]) else ""
            # the first of a run is the cell above it, or the cell the run continues
            if value and value == above and r in task_rows and r - 1 in task_rows:
                continues.add((r, c))
    return out, continues


def each_table(text: str, pipe: Callable[[list[str]], list[str]],
               bordered: Callable[[list[str]], list[str]] | None = None) -> str:
    """`text` with every markdown pipe table (its header, its `---` row, two rows or more) replaced by
    `pipe(its lines)`, and, when `bordered` is given, every table printed one cell per line between lone
    `|` borders by `bordered(its lines)`."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = pipe_rows_end(lines, i)
        block = lines[i:j]
        if bordered is not None and j == i and lines[i].strip() == "|" and not (i and lines[i - 1].strip()):
            j = _bordered_end(lines, i)
            out.extend(bordered(lines[i:j + 1]))
            i = j + 1
            continue
        if j == i or len(block) < 4 or not SEPARATOR.match(block[1].strip()):
            out.extend(block or lines[i:i + 1])
            i = max(j, i + 1)
            continue
        out.extend(pipe(block))
        i = j
    return "\n".join(out)


def merged_cells(text: str, rng: random.Random) -> str:
    """Every markdown task table laid out as offices print it (`merged_layout`): the header row
    repeated mid-table, and the agency and time cells equal to the one above left empty, as a
    website's text export leaves the rows a merged cell spans."""
    return each_table(text, _merged_pipe, _merged_bordered)


def _merged_pipe(block: list[str]) -> list[str]:
    """`merged_cells` for one markdown pipe table's lines."""
    printed = [ln for ln in block if not SEPARATOR.match(ln.strip())]
    laid, continues = merged_layout([pipe_cells(ln) for ln in printed])
    middle = header_again_at(len(printed))
    originals = [*printed[:middle], printed[0], *printed[middle:]] if middle else printed
    out: list[str] = []
    for r, (row, line) in enumerate(zip(laid, originals, strict=True)):
        blanked = [("" if (r, c) in continues else v) for c, v in enumerate(row)]
        out.append(line if blanked == row else "| " + " | ".join(blanked) + " |")
        if r == 0:
            out.append(block[1])
    return out


def _bordered_end(lines: list[str], i: int) -> int:
    """The border line closing a table printed one cell per line from line `i` (a border before a blank)."""
    j = i + 1
    while j < len(lines) and not (lines[j].strip() == "|" and (j + 1 >= len(lines) or not lines[j + 1].strip())):
        j += 1
    return min(j, len(lines) - 1)


def _merged_bordered(block: list[str]) -> list[str]:
    """`merged_cells` for a table printed one cell per line between lone `|` borders: a row is `|`
    and each cell's lines followed by `|`; a continuing cell prints nothing between its borders."""
    segments: list[list[str]] = [[]]
    for line in block[1:]:
        if line.strip() == "|":
            segments.append([])
        else:
            segments[-1].append(line)
    segments.pop()  # after the closing border
    width = next((k for k, seg in enumerate(segments) if not seg), len(segments))
    if width < 3:
        return block
    rows: list[list[list[str]]] = []
    k = 0
    while k < len(segments):
        if k + width <= len(segments) and (k + width == len(segments) or not segments[k + width]):
            rows.append(segments[k:k + width])
            k += width + 1
            continue
        stop = next((m for m in range(k, len(segments)) if not segments[m]), len(segments))
        if stop > k:
            rows.append(segments[k:stop])  # a group row: fewer cells, merged across
        k = stop + 1
    texts = [[" ".join(ln.strip() for ln in seg) for seg in row] for row in rows]
    laid, continues = merged_layout(texts)
    middle = header_again_at(len(rows))
    raw_rows = [*rows[:middle], rows[0], *rows[middle:]] if middle else rows
    out: list[str] = []
    for r, row in enumerate(raw_rows):
        out.append("|")
        for c, seg in enumerate(row):
            out.extend([] if (r, c) in continues else seg)
            out.append("|")
    return out
