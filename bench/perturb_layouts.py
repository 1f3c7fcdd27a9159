"""Layout perturbations `r.*`: a development plan written anew from its gold in another layout real plans use.

An unseen plan may carry the same kind of tasks as ours in another layout (issue 10): fields under each item,
a)/b)/c) field blocks, an inline `(Giao X chủ trì, phối hợp với Y; …)`, tasks grouped under their lead agency,
an annex table with other columns, the fields of a section written after its items. Each layout here writes the
document's own header lines (`bench.relay_skeleton`), then every gold task with its own wording, lead, support
and deadline text, in that layout, keeping the gold's sections; the gold stays the gold (`relaid_gold`: the same
tasks and header, targets dropped — they are not re-written). Label words, bullets, capitals and the item's end
punctuation vary by document (one office, one style), as the plans quoted in bench/README.md print them.
"""
from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from bench.relay_skeleton import Group, Section, closing, frame

Layout = Callable[[str, random.Random, dict], str]

# the group words offices write in lower case inside a sentence (`phối hợp với các sở, ban, ngành`)
_GENERIC = {"Các", "Cơ", "Đơn", "Những", "Toàn", "Mọi", "Cấp"}
ALPHA = "abcdđeghiklmnopqrstuvxy"
_LABEL = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)/\-]\s*")


@dataclass
class Style:
    """One office's habits: label words, bullet, the item's end punctuation."""

    lead: str
    support: str
    deadline: str
    bullet: str
    end: str

    @classmethod
    def pick(cls, rng: random.Random) -> Style:
        unit = rng.choice(("Cơ quan", "Đơn vị"))
        return cls(lead=f"{unit} chủ trì", support=f"{unit} phối hợp",
                   deadline=rng.choice(("Thời gian hoàn thành", "Thời gian thực hiện", "Thời hạn hoàn thành")),
                   bullet=rng.choice(("-", "-", "+")), end=rng.choice((";", ".")))


def _mention(name: str) -> str:
    return name[0].lower() + name[1:] if name.split()[0] in _GENERIC else name


def agencies(names: list[str]) -> str:
    """Mentions as a sentence lists them: `Sở Nội vụ, Sở Tài chính và các cơ quan có liên quan`."""
    names = [_mention(n) for n in names]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


def _head(names: list[str]) -> str:
    text = agencies(names)
    return text[0].upper() + text[1:]


def task_fields(task: dict) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    return tuple(task.get("lead") or []), tuple(task.get("support") or []), task.get("deadline_text")


def _shared(group: Group) -> bool:
    """Do all tasks of the group carry the same fields, and some field at all?"""
    first = task_fields(group.tasks[0])
    return len(group.tasks) > 1 and all(task_fields(t) == first for t in group.tasks) and any(first)


def field_lines(task: dict, style: Style, bullet: str) -> list[str]:
    lead, support, deadline = task_fields(task)
    out = [f"{bullet} {style.lead}: {agencies(list(lead))}." for _ in lead[:1]]
    out += [f"{bullet} {style.support}: {agencies(list(support))}." for _ in support[:1]]
    out += [f"{bullet} {style.deadline}: {deadline}." for _ in [deadline] if deadline]
    return out


class Labels:
    """Item labels within a section: `1.`, `2.` …; under a sub-section heading (numbered by the section's count)
    `2.1.`, `2.2.` or `a)`, `b)` (letters only where the item's own fields are not lettered)."""

    def __init__(self, letters: bool) -> None:
        self.letters = letters
        self.top = 0
        self.sub: int | None = None

    def heading(self, text: str) -> str:
        self.top += 1
        self.sub = 0
        return f"{self.top}. {_LABEL.sub('', text) or text}"

    def headless(self) -> None:
        self.sub = None

    def next(self, letters: bool = True) -> str:
        if self.sub is None:
            self.top += 1
            return f"{self.top}."
        self.sub += 1
        if self.letters and letters:
            return f"{ALPHA[(self.sub - 1) % len(ALPHA)]})"
        return f"{self.top}.{self.sub}."


def finish(source: str, lines: list[str]) -> str:
    """The re-laid lines as one text, blank lines kept only where the document itself parts its paragraphs with
    them (a text of one paragraph a line stays so: the readers read the two habits differently)."""
    blank = sum(1 for line in source.split("\n") if not line.strip())
    if blank * 20 < source.count("\n"):
        lines = [line for line in lines if line.strip()]
    return "\n".join(lines) + "\n"


def assemble(text: str, gold: dict, header: list[str], secs: list[Section],
             section_lines: Callable[[Section], list[str]]) -> str:
    """The header, each body section's heading and lines, the signature block, then each annex under its caption:
    every development plan with an annex prints it after the signature (genre/14_bocongthuong_ctr, real/f004d93b)."""
    out = [*header, ""]
    for section in [s for s in secs if not s.annex]:
        out += [*section.heading_lines(), ""] if section.heading else []
        out += section_lines(section)
    out += closing(gold, header)
    for section in [s for s in secs if s.annex]:
        out += ["", *section.heading_lines(), "", *section_lines(section)]
    return finish(text, out)


def write(text: str, gold: dict, rng: random.Random, group_lines: Callable[[Group, Labels, Style], list[str]]) -> str:
    """The header, each section's heading, each group through the layout, the signature, the annexes."""
    if not gold.get("tasks"):
        return text
    header, secs = frame(text, gold)
    style = Style.pick(rng)
    letters = rng.random() < 0.5

    def section_lines(section: Section) -> list[str]:
        out: list[str] = []
        labels = Labels(letters)
        for group in section.groups:
            if group.heading:
                out += [labels.heading(group.heading), ""]
            else:
                labels.headless()
            out += group_lines(group, labels, style)
        return out

    return assemble(text, gold, header, secs, section_lines)


# --- r.fields: a numbered item, then `- Cơ quan chủ trì: …` / `- Cơ quan phối hợp: …` / `- Thời gian …: …` ------

def fields_group(group: Group, labels: Labels, style: Style) -> list[str]:
    out: list[str] = []
    for task in group.tasks:
        out += [f"{labels.next()} {task['text']}", *field_lines(task, style, style.bullet), ""]
    return out


def fields(text: str, rng: random.Random, gold: dict) -> str:
    return write(text, gold, rng, fields_group)


# --- r.labelled: a)/b)/c) field blocks; a block's tasks as a dash list under `a) Nhiệm vụ:` -------------------

def _block_fields(task: dict, style: Style, first: int) -> list[str]:
    """`b) Cơ quan thực hiện:` with its chủ trì / phối hợp dashes, `c) Thời gian thực hiện: …`, lettered from
    `first`."""
    lead, support, deadline = task_fields(task)
    out, letter = [], first
    if lead or support:
        out.append(f"{ALPHA[letter]}) Cơ quan thực hiện:")
        out += [f"- {style.lead}: {agencies(list(lead))}{';' if support else '.'}" for _ in lead[:1]]
        out += [f"- {style.support}: {agencies(list(support))}." for _ in support[:1]]
        letter += 1
    if deadline:
        out.append(f"{ALPHA[letter]}) {style.deadline}: {deadline}.")
    return out


def _labelled_group(group: Group, labels: Labels, style: Style) -> list[str]:
    if _shared(group):  # one block: the tasks as dashes under `a) Nhiệm vụ:`, the fields they share below
        last = len(group.tasks) - 1
        dashes = [f"- {t['text']}{style.end if i < last else '.'}" for i, t in enumerate(group.tasks)]
        return ["a) Nhiệm vụ:", *dashes, *_block_fields(group.tasks[0], style, 1), ""]
    out: list[str] = []
    for task in group.tasks:
        out += [f"{labels.next(letters=False)} {task['text']}", *_block_fields(task, style, 0), ""]
    return out


def labelled(text: str, rng: random.Random, gold: dict) -> str:
    return write(text, gold, rng, _labelled_group)


# --- r.inline: `… (Giao X chủ trì, phối hợp với Y; thời gian hoàn thành: Z).` ---------------------------------

def _inline(task: dict, style: Style, giao: bool) -> str:
    lead, support, deadline = task_fields(task)
    who = ""
    if lead and giao:
        who = f"Giao {agencies(list(lead))} chủ trì" + (f", phối hợp với {agencies(list(support))}" if support else "")
    elif lead:
        who = f"{_head(list(lead))} chủ trì" + (f", {agencies(list(support))} phối hợp" if support else "")
    elif support:
        who = f"Phối hợp: {agencies(list(support))}"
    when = f"{style.deadline.lower()}: {deadline}" if deadline else ""
    note = "; ".join(p for p in (who, when) if p)
    return f"{task['text']} ({note})" if note else task["text"]


def _inline_group(group: Group, labels: Labels, style: Style, giao: bool) -> list[str]:
    last = len(group.tasks)
    return [f"{labels.next()} {_inline(t, style, giao)}{style.end if k < last else '.'}"
            for k, t in enumerate(group.tasks, 1)] + [""]


def _inline_style(gold: dict) -> tuple[Style, bool]:
    """The inline layout's choices, drawn from the gold itself: its expected gold prints the same parenthesis."""
    rng = random.Random(zlib.crc32((gold.get("title") or "").encode()))
    return Style.pick(rng), rng.random() < 0.6


def inline(text: str, rng: random.Random, gold: dict) -> str:
    style, giao = _inline_style(gold)
    return write(text, gold, rng, lambda group, labels, _: _inline_group(group, labels, style, giao))


# --- r.grouped: the lead agency as heading, its tasks as dashes below (support and deadline as `+` fields) --------

def _grouped_section(groups: list[Group], style: Style) -> list[str]:
    """Tasks without a lead first, as dashes under the section; then `1. Sở X:` and its tasks as dashes."""
    by_lead: dict[tuple[str, ...], list[dict]] = {(): []}
    for task in (t for g in groups for t in g.tasks):
        by_lead.setdefault(tuple(task.get("lead") or []), []).append(task)
    out: list[str] = []
    for k, (lead, own) in enumerate(by_lead.items()):
        if not own:
            continue
        out += [f"{k}. {_head(list(lead))}:", ""] if lead else []
        for task in own:
            _, support, deadline = task_fields(task)
            out.append(f"- {task['text']}{style.end}")
            out += [f"+ {style.support}: {agencies(list(support))}." for _ in support[:1]]
            out += [f"+ {style.deadline}: {deadline}." for _ in [deadline] if deadline]
        out.append("")
    return out


def write_sections(text: str, gold: dict, rng: random.Random,
                   section_lines: Callable[[Section, Style], list[str]]) -> str:
    """The header, each section's heading and the lines the layout writes for its tasks, the signature, the
    annexes."""
    if not gold.get("tasks"):
        return text
    header, secs = frame(text, gold)
    style = Style.pick(rng)
    return assemble(text, gold, header, secs, lambda section: section_lines(section, style))


def grouped(text: str, rng: random.Random, gold: dict) -> str:
    return write_sections(text, gold, rng, lambda section, style: _grouped_section(section.groups, style))


# --- r.table: one annex pipe table, columns named and ordered as one of the offices quoted in the README ------

_COLUMNS = [
    ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"),
    ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Sản phẩm"),
    ("TT", "Nội dung nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"),
    ("STT", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì thực hiện", "Đơn vị phối hợp", "Kết quả/Sản phẩm", "Thời hạn"),
]
_PRODUCTS = ("Kế hoạch", "Báo cáo", "Văn bản chỉ đạo", "Quyết định", "")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _cell(value: str) -> str:
    return value.replace("|", "/")


def table(text: str, rng: random.Random, gold: dict) -> str:
    if not gold.get("tasks"):
        return text
    header, secs = frame(text, gold)
    columns = rng.choice(_COLUMNS)
    rows = ["| " + " | ".join(f"**{c}**" for c in columns) + " |", "|" + "---|" * len(columns)]
    n, roman = 0, 0
    for section in secs:
        # (an annex's caption is the table's own: no group row)
        groups = [(None if section.annex else section.heading, section.groups)]
        for heading, gs in groups:
            if heading:
                title = _LABEL.sub("", heading) or heading
                rows.append("| " + " | ".join([f"**{_ROMAN[roman % 12]}**", f"**{_cell(title)}**"]
                                              + [""] * (len(columns) - 2)) + " |")
                roman += 1
            for task in (t for g in gs for t in g.tasks):
                n += 1
                lead, support, deadline = task_fields(task)
                cells = {"TT": str(n), "STT": str(n), "Sản phẩm": rng.choice(_PRODUCTS)}
                values = [str(n), task["text"], _head(list(lead)) if lead else "",
                          _head(list(support)) if support else "", deadline or ""]
                for name, value in zip(("TT", "task", "lead", "support", "deadline"), values, strict=True):
                    cells.setdefault(name, value)
                rows.append("| " + " | ".join(_cell(cells[_role(c)]) for c in columns) + " |")
    # the annex after the signature block, as offices print it (genre/14_bocongthuong_ctr)
    return finish(text, [*header, "", *closing(gold, header), "", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ",
                         "(Kèm theo Kế hoạch)", "", *rows])


def _role(column: str) -> str:
    if column in ("TT", "STT"):
        return column
    if "chủ trì" in column:
        return "lead"
    if "phối hợp" in column:
        return "support"
    if column.startswith(("Thời", "Tiến độ")):
        return "deadline"
    if "Sản phẩm" in column:
        return "Sản phẩm"
    return "task"


# --- r.after: a section's items first, then the fields they share (`2. Cơ quan chủ trì: …`, `3. Thời gian …`) ---

def _after_group(group: Group, labels: Labels, style: Style) -> list[str]:
    if not _shared(group):
        return fields_group(group, labels, style)
    lead, support, deadline = task_fields(group.tasks[0])
    last = len(group.tasks) - 1
    out = [f"{labels.next(letters=False)} Nội dung, biện pháp:"]
    out += [f"{ALPHA[i]}) {t['text']}{style.end if i < last else '.'}" for i, t in enumerate(group.tasks)]
    k = 2
    if lead or support:
        who = [f"{style.lead}: {agencies(list(lead))}" for _ in lead[:1]]
        who += [f"{style.support}: {agencies(list(support))}" for _ in support[:1]]
        out.append(f"{labels.next(letters=False)} {'; '.join(who[:1] + [w[0].lower() + w[1:] for w in who[1:]])}.")
        k += 1
    if deadline:
        out.append(f"{labels.next(letters=False)} {style.deadline}: {deadline}.")
    return [*out, ""]


def after(text: str, rng: random.Random, gold: dict) -> str:
    return write(text, gold, rng, _after_group)


FIELD_LAYOUTS: dict[str, Layout] = {
    "r.fields": fields, "r.labelled": labelled, "r.inline": inline, "r.grouped": grouped, "r.table": table,
    "r.after": after,
}


def field_gold(name: str, gold: dict) -> dict:
    """The gold of a re-laid plan: the same tasks and header; its targets are not re-written, so none. An inline
    assignment stays in the task's text, as ANNOTATION.md's gold keeps it (genre/16_binhdinh_vbdt:
    `Ban hành quy chế … (Văn phòng Ủy ban nhân dân tỉnh chủ trì, Sở … phối hợp; trong tháng 7 năm 2024)`)."""
    out = {**gold, "targets": []}
    if name == "r.inline":
        style, giao = _inline_style(gold)
        out["tasks"] = [{**t, "text": _inline(t, style, giao)} for t in gold.get("tasks") or []]
    return out
