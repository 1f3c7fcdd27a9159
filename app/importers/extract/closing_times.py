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
of the list as a group's time (an item that states its own keeps it).
"""
from __future__ import annotations

import re

from app.importers.extract import assignments as asg
from app.importers.extract.deadline_text import attribute_value, find_in_prose
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


def closing_item_time(item: OutlineNode) -> str | None:
    """The time of a last item that only states when the items above must be done (it opens with the
    limit and says passively that the work is to be finished), or None."""
    text = " ".join(item.paras)
    if item.children or not _LIMIT_FIRST.match(text) or not _DONE_PASSIVE.search(text) \
            or asg.from_text(text).lead:
        return None
    return find_in_prose(text)


def lift_closing_times(root: OutlineNode) -> None:
    """For every list of two or more items whose last item ends with a closing sentence about the items
    above, move the sentence off that item onto the list's parent as its `closing_time`; a last item that
    is only such a sentence (`closing_item_time`) becomes the list's time and no item of its own."""
    for node in _walk(root):
        if len(node.children) < 2 or node.style == "root":
            continue  # after a single item, `các nội dung trên` are that item's own contents
        last = node.children[-1]
        if len(node.children) >= 3 and node.closing_time is None and (time := closing_item_time(last)):
            node.closing_time = time
            node.children.pop()
            continue
        if len(last.paras) < 2 or last.children:
            continue
        time = closing_time(last.paras[-1])
        if time is not None and node.closing_time is None:
            node.closing_time = time
            last.paras.pop()


def _walk(node: OutlineNode):
    yield node
    for c in node.children:
        yield from _walk(c)
