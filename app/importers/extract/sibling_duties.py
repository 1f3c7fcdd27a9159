"""A list written as `<who>: <duty>` makes each of its items a duty of the body it names.

Read one at a time, an item is a task only when the rules recognise its actor; a member named in
a way no rule knows (`Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban: Trực
tiếp chỉ đạo …`) is then left as text although it sits among duties written the same way. The
layout says more than the wording: when the items of one list whose actor is recognised name it
before a colon, a sibling written the same way (its name opening with the same words, as
`Đồng chí …` or `Sở …`) names its actor before the colon too.
"""
from __future__ import annotations

import re

from app.importers.extract.mention_heads import holds_post
from app.importers.extract.mention_phrase import starts_predicate
from app.importers.extract.section_kinds import not_task_section, top_label
from app.importers.extract.taskcues import states_no_duty
from app.importers.extract.textutil import squash
from app.importers.result import ImportedNode

# at least this many siblings must be written `<their actor>: <duty>` before the list decides
_MIN_LABELLED = 2
# `<who>:` is a short name: no sentence punctuation, a few words
_LABEL = re.compile(r"^(?P<who>[^:;.()]{3,120}?)\s*:\s+(?P<duty>[A-ZĐÀ-Ỹ].{20,})$")
_MAX_LABEL_WORDS = 20


def _label(node: ImportedNode) -> str | None:
    m = _LABEL.match(squash(node.text))
    if not m or len(m.group("who").split()) > _MAX_LABEL_WORDS:
        return None
    return m.group("who")


def _opening(who: str) -> str:
    return " ".join(who.lower().split()[:2])


def _names_its_lead(node: ImportedNode) -> bool:
    """A task written `<its lead>: <duty>` (the lead is found in the words before the colon)."""
    who = _label(node)
    return bool(node.kind == "task" and who and node.lead
                and all(lead.lower() in who.lower() for lead in node.lead))


def _post_cut_short(lead: list[str], who: str) -> bool:
    """`Đồng chí Phó Giám đốc Trung tâm phục vụ hành chính công - Phó Trưởng tiểu ban:` read as `Đồng chí Phó
    Giám đốc Trung tâm`: a person's title holds a body's name with a verb in it, and the colon, as in the
    siblings, ends the name; a label that assigns roles (`… chủ trì, phối hợp …`) is not one name."""
    if len(lead) != 1 or not who.lower().startswith(lead[0].lower()) or len(who) <= len(lead[0]):
        return False
    return holds_post(who) and not re.search(r"\b(?:chủ trì|phối hợp|cùng|với)\b|[,;]", who[len(lead[0]):])


def promote_labelled_duties(nodes: list[ImportedNode], excluded: bool = False) -> None:
    """Walk the tree; in a list of `<who>: <duty>` tasks, a text sibling of the same shape is a task
    of the body it names."""
    leaves = [n for n in nodes if not n.children]
    labelled = [_label(n) or "" for n in leaves if _names_its_lead(n)]
    if not excluded and len(labelled) >= _MIN_LABELLED:
        # `Đồng chí …:`, `Sở …:`: the words that open the recognised actors' names open this one's too
        openings = {_opening(who) for who in labelled}
        for node in leaves:
            who = _label(node)
            if node.kind == "text" and who and _opening(who) in openings and not states_no_duty(node.text):
                node.kind, node.lead = "task", [who]
            elif node.kind == "task" and who and _opening(who) in openings and _post_cut_short(node.lead, who):
                node.lead = [who]
    for node in nodes:
        if node.children:
            promote_labelled_duties(node.children, excluded or not_task_section(
                node.text, top_heading=top_label(node.label, node.path)))


# the section whose whole purpose is to say who does what
_ASSIGNING_SECTION = re.compile(
    r"^(?:TỔ CHỨC THỰC HIỆN|PHÂN CÔNG (?:NHIỆM VỤ|TRÁCH NHIỆM|THỰC HIỆN)|TRÁCH NHIỆM (?:THỰC HIỆN|CỦA))"
    r"\b[^.;:]{0,60}$", re.IGNORECASE)
_MIN_SHARE = 0.5
# `Kinh phí …`, `Chế độ báo cáo …`, `Trên đây là …`, the document speaking of itself (`Nghị quyết này có hiệu lực
# …`, the article on its effect that a resolution's or decision's `Tổ chức thực hiện` opens with): the closing
# items of such a section are not duties
_NOT_A_DUTY = re.compile(r"^(?:Trên đây là|Kinh phí|Nguồn kinh phí|Chế độ báo cáo|Hiệu lực"
                         r"|(?:Kế hoạch|Nghị quyết|Quyết định|Chỉ thị|Chương trình|Công văn) này)", re.IGNORECASE)


def _plain_duty_sentence(node: ImportedNode) -> bool:
    """An item of the section left as text (or taken as a task by its time alone, `Kết thúc cuộc bầu cử, …`)
    only for want of a recognised actor: a sentence of its own that names someone (it does not open with
    the verb, as `Thành lập Ban Chỉ đạo …` does, which names no one to do it)."""
    text = squash(node.text)
    # units split off the item's own paragraphs (`Trên đây là …`) share its path; sub-items do not
    split_only = all(c.path == node.path for c in node.children)
    return ((node.kind == "text" or (node.kind == "task" and not node.lead)) and split_only
            and len(text.split()) >= 8 and not text.endswith(":")
            and not starts_predicate(text.lower()) and not _NOT_A_DUTY.match(text) and not states_no_duty(text))


# what follows the subject of a duty sentence: its remit, its manner or its condition
_AFTER_SUBJECT = re.compile(r",?\s+(?:căn cứ|chủ động|chịu trách nhiệm|có trách nhiệm|tham gia|trong quá trình|"
                            r"theo chức năng)\b")
_MAX_SUBJECT_WORDS = 12


def _subject_before_duty(text: str) -> list[str]:
    """`Kết thúc cuộc bầu cử, Ban Thường trực …, chịu trách nhiệm …` → the words before the duty, after
    an opening clause: the body the sentence is about (`Ban Thường trực …`), or [] when unclear."""
    text = squash(text)
    m = _AFTER_SUBJECT.search(text)
    if not m:
        return []
    subject = text[:m.start()]
    if "," in subject and subject.rsplit(",", 1)[1].strip()[:1].isupper():
        subject = subject.rsplit(",", 1)[1]  # `Kết thúc cuộc bầu cử, Ban …`: an opening clause first
    subject = subject.strip(" ,")
    if not subject[:1].isupper() or len(subject.split()) > _MAX_SUBJECT_WORDS:
        return []
    return [subject]


def promote_assigning_items(nodes: list[ImportedNode]) -> None:
    """In the implementation section (`TỔ CHỨC THỰC HIỆN`), whose numbered items assign the plan's
    work, an item among mostly assigned siblings is a duty even when its actor is named in a way no
    rule recognises (`Kết thúc cuộc bầu cử, Ban … chịu trách nhiệm …`, `Đoàn kiểm tra … thì báo cáo …`)."""
    for node in nodes:
        if _ASSIGNING_SECTION.match(node.text.strip()) and node.children:
            items = [c for c in node.children if c.label and not c.label.startswith("•")]
            duties = [c for c in items if c.kind == "task"]
            if len(duties) >= _MIN_LABELLED and len(duties) >= _MIN_SHARE * len(items):
                for item in items:
                    if _plain_duty_sentence(item):
                        item.kind = "task"
                        item.lead = item.lead or _subject_before_duty(item.text)
        elif node.children:
            promote_assigning_items(node.children)
