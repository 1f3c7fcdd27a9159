"""Cues that an item states no duty of its own, and text that is not part of a task's wording.

Kept apart from `tasks.py` (the tree walk): these are plain linguistic tests of one paragraph.
"""
from __future__ import annotations

import re

from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_phrase import take_phrase

# `Các nhiệm vụ khác được phân công tại Phụ lục kèm theo`: the annex rows are the tasks.
_ANNEX_POINTER = re.compile(r"được (?:phân công|quy định|giao|nêu|phân định)(?: cụ thể| chi tiết)? "
                            r"(?:tại|theo|trong) (?:các )?(?:Phụ lục|phụ lục)")
# `Chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu ...`: accountability, not an assignment (STATS 004).
_ACCOUNTABLE = re.compile(r"^(?:[Pp]hải )?[Cc]hịu trách nhiệm trước\b")
# `Chánh Văn phòng, ... chịu trách nhiệm thi hành Quyết định này`: a decision's execution clause
_EXECUTION = re.compile(r"(?:chịu trách nhiệm|có trách nhiệm)?\s*thi hành (?:Quyết định|Nghị quyết|Chỉ thị) này\b",
                        re.IGNORECASE)
# `Số phiếu phát ra: …………… phiếu`: a blank to fill in on a form, not a duty
_BLANK = re.compile(r"…{3,}|\.{6,}|_{6,}")
# `Tổ ... tự giải thể sau khi kết thúc bầu cử`: when a team ends, not a duty
_DISSOLVES = re.compile(r"\btự (?:giải thể|chấm dứt hoạt động|kết thúc nhiệm vụ)\b")
# `- Thành phần: Ban Thường trực …; đại diện …`, `- Khách mời: …`, `- Phương pháp: …`: a field that says who
# attends or how an item is done; the bodies it names attend, they are not given a duty
_SPEC_FIELD = re.compile(r"^(?:Thành phần(?: tham dự| tham gia| dự| đoàn| hội nghị)?|Khách mời|Phương pháp)\s*:",
                         re.IGNORECASE)


# `… triển khai kịp thời, hiệu quả các nhiệm vụ được giao tại Kế hoạch.`, `… thực hiện có hiệu quả các nội dung
# nêu trên.`, `… nghiêm túc triển khai thực hiện.`: a request to carry out the plan itself — its object is the
# plan (or nothing), not a piece of work of its own
_CARRY_OUT_PLAN = re.compile(
    r"\b(?:triển khai|thực hiện)(?:,? (?:và |có |một cách )?(?:kịp thời|hiệu quả|nghiêm túc|tốt|đầy đủ|triển khai|"
    r"thực hiện|tổ chức))*(?:,? (?:các |những )?(?:nội dung|nhiệm vụ)(?: được giao| đã nêu| nêu)?"
    r"(?: (?:tại|trong|của) (?:bản )?Kế hoạch(?: này)?| trên| nêu trên)?|,? (?:bản )?Kế hoạch(?: này)?)?"
    r"\s*(?:\./\.|[.;])?\s*$", re.IGNORECASE)


def carries_out_plan(sentence: str) -> bool:
    """Does a sentence only ask its addressees to carry out the plan (`UBND tỉnh yêu cầu các sở, ngành triển
    khai kịp thời, hiệu quả các nhiệm vụ được giao tại Kế hoạch.`)? In a plan's closing paragraph such a
    sentence restates the whole plan; the work it adds is in the sentences after it (reporting
    obstacles), whose actor it names."""
    return bool(_CARRY_OUT_PLAN.search(sentence)) and len(sentence) < 250


# a form to fill in has a few lines of dotted blanks at least; a list of duties has none
_FORM_BLANK_LINES = 5


def is_form_template(texts: list[str]) -> bool:
    """An annex printed as forms to fill in (`Mẫu số 01`, `Họ và tên: ………… Chức vụ ……`): its lines and
    footnotes (`(4) Bỏ phiếu kín hoặc giơ tay.`) tell how to fill the form, they give no duty."""
    return sum(1 for t in texts if _BLANK.search(t)) >= _FORM_BLANK_LINES


def states_no_duty(text: str) -> bool:
    """A short item that only points to the annex or states who answers for what
    (`Thủ trưởng các đơn vị chịu trách nhiệm trước Bộ trưởng về kết quả ...`)."""
    if _EXECUTION.search(text) or _DISSOLVES.search(text) or _BLANK.search(text) or _SPEC_FIELD.match(text):
        return True
    if len(text) >= 200:
        return False
    if _ANNEX_POINTER.search(text) or _ACCOUNTABLE.match(text):
        return True
    if ";" in text or not head_at(text):
        return False
    return bool(_ACCOUNTABLE.match(text[len(take_phrase(text)):].strip(" ,")))


def drop_deadline_sentence(text: str) -> str:
    """`... Thời gian hoàn thành: xong trước ngày 30/4/2017.` — the deadline sentence is not text."""
    m = re.search(r"(?:(?<=[.;])\s+)Thời (?:gian|hạn) (?:thực hiện|hoàn thành)[^.]*\.?\s*$", text)
    if m and m.start() > 20:
        return text[:m.start()]
    return text
