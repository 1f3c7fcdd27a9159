"""Where a balanced title (the report's title, the letter's V/v, a letterhead name, an annex reference) breaks.

Why: the balance alone minimised the longest line and knew no Vietnamese, so a line ended inside a compound
(`… của Ủy` / `ban nhân dân tỉnh …`, `Chương` / `trình`), which a leader reads as careless. Offices break a title
before `của`, `về`, `trong`, `tại`, `theo`, `giai đoạn`, `năm`, `ngày` or after a comma, never inside the name of a
body or a document kind, nor between a number and its noun. Names and numbers are bound here by no-break spaces
(Word, LibreOffice, reportlab's Paragraph and `fonts.split_lines` all keep them on one line); the lines are chosen
once, so both writers print the same ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics

from app.domain.body_kinds import ADMIN_UNIT, FIXED_BODY_NAMES
from app.domain.doc_kinds import DOC_KINDS
from app.domain.text import binds_next
from app.exporters import fonts

_GROUP = re.compile(r"\([^()]{1,40}\)")
_KINDS = "|".join(sorted(map(re.escape, DOC_KINDS.values()), key=len, reverse=True))
# a document kind's name or any one word, an optional `số`, then a word starting with a digit
_NUMBERED = re.compile(rf"(?:\b(?:{_KINDS})|[^\s(]+) (?:số )?\d\S*", re.IGNORECASE)
_NAMES = "|".join(sorted(map(re.escape, (*DOC_KINDS.values(), *FIXED_BODY_NAMES)), key=len, reverse=True))
# a body's or a document kind's name (`Ủy ban nhân dân`, `Hội đồng nhân dân`, `Mặt trận Tổ quốc`, `Chương trình`),
# a kind with the words that make its full name (`Chương trình hành động`, `Kế hoạch hành động`)
_NAMED = re.compile(rf"(?<!\w)(?:{_NAMES})(?: nhân dân| hành động)?(?!\w)", re.IGNORECASE)
# a date written in words (`ngày 22 tháng 12 năm 2024`, `tháng 12 năm 2024`)
_DATE_WORDS = re.compile(r"(?<!\w)(?:ngày\s\d{1,2}\s)?tháng\s\d{1,2}\snăm\s\d{4}(?!\w)", re.IGNORECASE)
# a range of years (`2026 - 2030`, `2024-2025`): a line starting `- 2025` reads as a list item
_YEARS = re.compile(r"(?<!\w)\d{4}\s?[-–]\s?\d{4}(?!\w)")
# an administrative unit and its place's name, the capitalised words after it (`tỉnh Lào Cai`, `TỈNH HÀ TĨNH`)
_PLACE = re.compile(rf"(?<!\w){ADMIN_UNIT}((?: \w[\w.-]*){{1,3}})", re.IGNORECASE)
# a line a reader would start so: the title's next part (`… của`, `về việc …`, `giai đoạn 2026 - 2030`)
_STARTS = re.compile(r"^(?:của|về|trong|tại|theo|giai\sđoạn|năm|ngày)(?!\w)", re.IGNORECASE)
# The two-syllable words of the administrative vocabulary report titles use (the plans' subjects, the report's own
# words): Vietnamese writes a compound as separate syllables, so a wrap may end a line between them (`… ngang tầm
# nhiệm` / `vụ …`), which reads as a broken word. A line never ends inside one where another setting avoids it.
_COMPOUNDS = frozenset(tuple(pair.split()) for pair in """
    báo cáo, kết quả, thực hiện, triển khai, nhiệm vụ, nhiệm kỳ, kế hoạch, chương trình, hành động, nghị quyết,
    chỉ thị, quyết định, kết luận, quy định, hướng dẫn, đề án, dự án, văn bản, phát triển, kinh tế, xã hội,
    khoa học, công nghệ, đổi mới, sáng tạo, chuyển đổi, đột phá, quốc gia, trách nhiệm, giải quyết, công việc,
    công tác, kỷ luật, kỷ cương, hệ thống, chính trị, hành chính, cải cách, nhà nước, thủ tục, đầu tư, quản lý,
    chất lượng, nâng cao, tăng cường, đẩy mạnh, tiếp tục, tập trung, xây dựng, tổ chức, bộ máy, cán bộ,
    công chức, viên chức, đảng viên, đội ngũ, phẩm chất, năng lực, uy tín, ngang tầm, tiếp theo, đạo đức,
    cách mạng, chuẩn mực, tư tưởng, phong cách, học tập, lãnh đạo, chỉ đạo, kiểm tra, giám sát, địa bàn,
    thành phố, công nghiệp, nông nghiệp, nông thôn, môi trường, tài nguyên, giáo dục, đào tạo, bồi dưỡng, y tế,
    bảo hiểm, toàn dân, bảo vệ, dữ liệu, dân cư, định danh, xác thực, điện tử, phục vụ, ứng dụng, tuyên truyền,
    phổ biến, pháp luật, thi hành, chính sách, giải pháp, trọng tâm, doanh nghiệp, hỗ trợ, thích ứng, phục hồi,
    an ninh, trật tự, an toàn, vệ sinh, lao động, nhân lực, mục tiêu, bền vững, giảm nghèo, tham nhũng, tiêu cực,
    lãng phí, dân vận, bầu cử, đại biểu, cử tri, ứng cử, hiệp thương, hạ tầng, kỹ thuật, giao thông, đô thị,
    tài chính, ngân sách, văn hóa, du lịch, thi đua, phong trào, hoàn thành, tình hình, trung ương, chính phủ,
    sản xuất, kinh doanh, thương mại, dịch vụ, hợp tác, quốc tế, hội nhập, quốc phòng, an sinh, chăm sóc,
    sức khỏe, cộng đồng, thiên tai, nhận thức, định hướng, tầm nhìn, đất đai, việc làm, thị trường, danh mục,
    hội nghị, giai đoạn, ma túy, phát động, bứt phá, tăng tốc, thành tích, thắng lợi
""".replace("\n", " ").split(","))
SLACK = 1.1  # a line may be this much longer than the shortest balance allows, to break where a reader breaks


def bound(text: str) -> str:
    """The text with its short bracketed groups, numbers with their nouns, names of bodies and document kinds,
    dates written in words, ranges of years and a place with its unit bound by no-break spaces: a greedy wrap
    printed `… (Đề án` / `06) trên địa bàn …`."""
    for pattern in (_GROUP, _NUMBERED, _NAMED, _DATE_WORDS, _YEARS):
        text = pattern.sub(lambda m: m.group(0).replace(" ", "\u00a0"), text)
    return _PLACE.sub(_bound_place, text)


def _bound_place(m: re.Match[str]) -> str:
    """`tỉnh Hà Tĩnh` bound, up to three capitalised words: `tỉnh` / `Hà Tĩnh` split the place's name."""
    names = m.group(1).split(" ")[1:]
    taken = next((k for k, w in enumerate(names) if not w[:1].isupper()), len(names))
    unit = m.group(0)[:len(m.group(0)) - len(m.group(1))]
    return "\u00a0".join([unit, *names[:taken]]) + "".join(" " + w for w in names[taken:])


def _good_break(words: list[str], i: int) -> bool:
    """A break before `words[i]` where a reader breaks a title: after a comma, before the title's next part."""
    return words[i - 1].endswith(",") or bool(_STARTS.match(" ".join(words[i:i + 2])))


def _bad_break(words: list[str], i: int) -> bool:
    """A break before `words[i]` that leaves a line ending on a word bound to the next (`… của Tỉnh ủy về`), on
    the first syllable after one (`… về chuyển` / `đổi số`: what such a word governs is a word of two syllables at
    least, unless the syllable is a whole bound name, `của Tỉnh ủy`)."""
    last = words[i - 1]
    return binds_next(last.rsplit("\u00a0", 1)[-1]) or (
        i >= 2 and "\u00a0" not in last and binds_next(words[i - 2].rsplit("\u00a0", 1)[-1]))


def _splits_compound(words: list[str], i: int) -> bool:
    """Whether a break before `words[i]` cuts a two-syllable word of `_COMPOUNDS` (`thực` / `hiện`; not after a
    comma, where the title's own pause is) or leaves a comma list's item unfinished (`_opens_item`)."""
    first, second = words[i - 1].rsplit("\u00a0", 1)[-1], words[i].split("\u00a0", 1)[0]
    if first[-1:] in ",;:":
        return False
    pair = (first.strip("“”\"'(").lower(), second.strip("“”\"'()").rstrip(",;:.").lower())
    return pair in _COMPOUNDS or _opens_item(words, i)


def _opens_item(words: list[str], i: int) -> bool:
    """A line ending on the one syllable a comma list's item starts with (`… các khu, cụm` / `công nghiệp`, `… kinh
    tế, xã` / `hội`): the item goes on after the break, and in a list of classifiers (`khu, cụm công nghiệp` is `khu
    công nghiệp, cụm công nghiệp`) so does the noun phrase the whole list shares. The list's own pause, after its
    comma, is where such a line breaks; a bound name after the comma (`…, Sở Tư pháp`) is whole."""
    return i >= 2 and words[i - 2].endswith(",") and "\u00a0" not in words[i - 1] and not _STARTS.match(words[i])


def _name_cut(words: list[str], i: int) -> bool:
    """A break before `words[i]` inside a proper name, whose every part is capitalised (`Ban Thường vụ` / `Thành ủy
    Hà Nội`, `Đức` / `Trọng`): avoided when a title is set again to mend a bad break."""
    return words[i - 1][:1].isupper() and words[i][:1].isupper()


def balanced_lines(text: str, width_mm: float, size: float, bold: bool = False, italic: bool = False) -> list[str]:
    """The text (bound) in as many lines as a greedy wrap at `width_mm` takes, with the breaks that make the
    longest line shortest — a letterhead's `SỞ KHOA HỌC VÀ CÔNG` / `NGHỆ` prints `SỞ KHOA HỌC` / `VÀ CÔNG NGHỆ` —
    then, among breaks keeping every line within `SLACK` of that, the most where a reader breaks a title,
    the lines as even as can be. No line ends on a word bound to the next (`về`, `của`, `các`) where another
    setting avoids it (below)."""
    if "\n" in text:
        return fonts.split_lines(text, width_mm, size, bold, italic)
    face = fonts.family().face(bold, italic)
    words = fonts.BREAKS.split(text.strip())
    ends = [0.0]
    for word in words:
        ends.append(ends[-1] + pdfmetrics.stringWidth(word, face, size))
    space = pdfmetrics.stringWidth(" ", face, size)

    def width(i: int, j: int) -> float:  # words i..j-1 on one line, in points
        return ends[j] - ends[i] + (j - i - 1) * space

    n = len(words)
    # the greedy count at whole words: a title's lines are set here, never broken after a hyphen (`NĐ-` / `CP`)
    count, first = 1, 0
    for j in range(2, n + 1):
        if width(first, j) > width_mm * 72 / 25.4 and j - 1 > first:
            count, first = count + 1, j - 1
    if count < 2:
        return fonts.split_lines(text, width_mm, size, bold, italic)
    # The balanced lines as before, unless one ends on a word bound to the next (`… của Tỉnh ủy về`) or inside a
    # known compound (`nhiệm` / `vụ`). Then, in this order: one line more broken only where a reader breaks a title
    # (lines balanced, then as long as the width allows); the same count, or one line more, or lines as long as the
    # width allows, with neither; else the first of these with fewer flaws than the balanced lines (a bound ending
    # weighs more than any compound cut: an unlisted compound may still be cut); else the balanced lines. None of
    # these may cut a proper name the balanced lines kept whole.
    full = width_mm * 72 / 25.4

    def setting(lines_count: int, wide: bool, avoid: bool) -> _Setting | None:
        if lines_count > n:
            return None
        longest = full if wide else _shortest_longest(width, n, lines_count)
        return _best_breaks(words, width, lines_count, max(longest, min(full, longest * SLACK)), avoid)

    balanced = setting(count, False, False)
    assert balanced is not None  # the balanced lines always fit their own limit
    chosen = balanced
    if balanced.flaws > (0, 0):
        tries = [(setting(lines_count, wide, True), lines_count, all_good) for lines_count, wide, all_good in (
            (count + 1, False, True), (count + 1, True, True), (count, False, False), (count + 1, False, False),
            (count, True, False))]
        found = [s for s, lines_count, all_good in tries if s is not None and s.cuts <= balanced.cuts
                 and (s.good == lines_count - 1 or not all_good)]
        flawless = [s for s in found if s.flaws == (0, 0)]
        chosen = flawless[0] if flawless else min([balanced, *found], key=lambda s: s.flaws)
    bounds = [0, *chosen.breaks, n]
    return [" ".join(words[i:j]) for i, j in zip(bounds, bounds[1:], strict=False)]


@dataclass(frozen=True)
class _Setting:
    """Where a title's lines break: the positions, and how many breaks end a line on a bound word, cut a known
    compound, cut a proper name, or are good."""

    breaks: list[int]
    bad: int
    splits: int
    cuts: int
    good: int

    @property
    def flaws(self) -> tuple[int, int]:
        """What a reader objects to, the worse first: endings on a bound word, then compounds cut."""
        return self.bad, self.splits


def _shortest_longest(width: Callable[[int, int], float], n: int, count: int) -> float:
    """The shortest longest line (pt) that sets `n` words in `count` lines: best[m][j] for the first j in m."""
    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(count + 1)]
    best[0][0] = 0.0
    for m in range(1, count + 1):
        for j in range(1, n + 1):
            best[m][j] = min((max(best[m - 1][i], width(i, j)) for i in range(m - 1, j)), default=inf)
    return best[count][n]


def _best_breaks(words: list[str], width: Callable[[int, int], float], count: int, limit: float,
                 avoid: bool) -> _Setting | None:
    """The breaks setting `words` in `count` lines none longer than `limit`: (when `avoid`) the fewest lines ending
    on a bound word or cutting a name, then the fewest compounds cut, then the most good breaks, then the least sum
    of squared widths (the most even lines); None when no setting fits."""
    n = len(words)
    inf = float("inf")
    # cost: (bad endings and name cuts, compound cuts — both counted when avoiding —, -good breaks, squared widths),
    # then the setting's own bad endings, compound cuts and name cuts
    cost: list[list[tuple[float, float, float, float, int, int, int]]] = [
        [(inf, inf, inf, inf, 0, 0, 0)] * (n + 1) for _ in range(count + 1)]
    back = [[0] * (n + 1) for _ in range(count + 1)]
    cost[0][0] = (0.0, 0.0, 0.0, 0.0, 0, 0, 0)
    for m in range(1, count + 1):
        for j in range(1, n + 1):
            for i in range(m - 1, j):
                w = width(i, j)
                if w > limit or cost[m - 1][i][0] == inf:
                    continue
                bad = 1 if i and _bad_break(words, i) else 0
                split = 1 if i and _splits_compound(words, i) else 0
                cut = 1 if i and _name_cut(words, i) else 0
                good = 1 if i and _good_break(words, i) else 0
                prev = cost[m - 1][i]
                here = (prev[0] + (bad + cut if avoid else 0), prev[1] + (split if avoid else 0), prev[2] - good,
                        prev[3] + w * w, prev[4] + bad, prev[5] + split, prev[6] + cut)
                if here < cost[m][j]:
                    cost[m][j], back[m][j] = here, i
    if cost[count][n][0] == inf:
        return None
    breaks, j = [], n
    for m in range(count, 1, -1):
        j = back[m][j]
        breaks.append(j)
    last = cost[count][n]
    return _Setting(breaks[::-1], last[4], last[5], last[6], int(-last[2]))
