"""The header of a file that holds only an annex (`PHỤ LỤC II` + its title + `(Kèm theo Nghị quyết
số …/NQ-CP ngày … tháng … năm … của Chính phủ)`): the annex has no number block of its
own, so the document it is attached to gives the number, type, date and issuer, and the annex
title is the title. A decision exported without its header block names itself the same way: the plan it
issues carries `(Ban hành kèm theo Nghị quyết số … ngày …)` below its title (`fill_from_issuing_caption`)."""
from __future__ import annotations

import datetime as dt
import re

from app.importers.extract.header import type_word
from app.importers.extract.textutil import squash, strip_trailing_punct
from app.importers.result import ImportedPlan

_ANNEX = re.compile(r"^PH[UỤ] L[UỤ]C\b")
_CAPTION = re.compile(
    r"^\(\s*(?:Kèm|Ban hành kèm) theo\b.*?\b(?P<type>Nghị quyết|Quyết định|Kế hoạch|Chương trình|Chỉ thị|"
    r"Thông báo|Hướng dẫn|Đề án)\s+(?:số\s*)?(?P<num>[\w./\-–]*/[\w.\-–]+)?\s*,?\s*ngày\s*(?P<d>\d{1,2})\s*(?:/|tháng)"
    r"\s*(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<y>\d{4})(?:\s+của\s+(?P<issuer>[^)]+))?\)?\s*$", re.IGNORECASE)


def fill_from_annex_caption(plan: ImportedPlan, texts: list[str]) -> None:
    """Fill the header fields still empty from an annex-only file's first lines."""
    if not texts or not _ANNEX.match(texts[0]) or plan.number or plan.title:
        return
    caption_at = next((i for i, t in enumerate(texts[:6]) if _CAPTION.match(t.strip())), None)
    if caption_at is None:
        return
    m = _CAPTION.match(texts[caption_at].strip())
    assert m is not None
    if m.group("num"):
        plan.number = m.group("num")
    code = type_word(m.group("type").upper())
    plan.doc_type = plan.doc_type or (code[0] if code else None)
    try:
        plan.date = plan.date or dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        pass
    if m.group("issuer") and not plan.issuer:
        plan.issuer = strip_trailing_punct(m.group("issuer").strip())
    title = [t for t in texts[1:caption_at] if t.strip()]
    if title:
        plan.title = strip_trailing_punct(squash(" ".join(title)))


def fill_from_issuing_caption(plan: ImportedPlan, texts: list[str]) -> None:
    """A document that prints no number of its own (its header block left out by the export) but attaches a
    plan captioned `(Ban hành kèm theo <its own kind> số … ngày …)`: that caption gives its number and date.
    The kind must be the document's own (a `Kèm theo Quyết định …` under a resolution names another)."""
    if plan.number or not plan.doc_type:
        return
    for text in texts:
        m = _CAPTION.match(text.strip())
        code = type_word(m.group("type").upper()) if m and m.group("num") else None
        if m and code and code[0] == plan.doc_type:
            plan.number = m.group("num")
            try:
                plan.date = plan.date or dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                pass
            return
