"""Cues that an item states no duty of its own, and text that is not part of a task's wording.

Kept apart from `tasks.py` (the tree walk): these are plain linguistic tests of one paragraph.
"""
from __future__ import annotations

import re

from app.importers.extract import assignments as asg
from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_phrase import take_phrase
from app.importers.extract.textutil import sentences

# `Các nhiệm vụ khác được phân công tại Phụ lục kèm theo`: the annex rows are the tasks.
_ANNEX_POINTER = re.compile(r"được (?:phân công|quy định|giao|nêu|phân định|xác định)(?: cụ thể| chi tiết)? "
                            r"(?:tại|theo|trong) (?:các )?(?:Phụ lục|phụ lục)")
# `Các nhiệm vụ cần làm ngay trong năm 2026 được xác định tại Phụ lục 2 kèm theo; tổ chức thực hiện theo tiến độ …`:
# a paragraph whose subject is the tasks themselves, set out in the annex, points to the annex rows however long
# the reminder after it (how they are to be carried out) runs
_TASKS_IN_ANNEX = re.compile(r"^(?:Các |Những )?(?:nhiệm vụ|nội dung|công việc|giải pháp)\b[^.;:]{0,120}?"
                             + _ANNEX_POINTER.pattern, re.IGNORECASE)
# `Chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu ...`: accountability, not an assignment (STATS 004).
_ACCOUNTABLE = re.compile(r"^(?:[Pp]hải )?[Cc]hịu trách nhiệm trước\b")
# `Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm trước pháp luật, trước … nếu để xảy ra …`: who answers when a
# wrong is let happen, however long the list of wrongs — a sanction, no work to do
_LIABLE_IF = re.compile(r"^(?P<who>[^.;:()]{3,120}?)\s+(?:phải\s+)?chịu trách nhiệm trước\b[^.;:]*?\bnếu\b")
# `Chánh Văn phòng, ... chịu trách nhiệm thi hành Quyết định này`, `… căn cứ Quyết định thi hành`: a decision's
# execution clause
_EXECUTION = re.compile(r"(?:chịu trách nhiệm|có trách nhiệm)?\s*thi hành (?:Quyết định|Nghị quyết|Chỉ thị) này\b"
                        r"|\bcăn cứ (?:Quyết định|Nghị quyết|Chỉ thị)(?: này)? (?:để )?thi hành\b", re.IGNORECASE)
# `Số phiếu phát ra: …………… phiếu`: a blank to fill in on a form, not a duty
_BLANK = re.compile(r"…{3,}|\.{6,}|_{6,}")
# `Tổ ... tự giải thể sau khi kết thúc bầu cử`: when a team ends, not a duty
_DISSOLVES = re.compile(r"\btự (?:giải thể|chấm dứt hoạt động|kết thúc nhiệm vụ)\b")
# `- Thành phần: Ban Thường trực …; đại diện …`, `- Khách mời: …`, `- Phương pháp: …`, `Hình thức tổ chức: Hội nghị
# do Ban Thường vụ Tỉnh uỷ chủ trì, … trực tuyến …`: a field that says who attends or how an item (a meeting) is
# done; the bodies it names attend or hold it, they are not given a duty
_SPEC_FIELD = re.compile(r"^(?:Thành phần(?: tham dự| tham gia| dự| đoàn| hội nghị)?|Khách mời|Phương pháp"
                         r"|Hình thức tổ chức)\s*:",
                         re.IGNORECASE)
# a letter's courtesy close (`Bộ … trân trọng cảm ơn sự phối hợp của Quý Ủy ban./.`, `Xin chân thành cảm ơn.`): its
# subject is the sender and its verb thanks; nothing is asked of anyone
_THANKS = re.compile(r"^(?:[^.;:]{0,80}\s)?(?:trân trọng|chân thành|xin)\s+(?:chân thành\s+)?cảm ơn\b[^;:]*$",
                     re.IGNORECASE)
# `Thành phần hội nghị theo khoản 1 Điều 50 … gồm: Ban Thường trực …, đại diện …`: who attends, said in a sentence
_ATTENDANCE = re.compile(r"^Thành phần\b[^.;:]{0,160}?\bgồm\b", re.IGNORECASE)
# `4.2. MTTQ Việt Nam, các tổ chức chính trị - xã hội: Thành phần dự hội nghị gồm …`: a case named before the colon,
# then who attends in that case — a definition of the meeting, as the same sentence without the case is
_CASE_LABEL = re.compile(r"^[^:;.()]{3,80}:\s*(?=Thành phần\b)", re.IGNORECASE)
# `Các thôn này không tổ chức hội nghị …`: what those named do not do (a case the procedure leaves out), no duty;
# `… không để xảy ra …` (to prevent) is one, and a sentence going on to a duty (`thì`, `phải`) is judged on that
_NOT_DONE = re.compile(r"^(?P<subject>[^,.;:()]{2,60}?)\s+không\s+(?!để\b|chỉ\b|ngừng\b)\w")
_GOES_ON = re.compile(r"\b(?:thì|phải|có trách nhiệm|mà|nhưng|song)\b")
# `Chủ tịch …, người ứng cử, đại diện … được mời tham dự hội nghị`: those named are invited, not given a duty
_INVITED = re.compile(r"^[^.;:]{3,250}?\s(?:được|sẽ được) mời (?:tham dự|dự)\b")


# the issuer speaking for itself in its resolution: its consent opening an article's clause (`1. Đồng ý chủ trương
# chuyển giao …`, `Chấp thuận …`) or the Government's own view (`Chính phủ thống nhất đánh giá: …`, `Thủ tướng Chính
# phủ ghi nhận …`): what the issuer decides or judges, no body given a duty, whatever date it names
_ISSUER_VIEW = re.compile(r"^(?:Đồng ý|Chấp thuận)\s|^(?:Chính phủ|Thủ tướng Chính phủ)\s+(?:thống nhất\s+)?"
                          r"(?:đánh giá|nhận định|nhận thấy|ghi nhận|biểu dương|đồng ý|chấp thuận)\b")


# `Ban Chấp hành Đảng bộ xã kêu gọi các cấp uỷ, chính quyền, Mặt trận … phấn đấu …`: a committee's appeal closing
# its resolution or conclusion — an exhortation to all, no body given a duty
_APPEAL = re.compile(r"^(?P<who>[^,.;:()]{3,80}?)\s+(?:tha thiết\s+|trân trọng\s+)?kêu gọi\b")


# `Trưởng thôn, Phó trưởng thôn hoặc Tổ trưởng, Tổ phó tổ dân phố;`: a line of a list of those attending or concerned
# names a few bodies or posts and no action; a longer run of words read as one name holds a predicate the reading
# of names took in (`Các doanh nghiệp nhà nước, Tổng Công ty tiên phong, dẫn dắt …`)
_NAMES_WORDS = 15


def _names_only(text: str) -> bool:
    """The item is only names: bodies or posts with nothing they do."""
    bare = text.strip().rstrip(" ;,.")
    return len(bare.split()) <= _NAMES_WORDS and bool(head_at(bare)) and take_phrase(bare).strip(" ,;") == bare


# a form to fill in has a few lines of dotted blanks at least; a list of duties has none
_FORM_BLANK_LINES = 5


def is_form_template(texts: list[str]) -> bool:
    """An annex printed as forms to fill in (`Mẫu số 01`, `Họ và tên: ………… Chức vụ ……`): its lines and
    footnotes (`(4) Bỏ phiếu kín hoặc giơ tay.`) tell how to fill the form, they give no duty."""
    return sum(1 for t in texts if _BLANK.search(t)) >= _FORM_BLANK_LINES


def _invited(text: str) -> bool:
    """The sentence's own verb is `được mời tham dự`: no duty is said before it (`Sở A chủ trì hội nghị, các
    đơn vị được mời tham dự` hands Sở A a duty)."""
    m = _INVITED.match(text)
    return m is not None and not re.search(r"\b(?:chủ trì|triệu tập|có trách nhiệm|phối hợp)\b", m.group(0))


def _not_done(text: str) -> bool:
    """The sentence says what the bodies it names do not do (`Các thôn này không tổ chức …`)."""
    m = _NOT_DONE.match(text)
    if not m or _GOES_ON.search(text) or len(sentences(text)) > 1:
        return False
    subject = m.group("subject")
    return bool(re.match(r"(?:Các|Những|Mỗi)\s", subject) or head_at(subject))


def states_no_duty(text: str) -> bool:
    """A short item that only points to the annex or states who answers for what
    (`Thủ trưởng các đơn vị chịu trách nhiệm trước Bộ trưởng về kết quả ...`)."""
    if asks_to_carry_out(text) or _not_done(text) or _THANKS.match(text.strip()) or _ISSUER_VIEW.match(text.strip()):
        return True
    if (appeal := _APPEAL.match(text)) and head_at(who := appeal.group("who")) and take_phrase(who) == who:
        return True  # (the appeal's subject is a body and nothing else: `Sở A chủ trì … dự án kêu gọi đầu tư` is work)
    case = _CASE_LABEL.match(text)
    if case:
        text = text[case.end():]
    if _EXECUTION.search(text) or _DISSOLVES.search(text) or _BLANK.search(text) or _SPEC_FIELD.match(text) \
            or _ATTENDANCE.match(text) or _invited(text) or _names_only(text):
        return True
    if _TASKS_IN_ANNEX.match(text):
        return True
    if (liable := _LIABLE_IF.match(text)) and len(sentences(text)) == 1 \
            and take_phrase(who := liable.group("who")).strip(" ,") == who.strip(" ,") and head_at(who):
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


# `Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị triển khai và thực hiện có hiệu quả các nội dung nêu trên.`,
# `Đề nghị các sở, ngành nghiêm túc triển khai thực hiện Kế hoạch này.`: after `Trên đây là Kế hoạch …`, a request to
# carry out the plan as a whole — the closing formula goes on, no work of its own is named (only how: promptly,
# effectively, on schedule, and what: the plan, its contents above)
_HOW = (r"(?:\s*(?:,|và|triển khai|thực hiện|tổ chức|kịp thời|(?:có )?hiệu quả|nghiêm túc|khẩn trương|đầy đủ|tốt|"
        r"(?:bảo đảm|đảm bảo) (?:mục đích,? yêu cầu|tiến độ|chất lượng|hiệu quả)|chất lượng|"
        r"đúng quy định(?: của pháp luật)?|"
        r"(?:bảo đảm|đảm bảo)(?= đúng)|(?:đúng )?tiến độ(?: thời gian)?|"
        r"theo (?:đúng )?(?:kế hoạch|quy định)))*")
_THE_PLAN = r"(?:bản )?[Kk]ế hoạch(?: này)?"
_THE_PLAN_NAMED = (r"\s*(?:(?:các|những) (?:nội dung|nhiệm vụ|hoạt động|công việc)(?: được giao| đã đề ra)?"
                   rf"(?: nêu trên| trên| (?:tại|trong|của|theo) {_THE_PLAN})?|{_THE_PLAN})")
_CARRY_OUT = r"(?:triển khai|thực hiện|tổ chức)\b"
_PLAN_REQUEST = re.compile(rf"^(?:[^,.;:]{{0,60}}\s)?(?:đề nghị|yêu cầu)\s[^.;:]+?\s{_CARRY_OUT}"
                           rf"{_HOW}(?:{_THE_PLAN_NAMED})?{_HOW}\s*[./]*$", re.IGNORECASE)
# `Ban Thường trực Ủy ban MTTQ xã yêu cầu các đồng chí …, các chuyên viên … triển khai, thực hiện nghiêm túc kế
# hoạch này.` as a paragraph of its own: the same request, with the plan named, by the body that issues it (those
# asked are named before the first verb: `Yêu cầu Sở Y tế tổ chức tiêm chủng và … thực hiện Kế hoạch này` asks work)
_OWN_PLAN_REQUEST = re.compile(rf"^(?P<who>[^,.;:]{{0,60}}\s)?(?:đề nghị|yêu cầu)\s(?:(?!{_CARRY_OUT})[^.;:])+?\s"
                               rf"{_CARRY_OUT}{_HOW}{_THE_PLAN_NAMED}{_HOW}\s*[./]*$", re.IGNORECASE)
# `Ủy ban nhân dân tỉnh giao Giám đốc các sở, … theo chức năng, nhiệm vụ được giao tại kế hoạch này triển khai thực
# hiện đảm bảo mục đích, yêu cầu, hiệu quả, đúng quy định./.`: the same request, the plan named with those asked
_ASKED_BY_PLAN = re.compile(rf"^(?P<who>[^,.;:]{{0,60}}\s)?(?:đề nghị|yêu cầu|giao)\s(?:(?!{_CARRY_OUT})[^.;:])+?"
                            rf"\b(?:tại|trong|của|theo) {_THE_PLAN}\s{_CARRY_OUT}{_HOW}\s*[./]*$", re.IGNORECASE)


_MANNER = r"(?:nghiêm túc|khẩn trương|tích cực|chủ động)"
_ASSIGNED = re.compile(r"^(?:được giao|được phân công)(?: chủ trì)?(?: (?:thực hiện )?(?:các )?nhiệm vụ)?"
                       r"(?: (?:trong|tại) (?:bản )?[Kk]ế hoạch(?: này)?)?$")
# `Đề nghị Ủy ban nhân dân tỉnh và các tổ chức đảng nghiêm túc triển khai thực hiện./.`: those asked, then only how
# to carry out — nothing named to do, so the document itself (a letter's closing request)
_BARE_REQUEST = re.compile(rf"^(?P<who>[^,.;:]{{0,60}}\s)?(?:đề nghị|yêu cầu)\s(?P<asked>[^.;:]+?)"
                           rf"(?:\s+{_MANNER})*\s+{_CARRY_OUT}{_HOW}\s*[./]*$", re.IGNORECASE)
# `Các đơn vị được giao nhiệm vụ trong Kế hoạch khẩn trương tổ chức triển khai thực hiện đúng tiến độ, bảo đảm chất
# lượng và hiệu quả./.`: the same closing words with those addressed for subject — how, and nothing named to do
_BARE_CHARGE = re.compile(rf"^(?P<asked>[^.;:]+?)(?:\s+{_MANNER})+\s+{_CARRY_OUT}{_HOW}\s*[./]*$", re.IGNORECASE)


# `Căn cứ hướng dẫn này, đề nghị …`: the document itself named as the ground of the request
# or the directions it has just given (`Căn cứ ý kiến chỉ đạo, yêu cầu các sở, ngành … triển khai thực hiện./.`, a
# letter's closing request)
_THIS_DOCUMENT_GROUND = re.compile(r"^Căn cứ (?:(?:bản )?(?:hướng dẫn|kế hoạch|văn bản|công văn) này"
                                   r"|(?:các )?(?:ý kiến|nội dung) chỉ đạo(?: (?:nêu )?trên| này)?"
                                   r"|(?:các )?nội dung (?:nêu )?trên),\s*", re.IGNORECASE)


def asks_to_carry_out(text: str) -> bool:
    """`Căn cứ hướng dẫn này, đề nghị Thủ trưởng các cơ quan … nghiêm túc triển khai thực hiện, bảo đảm đúng quy
    định của pháp luật và tiến độ thời gian`: a paragraph that only asks the addressees to carry out the document
    (how, not what), as the closing formula does: no work of its own is named."""
    m = _THIS_DOCUMENT_GROUND.match(text)
    if m is not None:
        return bool(_PLAN_REQUEST.match(text[m.end():].strip()))
    # without that ground the request must name the plan (or its contents) and come from a body, or from no one
    # (`Đề nghị các sở, ngành nghiêm túc triển khai thực hiện Kế hoạch này.`; `Trên cơ sở đề nghị của Sở …, tham
    # mưu … thực hiện theo quy định` asks for work of its own)
    m = _OWN_PLAN_REQUEST.match(text.strip()) or _ASKED_BY_PLAN.match(text.strip())
    return m is not None and (not m.group("who") or bool(head_at(m.group("who"))))


def asks_how_only(text: str) -> bool:
    """`Đề nghị Ủy ban nhân dân tỉnh và các tổ chức đảng nghiêm túc triển khai thực hiện.`, `Các đơn vị được giao
    nhiệm vụ trong Kế hoạch khẩn trương tổ chức triển khai thực hiện đúng tiến độ …`: bodies asked to carry out, how,
    and nothing named to do — those asked are bodies only, or the bodies given the plan's tasks. Where the document
    closes (after `Trên đây là …`, or as its last words) that is the closing formula; elsewhere it is not told
    apart from an item's short duty, so only the closing rules ask."""
    text = text.strip()
    bare = _BARE_REQUEST.match(text) or _BARE_CHARGE.match(text)
    if bare is None:
        return False
    asked = bare.group("asked")
    rest = asked[len(take_phrase(asked)):].strip()
    if rest and not (_ASSIGNED.match(rest) and head_at(asked)):
        return False
    who = bare.groupdict().get("who")
    return not who or bool(head_at(who))


def _clauses(sentence: str) -> list[str]:
    """`Yêu cầu các sở, ngành … triển khai thực hiện; đề nghị Ủy ban Mặt trận … phối hợp thực hiện./.`: the closing
    request asks each group in a clause of its own, the clauses joined by semicolons."""
    return [c.strip() for c in sentence.split(";") if c.strip()]


def after_closing_formula(text: str) -> tuple[str, list[str]]:
    """A closing paragraph (`Trên đây là Kế hoạch … . UBND tỉnh đề nghị các cơ quan, đơn vị triển khai … các nội
    dung nêu trên. Trong quá trình …, nếu có vướng mắc, đề nghị phản ánh về Sở Nội vụ …`) less its formula: the
    text after it ("" when none) and the bodies the request names, whom the rest of the paragraph addresses."""
    rest = sentences(text)[1:]
    asked: list[str] = []
    if rest and all(_PLAN_REQUEST.match(c) or asks_how_only(c) for c in _clauses(rest[0])):
        asked = asg.from_text(rest[0]).lead
        rest = rest[1:]
    return " ".join(rest), asked
