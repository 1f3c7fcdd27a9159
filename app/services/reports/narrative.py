"""The editable narrative sections of a progress report: their defaults and how edits are kept.

Why here and not in the window: the report dialog edits these texts, and the window reaches the
exporters' content types only through the report service (`Narrative`, `ProgressReportContent`
are re-exported here for it). Why a module of its own: the clerk sees each section prefilled with exactly the words the
builder would print, edits what needs editing, and only the *changed* sections travel in
`Narrative`; an untouched section stays empty so the builder keeps writing its own default (and a
snapshot records only what the clerk really wrote). Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

from app.exporters.builders.progress import default_closing, default_opening, section_lines
from app.exporters.content import Narrative, ProgressReportContent

__all__ = ["SECTIONS", "Narrative", "ProgressReportContent", "default_texts", "narrative_from", "with_narrative"]

# (Narrative field, is a list of lines). The order is the report's own order.
SECTIONS: tuple[tuple[str, bool], ...] = (
    ("opening", False),
    ("deployment", True),
    ("results", True),
    ("shortcomings", True),
    ("difficulties", True),
    ("direction", True),
    ("proposals", True),
    ("closing", False),
)


def default_texts(c: ProgressReportContent) -> dict[str, str]:
    """What the builder prints for each section when the clerk writes nothing."""
    pristine = c.with_narrative(Narrative())
    drafted = {key: "\n".join(section_lines(pristine, key))
               for key in ("shortcomings", "difficulties", "direction", "proposals")}
    return {"opening": default_opening(c), "deployment": "", "results": "", **drafted,
            "closing": default_closing(c)}


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def narrative_from(edited: dict[str, str], defaults: dict[str, str]) -> Narrative:
    """Keep only the sections whose text differs from the default (ignoring blank lines)."""
    narrative = Narrative()
    for key, is_list in SECTIONS:
        text = edited.get(key, defaults.get(key, ""))
        if _lines(text) == _lines(defaults.get(key, "")):
            continue
        if is_list:
            setattr(narrative, key, _lines(text))
        else:
            setattr(narrative, key, " ".join(_lines(text)))
    return narrative


def with_narrative(c: ProgressReportContent, narrative: Narrative) -> ProgressReportContent:
    """A copy of the content carrying the clerk's narrative (the loaded content stays pristine)."""
    return c.with_narrative(narrative)
