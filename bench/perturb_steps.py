"""Step and phase layouts `r.steps`, `r.phases`, `r.schedule`: a development plan written anew as a procedure.

Real plans often lay their tasks out as the steps or phases of a procedure (issue 10 item 7), as the development
documents print them: `Bước 1: Họp Ban lãnh đạo …` over its `- Chủ trì: …` field (real2/a095b7d9d45fed2a),
`- Bước 1: Lựa chọn đơn vị tư vấn …` (real/6e205b75bcc588b5), a heading alone `BƯỚC HAI` over its subject
(real2/997dae6b99cea1fd); phases `+ Đợt 1: Trong khoảng thời gian từ ngày … đến ngày ….` (real2/35e4e5f84e96e332),
`- *Giai đoạn 48-72 giờ:*` (real/62f25a030c183151); a schedule `- Từ ngày 05/02/2026 - 08/02/2026: Ban Thường trực …`
(real2/34e1b68dd42b9936). Each layout keeps the document's header and sections (`bench.relay_skeleton`) and every
gold task with its own wording and fields; the gold of the re-laid plan (`steps_gold`) is the same tasks with the
deadlines the layout gives them (a phase's span for the items it heads without a time of their own) and, for a
schedule line, the line as printed (the development gold keeps a dated line's time in its text: real2/34e1b68d),
its deadline the time the line opens with.
"""
from __future__ import annotations

import random
import re
import zlib
from collections import Counter

from app.importers.extract.mention_phrase import starts_predicate
from bench.perturb_layouts import (
    ALPHA,
    Labels,
    Style,
    agencies,
    field_lines,
    fields_group,
    task_fields,
    write,
    write_sections,
)
from bench.relay_skeleton import Group, Section, frame

_CALENDAR = re.compile(r"\b(?:19|20)\d{2}\b|\d{1,2}/\d{1,2}")
_RELATIVE = re.compile(r"kể từ|hằng|hàng|định kỳ|sau khi|thường xuyên", re.IGNORECASE)
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
        # the fields' bullet is never the step's own (`- Bước 1: …` over `+ Chủ trì: …`; a text reader reads `*` as
        # Markdown's `-`)
        self.bullet = rng.choice(("+ ", "") if self.form.startswith("-") else ("- ", "+ ", "", "* "))
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
            who = f"{agencies(list(lead))} chủ trì, phối hợp với {agencies(list(support))}"
            out.append(f"{self.bullet}{self.lead}: {who}.")
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

def _calendar(deadline: str | None) -> bool:
    """Is the deadline a time on the calendar a phase can span (`Quý II/2026`, `từ ngày 01/3 đến ngày 30/4/2026`),
    not a relative or a recurring one (`trong 10 ngày kể từ …`, `định kỳ hằng năm (trước ngày 15/12)`)?"""
    return bool(deadline and len(deadline) <= 60 and "(" not in deadline and _CALENDAR.search(deadline)
                and not _RELATIVE.search(deadline))


def phases_of(tasks: list[dict]) -> list[tuple[str, list[dict]]] | None:
    """The section's tasks in 2–4 phases by deadline: each phase a calendar deadline the tasks share (the most
    shared, in the order they first come), every other task in the phase of the task before it (the first phase
    for those before any); None when the section has fewer than three tasks or two such deadlines."""
    dated = Counter(t["deadline_text"] for t in tasks if _calendar(t.get("deadline_text")))
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
            label = f"{ALPHA[k % len(ALPHA)]})" if lettered else "-"
            bare = {**task, "deadline_text": None} if task.get("deadline_text") in (None, span) else task
            out += [f"{label} {_upper_first(task['text'])}{style.end}",
                    *field_lines(bare, style, "-" if lettered else "+"), ""]
    return out


def _phase_section(section: Section, rng: random.Random, style: Style) -> list[str]:
    """The section's tasks in phases where they make two or more, else as items over their fields."""
    phased = phases_of([t for g in section.groups for t in g.tasks])
    if phased:
        return _phased(phased, rng, style)
    labels = Labels(letters=False)
    return [line for group in section.groups for line in fields_group(group, labels, style)]


def phases(text: str, rng: random.Random, gold: dict) -> str:
    return write_sections(text, gold, rng, lambda section, style: _phase_section(section, rng, style))


# --- r.schedule: `- Tháng 6/2026: Sở Y tế chủ trì, phối hợp với … <việc>.` ---------------------------------------

# the words a time opening a schedule line starts with (`Từ ngày 05/02/2026 - 08/02/2026:`, `Quý II/2026:`)
_OPENS_TIME = re.compile(r"^(?:từ|trước|đến|trong|sau|chậm nhất|ngày|tháng|quý|năm|tuần)\b", re.IGNORECASE)
# a time as a table's cell prints it, bare: `6/2025`, `15/3/2026`, `2025` (a line spells it out: `Tháng 6/2025`)
_BARE = (("Tháng ", re.compile(r"^\d{1,2}/(?:19|20)\d{2}$")),
         ("Ngày ", re.compile(r"^\d{1,2}/\d{1,2}/(?:19|20)\d{2}$")),
         ("Năm ", re.compile(r"^(?:19|20)\d{2}$")))
# a duty the wording already gives its own role in (`Chủ trì, phối hợp với …`), written under its agency's heading
_OWN_ROLE = re.compile(r"^(?:chủ trì|phối hợp|giao|tham mưu cho)\b", re.IGNORECASE)


def schedule_time(deadline: str | None) -> str | None:
    """The time a schedule line opens with for this deadline, as offices spell it there (`Tháng 6/2025`, `Năm
    2025`, `Trong năm 2021 và các năm tiếp theo`); None for a time no schedule dates a line by: recurring or
    relative (`Thường xuyên`, `hằng năm`, `trong 10 ngày kể từ …`), a span of years, or a phrase that does not
    open with a time (`Hoàn thành trong quý II/2026`)."""
    if not _calendar(deadline):
        return None
    assert deadline is not None
    for word, bare in _BARE:
        if bare.match(deadline):
            return word + deadline
    return _upper_first(deadline) if _OPENS_TIME.match(deadline) else None


def _duty(task: dict, subject: bool) -> str:
    """The line's duty and who does it, as offices print a schedule: the lead as the subject of the wording (`Sở Y
    tế chủ trì, phối hợp với … tổ chức …`, as real2/34e1b68dd42b9936 prints `Ban Thường trực … họp với …`), where
    the wording opens with a verb (a subject before `Dự án Luật …` or `Đối với …` is no sentence: the importer's
    verb list decides, the bench has none of its own), or the wording with its assignment in brackets (`Ban hành
    quy chế … (Văn phòng … chủ trì, Sở … phối hợp)`, as genre/16_binhdinh_vbdt prints it)."""
    lead, support, _ = task_fields(task)
    text = _upper_first(task["text"])
    partners = f", phối hợp với {agencies(list(support))}" if support else ""
    if lead and text.lower().startswith(lead[0].lower()):
        return text  # the wording already opens with its lead, as the development schedule line does
    if lead and subject and starts_predicate(text.lower()) and not _OWN_ROLE.match(text):
        return f"{_upper_first(agencies(list(lead)))} chủ trì{partners} {_lower_first(text)}"
    if lead:
        return f"{text} ({agencies(list(lead))} chủ trì{partners})"
    return f"{text} ({agencies(list(support))} phối hợp)" if support else text


def schedule_line(task: dict, subject: bool) -> str:
    """A dated task as a schedule prints it (without its bullet and end): `Tháng 6/2025: <đơn vị> <việc>` (a task
    the plan already printed as a schedule line, as it was)."""
    if task["text"].lower().startswith(task["deadline_text"].lower()):
        return _upper_first(task["text"])
    return f"{schedule_time(task['deadline_text'])}: {_duty(task, subject)}"


def _subject(gold: dict) -> bool:
    """The schedule's one choice the gold prints too, drawn from the gold itself: the lead as the subject of each
    line, or in brackets after its wording."""
    return random.Random(zlib.crc32((gold.get("title") or "").encode())).random() < 0.5


def _schedule_group(group: Group, style: Style, subject: bool) -> list[str]:
    """The group's tasks as one dash list: a dated task as its schedule line, any other as a dash over its `+`
    fields (a schedule's other duties)."""
    out: list[str] = []
    for i, task in enumerate(group.tasks):
        end = style.end if i < len(group.tasks) - 1 else "."
        if schedule_time(task.get("deadline_text")):
            out.append(f"- {schedule_line(task, subject)}{end}")
        else:
            out += [f"- {_upper_first(task['text'])}{end}", *field_lines(task, style, "+")]
    return [*out, ""]


def schedule(text: str, rng: random.Random, gold: dict) -> str:
    subject = _subject(gold)
    return write(text, gold, rng, lambda group, _labels, style: _schedule_group(group, style, subject))


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
        subject = _subject(gold)
        tasks = [{**t, "text": schedule_line(t, subject), "deadline_text": schedule_time(t["deadline_text"])}
                 if schedule_time(t.get("deadline_text")) else t for t in tasks]
    return {**gold, "targets": [], "tasks": tasks}
