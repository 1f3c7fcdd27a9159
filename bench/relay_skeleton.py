"""The frame a re-laid plan is written into (`bench.perturb_layouts`): the document's own header, its sections.

A re-laid plan keeps what sits before its first task as printed (the header lines, the purpose section) and the
gold's grouping of the tasks: the top label of each task's path is its section, the next one (when it is a heading
of several tasks, not a task itself) its sub-section, each headed by the line the document prints for that label.
Where the header cannot be cut cleanly (the first task's line not found, or the gold's title not inside what is
cut), a header is written from the gold's own header fields, as the state format lays it out. A section whose label
is an annex's (`PL`, `PHỤ LỤC II`) is an annex: it is printed after the signature block, headed by the caption, title
and `(Kèm theo …)` line the document prints for it, as every development plan with an annex prints it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_MARKS = re.compile(r"[*_#|\\>`]+")
_TYPE_NAMES = {"KH": "KẾ HOẠCH", "CTr": "CHƯƠNG TRÌNH", "NQ": "NGHỊ QUYẾT", "CT": "CHỈ THỊ", "QĐ": "QUYẾT ĐỊNH",
               "HD": "HƯỚNG DẪN", "KL": "KẾT LUẬN", "ĐA": "ĐỀ ÁN"}
_ITEM = re.compile(r"^\W*(?:[a-zđ][).]|[-+•*]\s)")  # a line that opens an item, not a wrapped heading's rest
_KEY = 28  # characters of a task's text that find its line
_ANNEX_LABEL = re.compile(r"^(?:PL|PHỤ LỤC)\b", re.IGNORECASE)  # a gold path's label of an annex's tasks
_FOOTER = re.compile(r"^(?:Nơi nhận|TM\.|T/M|KT\.|TL\.)", re.IGNORECASE)  # the signature block's first line
_ANNEX_TITLE_LINES = 6


@dataclass
class Group:
    """Tasks printed together under one heading (None: directly under the section's heading)."""

    heading: str | None
    tasks: list[dict] = field(default_factory=list)


@dataclass
class Section:
    heading: str | None
    groups: list[Group] = field(default_factory=list)
    annex: bool = False
    title: list[str] = field(default_factory=list)  # an annex's title and `(Kèm theo …)` lines under its caption

    def heading_lines(self) -> list[str]:
        """The lines that head the section (an annex without a caption of its own is headed `PHỤ LỤC`)."""
        if self.annex:
            return [self.heading or "PHỤ LỤC", *self.title]
        return [self.heading] if self.heading else []


def plain(line: str) -> str:
    """A line without Markdown marks, table borders or runs of spaces."""
    return " ".join(_MARKS.sub(" ", unicodedata.normalize("NFC", line)).split())


def _norm(text: str) -> str:
    return plain(text).lower()


def _line_index(lines: list[str]) -> tuple[str, list[int]]:
    """The whole text normalised as one string, and where each line starts in it (wrapped text is found)."""
    starts, parts, at = [], [], 0
    for line in lines:
        starts.append(at)
        norm = _norm(line)
        parts.append(norm)
        at += len(norm) + 1
    return " ".join(parts), starts


def _line_of(offset: int, starts: list[int]) -> int:
    lo = 0
    for i, start in enumerate(starts):
        if start > offset:
            break
        lo = i
    return lo


def _labelled(line: str, label: str) -> bool:
    """Does the line open with this path label (`II.`, `1.2`, `a)`, `PHỤ LỤC II`, `Điều 2`)?"""
    return re.match(re.escape(label) + r"(?=[\s.):/\-–]|$)", plain(line)) is not None


def task_lines(lines: list[str], tasks: list[dict]) -> list[int | None]:
    """The line where each task's text begins (None when its first words are not printed as such)."""
    whole, starts = _line_index(lines)
    out: list[int | None] = []
    for task in tasks:
        key = _norm(task.get("text") or "")[:_KEY]
        at = whole.find(key) if key else -1
        out.append(_line_of(at, starts) if at >= 0 else None)
    return out


def header_cut(lines: list[str], gold: dict) -> int | None:
    """The line the first task's section opens on (None when the header cannot be cut cleanly)."""
    tasks = gold.get("tasks") or []
    found = [(i, t) for i, t in zip(task_lines(lines, tasks), tasks, strict=True) if i is not None]
    if not found or len(found) < len(tasks) / 2:
        return None
    first, task = min(found, key=lambda p: p[0])
    cut = first
    path = task.get("path") or []
    if len(path) > 1 and not path[0].startswith("•"):
        cut = next((j for j in range(first, -1, -1) if _labelled(lines[j], path[0])), first)
    while cut > 0 and lines[cut - 1].lstrip().startswith("|"):
        cut -= 1  # a table's header rows belong to its section
    title = _norm(gold.get("title") or "")[:40]
    number = _norm(gold.get("number") or "").replace(" ", "")
    before = _line_index(lines[:cut])[0]
    if cut == 0 or (title and title not in before) or (number and number not in before.replace(" ", "")):
        return None  # the header's number or title is printed after the first task (a plan attached to a QĐ)
    return cut


def built_header(gold: dict) -> list[str]:
    """A state-format header written from the gold's header fields."""
    issuer = (gold.get("issuer") or "ỦY BAN NHÂN DÂN").upper()
    out = [f"{issuer}     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""]
    date = gold.get("date")
    when = ""
    if date:
        y, m, d = date.split("-")
        when = f"{gold.get('place') or ''}, ngày {int(d):02d} tháng {int(m):02d} năm {y}".strip(", ")
    number = [f"Số: {gold['number']}" for _ in [gold.get("number")] if _]
    # a date without its place is rare (a Quốc hội's text): printed above the number, so neither swallows the other
    out += number + ["", when] if gold.get("place") else [when, *number]
    out += ["", _TYPE_NAMES.get(gold.get("doc_type") or "", "KẾ HOẠCH"), gold.get("title") or "", ""]
    return out


def closing(gold: dict, header: list[str]) -> list[str]:
    """The signature block the gold names, after the recipients (`Nơi nhận:`) as the development plans print it: it
    ends the body, any annex follows it; none where the header already holds it (a plan whose tasks are all in its
    annex) or the gold names no signer."""
    signer = gold.get("signer") or {}
    lines = [v for v in (signer.get("authority"), signer.get("title")) if v]
    if signer.get("name"):
        lines += ["", signer["name"]]
    if not lines or any(_FOOTER.match(plain(line)) for line in header):
        return []
    return ["", "Nơi nhận:", "- Lưu: VT.", "", *lines]


def is_annex(label: str) -> bool:
    return _ANNEX_LABEL.match(label) is not None


def annex_title(lines: list[str], at: int) -> list[str]:
    """The lines under an annex's caption that belong to its heading: its title in capitals (`NHIỆM VỤ CỤ THỂ CỦA
    CÁC ĐƠN VỊ …`, hard-wrapped or not) and the `(Kèm theo Kế hoạch số …)` line, which ends it."""
    out: list[str] = []
    for line in lines[at + 1:at + 1 + _ANNEX_TITLE_LINES]:
        text = plain(line)
        if not text:
            continue
        if text.startswith("("):
            return [*out, text]
        if text != text.upper() or (len(text.split()) < 3 and not (out and len(out[-1]) >= 50)):
            break  # a table's first cell (`STT`), not a title or a hard-wrapped title's rest
        out.append(text)
    return out


def sections(lines: list[str], gold: dict, cut: int) -> list[Section]:
    """The gold's tasks in their sections and sub-sections, each headed by the line the document prints."""
    tasks = gold.get("tasks") or []
    own = {tuple(t.get("path") or []) for t in tasks}
    out: list[Section] = []
    by_label: dict[str, Section] = {}
    sub_of: dict[tuple[str, str], Group] = {}
    for task in tasks:
        path = list(task.get("path") or [])
        top = path[0] if path and not path[0].startswith("•") else ""
        if top not in by_label:
            at = _find(lines, top, cut) if top else None
            if is_annex(top):  # its caption as printed (`PHỤ LỤC II`), with the title lines under it
                by_label[top] = Section(None if at is None else plain(lines[at]), annex=True,
                                        title=[] if at is None else annex_title(lines, at))
            else:
                heading = heading_at(lines, at) if at is not None else None
                by_label[top] = Section(None if heading is None or _is_task_line(heading, tasks) else heading)
            out.append(by_label[top])
        section = by_label[top]
        sub = path[1] if len(path) > 2 and top and not path[1].startswith("•") and tuple(path[:2]) not in own else ""
        key = (top, sub)
        if key not in sub_of:
            heading = None
            if sub:
                start = _find(lines, top, cut)
                at = _find(lines, sub, start if start is not None else cut)
                heading = heading_at(lines, at) if at is not None and not _is_task_line(lines[at], tasks) else None
            if heading is None and section.groups and section.groups[-1].heading is None:
                sub_of[key] = section.groups[-1]
            else:
                sub_of[key] = Group(heading)
                section.groups.append(sub_of[key])
        sub_of[key].tasks.append(task)
    return out


def _is_task_line(line: str, tasks: list[dict]) -> bool:
    """Is this heading line a task's own text (`1. Sở X tổ chức …` is the task, not a heading above it)?"""
    norm = _norm(line)
    return any(_norm(t.get("text") or "")[:_KEY] in norm for t in tasks)


def heading_at(lines: list[str], at: int) -> str:
    """The heading printed on this line, with the lines a hard wrap carried it onto (an open `**`, or a next
    line that goes on in lower case)."""
    text, j = lines[at], at + 1
    while j < len(lines) and j < at + 5 and lines[j].strip() and (
            text.count("**") % 2 or (lines[j].strip()[:1].islower() and not _ITEM.match(lines[j]))):
        text, j = f"{text} {lines[j].strip()}", j + 1
    return plain(text)


def _find(lines: list[str], label: str, start: int) -> int | None:
    """The first line from `start` that opens with this label (an annex labelled `PL` by the gold: `PHỤ LỤC`)."""
    label = "PHỤ LỤC" if label.upper() == "PL" else label
    return next((j for j in range(start, len(lines)) if _labelled(lines[j], label)), None)


def frame(text: str, gold: dict) -> tuple[list[str], list[Section]]:
    """The header lines the re-laid plan opens with, and its sections."""
    lines = text.split("\n")
    cut = header_cut(lines, gold)
    header = lines[:cut] if cut is not None else built_header(gold)
    while header and not header[-1].strip():
        header.pop()
    return header, sections(lines, gold, cut or 0)
