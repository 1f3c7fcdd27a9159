"""Extraction rules: blocks of a plan document → `ImportedPlan` (header, outline, tasks, targets).

Public entry point: `extract_plan(blocks) -> ImportedPlan` (pure, no I/O). Modules by topic:
`outline` (printed numbering → tree), `header` (number, type, place, date, subject line, bases,
signer, recipients), `agencies` (where a mention starts/ends, how lists split), `assignments`
(lead/support cues), `deadline_text` (deadline phrases), `targets` + `targets_pass` (chỉ tiêu),
`reporting` (reporting clauses), `tables` (annex task tables), `tasks` (which items are tasks,
inheritance of agencies and deadlines), `pipeline` (wiring). Mentions are kept as printed; the
storage layer matches them to the agency directory.
"""
from app.importers.extract.pipeline import extract_plan

__all__ = ["extract_plan"]
