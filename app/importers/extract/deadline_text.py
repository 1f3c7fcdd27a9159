"""Finding deadline phrases: attribute lines and phrases in prose tied to a calendar point.

A deadline is a date, quarter, year, period or event (`sau khi ...`, an item opening `Kết thúc cuộc bầu cử, ...`,
`ngay sau Lễ mít-tinh ...`, `trong thời gian diễn ra Đại hội`). Frequency words on their
own in prose (`thường xuyên`, `hằng năm`, `định kỳ`) are not deadlines; as the value of a
`Thời gian thực hiện:` attribute they are kept verbatim. A frequency is the deadline when the
text ties it to a time (`định kỳ 6 tháng (trước ngày 15/6)`, `trước 19h00 hằng ngày`,
`02 lần/ngày (trước 9h00 và 16h00)`) or when the item opens with it as its time
(`Hằng năm, tổ chức kiểm tra ...`). A labelled time (`; thời gian thực hiện: ...`) wins over both.

Not deadlines: years inside a scope clause (`Đối với các nhiệm vụ triển khai trong năm 2025, ...`),
the horizon of a target figure in the same clause (`đạt mục tiêu 50% xã ... vào năm 2030`) and
phrases inside an aside in parentheses (`(nhất là thanh niên sau khi hoàn thành cai nghiện ...)`),
the horizons in a programme's name (`... đến năm 2025, định hướng đến năm 2030`) and a duration in a
time field (`01 ngày/hội nghị`).

A phrase is cut as printed and goes on where the text does (`... và các năm tiếp theo`, `trong quý I và
quý II năm 2026`); a qualifier before it stays (`cơ bản hoàn thành trong năm 2025`); a calendar limit
wins over an event it bounds; a field value is its first sentence.

Which times date something else than the work is `not_deadlines`'s; how far a phrase reaches, `deadline_extent`'s.
"""
from __future__ import annotations

import re

from app.importers.extract.deadline_extent import whole_phrase
from app.importers.extract.deadline_patterns import FREQUENCY, PROSE, SCHEDULE, YEAR, Q
from app.importers.extract.deadline_phases import phase_label
from app.importers.extract.deadline_recurring import recurring_time
from app.importers.extract.mention_predicate import opens_duty
from app.importers.extract.not_deadlines import (
    ASIDE,
    FIGURE,
    LAW_NAMED,
    inside_citation,
    inside_quotes,
    not_a_time_limit,
)
from app.importers.extract.subjects import fronted_subjects
from app.importers.extract.textutil import is_upper_line, strip_trailing_punct

ATTR_DEADLINE = re.compile(
    # `Thời gian thực hiện:`, `Thời hạn ban hành:`, `Thời gian hoàn thành dự kiến:`, `Tiến độ trình:`
    r"^(?:(?:Dự kiến )?(?:Thời gian|Thời hạn|Thời điểm|Tiến độ|Mốc thời gian|Hạn (?:hoàn thành|chót|cuối cùng|nộp|gửi))"
    r"(?: [a-zđà-ỹ/]+){0,4}"
    # a second time word joined on (`Thời gian thực hiện, hoàn thành:`, `Thời gian và tiến độ thực hiện:`,
    # `Thời gian thực hiện / hoàn thành:`), a note in parentheses (`Thời gian (dự kiến):`)
    r"(?:\s*(?:,|/|và|[-–])\s*(?:thời gian|thời hạn|tiến độ|hoàn thành|thực hiện)(?: [a-zđà-ỹ/]+){0,3})?"
    r"(?:\s*\((?:dự kiến|chậm nhất|dự kiến hoàn thành)\))?"
    r"|Lộ trình(?: thực hiện)?"
    # `Hoàn thành: Quý III/2026`, `Dự kiến hoàn thành:`, `Năm hoàn thành:`, `Mốc hoàn thành:`: a label that
    # is only the word for "done", with nothing after it but the colon, names when
    r"|(?:Dự kiến |Năm |Mốc |Ngày )?hoàn thành(?: dự kiến)?|Năm thực hiện)\s*:\s*",
    re.IGNORECASE,
)
# a frequency with its dates in parentheses, one or several:
# `Hàng tháng (định kỳ trước ngày 25 hàng tháng), hàng quý (...)`, `định kỳ 6 tháng (trước ngày 15/6) và
# hằng năm (trước ngày 15/12)`, and the unscheduled reports beside them (`… (trước ngày 10/12) hoặc đột xuất`)
_FREQ_DATED = re.compile(
    rf"{FREQUENCY}\s*\([^()]*\d[^()]*\)(?:(?:,\s*|;\s*| và ){FREQUENCY}\s*\([^()]*\d[^()]*\))*"
    r"(?: (?:và|hoặc) đột xuất(?: khi (?:cần thiết|có yêu cầu))?)?")
# a draft submitted to a session: `trình Quốc hội xem xét, thông qua tại Kỳ họp thứ 9, Quốc hội khóa XV` (a
# law passed `tại kỳ họp thứ 9 ngày ...` is a citation: no `trình` before it)
_SESSION = re.compile(r"\btrình\b[^.;]{0,80}?\b(tại (?:[Kk]ỳ|[Pp]hiên) họp (?:thứ \d+|bất thường(?: lần thứ \d+)?)"
                      r"(?:,? (?:Quốc hội|Hội đồng nhân dân|HĐND)[^,.;()]{0,25}?khóa [IVXL]+)?)")
# `Hằng năm, tổ chức kiểm tra ...`, `Định kỳ, X báo cáo ...`, `Định kỳ 6 tháng, hằng năm, X báo cáo ...`: an
# item that opens with its frequency (or several, one list)
_MORE_FREQ = rf"(?:(?:,\s*|\s+và\s+|\s+hoặc\s+)(?:{FREQUENCY}|0?6 tháng|đột xuất))*"
_OPENING_FREQ = re.compile(rf"^({FREQUENCY}{_MORE_FREQ}|[Đđ]ịnh kỳ),\s")
# `Năm 2018, hoàn thành việc hỗ trợ …`: an item that opens with its year, then straight on with the duty's verb (a
# sentence about that year names what happened and who did it: `Năm 2025, Hội đồng nhân dân tỉnh quyết nghị …`,
# `Năm 2024, đã hoàn thành …`, `Năm 2024, hoàn thành 98% …`)
_OPENING_YEAR = re.compile(rf"^(Năm {YEAR}),\s+(?=\S)")
# `Định kỳ hàng năm gửi báo cáo về Bộ …`: a schedule opening the item straight before the duty's verb, no comma
_OPENING_SCHEDULE = re.compile(rf"^({SCHEDULE})\s+(?=\S)")
# `… cung cấp thông tin tình hình thực hiện dự án định kỳ hằng năm gửi về Bộ …`: a schedule said straight before the
# report it times, inside the sentence, is the time of that reporting duty when the text gives no date (a date, as in
# `định kỳ 6 tháng báo cáo … trước ngày 15 tháng 6`, wins)
_SENT_ON_SCHEDULE = re.compile(rf"(?<=\s)({SCHEDULE})\s+(?=(?:gửi|báo cáo|nộp)\b)")
_PAST = re.compile(r"\bđã\b")
# a parenthesis that holds only a year or a span of years: `(2026 - 2027)`, `(năm 2026)`,
# `(giai đoạn 2026-2030)`; a frequency alone in parentheses (`(định kỳ hằng năm)`) is not a deadline
_PAREN_ONLY = re.compile(rf"^(?:(?:[Nn]ăm|[Gg]iai đoạn) )?{YEAR}(?:\s*[-–]\s*{YEAR})?$")
_PAREN = re.compile(r"\(([^()]*)\)")
# a separator between the time and another part of a parenthesis
_BESIDE_BEFORE = re.compile(r"(?:[,;]|\s[-–])\s*$")
_BESIDE_AFTER = re.compile(r"\s*(?:[,;]|\s[-–]\s)")
# an event (`sau khi ...`) and a calendar limit (`chậm nhất ngày 03/02/2026`, `chậm nhất ngày 03/02`)
_EVENT_PHRASE = re.compile(r"^(?:[Nn]gay )?(?:[Ss]au|khi)\b|^[Kk]ết thúc\b")
# `Kết thúc cuộc bầu cử, Ban Thường trực … tổng hợp …`: an item that opens with the end of the event it follows,
# then a comma, is due when that event ends (`Ngay sau hội nghị …, …` is a `PROSE` event anywhere in the text; a
# bare `Sau đại hội đảng, các cấp ủy được kiện toàn …` is as often what happened as what is to be done, and `Kết
# thúc năm 2025, …` a year's results)
_OPENING_EVENT = re.compile(r"^[Kk]ết thúc [^,.;:()\d]{3,80}?(?=,\s)")
# `Sau hội nghị hiệp thương lần thứ hai, …, Ban Thường trực … ban hành …`: the event a duty follows, when a body acting
# in the active voice is the sentence's subject after it (`Sau đại hội, các cấp ủy được kiện toàn …` tells what
# happens, `Sau đại hội, … đã …` what happened)
_OPENING_AFTER = re.compile(r"^Sau (?!khi\b|đó\b|này\b|\d)[^,.;:()\d]{3,80}?(?=,\s)")
_DATED_LIMIT = re.compile(r"^(?:[Cc]hậm nhất|[Kk]hông quá|(?:[Xx]ong )?trước ngày)\b.*"
                          r"(?:\d{4}|\d{1,2}/\d{1,2}|ngày \d{1,2} tháng \d{1,2})")
# `(hoàn thành trong tháng 11/2025)` continues the sentence, whose verb is no part of the time; a
# capitalised `(Hoàn thành trước ngày 31/3/2017)` is a note of its own, kept as printed
_DONE_VERB = re.compile(r"^(?:hoàn thành|hoàn tất)\s+(?=\S)")
_INLINE_ATTR = re.compile(
    r"(?:^|[(;.,]\s*)[Tt]hời (?:gian|hạn|điểm)(?: thực hiện| hoàn thành| hoàn tất)?(?: dự kiến)?\s*:\s*([^;()]+?)"
    r"(?=[;)]|\.\s|\.?$)")
# a full stop after a word or a figure, then a capital: the value's next sentence (`TP. Hồ Chí Minh` is
# an abbreviation, not a sentence end)
_NEXT_SENTENCE = re.compile(r"(?<=[a-zđà-ỹ\d])\.\s+(?=[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊ"
                            r"ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ])")
# a new lettered field run into a value by the layout: `Từ tháng 3 đến tháng 11 hằng năm b. Địa điểm`
_RUN_IN_LABEL = re.compile(r"\s+[a-zđ][.)]\s+(?=[A-ZĐÀ-Ỹ])")


def attribute_value(text: str) -> str | None:
    """The value of a `Thời gian thực hiện: ...` line, or None when the line is not one."""
    m = ATTR_DEADLINE.match(text)
    if not m:
        return None
    return text[m.end():]


# `01 ngày/hội nghị`, `02 buổi`: how long an item lasts, printed in a `Thời gian:` field, not when it is due
_DURATION = re.compile(r"^\d+\s*(?:ngày|buổi|giờ|tiết)(?:\s*/|\s*$)", re.IGNORECASE)


def is_duration(value: str) -> bool:
    """`01 ngày/hội nghị`: how long, not when."""
    return bool(_DURATION.match(value.strip()))


def clean_value(value: str) -> str | None:
    """Attribute values: verbatim, first paragraph only, trailing punctuation dropped; a duration
    is no deadline."""
    value = value.split("\n")[0]
    if is_duration(value):
        return None
    value = re.split(r",\s*(?=(?:báo cáo|gửi|trình|tổng hợp)\b)", value)[0]
    value = _RUN_IN_LABEL.split(value)[0]
    # `Duy trì thường xuyên ... bầu cử. Đặc biệt, phân công ...`: the time is the first sentence —
    # with the phases that follow it (`Đợt 1: từ ... Đợt 2: từ ...` is one schedule)
    first, *rest = _NEXT_SENTENCE.split(value)
    by_part = keyed_time(first)
    for sentence in rest:
        if phase_label(sentence) is None and not _only_a_time(sentence) and not (by_part and keyed_time(sentence)):
            # `Thường xuyên. Hoàn thành trước ngày 30/6/2026`: a sentence that is only a time goes on it, and so
            # does each part's time after the first (`Công tác tuyên truyền: Từ khi …. Công tác vận động: Từ …`)
            break
        first = f"{first}. {sentence}"
    value = first
    value = strip_trailing_punct(value)
    return value or None


# `Công tác vận động bầu cử: Trong khoảng thời gian từ …`: a part of the work named, then its time
_PART_KEY = re.compile(r"^[^:;.()]{3,60}:\s*(?=\S)")


def keyed_time(sentence: str) -> bool:
    """A part of the work and its time (`Công tác tuyên truyền bầu cử: Từ khi triển khai … đến khi kết thúc cuộc bầu
    cử`): after the colon, a time, or words that end with one."""
    m = _PART_KEY.match(sentence)
    if m is None:
        return False
    rest = strip_trailing_punct(sentence[m.end():])
    phrase = find_in_prose(rest)
    return phrase is not None and (rest.endswith(phrase) or _only_a_time(rest))


def _only_a_time(sentence: str) -> bool:
    """A sentence that is a time and little more (`Hoàn thành trước ngày 30/6/2026`, `Chậm nhất ngày 15/12`)."""
    sentence = strip_trailing_punct(sentence)
    phrase = find_in_prose(sentence)
    return phrase is not None and len(phrase) >= len(sentence) - 16


def cell_value(cell: str) -> str | None:
    """A table's time cell, verbatim; a long cell (a description the layout shifted into the time
    column, a list of files) gives only the deadline phrase it holds, if any."""
    value = clean_value(cell)
    if value is None or len(value) <= _LONGEST_VALUE:
        return value
    return find_in_prose(value)


# the longest time cell seen in a plan is about 130 characters (`Theo kế hoạch tổ chức, sắp xếp lại ...`)
_LONGEST_VALUE = 200


# `Việc tổ chức hội nghị ... được thực hiện trong khoảng từ ... đến ...`: when the work is done, said passively
# (with one verb or two: `được triển khai thực hiện`, `được tổ chức thực hiện`)
_DONE_IN = re.compile(r"\bđược (?:(?:thực hiện|tổ chức|tiến hành|triển khai|diễn ra)\s+){1,2}$")


def stated_period(text: str) -> str | None:
    """The time a passive clause says the work is done in (`... được thực hiện <time>`), or None."""
    phrase = find_in_prose(text)
    if not phrase:
        return None
    at = text.find(phrase)
    return phrase if at > 0 and _DONE_IN.search(text, 0, at) else None


def labelled_time(text: str) -> str | None:
    """A time the text labels (`...; thời gian thực hiện: Quý II/2026`), or None."""
    m = _INLINE_ATTR.search(text)
    return clean_value(m.group(1)) if m and m.group(1).strip() else None


def find_in_prose(text: str) -> str | None:
    """The first deadline phrase in running text, without its lead-in."""
    opening = _opening(text)
    if opening:
        return opening
    candidates = _candidates(text)
    if not candidates:
        sent = _SENT_ON_SCHEDULE.search(text)
        return sent.group(1) if sent else None
    pos, phrase = _earliest(candidates)
    phrase = whole_phrase(text, pos, phrase)
    # `trình ... phê duyệt trong Quý II/2017` is recorded as `Quý II/2017`, and `trong Quý IV` of the plan's own
    # year as `Quý IV` (the development golds record those quarters without its `trong`); the words written out,
    # `trong quý II năm 2026` (the Government's and the Công báo's way), keep it as printed (real7, real14)
    phrase = re.sub(rf"^[Tt]rong ({Q}(?:[/-]{YEAR})?)$", r"\1", phrase)
    return strip_trailing_punct(phrase)


def _opening(text: str) -> str | None:
    """A time the text labels (it wins over anything in the wording), or the frequency, year or schedule the item
    opens with."""
    labelled = labelled_time(text)
    if labelled:
        return labelled
    m = _OPENING_FREQ.match(text)
    if m:
        return m.group(1)
    return _opening_time(text)


def _candidates(text: str) -> list[tuple[int, str]]:
    """Every time the text states, each `(where, phrase)`: an opening event, a time in parentheses, a frequency
    with its dates, a session a draft goes to, and the first hit of each prose pattern that dates the work."""
    candidates: list[tuple[int, str]] = []
    opening = _OPENING_EVENT.match(text) or _opening_after(text)
    if opening:
        candidates.append((0, opening.group(0)))
    if in_parens := _paren_time(text):
        candidates.append(in_parens)
    asides = [pm.span() for pm in _PAREN.finditer(text) if ASIDE.match(pm.group(1))]
    dated = _FREQ_DATED.search(text)
    if dated:
        candidates.append((dated.start(), dated.group(0)))
    session = _SESSION.search(text)
    if session:
        candidates.append((session.start(1), session.group(1)))
    for pattern in PROSE:
        for hit in pattern.finditer(text):
            if inside_citation(text, hit.start()) or inside_quotes(text, hit.start()) \
                    or not_a_time_limit(text, hit.start(), asides):
                continue
            candidates.append((hit.start(), hit.group(0)))
            break
    return candidates


def _paren_time(text: str) -> tuple[int, str] | None:
    """The first parenthesis that is entirely a deadline, kept verbatim (`(xong trước ngày 30/4/2017)`, `(năm 2013 và
    thường xuyên)`), or a deadline beside who does it (`(Sở Nội vụ, Quý II/2026)`)."""
    for pm in _PAREN.finditer(text):
        inner = pm.group(1).strip()
        if ASIDE.match(inner):
            continue
        if (_PAREN_ONLY.match(inner) or recurring_time(inner)) and not inside_quotes(text, pm.start()) \
                and not (inner.isdigit() and LAW_NAMED.search(text, max(0, pm.start() - 100), pm.start())):
            return pm.start(), inner
        inner = _DONE_VERB.sub("", inner)
        hit = next((h for pattern in PROSE if (h := pattern.search(inner))), None)
        if hit and len(hit.group(0)) >= len(inner) - 16:
            # `(Sở Nội vụ, Quý II/2026)`, `(Quý II/2026 - Sở Nội vụ)`: the time beside who does it, not all of it
            beside = _BESIDE_BEFORE.search(inner, 0, hit.start()) or _BESIDE_AFTER.match(inner, hit.end())
            return pm.start(), hit.group(0) if beside else strip_trailing_punct(inner)
    return None


def _earliest(candidates: list[tuple[int, str]]) -> tuple[int, str]:
    """The earliest time stated; but where it is an event and the text also gives a calendar limit, the earliest
    limit (`gửi biên bản ngay sau khi kết thúc hội nghị. Báo cáo ... chậm nhất ngày 03/02/2026`: the date bounds the
    event, and it is what can be tracked)."""
    pos, phrase = min(candidates, key=lambda c: c[0])
    dated_limits = [c for c in candidates if _DATED_LIMIT.match(c[1])]
    if _EVENT_PHRASE.match(phrase) and dated_limits:
        pos, phrase = min(dated_limits, key=lambda c: c[0])
    return pos, phrase


def _opening_after(text: str) -> re.Match[str] | None:
    """The event an item opens with (`Sau hội nghị …,`) when the duty after it is a body's, in the active voice and
    still to do; else None."""
    m = _OPENING_AFTER.match(text)
    sentence = re.split(r"[.;]\s", text, maxsplit=1)[0]
    return m if m and fronted_subjects(sentence) and not _PAST.search(sentence) else None


def _opening_time(text: str) -> str | None:
    """The year or schedule an item opens with when the duty's verb follows it (`Năm 2018, hoàn thành …` → `Năm
    2018`, `Định kỳ hàng năm gửi báo cáo …` → `Định kỳ hàng năm`), else None. A year must open a duty still to do:
    no `đã`, no share reached (`Năm 2024, hoàn thành 98% …`) in its sentence."""
    m = _OPENING_YEAR.match(text) or _OPENING_SCHEDULE.match(text)
    if m is None:
        return None
    sentence = re.split(r"[.;]\s", text[m.end():], maxsplit=1)[0]
    if not opens_duty(sentence):
        return None
    if m.re is _OPENING_YEAR and (_PAST.search(sentence) or FIGURE.search(sentence)):
        return None
    return m.group(1)


def heading_time(title: str) -> str | None:
    """The time a heading states for its items (`2. Nhiệm vụ hoàn thành trong Quý I/2024:`), also when the heading is
    printed in capitals (`C. MỘT SỐ NỘI DUNG TRỌNG TÂM TỪ NAY ĐẾN NĂM 2015`): read as the same words in sentence case,
    the phrase is returned as printed."""
    if (found := find_in_prose(title)) or not is_upper_line(title):
        return found
    lowered = title[:1] + title[1:].lower()
    phrase = find_in_prose(lowered)
    at = lowered.find(phrase) if phrase and len(lowered) == len(title) else -1
    return title[at:at + len(phrase)] if phrase and at >= 0 else None
