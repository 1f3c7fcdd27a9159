"""Times in running text that date something else than the item's work: they are no deadline.

Official writing is full of dates and years that are not when the work is due: the date and number of a cited
document (`Nghị quyết số 04-NQ/TU ngày …`), a scheme's name in quotes (`Đề án “… giai đoạn 2021-2025”`), a law's
edition (`Luật Khoa học và Công nghệ (2013)`), a scope (`Đối với các nhiệm vụ triển khai trong năm 2025, …`), a
target's horizon (`đạt 50% … vào năm 2030`) and the horizons in a programme's name (`…, định hướng đến năm 2030`).
`deadline_text.find_in_prose` asks these tests of each phrase it finds.
"""
from __future__ import annotations

import re

# a parenthesis that gives examples or details, not the item's time: `(nhất là ...)`, `(trong đó ...)`
ASIDE = re.compile(r"^\s*(?:nhất là|như|gồm|bao gồm|trong đó|kể cả|đặc biệt là|chủ yếu là|ví dụ)\b",
                   re.IGNORECASE)
# `Luật Khoa học và Công nghệ (2013)`: the year after a law's name is its edition, not a time limit
LAW_NAMED = re.compile(r"\b(?:Luật|Bộ luật|Pháp lệnh|Hiến pháp)\s+[A-ZĐÀ-Ỹ][^,;.()]{0,80}\s*$")
# `Đối với các nhiệm vụ triển khai trong năm 2025, ...`: a scope, not a time limit
_SCOPE_CLAUSE = re.compile(r"^(?:Đối với|Riêng đối với|Với)\b[^,;.]*,")
# a target figure: its year is the target's horizon (`đạt 50% ... vào năm 2030`)
FIGURE = re.compile(r"\d+(?:[.,]\d+)?\s*%")
_YEAR_PHRASE = re.compile(r"[^\d]{0,25}?(?:năm|giai đoạn) \d{4}(?:\s*[-–]\s*\d{4})?")
_REACHED = re.compile(r"\s+đạt\b")
# `Đến năm 2020, phấn đấu đạt 100% …`, `Đến năm 2020, 100% người … được …`: the year by which a share is reached (a
# period the work runs in, `Trong giai đoạn 2026 - 2030, phấn đấu đạt 80% …`, is the item's own time)
_BY_YEAR = re.compile(r"[Đđ]ến (?:hết )?năm\b")
_SHARE_AFTER = re.compile(r",?\s+(?:(?:phấn đấu\s+)?đạt\b|\d+(?:[.,]\d+)?\s*%)")
# `lộ trình thực hiện đến năm 2030, đảm bảo ít nhất 70% ...` mid-item (an item opening `Trong giai đoạn
# 2026 - 2030, bảo đảm 80% ...` states its own period)
_ENSURED = re.compile(r",?\s+(?:đảm bảo|bảo đảm)\b")
# `..., định hướng đến năm 2030`, `..., tầm nhìn đến năm 2045`: the horizons in a strategy's or programme's name
_HORIZON = re.compile(r"\s*,?\s*(?:định hướng|tầm nhìn)\b", re.IGNORECASE)


def not_a_time_limit(text: str, pos: int, asides: list[tuple[int, int]]) -> bool:
    """A phrase that dates something else: an aside in parentheses, a scope clause, a target."""
    if any(start < pos < end for start, end in asides):
        return True
    scope = _SCOPE_CLAUSE.match(text)
    if scope and pos < scope.end():
        return True
    year = _YEAR_PHRASE.match(text, pos)
    if not year:
        return False
    if _HORIZON.match(text, year.end()):
        return True  # `Chiến lược ... đến năm 2025, định hướng đến năm 2030`: the name of a programme
    # the target's horizon: a figure before the year in its clause (`đạt 50% ... vào năm 2030`), or
    # the year followed by what is reached (`đến năm 2030 đạt 100% ...`)
    clause_start = max(text.rfind(";", 0, pos), text.rfind(". ", 0, pos)) + 1
    ends = [i for i in (text.find(";", pos), text.find(". ", pos)) if i >= 0]
    after = text[year.end():min(ends) if ends else len(text)]
    reached = _REACHED.match(after) or (pos > 0 and _ENSURED.match(after)) \
        or (_BY_YEAR.match(text, pos) and _SHARE_AFTER.match(after))
    return bool(FIGURE.search(text[clause_start:pos])) or bool(reached and FIGURE.search(after))


def inside_quotes(text: str, pos: int) -> bool:
    """Names of schemes in quotes (`Đề án “... giai đoạn 2021-2025”`) hold no deadline."""
    before = text[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def inside_citation(text: str, pos: int) -> bool:
    """Dates that belong to a cited document (`Nghị quyết số 04-NQ/TU ngày ...`) are not deadlines."""
    before = text[max(0, pos - 12):pos]
    if re.search(r"ngày\s*$", before):
        return True
    # `Nghị quyết số 12/...`; but `học bạ số từ học kỳ I` is the word "digital", not a citation
    return bool(re.search(r"số\s*$", before)) and text[pos:pos + 1].isdigit()
