"""Reporting clauses (chế độ báo cáo) stated in the plan, usually in TỔ CHỨC THỰC HIỆN."""
from __future__ import annotations

import re

from app.importers.extract.textutil import sentences, strip_trailing_punct

_REPORT = re.compile(r"báo cáo", re.IGNORECASE)
_PERIODIC = re.compile(r"[Đđ]ịnh kỳ|[Hh][àằ]ng (?:tháng|quý|năm)|ngày \d{1,2}(?:/\d{1,2})? h[àằ]ng", re.IGNORECASE)


def reporting_clauses(texts: list[str]) -> list[str]:
    """Clauses that set periodic reporting: a sentence or `;`-part mentioning báo cáo and a period."""
    out: list[str] = []
    for text in texts:
        for sent in sentences(text):
            for part in re.split(r";\s*", sent):
                if _REPORT.search(part) and _PERIODIC.search(part):
                    m = _PERIODIC.search(part)
                    # `..., định kỳ báo cáo ...`: the clause starts at the period word
                    clause = part[m.start():] if m and part[:m.start()].rstrip().endswith(",") else part
                    clause = strip_trailing_punct(clause.strip())
                    clause = clause[:1].upper() + clause[1:]
                    if clause and clause not in out:
                        out.append(clause)
    return out
