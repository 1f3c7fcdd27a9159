"""A sentence after a list that dates all of it: `Các nhiệm vụ trên hoàn thành trong quý II/2025.`

A clerk often states the time of a whole list once, after its last item, in a sentence whose subject
names the items above (`các nhiệm vụ trên`, `những nội dung nêu trên`, `toàn bộ các công việc kể trên`).
Printed without a label, the outline hangs it on the last item, so only that item took the time (and
its wording gained a sentence that is not its own), or, when the list's last item has sub-items, none
did. What the sentence says is the time of every item of the list: ANNOTATION.md repeats a deadline
stated once for a group of items on each of them, and the development golds give a list the time
its own group states (not a plan-wide period printed elsewhere, which this rule never touches: the
sentence must follow the list and name it).

`lift_closing_times` moves such a sentence off the last item onto the list's parent
(`OutlineNode.closing_time`) before tasks are built; `TaskBuilder` hands that time down to the items
of the list as a group's time (an item that states its own keeps it). A last dash that is only the word for done
and a time (`- Hoàn thành trước ngày 30/6/2026.`) is such a sentence too, and no item of its own.

A time field stands where its task ends: `* Thời gian thực hiện:` with the parts of the work and their times on the
dashes after it takes them as its value, and printed after an item's last sub-item, where the item's numbered peers
close their blocks with their own fields, it is the item's field, not the last sub-item's.
"""
from __future__ import annotations

import re

from app.importers.extract import assignments as asg
from app.importers.extract.deadline_text import attribute_value, find_in_prose, keyed_time
from app.importers.extract.outline import OutlineNode
from app.importers.extract.textutil import strip_trailing_punct

# the subject naming the items above: `Các nhiệm vụ trên`, `Những nội dung nêu trên`, `Tất cả các công việc
# kể trên`, `Thời gian thực hiện các nhiệm vụ tại điểm a, b nêu trên`. A bare `trên` after the noun must end
# the subject (a comma or a verb follows), so `các hoạt động trên báo chí` (on the press) is no reference.
_ABOVE = re.compile(
    r"^(?:Thời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:?\s*)?(?:(?:tất cả|toàn bộ)\s+)?(?:các|những)\s+"
    r"(?:nhiệm vụ|nội dung|công việc|hoạt động|giải pháp|đầu việc|phần việc|việc)\b[^.;:]{0,40}?"
    r"(?:\b(?:nêu|kể|ở)\s+trên\b|\btrên(?=\s*,|\s*:|\s+(?:được|phải|cần|sẽ|đều|hoàn thành|thực hiện|triển khai"
    r"|tiến hành|xong|trong|trước)\b))\s*:?",
    re.IGNORECASE)
# a time the sentence gives without a calendar point: the items go on all along
_ONGOING = re.compile(r"\b(?:thường xuyên|liên tục|(?:định kỳ )?(?:hằng|hàng) (?:năm|quý|tháng))\b[^,.;]{0,30}",
                      re.IGNORECASE)


def closing_time(para: str) -> str | None:
    """The time a sentence names the items above to state (`Các nhiệm vụ trên hoàn thành trong quý II/2025` →
    `quý II/2025`), or None: not such a sentence, no time in it, or it hands the items to an actor (who does
    them is another rule's)."""
    if attribute_value(para) is not None:
        return None  # `Thời gian thực hiện: ...` after the last item is that item's field (`fields`)
    return referenced_time(para)


def referenced_time(text: str) -> str | None:
    """The time in a text that opens by naming the items above (`các nội dung nêu trên thực hiện trong năm
    2025` → `trong năm 2025`, as a `Thời gian thực hiện:` field's value too: the subject is no part of the
    deadline), or None when it does not open so."""
    m = _ABOVE.match(text.strip())
    if not m:
        return None
    rest = text.strip()[m.end():]
    if asg.from_text(rest).lead:
        return None
    time = find_in_prose(rest)
    if time is None:
        ongoing = _ONGOING.search(rest)
        time = strip_trailing_punct(ongoing.group(0).strip()) if ongoing else None
    return time or None


# the last item of a list that only says by when the list's work must be done, naming no one: `4. Chậm nhất là
# ngày 08 tháng 02 năm 2026, việc xác minh và trả lời ... phải được tiến hành xong.`
_LIMIT_FIRST = re.compile(r"^(?:Chậm nhất|Trước ngày|Hạn chót|Hạn cuối|Thời hạn cuối)\b")
_DONE_PASSIVE = re.compile(r"\bphải được\b[^.;]{0,60}?\b(?:xong|hoàn thành|hoàn tất|kết thúc)\b")


# `- Hoàn thành trước ngày 30/6/2026.` closing a list: the word for done, then only the time
_DONE_FIRST = re.compile(r"^(?:Hoàn thành|Hoàn tất|Thực hiện xong|Xong)\s+(?=\S)", re.IGNORECASE)
# what may stand around the time in such a line and is no part of it (`trong` before a quarter)
_AROUND = 8


def closing_item_time(item: OutlineNode) -> str | None:
    """The time of a last item that only states when the items above must be done, or None: it opens with the
    limit and says passively that the work is to be finished (`4. Chậm nhất là ngày …, việc xác minh … phải được
    tiến hành xong.`), or it is only the word for done and the time (`- Hoàn thành trước ngày 30/6/2026.`)."""
    text = " ".join(item.paras)
    if item.children or asg.from_text(text).lead:
        return None
    if _DONE_FIRST.match(text):
        return done_line_time(text)
    if not _LIMIT_FIRST.match(text) or not _DONE_PASSIVE.search(text):
        return None
    return find_in_prose(text)


def done_line_time(text: str) -> str | None:
    """The time of a line that is only the word for done and a time (`Hoàn thành trong Quý II/2026.` →
    `Quý II/2026`), or None (`Hoàn thành việc số hóa … trước …` names work)."""
    done = _DONE_FIRST.match(text)
    if not done:
        return None
    rest = strip_trailing_punct(text[done.end():])
    time = find_in_prose(rest)
    return time if time and len(time) >= len(rest) - _AROUND else None


def _keyed_time(node: OutlineNode) -> bool:
    """A dash that is a part of the work and its time (`- Công tác vận động bầu cử: Trong khoảng … đến …`), naming
    no body that does it."""
    text = " ".join(node.paras)
    return not node.children and node.style.startswith("bullet") and keyed_time(text) \
        and not asg.from_text(text).lead


def _gather_field_values(node: OutlineNode) -> OutlineNode | None:
    """`* Thời gian thực hiện:` with nothing after its colon, then dashes each giving a part of the work and its
    time, to the end of the list: the dashes are the field's value, printed below it as a single dash would be
    (`fold_field_label`); they are moved under the field, which is returned (None when `node` holds no such
    field)."""
    for i, c in enumerate(node.children):
        value = attribute_value(c.title)
        if value is not None and not value.strip() and c.style.startswith("bullet") and not c.children \
                and len(c.paras) == 1:
            values = node.children[i + 1:]
            if values and all(_keyed_time(v) for v in values):
                del node.children[i + 1:]
                c.children = values
                for v in values:
                    v.parent = c
                return c
    return None


def _lift_item_field(item: OutlineNode, holder: OutlineNode, field: OutlineNode) -> None:
    """`7. Kiểm tra …` + dashes + `7.1. …` + `7.2. …` + `* Thời gian thực hiện: …` where every numbered peer of 7
    closes its block with its own time field: the outline hung the field on 7.2, the last sub-item, but it stands
    where the peers' fields stand, after all of 7's sub-items, and dates 7. Moved up when it is the last line of the
    last sub-item and no other sub-item prints a time of its own."""
    subs = [c for c in item.children if c.label and not c.style.startswith("bullet")]
    parent = item.parent
    if len(subs) < 2 or item.children[-1] is not holder or holder.children[-1] is not field or parent is None:
        return
    if any(attribute_value(k.title) is not None for s in subs for k in s.children if k is not field):
        return
    peers = [c for c in parent.children if c is not item and c.style == item.style]
    if not any(k.style.startswith("bullet") and attribute_value(k.title) is not None
               for peer in peers for k in peer.children):
        return
    holder.children.pop()
    item.children.append(field)
    field.parent = item


def lift_closing_times(root: OutlineNode) -> None:
    """For every list of two or more items whose last item ends with a closing sentence about the items
    above, move the sentence off that item onto the list's parent as its `closing_time`; a last item that
    is only such a sentence (`closing_item_time`) becomes the list's time and no item of its own. A time field
    whose value is printed as the dashes after it takes them (`_gather_field_values`), and moves up to the item
    it closes (`_lift_item_field`)."""
    for node in list(root.walk()):
        field = _gather_field_values(node)
        if field is not None and node.parent is not None and node.label and not node.style.startswith("bullet"):
            _lift_item_field(node.parent, node, field)
    for node in root.walk():
        # `- Hoàn thành trước …` closes even a list of one (`1. Sở A rà soát …` + `- Hoàn thành trong Quý II/2026.`:
        # the item's time, no row of its own); after a single item, `các nội dung trên` are its own contents
        done_line = bool(node.children) and bool(_DONE_FIRST.match(node.children[-1].title))
        if node.style == "root" or (len(node.children) < 2 and not done_line):
            continue
        last = node.children[-1]
        if (len(node.children) >= 3 or done_line) and node.closing_time is None \
                and (time := closing_item_time(last)):
            node.closing_time = time
            node.children.pop()
            continue
        if len(last.paras) < 2 or last.children:
            continue
        time = closing_time(last.paras[-1])
        if time is not None and node.closing_time is None:
            node.closing_time = time
            last.paras.pop()
