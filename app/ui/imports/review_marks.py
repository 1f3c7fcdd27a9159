"""What the review marks on one row of an imported outline, and why.

Why computed from the row's current values, every time it changes: the importer's own warnings
are only a snapshot of what it read; after the clerk types a deadline or an agency the row must
show the new reading (`6/2025` → `Hạn 30/06/2025`) and stop (or start) asking for a check.

Why a task without deadline asks for a check only when the document gives deadlines elsewhere:
in a plan whose other tasks carry one, a task with none is as likely a deadline the importer
missed as one the document leaves out, and only the clerk can tell (an MTTQ plan gives 21 of
its 48 tasks one); in a plan that gives no task a deadline (programmes, Party plans: 47 of 47),
asking about every row would bury the rows that matter — the plan says once that it gives none
(`ReviewRows`), and the rows stay under "Tasks without lead or deadline".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.domain.deadline_labels import describe
from app.domain.deadline_phrases import parse_deadline
from app.domain.deadline_recurring import names_rhythm
from app.domain.deadlines import DeadlineKind
from app.services.mention_matching import is_name
from app.services.replace_review import is_replace_note

if TYPE_CHECKING:
    from app.services.import_review import MentionCheck
    from app.services.plan_import import ImportedNode

# what the row filter can show
SHOW_ALL, SHOW_CHECK, SHOW_MISSING, SHOW_UNKNOWN = range(4)


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewMarks", text)


@dataclass
class RowMarks:
    """The marks of one row: reasons to check it (row highlighted), the deadline's reading, and
    the cells that lack something or name an agency the directory does not know."""

    reasons: list[str] = field(default_factory=list)
    reading: str = ""  # how the deadline was understood, "" when there is none
    deadline_unknown: bool = False
    missing_lead: bool = False
    missing_deadline: bool = False
    unknown: list[str] = field(default_factory=list)  # mentions not in the directory
    empty_groups: list[str] = field(default_factory=list)  # groups with no member agencies
    junk: list[str] = field(default_factory=list)  # not an agency's name (`|`, `2025`): storing drops it

    @property
    def needs_check(self) -> bool:
        return bool(self.reasons)

    @property
    def marked(self) -> bool:
        """Anything on the row worth a look: a check, a missing cell, an unknown or empty mention."""
        return (self.needs_check or self.missing_lead or self.missing_deadline or self.deadline_unknown
                or bool(self.unknown or self.empty_groups or self.junk))

    def cell_to_fix(self, node: ImportedNode) -> int:
        """The column (review_model.Column) a keyboard walk lands on: the first cell that lacks
        something or names an unknown agency, else the content."""
        odd = {*self.unknown, *self.empty_groups, *self.junk}
        if self.missing_lead:
            return 2
        if self.deadline_unknown or self.missing_deadline:
            return 4
        return 2 if odd.intersection(node.lead) else 3 if odd.intersection(node.support) else 1

    def shown_by(self, mode: int) -> bool:
        """Does the row pass the review's filter `mode` (SHOW_*)?"""
        if mode == SHOW_CHECK:
            return self.needs_check
        if mode == SHOW_MISSING:
            return self.missing_lead or self.missing_deadline
        if mode == SHOW_UNKNOWN:
            return bool(self.unknown or self.empty_groups or self.junk)
        return True

    def mention_tip(self, mentions: list[str], checks: dict[str, MentionCheck]) -> str:
        """One line per mention of a cell: matched to which directory entry, or what storing does."""
        lines = []
        for mention in mentions:
            check = checks.get(mention)
            if not is_name(mention):
                lines.append(tr("✗ {m}: not an agency name — storing drops it; type the agency (F2)").format(m=mention))
            elif check is None:
                lines.append(mention)
            elif check.status == "new_agency":
                lines.append(tr("✗ {m}: not in the directory — storing adds it as a proposed agency; "
                                "right-click to add it or to make it another name of a listed agency")
                             .format(m=mention))
            elif check.status == "proposed":
                lines.append(tr("✗ {m}: proposed by an earlier import, never confirmed in the directory — right-click "
                                "to add it, or to merge it into the listed agency it names").format(m=mention))
            elif check.status == "new_group":
                lines.append(tr("✗ {m}: not in the directory — storing adds it as a group with no members")
                             .format(m=mention))
            elif check.status == "empty_group":
                lines.append(tr("⚠ {m}: group “{name}” has no member agencies yet").format(
                    m=mention, name=check.name))
            else:
                lines.append(tr("✓ {m} = {name}").format(m=mention, name=check.name))
        return "\n".join(lines)


def row_marks(node: ImportedNode, plan_year: int | None, checks: dict[str, MentionCheck],
              accepted: bool, deadlines_given: bool = True) -> RowMarks:
    """The marks of `node`; `accepted` rows (the clerk checked them) keep their cell marks but no
    longer ask for a check. `deadlines_given`: the document as read gives some task a deadline,
    so a task without one is a row to check (see the module docstring)."""
    marks = RowMarks()
    is_task = node.kind == "task"
    if node.deadline_text:
        marks.deadline_unknown, reading = _reading(node.deadline_text, plan_year)
        marks.reading = tr("not understood") if marks.deadline_unknown else reading
    marks.missing_deadline = is_task and not node.deadline_text
    marks.junk = [m for m in (*node.lead, *node.support) if not is_name(m)]
    marks.missing_lead = is_task and not [m for m in node.lead if m not in marks.junk]
    for mention in (*node.lead, *node.support):
        check = checks.get(mention)
        if check is not None and check.unknown:
            marks.unknown.append(mention)
        if check is not None and check.without_members:
            marks.empty_groups.append(mention)
    if accepted:
        return marks
    # the importer's word on the deadline and the lead is a snapshot: the row's current values replace it (below)
    marks.reasons = [w for w in node.warnings if not _about_deadline(w) and not _about_lead(w)]
    if is_task and not node.text.strip():  # a row the clerk added (Insert) and has not typed yet
        marks.reasons.append(empty_row_reason())
    if marks.junk:
        names = "; ".join(marks.junk)
        marks.reasons.append(tr("Not an agency name, dropped when storing: {names}").format(names=names))
    if marks.missing_lead:
        marks.reasons.append(tr("No lead agency"))
    if marks.missing_deadline and deadlines_given:
        marks.reasons.append(no_deadline_reason())
    if marks.deadline_unknown:
        marks.reasons.append(unknown_deadline_reason(node.deadline_text or ""))
    return marks


@lru_cache(maxsize=4096)
def _reading(phrase: str, plan_year: int | None) -> tuple[bool, str]:
    """(not understood?, the reading) of a deadline phrase: every repair paints every row again, and
    a 300-row plan repeats a few dozen phrases."""
    meaning = parse_deadline(phrase, plan_year=plan_year)
    return meaning.kind is DeadlineKind.UNKNOWN, describe(meaning)


def empty_row_reason() -> str:
    """Why a task row without content is a row to check (storing refuses it), and what to do."""
    return tr("No content: type the task (F2), or delete the row (Del)")


def unknown_deadline_reason(phrase: str) -> str:
    """Why a deadline the program cannot read is a row to check, and how to settle it: without a due date the
    task is never overdue, so the clerk types one the program reads — for work that comes back (`Định kỳ`, `định
    kỳ và đột xuất`), how often, which the calendar and the register then follow."""
    if names_rhythm(phrase):
        return tr("Deadline not understood: {text} — type how often it recurs (F2), e.g. hằng quý or trước ngày 15 "
                  "hằng tháng").format(text=phrase)
    return tr("Deadline not understood: {text} — type it as a date, quarter or year (F2), e.g. 30/6/2026 "
              "or Quý III/2026").format(text=phrase)


def no_deadline_reason() -> str:
    """Why a task without deadline is a row to check, and the two ways to settle it."""
    return tr("No deadline: type it (F2) if the document gives one, else accept the row (Ctrl+Enter)")


def _about_lead(warning: str) -> bool:
    """The importer's "no lead agency" warning: once the clerk types a lead it no longer holds (it kept the row
    asking for a check, and said so under the outline, after the lead was typed)."""
    return "xác định cơ quan chủ trì" in warning.lower() and not is_replace_note(warning)


def _about_deadline(warning: str) -> bool:
    """An importer warning about the deadline: the row's current reading replaces it. Not a replace review's note
    that the new document changed the deadline: that stays until the clerk accepts the row."""
    return "thời hạn" in warning.lower() and not is_replace_note(warning)
