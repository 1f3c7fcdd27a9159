"""Duties written in prose: the second reading of a document whose outline gave no task.

Chỉ thị, công văn giao nhiệm vụ, nghị quyết and short plans often assign work in sentences, not
in a numbered list of tasks: `Giao Sở Tài chính chủ trì, phối hợp với ... trước ngày 30/6/2024.`,
`Giám đốc Sở Y tế có trách nhiệm ...`, `Yêu cầu Chủ tịch UBND các huyện ...`, or a lead-in that
names the actors (`..., Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy ... thực hiện tốt các nhiệm vụ
sau:`) above items that do not repeat them. The pipeline asks this module only where the outline
gives nothing to go on, so documents that import today keep their reading:
- `reread`: the outline found no task naming its agency (lead-in first; sentences only when no task at all);
- `read_paragraphs`: the body has no numbered item at all;
- `letter_body_start`: no outline, no type word, no `như sau:` (a công văn), so the header is found;
- `no_task_message`: the one line saying what a document that assigns nothing holds.
The agencies and deadlines of each sentence come from the usual rules (`TaskBuilder`, `assignments`).
"""
from __future__ import annotations

import re

from app.domain.doc_kinds import kind_name
from app.importers.extract import assignments as asg
from app.importers.extract import header as hdr
from app.importers.extract.agency_headings import ends_heading_run, heading_paragraph
from app.importers.extract.fields import Context
from app.importers.extract.mention_phrase import take_phrase
from app.importers.extract.outline import Line, OutlineNode
from app.importers.extract.subjects import intro_subjects, subject_mentions
from app.importers.extract.tasks import TaskBuilder
from app.importers.extract.textutil import sentences, squash
from app.importers.result import ImportedNode, ImportedPlan

# `Giao X`, `Yêu cầu X`, `Đề nghị X`: a sentence that hands work to the agency it names
_ASKS = re.compile(r"^(?:Đồng thời,?\s+)?(?:Giao|Yêu cầu|Đề nghị|Phân công)\s+", re.IGNORECASE)
# what follows an agency subject that is given a duty (`Sở Y tế có trách nhiệm ...`, `Công an tỉnh
# chủ trì ...`, `Các sở, ngành cần khẩn trương ...`), not what it did (`UBND tỉnh đã ban hành ...`)
_DUTY_VERB = re.compile(r"^(?:[^.;:]{0,60}?\s)?(?:chủ trì|có trách nhiệm|chịu trách nhiệm (?!trước)|khẩn trương|"
                        r"tham mưu|cần|phải|tăng cường|tập trung|chủ động|tổ chức|triển khai|chỉ đạo|rà soát|"
                        r"xây dựng|hướng dẫn|kiểm tra|theo dõi|thực hiện|phối hợp)\b")
_DONE = re.compile(r"^(?:đã|đang|được|vừa)\b")
_PARENS = re.compile(r"\s*\([^()]*\)")
# `Chủ tịch UBND tỉnh chỉ thị Thủ trưởng các sở ...`: who is directed
_DIRECTS = re.compile(r"\bchỉ thị\s+(?=(?:các|những|[A-ZĐ])\w*\s)")


def lead_in(preamble: str) -> asg.Assignment | None:
    """The actors named by the preamble's last sentence when it introduces the items below
    (`..., Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành ... thực hiện các nội dung sau:`)."""
    text = squash(preamble)
    if not text.endswith(":"):
        return None
    # `Chủ tịch UBND tỉnh chỉ thị Thủ trưởng các sở ...`: a directive asks as `yêu cầu` does
    last = _DIRECTS.sub("yêu cầu ", (sentences(text) or [text])[-1])
    said = asg.from_text(last)
    if not (said.explicit and said.lead):
        said = asg.Assignment(lead=intro_subjects(last), explicit=True)
    return said if said.lead else None


# the predicate of a lead-in hands over the items printed below it: `… thực hiện các nhiệm vụ, giải pháp sau:`,
# `… triển khai một số nội dung sau đây:` (`… ban hành Kế hoạch như sau:` hands nothing: it issues the plan)
_HANDS_ITEMS = re.compile(r"\b(?:các|những|một số)\s+(?:nhiệm vụ|nội dung|giải pháp|công việc|biện pháp|việc)\b"
                          r"[^:;.]{0,60}\b(?:sau|sau đây|dưới đây)\s*:$", re.IGNORECASE)


# a chỉ thị's preamble closing on its addressees alone (`…, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các
# tỉnh, thành phố trực thuộc Trung ương:`): the numbered items below are what they are told to do
_ADDRESSED = re.compile(r"\b(?:yêu cầu|chỉ thị)\s+(?P<who>[^:;.]+?)\s*:$")


def opening_lead_in(preamble: str) -> asg.Assignment | None:
    """The actors of a whole body, named by the preamble's closing sentence whose subject lists them and whose
    predicate hands them the items below (`Nhằm …, các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh cần tập
    trung thực hiện các nhiệm vụ, giải pháp sau:`), or that asks them by name and stops there (`…, Thủ tướng
    Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh:`); None for any other sentence — one that asks them
    through the issuer for something it names (`UBND tỉnh đề nghị các cơ quan phối hợp như sau:`) or names a body
    only in its purpose."""
    text = squash(preamble)
    last = (sentences(text) or [text])[-1]
    if (m := _ADDRESSED.search(last)) and take_phrase(m.group("who")) == m.group("who"):
        return lead_in(m.group(0))  # the request alone: a long purpose clause before it hides it
    if not _HANDS_ITEMS.search(last) or asg.from_text(last).explicit:
        return None
    actors = intro_subjects(last)
    return asg.Assignment(lead=actors, explicit=True) if actors else None


def assigns(sentence: str) -> asg.Assignment | None:
    """The assignment a sentence makes on its own, or None: it asks a named agency (`Giao X`,
    `Yêu cầu X`, `Đề nghị X`), says `X chủ trì`, or its subject is an agency given a duty."""
    said = asg.from_text(sentence)
    if not said.lead:
        return None
    if said.explicit or _ASKS.match(sentence):
        return said
    subject = subject_mentions(sentence)
    if not subject or not set(subject) & set(said.lead):
        return None
    bare = _PARENS.sub("", sentence)
    rest = bare[len(take_phrase(bare)):].strip(" ,")
    return said if _DUTY_VERB.match(rest) and not _DONE.match(rest) else None


# `Chỉ thị này có hiệu lực ...`, `Nhận được Công văn này, ...`: the document's closing words, no item of the lead-in
_CLOSING = re.compile(r"\b(?:Chỉ thị|Nghị quyết|Quyết định|Công văn|Kế hoạch|Thông báo|văn bản) này\b|có hiệu lực",
                      re.IGNORECASE)


def names_itself(para: str) -> bool:
    """Does the paragraph speak of the document itself (`… thực hiện nghiêm túc Chỉ thị này`, `… có hiệu lực …`):
    the closing words, no item of the lead-in above the body?"""
    return bool(_CLOSING.search(para))


def read_paragraphs(paras: list[str], preamble: str, builder: TaskBuilder) -> list[ImportedNode]:
    """A body with no numbered item at all, read paragraph by paragraph: a paragraph that introduces
    the ones below (`Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở ... thực hiện các nội dung sau:`, or
    the preamble's last sentence) names the actor of those that name none; it is no task itself."""
    intro = lead_in(preamble)
    start = Context(lead=list(intro.lead), support=list(intro.support)) if intro else Context()
    ctx = start
    out: list[ImportedNode] = []
    for prev, para in zip(["", *paras], paras, strict=False):
        # a paragraph naming only agencies (`Sở Y tế:`, the name alone where the numbering was lost)
        # heads the paragraphs below it as a lead-in does; a heading in capitals closes it
        said = heading_paragraph(para, after=prev) or lead_in(para)
        if said is not None:
            ctx = Context(lead=list(said.lead), support=list(said.support))
            out.append(ImportedNode(label="", kind="text", text=squash(para), path=[]))
            continue
        if ends_heading_run(para):
            ctx = start
        unit_ctx = Context() if names_itself(para) else ctx
        units = builder.split_units(para, unit_ctx, path=[])
        sents = sentences(squash(para))
        first = next((i for i, sent in enumerate(sents) if i and assigns(sent)), None)
        if first is not None and not any(n.lead for n in units):
            # `Thời gian qua, ... . Để khắc phục, Chủ tịch UBND tỉnh yêu cầu Sở Y tế ...`: the situation
            # is text, the request that follows is the task
            situation = " ".join(sents[:first])
            units = [ImportedNode(label="", kind="text", text=situation, path=[]),
                     *builder.split_units(" ".join(sents[first:]), unit_ctx, path=[])]
        out.extend(units)
    return out


def reread(root: OutlineNode, preamble: str, builder: TaskBuilder,
           current: list[ImportedNode]) -> list[ImportedNode]:
    """The body read again for a document in which the outline found no task that names its agency
    (`current`: what it found): first with the preamble's lead-in as the actor of every item; when
    the outline found no task at all, one task per sentence that assigns work (`assigns`). `current`
    is kept when neither reading finds more."""
    intro = lead_in(preamble)
    if intro is not None:
        ctx = Context(lead=list(intro.lead), support=list(intro.support))
        nodes = [builder.build(child, ctx) for child in root.children]
        for para in root.paras:
            nodes.extend(builder.split_units(para, ctx, path=[]))
        if any(n.kind == "task" and n.lead for node in nodes for n in node.walk()):
            return nodes
    if any(n.kind == "task" for node in current for n in node.walk()):
        return current
    found: list[ImportedNode] = []
    for path, text in _texts(root):
        for sent in sentences(squash(text)):
            if assigns(sent) is not None:
                found.extend(n for n in builder.split_units(sent, Context(), path=path) if n.kind == "task")
    return found or current


def _texts(node: OutlineNode) -> list[tuple[list[str], str]]:
    """Every paragraph of the outline with the path of the item it belongs to, in reading order."""
    out = [(list(node.path), p) for p in node.paras]
    for child in node.children:
        out.extend(_texts(child))
    return out


def no_task_message(plan: ImportedPlan) -> str | None:
    """One Vietnamese line saying what was found in a document that assigns nothing (the review's
    and the command line's warning); None when not even an official header (number, type, title)
    was recognised."""
    if not (plan.number or plan.doc_type or plan.title):
        return None
    kind = kind_name(plan.doc_type)
    name = f"{kind} số {plan.number}" if plan.number else f"{kind} “{squash(plan.title or '')[:80]}”"
    if plan.date:
        name += f" ngày {plan.date:%d/%m/%Y}"
    items = sum(1 for n in plan.walk() if n.label)
    found = f"có {items} đề mục đánh số nhưng" if items else "không có đề mục đánh số và"
    return (f"Không có nhiệm vụ nào để nhập từ {name}: văn bản {found} không câu nào giao việc "
            "cho cơ quan (Giao…, Yêu cầu…, … chủ trì) hay nêu thời hạn.")


_KINH_GUI = re.compile(r"^Kính gửi\b", re.IGNORECASE)
_SUBJECT = re.compile(r"^V/v\b|^Về việc\b", re.IGNORECASE)


def letter_body_start(lines: list[Line]) -> int | None:
    """Where the body of a document with no outline, no type word and no `như sau:` starts (a công
    văn): after `Kính gửi:` and the addressees listed below it, else after the last header field
    (number, place and date, `V/v` subject) near the top. None when there is neither."""
    at = next((i for i, ln in enumerate(lines[:40]) if _KINH_GUI.match(ln.text)), None)
    if at is None:
        fields = [i for i, ln in enumerate(lines[:15]) if hdr.parse_number(ln.text)
                  or hdr.parse_place_date(ln.text)[0] or _SUBJECT.match(ln.text)]
        return fields[-1] + 1 if fields and fields[-1] + 1 < len(lines) else None
    end = at + 1
    while end < len(lines) and ((lines[end].style or "").startswith("bullet") or (
            len(lines[end].text) < 100 and lines[end].text.rstrip().endswith((";", ","))
            and lines[end].label is None)):
        end += 1
    return end if end < len(lines) else None
