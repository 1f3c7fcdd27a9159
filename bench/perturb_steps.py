"""Step and phase layouts `r.steps`, `r.phases`, `r.schedule`: a development plan written anew as a procedure.

Real plans often lay their tasks out as the steps or phases of a procedure (issue 10 item 7), as the development
documents print them: `Bước 1: Họp Ban lãnh đạo …` over its `- Chủ trì: …` field (real2/a095b7d9d45fed2a),
`- Bước 1: Lựa chọn đơn vị tư vấn …` (real/6e205b75bcc588b5), a heading alone `BƯỚC HAI` over its subject
(real2/997dae6b99cea1fd); phases `+ Đợt 1: Trong khoảng thời gian từ ngày … đến ngày ….` (real2/35e4e5f84e96e332),
`- *Giai đoạn 48-72 giờ:*` (real/62f25a030c183151); a schedule `- Từ ngày 05/02/2026 - 08/02/2026: Ban Thường trực …`
(real2/34e1b68dd42b9936). Each layout keeps the document's header and sections (`bench.relay_skeleton`) and every
gold task with its own wording and fields; the gold of the re-laid plan (`steps_gold`) is the same tasks with the
deadlines the layout gives them (a phase's span for the items it heads without a time of their own) and, for a
schedule line, the line as printed (the development gold keeps a dated line's time in its text: real2/34e1b68d).
"""
from __future__ import annotations

import random
import zlib
from collections import Counter

from bench.perturb_layouts import ALPHA, Labels, Style, agencies, field_lines, fields_group, finish, task_fields, write
from bench.relay_skeleton import Group, closing, frame

_WORDS = ("MỘT", "HAI", "BA", "BỐN", "NĂM", "SÁU", "BẢY", "TÁM", "CHÍN", "MƯỜI")
_ORDINALS = ("nhất", "hai", "ba", "tư")


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


# --- r.steps: `Bước 1: <việc>` and the step's fields under it -------------------------------------------------

class _StepStyle:
    """One office's step habits: the label's form, the field words and their bullet."""

    def __init__(self, rng: random.Random) -> None:
        self.form = rng.choice(("Bước {n}: ", "- Bước {n}: ", "Bước {n}. ", "BƯỚC {word}"))
        self.bullet = rng.choice(("- ", "+ ", "", "* "))
        self.lead = rng.choice(("Đơn vị thực hiện", "Chủ trì", "Cơ quan chủ trì", "Đơn vị chủ trì"))
        self.support = rng.choice(("Đơn vị phối hợp", "Phối hợp", "Cơ quan phối hợp"))
        self.deadline = rng.choice(("Thời gian hoàn tất", "Thời gian thực hiện", "Thời gian hoàn thành", "Thời hạn"))
        self.joined = self.lead == "Đơn vị thực hiện" and rng.random() < 0.5  # `X chủ trì, phối hợp với Y`

    def label(self, n: int, count: int) -> list[str]:
        """The step's label: on the task's own line, or a heading alone (`BƯỚC HAI`) over it."""
        if "{word}" in self.form:
            return [f"BƯỚC {_WORDS[n - 1] if count <= len(_WORDS) else n}", ""]
        return [self.form.format(n=n)]

    def fields(self, task: dict) -> list[str]:
        lead, support, deadline = task_fields(task)
        out = []
        if lead and support and self.joined:
            out.append(f"{self.bullet}{self.lead}: {agencies(list(lead))} chủ trì, phối hợp với {agencies(list(support))}.")
        else:
            out += [f"{self.bullet}{self.lead}: {agencies(list(lead))}." for _ in lead[:1]]
            out += [f"{self.bullet}{self.support}: {agencies(list(support))}." for _ in support[:1]]
        out += [f"{self.bullet}{self.deadline}: {deadline}." for _ in [deadline] if deadline]
        return out


def _steps_group(group: Group, style: _StepStyle) -> list[str]:
    out: list[str] = []
    for n, task in enumerate(group.tasks, 1):
        label = style.label(n, len(group.tasks))
        text = _upper_first(task["text"]) + "."
        out += [*label[:-1], label[-1] + text] if label[-1] else [*label, text]
        out += [*style.fields(task), ""]
    return out


def steps(text: str, rng: random.Random, gold: dict) -> str:
    step_style = _StepStyle(rng)
    return write(text, gold, rng, lambda group, _labels, _style: _steps_group(group, step_style))


# --- r.phases: `Giai đoạn 1 (từ … đến …):` over its items; the phase's span their deadline ---------------------

def phases_of(tasks: list[dict]) -> list[tuple[str, list[dict]]] | None:
    """The section's tasks in 2–4 phases by deadline: each phase a dated deadline the tasks share (the most shared,
    in the order they first come), every other task in the phase of the task before it (the first phase for those
    before any); None when the section has fewer than three tasks or two dated deadlines to make phases of."""
    dated = Counter(d for t in tasks if (d := t.get("deadline_text")) and any(c.isdigit() for c in d))
    spans = [d for d, k in dated.most_common(4) if k > 1] or [d for d, _ in dated.most_common(2)]
    if len(spans) < 2 or len(tasks) < 3:
        return None
    first = list(dict.fromkeys(t["deadline_text"] for t in tasks if t.get("deadline_text") in spans))
    out: list[tuple[str, list[dict]]] = [(d, []) for d in first]
    at = 0
    for task in tasks:
        if task.get("deadline_text") in spans:
            at = first.index(task["deadline_text"])
        out[at][1].append(task)
    return out


_PHASE_FORMS = ("Giai đoạn {n} ({span}):", "Đợt {n}: {Span}", "GIAI ĐOẠN {n}: {Span}", "Lần thứ {ord} ({span}):",
                "Giai đoạn {n}: {Span}.")


def _phased(phased: list[tuple[str, list[dict]]], rng: random.Random, style: Style) -> list[str]:
    """Each phase's heading (`Giai đoạn 1 (từ … đến …):`, `Đợt 2: Từ …`, numbered or not), its items below: an
    item's own time printed only where it is not the phase's."""
    form, numbered, lettered = rng.choice(_PHASE_FORMS), rng.random() < 0.4, rng.random() < 0.5
    out: list[str] = []
    for n, (span, own) in enumerate(phased, 1):
        head = form.format(n=n, span=_lower_first(span), Span=_upper_first(span), ord=_ORDINALS[(n - 1) % 4])
        out += [f"{n}. {head}" if numbered else head, ""]
        for k, task in enumerate(own):
            label = f"{ALPHA[k % len(ALPHA)]})" if lettered else style.bullet
            bare = {**task, "deadline_text": None} if task.get("deadline_text") in (None, span) else task
            out += [f"{label} {_upper_first(task['text'])}{style.end}",
                    *field_lines(bare, style, "-" if lettered else "+"), ""]
    return out


def phases(text: str, rng: random.Random, gold: dict) -> str:
    """Each section's tasks in phases where they make two or more (else as items over their fields)."""
    if not gold.get("tasks"):
        return text
    header, secs = frame(text, gold)
    style = Style.pick(rng)
    out = [*header, ""]
    for section in secs:
        out += [section.heading, ""] if section.heading else []
        phased = phases_of([t for g in section.groups for t in g.tasks])
        if phased:
            out += _phased(phased, rng, style)
            continue
        labels = Labels(letters=False)
        for group in section.groups:
            out += fields_group(group, labels, style)
    return finish(text, out + closing(gold))


# --- r.schedule: `- Từ ngày … đến ngày …: <việc>; <đơn vị>` ----------------------------------------------------

def _unit(task: dict, joined: bool) -> str:
    lead, support, _ = task_fields(task)
    if lead and support:
        return (f"{agencies(list(lead))} chủ trì, phối hợp với {agencies(list(support))}" if joined
                else f"{agencies(list(lead))} chủ trì, {agencies(list(support))} phối hợp")
    if lead:
        return agencies(list(lead))
    return f"{agencies(list(support))} phối hợp" if support else ""


def schedule_line(task: dict, joined: bool) -> str:
    """A dated task as a schedule prints it (without its bullet and end): `Từ ngày …: <việc>; <đơn vị>`."""
    unit = _unit(task, joined)
    line = f"{_upper_first(task['deadline_text'])}: {_upper_first(task['text'])}"
    return f"{line}; {unit}" if unit else line


def _joined(gold: dict) -> bool:
    """The schedule's one choice the gold prints too, drawn from the gold itself."""
    return random.Random(zlib.crc32((gold.get("title") or "").encode())).random() < 0.5


def _schedule_group(group: Group, labels: Labels, style: Style, joined: bool) -> list[str]:
    undated = [t for t in group.tasks if not t.get("deadline_text")]
    out = fields_group(Group(group.heading, undated), labels, style) if undated else []
    dated = [t for t in group.tasks if t.get("deadline_text")]
    return out + [f"- {schedule_line(t, joined)}{style.end if i < len(dated) - 1 else '.'}"
                  for i, t in enumerate(dated)] + [""]


def schedule(text: str, rng: random.Random, gold: dict) -> str:
    joined = _joined(gold)
    return write(text, gold, rng, lambda group, labels, style: _schedule_group(group, labels, style, joined))


STEP_LAYOUTS = {"r.steps": steps, "r.phases": phases, "r.schedule": schedule}


def steps_gold(name: str, gold: dict) -> dict:
    """The tasks of the gold as the layout `name` gives them: under a phase, the phase's span is the deadline of
    the items that print none; a schedule line's text is the line as printed."""
    tasks = list(gold.get("tasks") or [])
    if name == "r.phases":
        spans: dict[int, str] = {}
        for section in frame("", gold)[1]:
            for span, own in phases_of([t for g in section.groups for t in g.tasks]) or []:
                spans.update({id(t): span for t in own if not t.get("deadline_text")})
        tasks = [{**t, "deadline_text": spans.get(id(t), t.get("deadline_text"))} for t in tasks]
    if name == "r.schedule":
        joined = _joined(gold)
        tasks = [{**t, "text": schedule_line(t, joined)} if t.get("deadline_text") else t for t in tasks]
    return {**gold, "targets": [], "tasks": tasks}
