"""Finding deadline phrases: attribute lines and phrases in prose tied to a calendar point.

A deadline is a date, quarter, year, period or event (`sau khi ...`). Frequency words on their
own in prose (`thường xuyên`, `hằng năm`, `định kỳ`) are not deadlines; as the value of a
`Thời gian thực hiện:` attribute they are kept verbatim.
"""
from __future__ import annotations

import re

from app.importers.extract.textutil import strip_trailing_punct

ATTR_DEADLINE = re.compile(
    # `Thời gian thực hiện:`, `Thời hạn ban hành:`, `Thời gian hoàn thành dự kiến:`, `Tiến độ trình:`
    r"^(?:Thời gian|Thời hạn|Tiến độ|Mốc thời gian)(?: [a-zđà-ỹ/]+){0,4}\s*:\s*",
    re.IGNORECASE,
)
_Q = r"(?:[Qq]uý|QUÝ) (?:I{1,3}|IV|[1-4])"
_DATE = r"\d{1,2}/\d{1,2}(?:/\d{4})?"
_YEAR = r"(?:19|20)\d{2}"
_FREQ = r"(?:hằng|hàng) (?:năm|tháng|quý)"

# Each pattern finds one phrase in prose; the first match in the text is kept.
_PROSE = [
    re.compile(rf"(?:xong |Xong )?trước ngày {_DATE}(?: (?:{_FREQ}|của tháng cuối quý))?"),
    re.compile(rf"(?:xong )?trước ngày \d{{1,2}} (?:{_FREQ}|của tháng cuối quý)"),
    re.compile(rf"(?:[Xx]ong )?trước ngày \d{{1,2}} tháng \d{{1,2}}(?: năm {_YEAR}| {_FREQ})?"),
    re.compile(rf"(?:[Xx]ong )?trước \d{{1,2}}/\d{{1,2}}/{_YEAR}"),
    re.compile(rf"(?:[Xx]ong )?(?:trong |vào )?tháng \d{{1,2}}/{_YEAR}"),
    re.compile(rf"(?:[Đđ]ịnh kỳ |vào )ngày \d{{1,2}} {_FREQ}"),
    re.compile(rf"(?:[Tt]rong |[Tt]rước |[Cc]hậm nhất (?:trong )?)?{_Q}(?:/{_YEAR}| năm {_YEAR})(?: {_FREQ})?"),
    re.compile(rf"(?:[Tt]rong |[Tt]rước )?{_Q} {_FREQ}"),
    re.compile(rf"(?:[Cc]hậm nhất|[Kk]hông quá) (?:là )?(?:trước )?(?:ngày )?{_DATE}"),
    re.compile(rf"(?:[Tt]rong |[Tt]rước )?(?:06|6) tháng (?:đầu|cuối) năm(?: {_YEAR}| {_FREQ})?"),
    re.compile(rf"(?:[Tt]rong |[Tt]rước )tháng \d{{1,2}}(?: năm {_YEAR}| {_FREQ})"),
    re.compile(rf"(?<=hoàn thành )năm {_YEAR}|(?<=xong )năm {_YEAR}"),
    re.compile(rf"(?:[Tt]ừ|[Tt]rong|[Đđ]ến hết|[Đđ]ến|[Cc]uối) (?:học kỳ (?:I{{1,2}}|[12]) (?:của )?)?năm học "
               rf"{_YEAR}\s*[-–]\s*{_YEAR}"),
    re.compile(rf"[Tt]rong năm {_YEAR}(?: và các năm tiếp theo)?"),
    re.compile(rf"(?<=\s)vào năm {_YEAR}(?!\s*[-–]\s*\d)"),
    re.compile(rf"(?<!định hướng )(?<!tầm nhìn )(?:[Tt]ừ|[Đđ]ến(?: hết| cuối)?|[Tt]rước) năm {_YEAR}"
               rf"(?! đến nay)(?!\s*[-–]\s*\d)"),
    re.compile(rf"[Tt]rong giai đoạn {_YEAR}\s*[-–]\s*{_YEAR}"),
    re.compile(r"sau khi (?:có|được|kết thúc|ban hành|hoàn thành)[^,.;:()]*"),
    re.compile(r"trong thời hạn \d+ (?:ngày|tháng|năm)[^,.;()]*"),
]
_LEADING_FREQ = re.compile(
    r"^((?:(?:[Hh][àằ]ng|[Đđ]ịnh kỳ) (?:tháng|quý|năm) \([^)]*\d[^)]*\)(?:,\s*)?)+)"
)
_PAREN = re.compile(r"\(([^()]*)\)")
_INLINE_ATTR = re.compile(
    r"(?:^|[(;.]\s*)[Tt]hời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:\s*([^;()]+?)(?=[;)]|\.\s|\.?$)")


def attribute_value(text: str) -> str | None:
    """The value of a `Thời gian thực hiện: ...` line, or None when the line is not one."""
    m = ATTR_DEADLINE.match(text)
    if not m:
        return None
    return text[m.end():]


def clean_value(value: str) -> str | None:
    """Attribute values: verbatim, first paragraph only, trailing punctuation dropped."""
    value = value.split("\n")[0]
    value = re.split(r",\s*(?=(?:báo cáo|gửi|trình|tổng hợp)\b)", value)[0]
    value = strip_trailing_punct(value)
    return value or None


# `Giai đoạn khẩn cấp (0-48 giờ): Tổ chức ...`, `Năm 2026: ...`, `Bước 2 (tháng 3/2026): ...`: an
# item opened by the phase it belongs to
_PHASE_LABEL = re.compile(
    r"^((?:Giai đoạn|Bước|Đợt)\b[^:.;()]{0,40}?(?:\s*\([^()]{1,40}\))?"
    r"|(?:Năm|Từ năm|Đến năm|Trong năm|Trước năm)\s+\d{4}[^:.;()]{0,30}?(?:\s*\([^()]{1,40}\))?)\s*:\s*\S")
# a heading that is a phase (`Giai đoạn 2025 - 2030`, `Giai đoạn 1 (2026 - 2027)`): its items' deadline
_PHASE_HEADING = re.compile(r"^(?:Giai đoạn|Đợt|Bước)\b.{0,60}(?:\d{4}|\d+\s*(?:giờ|ngày|tháng))", re.IGNORECASE)


def phase_label(text: str) -> str | None:
    """The phase an item opens with (`Giai đoạn 48-72 giờ: ...` → `Giai đoạn 48-72 giờ`), or None."""
    m = _PHASE_LABEL.match(text)
    return m.group(1).strip() if m else None


def phase_heading(title: str) -> str | None:
    """A heading naming a phase, as the deadline of its items, or None."""
    title = strip_trailing_punct(title.strip().rstrip(":"))
    if not _PHASE_HEADING.match(title):
        return None
    period = _phase_period(title)
    return period or (title if len(title) <= 80 else None)


# `Đợt 2: Từ ngày 23/02/2026 đến ngày 14/3/2026 gồm các nội dung trọng tâm`: label, period, what it holds
_LABELLED_PERIOD = re.compile(
    r"^(?:Giai đoạn|Đợt|Bước)\s+[\w.]{1,6}\s*:\s*(?P<period>(?:Từ|Trong|Trước|Chậm nhất)\b.+?)"
    r"(?:\s*,?\s+(?:gồm|bao gồm|với|tập trung|thực hiện)\b.*)?$", re.IGNORECASE)


def _phase_period(title: str) -> str | None:
    """The period a numbered phase heading states after its label, without the label and the
    words announcing its contents; None when the heading is not `label: period ...`."""
    m = _LABELLED_PERIOD.match(title)
    return strip_trailing_punct(m.group("period")) if m else None


def find_in_prose(text: str) -> str | None:
    """The first deadline phrase in running text, without its lead-in."""
    m = _LEADING_FREQ.match(text)
    if m:
        return strip_trailing_punct(m.group(1))
    m = _INLINE_ATTR.search(text)
    if m and m.group(1).strip():
        return clean_value(m.group(1))
    # A parenthesis that is entirely a deadline is kept verbatim: `(xong trước ngày 30/4/2017)`.
    best: tuple[int, str] | None = None
    for pm in _PAREN.finditer(text):
        inner = pm.group(1).strip()
        for pattern in _PROSE:
            hit = pattern.search(inner)
            if hit and len(hit.group(0)) >= len(inner) - 16:
                best = (pm.start(), strip_trailing_punct(inner))
                break
        if best:
            break
    for pattern in _PROSE:
        for hit in pattern.finditer(text):
            if _inside_citation(text, hit.start()) or _inside_quotes(text, hit.start()):
                continue
            phrase = hit.group(0)
            if best is None or hit.start() < best[0]:
                best = (hit.start(), phrase)
            break
    if best is None:
        return None
    phrase = best[1].strip()
    # `trình ... phê duyệt trong Quý II/2017` is recorded as `Quý II/2017`.
    phrase = re.sub(rf"^[Tt]rong ({_Q}(?:/{_YEAR}| năm {_YEAR}))$", r"\1", phrase)
    return strip_trailing_punct(phrase)


def _inside_quotes(text: str, pos: int) -> bool:
    """Names of schemes in quotes (`Đề án “... giai đoạn 2021-2025”`) hold no deadline."""
    before = text[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _inside_citation(text: str, pos: int) -> bool:
    """Dates that belong to a cited document (`Nghị quyết số 04-NQ/TU ngày ...`) are not deadlines."""
    before = text[max(0, pos - 12):pos]
    if re.search(r"ngày\s*$", before):
        return True
    # `Nghị quyết số 12/...`; but `học bạ số từ học kỳ I` is the word "digital", not a citation
    return bool(re.search(r"số\s*$", before)) and text[pos:pos + 1].isdigit()
