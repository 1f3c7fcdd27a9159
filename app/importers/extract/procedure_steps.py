"""The steps of a procedure a guidance document walks through (`BƯỚC MỘT` … `BƯỚC NĂM`).

A guidance document on a procedure (an election's consultations, a congress, an appraisal) is often cut into
steps, each printed as a heading alone on its line, its subject below it and the step's period in brackets:
`BƯỚC HAI` / `Các cơ quan, tổ chức, đơn vị giới thiệu người ứng cử …` / `(Từ ngày 17/12/2025 đến ngày
25/01/2026)`. The period is when the step's work is done: it dates the step's tasks that give no date of their
own, as a section's stated period does — only the tasks that name who does them, since most of a step's
paragraphs describe the procedure (who attends, how a vote is held) and a period makes none of them a duty.
"""
from __future__ import annotations

import re

from app.importers.extract.deadline_text import find_in_prose
from app.importers.extract.textutil import strip_trailing_punct

# the words a step's period opens with that are no part of the time (`Thực hiện từ ngày …`, `Thời gian từ …`)
_LEAD_IN = re.compile(r"^(?:Thời gian(?: thực hiện)?|Thực hiện)\s*:?\s+(?=(?:từ|trong|trước|đến|chậm nhất)\b)",
                      re.IGNORECASE)
# the subject and the bracketed period are the first paragraphs after the heading
_STEP_HEAD_PARAS = 3


def step_period(paras: list[str]) -> str | None:
    """The period a step heading states on its own lines (heading, subject, `(Từ ngày … đến ngày …)`), without
    the words leading into it; None when the step prints no time."""
    for para in paras[:_STEP_HEAD_PARAS]:
        phrase = find_in_prose(para)
        if phrase:
            return strip_trailing_punct(_LEAD_IN.sub("", phrase.strip(" ()")))
    return None


def step_subject(node_style: str, paras: list[str]) -> int:
    """How many of a step's first paragraphs are its subject and period (`Các cơ quan, tổ chức, đơn vị giới thiệu
    người ứng cử …` / `(Từ ngày … đến ngày …)`): they title the step — a subject naming bodies describes the step's
    work, it does not head the paragraphs below as an agency heading does. 0 for any other node."""
    if node_style != "step":
        return 0
    for i, para in enumerate(paras[:_STEP_HEAD_PARAS]):
        if find_in_prose(para):
            return i + 1
    return 0


def step_wording(label: str, paras: list[str]) -> str:
    """The words a step is shown with: its subject, the line under the count (`BƯỚC HAI` / `Các cơ quan, tổ chức,
    đơn vị giới thiệu người ứng cử …`). A count written in words is the step's label, not what the step does; a
    wrap may have run the subject onto the count's line (`BƯỚC NĂM Tổ chức hội nghị …`). The label when the step
    prints no subject."""
    first = " ".join(paras[0].split()[len(label.split()):]).strip(" .:") if paras else ""
    return first or (paras[1] if len(paras) > 1 else label)
