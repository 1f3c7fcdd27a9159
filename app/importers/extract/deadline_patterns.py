"""The shapes of a deadline phrase in running text: the building blocks (a quarter, a date, a year, a
frequency, a time of day, a point of a span) and one pattern per phrase shape, in the order they are
tried (`deadline_text.find_in_prose` keeps the earliest phrase in the text; at the same place, the first
pattern of this list)."""
from __future__ import annotations

import re

# (`IV` before `I`: `trong quý IV` is not `trong quý I`)
Q = r"(?:[Qq]uý|QUÝ) (?:IV|I{1,3}|[1-4])(?!\w)"
# quarters sharing one year: `quý III, IV/2025`, `Quý II - Quý IV năm 2025`, `các quý III và IV năm 2025`
QUARTERS = rf"{Q}(?:\s*(?:,|và|[-–])\s*(?:[Qq]uý )?(?:IV|I{{1,3}}|[1-4])(?!\w))*"
# `30/6/2026`, `30/6`, and a Party document's `30-6-2026` or a dotted `30.6.2026` (always with its year: `2-3 lần` is
# no date)
DATE = r"(?:\d{1,2}/\d{1,2}(?:/\d{4})?|\d{1,2}-\d{1,2}-(?:19|20)\d{2}(?!\d)|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?!\d))"
YEAR = r"(?:19|20)\d{2}"
# a date written out: `ngày 08 tháng 02 năm 2026`
LONG_DATE = rf"ngày \d{{1,2}} tháng \d{{1,2}} năm {YEAR}"
# a day written out, with or without its year: `ngày 20 tháng 12`, `ngày 08 tháng 02 năm 2026`
DAY_WORDS = rf"ngày \d{{1,2}} tháng \d{{1,2}}(?: năm {YEAR})?"
FREQ = r"(?:hằng|hàng) (?:năm|tháng|quý)"
# `trong` before a month, also as a scan's OCR misreads it (`frong tháng 01/2026`: the `t` read as `f`)
IN = r"(?:[Tt]|(?<!\w)f)rong"
# a frequency as printed: `hằng năm`, `mỗi quý`, `định kỳ hằng tháng`, `định kỳ 06 tháng`
EVERY = r"(?:[Hh][àằ]ng|[Mm]ỗi)"
# (`Định kỳ` with its period: a schedule, whatever follows it)
SCHEDULE = rf"[Đđ]ịnh kỳ (?:{EVERY} (?:ngày|tuần|tháng|quý|năm)|0?6 tháng|tháng|quý|năm)"
FREQUENCY = rf"(?:{SCHEDULE}|{EVERY} (?:ngày|tuần|tháng|quý|năm))"
# `... và đột xuất khi cần thiết`: the unscheduled reports that go with a frequency
AD_HOC = r"(?: và đột xuất(?: khi (?:cần thiết|có yêu cầu))?)?"
# a time of day: `19h00’`, `9h`, `16 giờ 30`
TIME = r"\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?(?:\s*phút)?['’]?"
# a date with its year printed without `ngày` (`vào lúc 15 giờ 00 chiều thứ sáu 02/02/2007`)
FULL_DATE = rf"\d{{1,2}}/\d{{1,2}}/{YEAR}"
# a month, quarter, year or day as the end of a `từ ... đến ...` span
POINT = (rf"(?:ngày {DATE}|ngày \d{{1,2}} tháng \d{{1,2}}(?: năm {YEAR})?"
          rf"|tháng \d{{1,2}}(?:[/-]{YEAR}| năm {YEAR})?|{Q}(?:[/-]{YEAR}| năm {YEAR})?|năm {YEAR})")
# the document a plan names itself by when it counts time from its own issue
_OWN_DOC = r"(?:[Kk]ế hoạch|[Qq]uyết định|[Cc]hỉ thị|[Hh]ướng dẫn|[Cc]hương trình|[Vv]ăn bản)"

# Each pattern finds one phrase in prose; the first match in the text is kept.
PROSE = [
    # `Từ tháng 3 đến tháng 11 hằng năm`, `từ ngày 15/11/2025 đến ngày 15/12/2025`: the whole span
    # `từ ngày 01 đến ngày 15/3/2026`, `từ năm 2026 đến 2030`, `Từ ngày 05/02/2026 - 08/02/2026` (the dash spaced or
    # not, the years printed or not: `từ ngày 26/02-14/3`; days of one month, `từ ngày 01-15/3/2026`), a span
    # closing at an hour of its last day (`từ ngày 26/02/2026 đến 05 giờ 00 ngày 14/3/2026`). (Not a span of
    # dates printed without `ngày`, `(từ 17/12/2025 đến 25/01/2026)`, nor a start alone, `từ ngày 01/7/2025`, nor
    # an hour on a day: in the plans read they describe a legal period the item works within, not its deadline.)
    re.compile(rf"(?:[Tt]rong khoảng (?:thời gian )?)?[Tt]ừ (?:{POINT}|ngày \d{{1,2}}(?= đến|\s*[-–]\s*{DATE}))"
               rf"(?: đến (?:hết )?(?:{TIME},? )?(?:{POINT}|{YEAR}(?![\d/]))|\s*[-–]\s*(?:ngày )?{DATE}(?![\d/]))"
               rf"(?: {FREQ})?"),
    # a span that opens at the issue of the document itself and ends at a point or an event: `từ ngày ban hành Kế
    # hoạch đến khi tổng kết Đợt thi đua`, `Từ ngày ký đến hết năm 2026` (the start is the one date every reader has)
    re.compile(rf"[Tt]ừ (?:ngày|khi) (?:ký(?: ban hành)?|ban hành|phê duyệt)(?: {_OWN_DOC}(?: này)?)?"
               rf" đến (?:hết )?(?:{POINT}|{YEAR}(?![\d/])|khi [^,.;:()]+)"),
    re.compile(rf"(?:[Xx]ong )?(?:trước|Trước) ngày {DATE}(?: (?:{FREQ}|(?:của )?tháng cuối quý))?"),
    re.compile(rf"(?:[Xx]ong )?(?:trước|Trước) ngày \d{{1,2}} (?:{FREQ}|(?:của )?tháng cuối quý)"),
    # (`trước 20 tháng 12 hàng năm`: `ngày` left off; a day and a month that can be one)
    re.compile(rf"(?:[Xx]ong )?(?:trước|Trước) (?:ngày \d{{1,2}}|(?:[12]?\d|3[01])) tháng \d{{1,2}}(?!\d)(?! lần)"
               rf"(?: năm {YEAR}| {FREQ})?"),
    # `xong trước 15/12`, `trước 30/6/2026`: a date without `ngày` (not a fraction of what follows: `2/3 số xã`)
    re.compile(rf"(?:[Xx]ong )?(?:trước|Trước) (?:\d{{1,2}}/(?:0?[1-9]|1[0-2])"
               rf"(?:/{YEAR}|(?![\d/])(?!\s+số\b)(?: {FREQ})?)|\d{{1,2}}-(?:0?[1-9]|1[0-2])-{YEAR}(?!\d))"),
    # `hoàn thành đến ngày 31/12/2026`, `đến hết ngày 30/6`: the last day (not a cut-off of figures, `số liệu
    # tính đến ngày ...`, nor the end of a `từ ... đến ...` span)
    # (nor a condition on what is still undone by then: `thu hồi kinh phí ... đến ngày 30/6 hàng năm chưa phân bổ`)
    re.compile(rf"(?<!tính )(?<!\d )[Đđ]ến (?:hết )?(?:(?:ngày )?{DATE}(?![\d/])|{LONG_DATE}(?!\d))"
               rf"(?!(?: {FREQ})?,?\s+(?:mà\s+|vẫn\s+|còn\s+)*chưa\b)"),
    # `trong tháng 12/2025`, `tháng 6-7/2025` (months 6 to 7), a Party document's `tháng 6-2026`; the part of the
    # month said before it stays (`cuối tháng 9/2025`, `trong tuần đầu tháng 3/2026`, `đến hết tháng 6/2025`)
    re.compile(rf"(?:[Xx]ong )?(?:(?:{IN}|[Vv]ào|[Tt]rước|[Tt]ừ|(?<!tính )[Đđ]ến(?: hết)?) )?"
               rf"(?:(?:tuần (?:đầu|cuối|thứ \w+)(?: của)?|[Cc]uối|[Đđ]ầu|[Gg]iữa) )?"
               rf"(?:tháng|Tháng) \d{{1,2}}(?:\s*[-–,]\s*\d{{1,2}})*[/-]{YEAR}"),
    # the same written `tháng 9 năm 2025`, after its preposition or part of the month (`cuối tháng 9 năm 2025`,
    # `vào tháng 3 năm 2026`): bare, it is the month of a cited event (`Hội nghị ... tháng 10 năm 2024`)
    re.compile(rf"(?:(?:[Xx]ong )?(?:{IN}|[Vv]ào|[Tt]rước|[Tt]ừ|(?<!tính )[Đđ]ến(?: hết)?) "
               rf"(?:(?:tuần (?:đầu|cuối|thứ \w+)(?: của)?|[Cc]uối|[Đđ]ầu|[Gg]iữa) )?"
               rf"|(?:tuần (?:đầu|cuối|thứ \w+)(?: của)?|[Cc]uối|[Đđ]ầu|[Gg]iữa) )"
               rf"tháng \d{{1,2}}(?:\s*[-–,]\s*\d{{1,2}})* năm {YEAR}"),
    re.compile(rf"(?:[Đđ]ịnh kỳ |vào )ngày \d{{1,2}} {FREQ}"),
    # `trước 19h00’ hằng ngày và đột xuất khi cần thiết`: a daily time is a deadline
    re.compile(rf"(?:[Tt]rước|[Tt]rong ngày|[Vv]ào|[Ll]úc) {TIME}(?: và {TIME})? {EVERY} ngày{AD_HOC}"),
    # `02 lần/ngày (trước 9h00’ và 16h00’)`: a count per day with its times
    re.compile(r"\d{1,2} lần\s*/\s*(?:ngày|tuần|tháng)\s*\([^()]*\d[^()]*\)"),
    re.compile(rf"(?:[Tt]rong (?:các )?|[Tt]rước |[Tt]ừ |[Cc]hậm nhất (?:trong )?|(?<!tính )[Đđ]ến (?:hết )?"
               rf"|(?:[Vv]ào |[Tt]rong )?(?:[Cc]uối|[Đđ]ầu|[Gg]iữa) )?{QUARTERS}(?:[/-]{YEAR}| năm {YEAR})"
               rf"(?: {FREQ})?"),
    re.compile(rf"(?:[Tt]rong |[Tt]rước )?{Q} {FREQ}"),
    # with the hour of that day when the limit has one: `Chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026`
    # (a day of every year or month keeps its frequency: `chậm nhất ngày 20/12 hằng năm`)
    re.compile(rf"(?:[Cc]hậm nhất|[Kk]hông quá) (?:là )?(?:trước |đến |vào )?(?:{TIME} )?"
               rf"(?:(?:ngày )?{DATE}|{DAY_WORDS})(?![\d/])(?: {FREQ})?"),
    re.compile(rf"(?:[Cc]hậm nhất|[Kk]hông quá) (?:là )?(?:vào )?ngày \d{{1,2}} (?:{FREQ}|(?:của )?tháng cuối quý)"),
    # an item opened by its day as a label: `Ngày 15/12/2026: Văn phòng tổng hợp ...` (a sentence opening with a
    # day, `Ngày 15/3/2024, Ban Chấp hành ban hành ...`, tells what happened)
    re.compile(rf"^[Nn]gày (?:\d{{1,2}}/\d{{1,2}}(?:/{YEAR})?|\d{{1,2}} tháng \d{{1,2}}(?: năm {YEAR})?)(?=\s*:)"),
    # a day of the calendar: `dự kiến tổ chức hội nghị vào ngày 02/02/2026`, or of the plan's own year (`vào ngày
    # 02/02`, as a `trước ngày 15/3` is)
    # (`vào ngày Chủ Nhật, ngày 08/02/2026`: the weekday said before the day)
    re.compile(rf"[Vv]ào (?:ngày (?:[Tt]hứ \w+|[Cc]hủ [Nn]hật),? )?ngày {DATE}(?![\d/])|[Vv]ào {DAY_WORDS}(?!\d)"),
    # the hour of an event on its day, as a Party notice gives it: `vào lúc 15 giờ 00 chiều thứ sáu 02/02/2007`
    re.compile(rf"[Vv]ào lúc {TIME}(?:,? (?:sáng|trưa|chiều|tối))?"
               rf"(?:,? (?:[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ [Nn]hật))?"
               rf",? (?:ngày )?(?:{FULL_DATE}|{LONG_DATE})"),
    # a holiday of the lunar calendar: `trước Tết Nguyên đán`, and the stretch up to it (`từ nay đến Tết Nguyên đán
    # Bính Ngọ 2026`: `từ nay` is taken with its `đến`, `deadline_extent`), the year named by its lunar name or number
    re.compile(rf"(?:[Tt]rước|[Tt]rong|[Ss]au|(?<=từ nay )đến) (?:dịp )?Tết(?: Nguyên đán)?"
               rf"(?: {YEAR}| [A-ZĐ]\w+ [A-ZĐ]\w+(?: {YEAR})?)?"),
    re.compile(rf"(?:[Tt]rong |[Tt]rước )?(?:06|6) tháng (?:đầu|cuối) năm(?: {YEAR}| {FREQ})?"),
    re.compile(rf"(?:[Tt]rong |[Tt]rước )tháng \d{{1,2}}(?: năm {YEAR}| {FREQ})"),
    # `tổ chức lễ hội, tháng 6 hằng năm` (not the month of a day, `đến ngày 30 tháng 6 hàng năm`)
    re.compile(rf"(?:[Vv]ào )?(?<!\d )(?<![Đđ]ến )tháng \d{{1,2}} {FREQ}"),
    re.compile(rf"(?<=hoàn thành )(?:năm {YEAR}|ngày {DATE}(?<=\d{{4}})|{LONG_DATE})|(?<=xong )năm {YEAR}"),
    re.compile(rf"(?:[Tt]ừ|[Tt]rong|[Đđ]ến hết|[Đđ]ến|[Cc]uối) (?:học kỳ (?:I{{1,2}}|[12]) (?:của )?)?năm học "
               rf"{YEAR}\s*[-–]\s*{YEAR}"),
    # `trong năm 2025 - 2026`, `trong các năm 2025, 2026`, `năm 2025 và các năm tiếp theo`
    re.compile(rf"[Tt]rong (?:các )?năm {YEAR}(?:(?:\s*[-–]\s*|,\s*| và ){YEAR}(?![\d/]))*(?: và các năm tiếp theo)?"
               rf"|(?:[Tt]ừ )?[Nn]ăm {YEAR} và (?:các|những) năm tiếp theo"),
    # (`4 tháng đầu năm 2026` is the year's first four months, a span reported on: not `đầu năm`, early in the year)
    re.compile(rf"(?:[Vv]ào |[Tt]rong |[Nn]gay từ )?(?<![Đđ]ến )(?<![Đđ]ến hết )(?<!tháng )"
               rf"(?:[Cc]uối|[Gg]iữa|[Đđ]ầu) năm {YEAR}(?!\s*[-–]\s*\d)"),
    # `triển khai … ngay từ đầu năm`: right from the start of the plan's own year
    re.compile(r"[Nn]gay từ đầu năm(?! \d)"),
    # a month or quarter of the plan's own year, said as its dated twin is (`trong tháng 12`, `trong quý II, III`,
    # `vào tháng 6`, `cuối quý II`, `đến hết tháng 6`, `từ Quý III`)
    re.compile(rf"(?:(?:[Tt]rong|[Tt]rước|[Vv]ào|[Tt]ừ|(?<!tính )[Đđ]ến hết) (?:(?:[Cc]uối|[Đđ]ầu|[Gg]iữa) )?"
               rf"|(?:[Cc]uối|[Đđ]ầu|[Gg]iữa) )(?:tháng \d{{1,2}}|{QUARTERS})(?![\d/]| năm| {FREQ}|\s*[-–])"),
    # ... or printed bare beside who does it, last in a parenthesis: `(Sở Tư pháp chủ trì, phối hợp ...; Quý III)`
    re.compile(rf"(?<=[;,] )(?:{QUARTERS}|[Tt]háng \d{{1,2}})(?=\s*\))"),
    re.compile(rf"(?<=\s)vào năm {YEAR}(?!\s*[-–]\s*\d)"),
    re.compile(rf"(?<!định hướng )(?<!tầm nhìn )(?:[Tt]ừ|[Đđ]ến(?: hết| cuối)?|[Tt]rước) năm {YEAR}"
               rf"(?! đến nay)(?!\s*[-–]\s*\d)"),
    re.compile(rf"[Tt]rong giai đoạn {YEAR}\s*[-–]\s*{YEAR}"),
    # an event: `sau khi có hướng dẫn ...`, `khi tổng kết Đợt thi đua`, `ngay sau Lễ mít-tinh … (03/02/2007)` (right
    # after a named event, with its day if printed), `trong thời gian diễn ra Đại hội` (while the event lasts)
    re.compile(r"(?:[Nn]gay )?[Ss]au khi (?:có|được|nhận được|tiếp nhận|kết thúc|tổ chức|ban hành|hoàn thành)[^,.;:()]*"
               r"|(?:[Nn]gay )?[Ss]au khi (?:[^\s,.;:()]+ ){1,4}(?:được (?:ban hành|phê duyệt|thông qua)|có hiệu lực)\b"
               r"|[Nn]gay khi (?:có|nhận được)[^,.;:()]*"
               r"|(?<![Ss]au )\bkhi (?:tổng kết|sơ kết|kết thúc)[^,.;:()]*"
               r"|\b[Nn]gay sau (?!khi\b|đó\b|này\b|\d)[^,.;:()]{3,80}(?:\s*\((?:ngày )?\d[\d/.\-]*\))?"
               r"|\b[Tt]rong (?:suốt )?thời gian (?:diễn ra|tổ chức|phục vụ)\b[^,.;:()]*"),
    re.compile(r"trong thời hạn \d+ (?:ngày|tuần|tháng|năm)[^,.;()]*"),
    # a number of days counted from an event: `chậm nhất là 40 ngày trước ngày bầu cử`, `trong vòng 15 ngày kể từ
    # ngày nhận được văn bản`
    re.compile(r"(?:[Cc]hậm nhất|[Kk]hông quá)(?: là| sau)? \d+ ngày(?: làm việc)? (?:trước|sau|kể từ) (?:ngày|khi)\b"
               r"[^,.;()]*"
               r"|[Tt]rong (?:vòng )?\d+ ngày(?: làm việc)? (?:kể từ|sau khi)\b[^,.;()]*"),
]

# a limit within one day, as an urgent directive sets it: an hour of the day (`trước 11 giờ 00’ ngày 09/02/2026`,
# `trước 15 giờ 00, ngày 17/10/2025 (thứ Sáu)`, the weekday in parentheses staying with its day) or the day itself
# (`các công việc trên hoàn thành trong ngày 09/02/2026`; not the first day of a legal period, `… trong ngày 02/02/2026
# đến ngày 03/02/2026`). Not in `PROSE`: in a line naming no body it is a procedure's rule or step (`Người ứng cử nộp
# hồ sơ trước 17 giờ 00 ngày …`, `Tổ kiểm phiếu … lập biên bản trong ngày …`), so only a duty a body was given takes
# it (`task_fill`)
_DAY_LIMIT = re.compile(rf"(?:[Xx]ong )?[Tt]rước {TIME},? (?:ngày )?(?:{DATE}(?![\d/])|{DAY_WORDS}(?!\d))"
                        rf"(?:\s*\((?:(?:sáng|chiều|tối) )?(?:[Tt]hứ \w+|[Cc]hủ [Nn]hật)\))?"
                        rf"|[Tt]rong ngày {FULL_DATE}(?![\d/])(?!\s*(?:đến|[-–])\s)")


def day_limit(text: str) -> str | None:
    """The first limit `text` sets within one day (`trước 11 giờ 00’ ngày 09/02/2026`, `trong ngày 09/02/2026`)."""
    m = _DAY_LIMIT.search(text)
    return m.group(0) if m else None
