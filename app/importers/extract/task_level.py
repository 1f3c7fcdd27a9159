"""At which level a list of sibling items carries the duties, decided for the whole list at once.

A clerk reading a plan does not decide item by item whether `1. Giám sát việc …` is a duty: they
look at the list. When its items each end with their own time or lead field, the items are the
duties and the dashes under them say what each covers (alternative A, `items`). When the dashes
under the items are what carries the agencies and the deadlines while the items are short titles,
the items are headings and the dashes are the duties (alternative B, `subitems`). When nothing in
the list carries an agency, a deadline or a duty verb (purposes, requirements, a list of contents),
none of it is a duty (alternative C, `none`; left to `section_kinds`, which names such sections).

Each alternative is scored from cues the document gives for the list as a whole — shares over the
items or over their sub-items, never one item's wording — and the best one wins when it leads the
others by a clear margin; otherwise the list stays undecided and `tasks.TaskBuilder` reads it item by
item as before. The cues reuse the importer's existing tests (`fields.attr_kind`, `assignments`,
`deadline_text.find_in_prose`, `mention_phrase.starts_predicate`, `agency_headings`); no phrase list
lives here. Why each cue and weight is general is said where it is defined.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from app.importers.extract import assignments as asg
from app.importers.extract.agency_headings import agency_heading
from app.importers.extract.deadline_text import find_in_prose
from app.importers.extract.fields import attr_kind
from app.importers.extract.group_fields import group_lead
from app.importers.extract.mention_phrase import starts_predicate
from app.importers.extract.outline import OutlineNode

ITEMS = "items"        # A: the items are the duties, their dashes are details
SUBITEMS = "subitems"  # B: the items are headings, their sub-items are the duties

# A list is judged only when it has at least this many items: one item says nothing about a list.
MIN_ITEMS = 2
# The share of items that must show a cue for it to speak for the whole list (two of three siblings:
# a clerk's layout is consistent, one odd item is a slip, not a different level).
MIN_SHARE = 2 / 3
# Weights of the cues (see `_score`): the strongest cue is a field the document itself labels
# (`Thời gian thực hiện:`, `Đơn vị chủ trì:`), because a label says outright what it applies to;
# a named agency or a date inside a sentence is weaker (it may name who is reported to, or when a
# law was passed); the shape of a title (short, ends with `:`, no verb) is weakest.
W_FIELD = 1.0
W_CARRIES = 0.6
W_SHAPE = 0.3
# The winner must lead the runner-up by this much, else the list is read item by item.
MARGIN = 0.5


@dataclass
class ListCues:
    """Shares (0–1) of a list's items, and of their sub-items, that show each cue."""
    items: int = 0
    fields_after_details: float = 0.0   # items whose dashes end with the item's own time/lead field
    item_carries: float = 0.0           # items whose own wording names an actor or a deadline
    item_heading: float = 0.0           # items printed as a title (see `heading_shape`)
    with_subs: float = 0.0              # items that have sub-items at all
    sub_carries: float = 0.0            # sub-items that name their own actor or deadline
    reasons: list[str] = field(default_factory=list)


def is_field(node: OutlineNode) -> bool:
    """A labelled field line (`Thời gian thực hiện: …`, `Cơ quan chủ trì: …`), not an item."""
    return attr_kind(node.title) is not None


def fields_after_details(item: OutlineNode) -> bool:
    """The item's sub-items are dashes that end with a time or lead field of its own (`- Thời gian
    thực hiện: …`, `- Đơn vị chủ trì: …`) after dashes that are not fields. General because a field
    printed after an item's dashes can only belong to the item: it closes the item's block."""
    kids = item.children
    if item.title.rstrip().endswith(":") or len(kids) < 2 \
            or not all(k.style.startswith("bullet") for k in kids if not k.style.startswith("dec")):
        return False
    times = [i for i, k in enumerate(kids)
             if k.style.startswith("bullet") and attr_kind(k.title) in ("deadline", "lead")]
    details = [i for i, k in enumerate(kids) if k.style.startswith("bullet") and not is_field(k)]
    if not (times and details and min(details) < times[0]) or group_lead(item):
        return False  # a line naming only who leads, after a group of duties, is the group's (`group_fields`)
    # `1.1. Sở Nội vụ:`, `3.1.1. Nâng cao …:`: a heading that introduces its dashes (checked last: costly)
    return agency_heading(item.title) is None


@lru_cache(maxsize=4096)
def carries_duty(text: str) -> bool:
    """The wording itself names who acts (`Sở Y tế chủ trì …`, `Giao …`) or by when (`trước ngày …`).
    General because these are the two things that make an item a task (ANNOTATION: an assignment or a
    deadline), read with the importer's own tests."""
    return bool(asg.from_text(text).explicit or find_in_prose(text))


def heading_shape(node: OutlineNode) -> bool:
    """A title, not a sentence: ends with `:`, or is short (≤ 12 words) with no full stop and does not
    open with a duty verb (`Công tác tuyên truyền`, `Đối với các sở, ngành:`). General because a
    heading in any plan is printed so; a duty is a sentence led by what is to be done."""
    title = node.title.strip()
    if title.endswith(":"):
        return True
    return len(title.split()) <= 12 and not title.endswith((".", ";")) and not starts_predicate(title.lower())


def list_cues(items: list[OutlineNode]) -> ListCues:
    """The cues of one list of sibling items (fields and bulleted asides already left out)."""
    cues = ListCues(items=len(items))
    if not items:
        return cues
    n = len(items)
    cues.fields_after_details = sum(fields_after_details(i) for i in items) / n
    cues.item_carries = sum(carries_duty(i.title) for i in items) / n
    cues.item_heading = sum(heading_shape(i) for i in items) / n
    subs = [k for i in items for k in i.children if not is_field(k)]
    cues.with_subs = sum(1 for i in items if any(not is_field(k) for k in i.children)) / n
    cues.sub_carries = sum(carries_duty(" ".join(k.paras)) for k in subs) / len(subs) if subs else 0.0
    return cues


def _score(cues: ListCues) -> dict[str, float]:
    """Each alternative's score: the cues that speak for it minus those that speak against it."""
    a = W_FIELD * _consistent(cues.fields_after_details) + W_CARRIES * _consistent(cues.item_carries) \
        - W_CARRIES * _consistent(cues.sub_carries)
    b = W_CARRIES * _consistent(cues.sub_carries) * _consistent(cues.with_subs) \
        + W_SHAPE * _consistent(cues.item_heading) - W_FIELD * _consistent(cues.fields_after_details) \
        - W_CARRIES * _consistent(cues.item_carries)
    return {ITEMS: a, SUBITEMS: b, "none": 0.0}


def _consistent(share: float) -> float:
    """A cue counts only when it holds across the list (MIN_SHARE of the siblings)."""
    return share if share >= MIN_SHARE else 0.0


def choose_level(items: list[OutlineNode]) -> tuple[str | None, ListCues]:
    """The alternative that leads the others by MARGIN, or None (read item by item)."""
    cues = list_cues(items)
    if cues.items < MIN_ITEMS:
        return None, cues
    scores = _score(cues)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    cues.reasons = [f"{k}={v:.2f}" for k, v in ranked]
    if best == "none" or top - second < MARGIN:
        return None, cues
    return best, cues


def dash_list_level(items: list[OutlineNode]) -> str | None:
    """A list of dashes whose own sub-lists (`+ …`) name, across the whole list, no actor and no deadline
    of their own: the dashes are the duties and each one's sub-items say what it covers (ITEMS), as
    ANNOTATION keeps descriptive sub-bullets inside their item. General because the sub-list under a
    dash is the deepest level a plan uses; it holds duties of their own only when it says who or by
    when (`+ Sở Y tế chủ trì …`, `+ … hoàn thành trong năm 2024`), which the document then prints on
    most of them. Undecided (None) otherwise: the dashes are read one by one."""
    subs = [k for i in items for k in i.children if not is_field(k)]
    if not subs or not all(i.style.startswith("bullet") for i in items):
        return None
    carrying = sum(carries_duty(" ".join(k.paras)) for k in subs) / len(subs)
    return ITEMS if _consistent(1.0 - carrying) else None


def list_items(node: OutlineNode) -> list[OutlineNode]:
    """The items of the list under `node`: its numbered or lettered children that are not fields."""
    return [k for k in node.children if not k.style.startswith("bullet") and not is_field(k)]
