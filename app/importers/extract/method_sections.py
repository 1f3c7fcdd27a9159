"""A section on the forms or methods of the work (`IV. HÌNH THỨC KIỂM TRA, GIÁM SÁT`,
`1. Hình thức tuyên truyền`) lists the means the plan uses, not duties: its items are duties only
when they name, in their own words, the body that acts (`Ban Thường trực … chủ trì tổ chức đoàn
kiểm tra …`). An item that inherits an actor or a date from the heading above it (`- Tham dự các
hội nghị …`, `- Tuyên truyền qua hệ thống loa …`) describes a means and stays text. A section on
the sequence of a procedure (`3. Trình tự tổ chức hội nghị`) lists its steps, done by roles in the
procedure itself (`Hội nghị biểu quyết …`, `Tổ kiểm phiếu tiến hành kiểm phiếu …`): no step is a duty —
unless it reads as one all the same (`duty_among_steps`): a step dated by its own limit (`Chậm nhất là ngày …, Ủy
ban … điều chỉnh …`), a body that `có trách nhiệm …`, a request to bodies (`Đề nghị các cơ quan … thông báo …`).
Where a list's numbering was lost, the procedure heading is a bare paragraph among its steps (`Trình tự, thủ tục
tổ chức cuộc họp:`, `Thành phần dự họp:`): the paragraphs after it are its steps, up to the next heading in capitals.
"""
from __future__ import annotations

import re

from app.importers.extract import assignments as asg
from app.importers.extract.deadline_text import find_in_prose
from app.importers.extract.handed_to import giao_mentions
from app.importers.extract.subjects import fronted_subjects, subject_mentions
from app.importers.extract.textutil import is_upper_line, squash
from app.importers.result import ImportedNode

# a heading that names only forms / methods (`HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN`), not one that also
# announces duties or the organisation of the work
_METHOD_HEADING = re.compile(r"^(?:Các )?(?:HÌNH THỨC|PHƯƠNG THỨC|PHƯƠNG PHÁP)\b", re.IGNORECASE)
# `1. Nội dung tuyên truyền xuyên suốt …`, `… VÀ NỘI DUNG TUYÊN TRUYỀN`: the messages to be carried, as the
# forms are the channels; both are means, the duties are who carries them
_MESSAGE_HEADING = re.compile(r"(?:^|\s)NỘI DUNG TUYÊN TRUYỀN\b", re.IGNORECASE)
_MAX_MESSAGE_HEADING_WORDS = 25
_DUTY_WORDS = re.compile(r"NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC THỰC HIỆN|PHÂN CÔNG|TRÁCH NHIỆM|KHEN THƯỞNG", re.IGNORECASE)
_MAX_HEADING_WORDS = 12
# `Tổ chức Đoàn kiểm tra, giám sát: Ban Thường trực … thành lập …`: a topic label before the sentence
_TOPIC_LABEL = re.compile(r"^[^:;.()]{3,60}:\s*(?=\S)")


# `3. Trình tự tổ chức hội nghị cử tri`, `III. NỘI DUNG, TRÌNH TỰ, THỦ TỤC`: the steps of a procedure
# (a meeting's agenda, a legal procedure), whose actors are roles in it (`Hội nghị`, `Tổ kiểm phiếu`)
_PROCEDURE_HEADING = re.compile(r"(?:^|,\s*)TRÌNH TỰ\b", re.IGNORECASE)


def _short_heading(text: str) -> bool:
    bare = re.sub(r"\([^()]*\)", "", text)  # `(theo quy định tại Nghị quyết 101)`: a reference, not the heading
    return not _DUTY_WORDS.search(bare) and len(bare.split()) <= _MAX_HEADING_WORDS


def _method_heading(text: str) -> bool:
    text = text.strip()
    if _MESSAGE_HEADING.search(text) and not text.endswith((".", ";")) and not _DUTY_WORDS.search(text):
        return len(text.split()) <= _MAX_MESSAGE_HEADING_WORDS
    return bool(_METHOD_HEADING.match(text)) and _short_heading(text)


def _procedure_heading(text: str) -> bool:
    text = text.strip()
    return bool(_PROCEDURE_HEADING.search(text)) and _short_heading(text)


# `Thành phần dự họp:`, `Thành phần hội nghị:`: who attends, the lines below name them
_COMPOSITION_HEADING = re.compile(r"^Thành phần\b[^.;]{0,60}:$", re.IGNORECASE)


# `Trình tự tổ chức hội nghị cử tri được thực hiện như sau:`: the words announcing the list, not the heading's
_AS_FOLLOWS = re.compile(r"\s+(?:được (?:thực hiện|tiến hành)\s+)?(?:như sau|sau đây)\s*:$")


def steps_heading(text: str) -> bool:
    """A bare paragraph over the steps or the attendance of a procedure (`Trình tự, thủ tục tổ chức cuộc họp:`,
    `NỘI DUNG, TRÌNH TỰ, THỦ TỤC`, `Thành phần dự họp:`, `Trình tự tổ chức hội nghị … được thực hiện như sau:`)."""
    text = _AS_FOLLOWS.sub(":", squash(text))
    return (_procedure_heading(text) and (text.endswith(":") or is_upper_line(text))) \
        or bool(_COMPOSITION_HEADING.match(text))


def procedure_steps(paras: list[str]) -> list[bool]:
    """Which of a run of paragraphs are steps of a procedure: those after a bare procedure heading
    (`steps_heading`), up to a heading in capitals or a step dated by its own limit (`Chậm nhất là 17 giờ 00 ngày
    …, người ứng cử phải …`): what the document sets a day for is a duty again, the procedure is over."""
    out: list[bool] = []
    in_steps = False
    for p in paras:
        if steps_heading(p):
            in_steps = True
        elif is_upper_line(p) or _dated(squash(p)):
            in_steps = False
        out.append(in_steps and not steps_heading(p))
    return out


_REQUEST = re.compile(r"^(?:Đề nghị|Yêu cầu)\s+")


def _dated(text: str) -> bool:
    """A step dated by its own limit (a time with a day or an hour in it)."""
    own_time = find_in_prose(text)
    return bool(own_time and re.search(r"\d", own_time))


def duty_among_steps(text: str) -> bool:
    """A step of a procedure that is a duty all the same: dated by its own limit, or naming the body that
    `có trách nhiệm`, or asking bodies to act (`Đề nghị các cơ quan …`)."""
    text = squash(text)
    if _dated(text):
        return True
    if re.search(r"\bcó trách nhiệm\b(?! sau)", text) or _REQUEST.match(text):
        return bool(asg.from_text(text).lead)
    return False


def unit_of_step(unit: ImportedNode) -> ImportedNode:
    """A unit read from a step of a procedure: text, done by a role in it, unless it reads as a duty all the same."""
    if unit.kind == "task" and not duty_among_steps(unit.text):
        unit.kind = "text"
    return unit


def names_own_actor(text: str) -> bool:
    """The item's own words name the body that acts (its subject — also after the time or event the sentence opens
    with —, a `Giao …`, or after a topic label)."""
    text = squash(text)
    if giao_mentions(text) or subject_mentions(text) or fronted_subjects(text):
        return True
    m = _TOPIC_LABEL.match(text)
    return bool(m and subject_mentions(text[m.end():]))


def _demote(node: ImportedNode, keep_named: bool = True, steps: bool = False) -> None:
    if steps and node.assigns_children:
        return  # `Ban … các thôn này thực hiện các nội dung sau:` inside a procedure: a request, its items are duties
    if node.kind == "task" and not (keep_named and names_own_actor(node.text)) \
            and not (steps and duty_among_steps(node.text)):
        node.kind = "text"
    for child in node.children:
        _demote(child, keep_named, steps)


def means_are_not_duties(nodes: list[ImportedNode]) -> None:
    """Walk the tree; under a forms/methods heading keep as tasks only the items naming their actor."""
    for node in nodes:
        if _procedure_heading(node.text):
            _demote(node, keep_named=False, steps=True)
        elif _method_heading(node.text):
            _demote(node)
        else:
            means_are_not_duties(node.children)
