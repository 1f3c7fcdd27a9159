"""Paragraphs and sentences inside an item that hand work to a different agency.

`Giao X ...`, a new agency as subject, a closing `Yêu cầu các sở, ngành ...`: such text is split
off the item and read as a unit of its own, so the item keeps only its own actor's duty.
"""
from __future__ import annotations

import re

from app.importers.extract import assignments as asg
from app.importers.extract.closing_times import done_line_time
from app.importers.extract.deadline_text import find_in_prose
from app.importers.extract.fields import Context
from app.importers.extract.handed_to import giao_mentions
from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_phrase import starts_predicate
from app.importers.extract.passive_agent import passive_agent
from app.importers.extract.subjects import is_specific, subject_mentions
from app.importers.extract.textutil import sentences, squash


def split_giao_sentences(text: str, ctx: Context) -> tuple[str, list[str]]:
    """A later sentence `Giao X ...` that assigns a different agency is a task of its own."""
    sents = sentences(squash(text))
    if len(sents) < 2:
        return text, []
    has_actor = bool(ctx.lead) or bool(asg.from_text(sents[0]).lead)
    if not has_actor:
        return text, []
    keep: list[str] = [sents[0]]
    off: list[str] = []
    for sent in sents[1:]:
        if giao_mentions(sent) and not off:
            off.append(sent)
        elif off:
            off[-1] += " " + sent
        else:
            keep.append(sent)
    return " ".join(keep), off


# a time limit (the day by which), as opposed to a rhythm or a span
_LIMIT = re.compile(r"^(?:Chậm nhất|Không quá|Trước|Xong trước)\b", re.IGNORECASE)


def dated_step(para: str) -> bool:
    """`Chậm nhất là ngày …, Ủy ban bầu cử … chuyển …`, `…, biên bản … phải được chuyển …`: a paragraph opening
    with a time limit of its own and then its own subject is a step of its own, not more of the item above it (a
    paragraph `Chậm nhất ngày …, hoàn thành …` going on with a verb only dates the item)."""
    time = find_in_prose(para)
    if not time or not para.startswith(time) or not _LIMIT.match(time) or not re.search(r"\d", time):
        return False  # `Định kỳ ngày 20 hằng tháng, các sở báo cáo …`: a reporting rhythm, not a step
    rest = para[len(time):]
    return rest.startswith(",") and not starts_predicate(rest.strip(" ,").lower())


# a basis fronted before a sentence's subject (`Căn cứ nội dung Kế hoạch này …, các bộ … xây dựng …`)
# a paragraph opening with a case of its own and asking bodies for it (`Đối với …, yêu cầu X …`); a case that
# only says who answers in it (`Trường hợp … thì X có trách nhiệm …`) details the item's duty
_OWN_CASE = re.compile(r"^(?:Đối với|Riêng|Trường hợp)\b[^.;:]{3,200}?,\s+(?:yêu cầu|đề nghị)\s")
_BASIS = re.compile(r"^(?:Căn cứ|Trên cơ sở)\b[^,;.]*,\s*")


def _opens_with(para: str, actor: str) -> bool:
    """The paragraph's sentence opens with `actor` as its subject, after a fronted basis at most: a paragraph opening
    with a case (`Trường hợp … thì …`) or a rhythm (`Định kỳ …, các sở báo cáo …`) says how or when the work above
    is done, not a duty of another actor."""
    first = re.findall(r"\w+", actor.lower())[:2]
    return bool(first) and re.findall(r"\w+", _BASIS.sub("", para, count=1).lower())[:len(first)] == first


def different_actor(para: str, ctx: Context, own_text: str) -> bool:
    if giao_mentions(para):
        return True  # a paragraph `Giao X ...` is a task of its own
    if own_text and dated_step(para):
        return True
    subject = subject_mentions(para)
    if subject and own_text:
        current = ctx.lead or asg.from_text(own_text).lead
        specific = [m for m in subject if is_specific(m)]
        if current and specific and not set(subject) & set(current):
            return True
    if own_text and not ctx.lead and (own := asg.from_text(own_text).lead) \
            and (named := asg.from_text(para).lead) and not set(named) & set(own) and _opens_with(para, named[0]):
        return True
    if own_text and (agent := passive_agent(para)) \
            and not set(agent) & set(ctx.lead or asg.from_text(own_text).lead):
        return True  # `Cơ cấu thành phần … do Bộ Quốc phòng hướng dẫn thực hiện.`: that body's duty
    if re.match(r"^(?:Trên đây là|Trong quá trình)", para):
        return True
    if own_text and _OWN_CASE.match(para) and asg.from_text(para).lead:
        return True  # `Đối với chi phí năm 2023, yêu cầu Bộ Tài chính …`: another case, asked of bodies by name
    asked = re.match(r"^(?:Yêu cầu|Đề nghị)\s+", para)
    if asked and own_text:
        # `Yêu cầu các sở, ngành ... triển khai thực hiện tốt Kế hoạch này.` after an item: the plan's
        # closing request to other bodies, not more of the item
        named = asg.from_text(para).lead
        current = ctx.lead or asg.from_text(own_text).lead
        if named and not set(named) & set(current):
            return True
    m = re.match(r"^(\S+(?: \S+){0,5}) (?:yêu cầu|đề nghị) ", para)
    return bool(m and head_at(m.group(1)))


def dates_the_unit_above(para: str) -> bool:
    """`Ban công tác Mặt trận chuyển biên bản …` (a paragraph read as a unit of its own) + `Việc chuyển các biên bản
    nói trên phải hoàn thành chậm nhất là …`: a sentence that names no actor and says by when a piece of work is
    done is the time of the paragraph printed right above it, not of the item title further up. A labelled
    `Thời gian: …` line and a bare `Hoàn thành trong Quý II/2026.` say when the whole item is due: they stay the
    item's."""
    return not subject_mentions(para) and not asg.from_text(para).lead and find_in_prose(para) is not None \
        and done_line_time(para) is None


def continues_duty(units: list[tuple[str, Context]], para: str, ctx: Context) -> bool:
    """Under a body's heading, is `para` more of the duty read so far rather than a task of its own?

    `5. Sở Công Thương` + `Chủ trì triển khai …` + `Tăng cường quản lý …`: paragraphs that name no actor
    of their own go on with the body's one duty, as a lettered item's continuation paragraphs do; a
    paragraph naming its own actor (`Hội, hiệp hội … chủ động …`, `Giao …`) stays a task of its own."""
    if not units or units[-1][1] is not ctx:
        return False
    return not asg.from_text(para).lead and not different_actor(para, ctx, units[-1][0])


def joined_sentences(first: str, more: str) -> str:
    """Two printed paragraphs as one text, the first ending its sentence."""
    first = first.rstrip()
    return f"{first} {more}" if first[-1:] in ".;:!?" else f"{first}. {more}"
