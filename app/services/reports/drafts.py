"""What the clerk typed into a report, kept per plan and period until the next time.

Why in the database (`office_settings`, key/value JSON, no migration): the narrative of the
quarter's report is written over days, often by two clerks on the same database; losing it when
the dialog closed was the complaint. Only the sections the clerk changed are kept (a `Narrative`
with the untouched sections empty), so the drafts of the data still fill the rest when they
change. The office profile's first-start question is remembered the same way, per database.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.exporters.content import Narrative
from app.exporters.content_json import from_json, to_json
from app.models import OfficeSetting

ASKED_KEY = "report.office.asked"


def narrative_key(plan_id: int, period: str) -> str:
    """The settings key the narrative of one plan and period is kept under."""
    return f"report.narrative.{plan_id}.{period}"


def load_narrative(s: Session, plan_id: int, period: str) -> Narrative:
    """The narrative kept for the plan and period, or an empty one (also when it was written by another version and
    no longer reads)."""
    row = s.get(OfficeSetting, narrative_key(plan_id, period))
    if row is None or not isinstance(row.value, dict):
        return Narrative()
    try:
        value = from_json(row.value, Narrative)
    except (TypeError, ValueError):
        return Narrative()  # written by another version: start again rather than fail
    return value if isinstance(value, Narrative) else Narrative()


def store_narrative(s: Session, plan_id: int, period: str, narrative: Narrative) -> None:
    """Keep the clerk's text; an untouched narrative removes what was kept."""
    key = narrative_key(plan_id, period)
    row = s.get(OfficeSetting, key)
    if narrative == Narrative():
        if row is not None:
            s.delete(row)
        return
    if row is None:
        s.add(OfficeSetting(key=key, value=to_json(narrative)))
    else:
        row.value = to_json(narrative)


def office_asked(s: Session) -> bool:
    """Whether the first-start question about the office profile was asked on this database."""
    return s.get(OfficeSetting, ASKED_KEY) is not None


def mark_office_asked(s: Session) -> None:
    """Remember that the office profile question was asked (once per database)."""
    if s.get(OfficeSetting, ASKED_KEY) is None:
        s.add(OfficeSetting(key=ASKED_KEY, value=True))
