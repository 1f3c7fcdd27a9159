"""Lists of labelled figures under a stated objective, and their `Trong đó:` breakdowns.

`…, phấn đấu phát triển hạ tầng, cụ thể như sau:` + `+ Lắp đặt mới trạm: 58 trạm (Trong đó: Đơn vị A:
25 trạm, Đơn vị B: 33 trạm);`: each item is `indicator: figure unit`, so the word after the figure is its
unit whatever it counts (the label says what is counted), and the parenthesised `Trong đó:` splits the
figure by part — one target per figure (ANNOTATION), a part's indicator the whole's label and the part's.
"""
from __future__ import annotations

import re

from app.importers.extract.targets import GE_BEFORE, LE_BEFORE, NUM, parse_number
from app.importers.result import ImportedTarget

# `label: 58 trạm`, `label: tối thiểu 80%`: a label, then its one figure and the unit printed after it
_LABELLED = re.compile(rf"(?P<label>[^:;,()]+?):\s*(?P<cmp>(?:tối thiểu|ít nhất|trên|dưới|tối đa|không quá)\s+)?"
                       rf"(?P<num>{NUM})\s*(?P<unit>%|[^\W\d_]+)")
# a figure of time or of times is a schedule, not an objective
_NOT_A_UNIT = re.compile(r"^(?:năm|tháng|ngày|tuần|giờ|quý|lần|đợt|kỳ|buổi|phút)$", re.IGNORECASE)
_BREAKDOWN = re.compile(r"^\s*(?:[Tt]rong đó|[Bb]ao gồm|[Gg]ồm)\s*:?\s*")


def opens_with_labelled_figure(text: str) -> bool:
    """Does an item open with `indicator: figure unit` (`Lắp đặt mới trạm: 58 trạm …`)?"""
    m = _LABELLED.match(text.strip())
    return m is not None and not _NOT_A_UNIT.match(m.group("unit")) and len(m.group("label").split()) >= 2


def labelled_figures(text: str, path: list[str], deadline_text: str | None) -> list[ImportedTarget]:
    """Every `label: figure unit` of an item; those inside a parenthesised `Trong đó:` are parts of the
    figure before the parenthesis."""
    out: list[ImportedTarget] = []
    whole = ""
    for m in _LABELLED.finditer(text):
        unit = m.group("unit")
        if _NOT_A_UNIT.match(unit):
            continue
        before = text[:m.start()]
        inside = before.count("(") > before.count(")")
        label = re.sub(r"\s+", " ", _BREAKDOWN.sub("", m.group("label"))).strip(" .+-–")
        if not label:
            continue
        comp = "="
        if m.group("cmp") and GE_BEFORE.search(m.group("cmp").strip()):
            comp = ">="
        elif m.group("cmp") and LE_BEFORE.search(m.group("cmp").strip()):
            comp = "<="
        if inside and whole:
            indicator = f"{whole}: {label}"
        else:
            whole = indicator = label
        out.append(ImportedTarget(path=list(path), indicator=indicator, comparator=comp,
                                  value=parse_number(m.group("num")), unit=unit, baseline_year=None,
                                  deadline_text=deadline_text))
    return out
