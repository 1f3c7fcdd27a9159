"""How a plan is named in a line that does not also show its title: its number, else its kind and title.

Why one function: a plan without a number (a Party resolution stored from its draft, a plan typed in, an annex
published before it was numbered) showed `[]` in the calendar's agenda, nothing in the search's results and
`Kế hoạch số :` on the register — each view wrote `number or ""` its own way. A clerk knows such a plan by what it
is and what it is about (`Nghị quyết “Về nâng cao chất lượng đội ngũ cán bộ…”`), so every view asks here.
"""
from __future__ import annotations

from app.domain.doc_kinds import kind_name

CAPTION_WIDTH = 32  # letters of the title: enough to tell a plan from the office's others, short enough for a row


def shortened(text: str, width: int = CAPTION_WIDTH) -> str:
    """`text` with its spaces tidied, cut at the last whole word within `width` letters, `…` when cut."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[:width + 1].rsplit(" ", 1)[0] if " " in text[:width + 1] else text[:width]
    return cut.rstrip(" ,;:.-–—") + "…"


def plan_caption(number: str | None, doc_type: str | None, title: str | None, *,
                 width: int = CAPTION_WIDTH) -> str:
    """`177/KH-UBND`; without a number `Nghị quyết “Về nâng cao chất lượng đội ngũ…”` (the kind from its code,
    `Kế hoạch` when none was read, the title shortened to `width` letters); the kind alone when there is no
    title either. Never empty, so no view prints `[]` or `số :`."""
    number = " ".join((number or "").split())
    if number:
        return number
    kind = kind_name(doc_type or "KH")
    title = shortened(title or "", width)
    return f"{kind} “{title}”" if title else kind


def plan_heading(number: str | None, doc_type: str | None, title: str | None) -> str:
    """A plan named above its own content (the register's subtitle, a search result): `Kế hoạch số 177/KH-UBND:
    title`, `Nghị quyết: title` without a number — the kind its code says, never `Kế hoạch số :`."""
    number = " ".join((number or "").split())
    kind = kind_name(doc_type or "KH") + (f" số {number}" if number else "")
    title = " ".join((title or "").split())
    return f"{kind}: {title}" if title else kind


def plan_choice(number: str | None, doc_type: str | None, title: str | None) -> str:
    """A plan in a list to choose from (the report's, the register's, the audit's plan box): `177/KH-UBND —
    title`, and without a number its kind in the number's place, `Nghị quyết — title` (it read `— title`)."""
    number = " ".join((number or "").split()) or kind_name(doc_type or "KH")
    title = " ".join((title or "").split())
    return f"{number} — {title}" if title else number
