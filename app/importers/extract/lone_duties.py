"""A list of untracked items does not hold one duty found only by a name inside an item's wording.

The items of one printed list are written alike: either each states a duty of someone (a heading or a
lead-in names the body, or each item opens with its own), or each explains (a principle, an objective, the
topics of a programme, the steps of a procedure). In an explanation a body is often named in passing —
`… xác định các trường dữ liệu do cơ quan nhà nước chủ trì thu thập`, `… phát huy vai trò nòng cốt của
các lực lượng chuyên trách` — and read alone such an item looks assigned. When it is the only item of its
list that would be tracked, it gives no time, and its actor is not the subject it opens with nor the body
a `Giao …` names, the list says more than the passing name: the item explains like its siblings.
So does a lone item that names no actor at all and is taken only for a time that names no day, when its
subject is a thing (`Biên bản hội nghị … phải được gửi … ngay sau khi kết thúc hội nghị` among rules about the
minutes): a rule about that thing, as its siblings are.
"""
from __future__ import annotations

import re

from app.importers.extract import assignments as asg
from app.importers.extract.mention_phrase import starts_predicate
from app.importers.extract.subjects import fronted_subjects, subject_mentions
from app.importers.extract.textutil import squash
from app.importers.result import ImportedNode

# a list must be this long before its other items speak for it
_MIN_ITEMS = 3
# `do cơ quan nhà nước chủ trì thu thập`: a relative clause says who leads something the item talks about,
# it hands the item's work to nobody
_RELATIVE_ROLE = re.compile(r"\bdo\s+[^,;.:]{3,80}?\s+chủ trì\b", re.IGNORECASE)
# a clause that opens after a sentence, clause or label break (`…; đồng thời, ngành Thuế phối hợp …`, `Khen thưởng
# cấp Nhà nước: Sở Nội vụ phối hợp …`) has the body as its subject; after a mere comma the name is one of a list of
# objects (`Khuyến khích cộng đồng doanh nghiệp, hiệp hội và các tổ chức …`)
_CLAUSE_OPENING = r"(?:^|[.;:]\s+)(?:(?:đồng thời|trong đó|bên cạnh đó|ngoài ra),?\s+)?"


def _opens_a_clause(mention: str, text: str) -> bool:
    """Is the body the subject of one of the item's clauses (or not found as printed, so unknown)?"""
    if mention.lower() not in text.lower():
        return True
    return bool(re.search(_CLAUSE_OPENING + re.escape(mention), text, re.IGNORECASE))


def _tracked(node: ImportedNode) -> bool:
    return any(n.kind == "task" for n in node.walk())


def _named_in_passing(node: ImportedNode) -> bool:
    """A task with no time whose actor the wording only names in passing: not the subject of one of its clauses (nor
    of the sentence after the time or event it opens with, `Sau hội nghị …, Ban … ban hành …`), nor a body it assigns
    (`Giao Sở A …`, `Sở A chủ trì …`) outside a relative clause."""
    text = squash(node.text)
    if node.kind != "task" or node.deadline_text or not node.lead or subject_mentions(text) \
            or fronted_subjects(text) or any(_opens_a_clause(m, text) for m in node.lead):
        return False
    said = asg.from_text(text)
    return not said.explicit or bool(_RELATIVE_ROLE.search(text))


def _rule_of_a_thing(node: ImportedNode) -> bool:
    """A task with no actor at all, taken for a time that names no day (`… ngay sau khi kết thúc hội nghị`), whose
    subject is a thing, not a verb (`Biên bản hội nghị … phải được gửi …`): a rule the list states about that thing
    (an item opening with its verb, `Gửi biên bản …`, is a duty of the section's doer)."""
    text = squash(node.text)
    return node.kind == "task" and not node.lead and bool(node.deadline_text) \
        and not re.search(r"\d", node.deadline_text or "") and not starts_predicate(text.lower())


def demote_lone_duties(nodes: list[ImportedNode]) -> None:
    """Walk the tree; in a list of at least `_MIN_ITEMS` items of which only one leaf is tracked and its
    actor is named in passing, that item is text like its siblings."""
    items = [n for n in nodes if n.label]
    tracked = [n for n in items if _tracked(n)]
    if len(items) >= _MIN_ITEMS and len(tracked) == 1:
        lone = tracked[0]
        # units split off the item's own paragraphs share its path; sub-items do not
        if all(c.path == lone.path for c in lone.children) and (_named_in_passing(lone) or _rule_of_a_thing(lone)) \
                and not any(c.kind == "task" for c in lone.children):
            lone.kind, lone.lead, lone.support, lone.deadline_text = "text", [], [], None
    for node in nodes:
        if node.children:
            demote_lone_duties(node.children)
