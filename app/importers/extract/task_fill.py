"""One item's wording → the task it states: its text, lead and support, deadline, and whether it is a duty at all.

`tasks.TaskBuilder` walks the outline and decides which node is an item and which fields and inherited context
reach it; this is the last step it asks for every item: the wording cleaned of what is no part of it (a phase, a
trailing deadline sentence), who does it (the item's own fields, a heading naming an agency, the wording's own
subject, the section's agency), and when (a labelled time, the phase it opens with, a dated schedule line, a time
in its prose, the section's).
"""
from __future__ import annotations

import re
from dataclasses import replace

from app.importers.extract import assignments as asg
from app.importers.extract.case_addressees import addressees_of_case
from app.importers.extract.deadline_patterns import day_limit
from app.importers.extract.deadline_phases import names_phase, phase_label, phase_time
from app.importers.extract.deadline_text import find_in_prose, labelled_time
from app.importers.extract.fields import Attrs, Context
from app.importers.extract.handed_to import member_by_post
from app.importers.extract.milestones import milestone_duty, milestone_time, names_actor
from app.importers.extract.subjects import labelled_actor, subject_mentions
from app.importers.extract.taskcues import drop_deadline_sentence, states_no_duty
from app.importers.extract.textutil import squash, strip_trailing_punct
from app.importers.result import ImportedNode

_LABEL_ONLY = re.compile(r"(?:\S+ ){0,3}\S+:")


def fill_task(out: ImportedNode, text: str, ctx: Context, attrs: Attrs, heading: asg.Assignment | None,
              prefer_own: bool = False, analysis: str | None = None, timed: str | None = None) -> None:
    """Fill an item's node from its wording and the fields it reads: its text, lead, support and deadline, and
    whether it is a task (a duty given to someone, or dated) or only text. `timed`: the words whose time is the
    item's when not all of the analysed wording dates it (a duty done case by case: a case's time is the case's)."""
    if _LABEL_ONLY.fullmatch(squash(text)) and attrs.lead is None and attrs.deadline is None:
        out.text, out.kind = strip_trailing_punct(squash(text)), "text"
        return  # `Trọng tâm:`, `Cụ thể:`: a label over the items below, no duty of its own
    out.text = strip_trailing_punct(drop_deadline_sentence(squash(text)))
    phase = phase_label(out.text)
    if phase and names_phase(phase) and not ctx.excluded:
        out.text = out.text[len(phase):].lstrip(" :")  # the phase is the deadline, not the wording
    text = squash(analysis or text)
    if ctx.excluded and attrs.lead:
        # an item printing its own `Cơ quan chủ trì: …` is a duty, even in a section titled as objectives
        ctx = replace(ctx, excluded=False, deadline=None, period=None)
    if ctx.excluded:
        # `Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp ... báo cáo ...`: a named body given a duty
        # is a task even among criteria and quotas
        named = labelled_actor(text)
        if not named and milestone_time(text):
            # `Từ ngày 04/02/2026: Ban Thường trực … họp …` in a time-and-place section, `Tháng 6/2026: Tổng kết …
            # (Sở Nội vụ chủ trì)` under objectives: a dated duty its doer is named for
            doer = asg.from_text(milestone_duty(text))
            named = doer.lead if names_actor(text) or doer.explicit else []
        if not named:
            out.kind = "text"
            return
        ctx = replace(ctx, excluded=False, lead=named, support=[])
    own = asg.from_text(milestone_duty(text), asg.Assignment(ctx.lead, ctx.support) if ctx.lead else None)
    if attrs.lead is not None:
        # the item's agency fields say who leads and who takes part; the partners its words name (`Phối hợp với
        # các cơ quan liên quan …`) describe the work when a field names the partners, or none
        lead, support = attrs.lead, attrs.support if attrs.support is not None else []
    elif heading:
        lead, support = heading.lead, heading.support + own.support
    elif ctx.partners_named and ctx.lead and own.lead and subject_mentions(text):
        lead, support = ctx.lead, own.lead + own.support  # the lead-in's body works with those named
    elif ctx.lead and member_by_post(text):
        # under a heading that names a body, its members named by post share out the body's duty:
        # the body stays the lead
        lead = ctx.lead
        support = ctx.support + [s for s in own.support if s not in ctx.support and s not in own.lead]
    elif own.explicit or (own.lead and (not ctx.lead or prefer_own)):
        lead, support = own.lead, own.support
    elif ctx.lead:
        lead = addressees_of_case(text, ctx.lead)  # `3.2. Đối với thôn …:` under a lead-in naming two
        support = ctx.support + [s for s in own.support if s not in ctx.support]
    else:
        lead, support = own.lead, own.support
    if attrs.support is not None and attrs.lead is None:
        support = attrs.support
    # `Bước 1: Rà soát ... Thời gian hoàn tất: trước ngày 30/6/2026`: the labelled time wins over the phase
    dated = squash(timed) if timed is not None else text
    deadline = attrs.deadline or labelled_time(dated) or phase_time(phase) or milestone_time(dated) \
        or find_in_prose(dated) or (day_limit(dated) if lead else None) or ctx.deadline \
        or (ctx.period if lead else None)
    if attrs.lead is None and not attrs.deadline and states_no_duty(text):
        out.kind = "text"
        return
    out.lead = list(lead)
    out.support = [s for s in support if s not in lead]
    out.deadline_text = deadline
    out.kind = "task" if (out.lead or out.deadline_text) else "text"
