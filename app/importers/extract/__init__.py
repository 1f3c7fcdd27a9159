"""Extraction rules: blocks of a plan document → `ImportedPlan` (header, outline, tasks, targets).

Public entry point: `extract_plan(blocks) -> ImportedPlan` (pure, no I/O). Modules by topic:
`outline` (printed numbering → tree), `header` (number, type, place, date, subject line, bases,
signer, recipients), agency mentions: `mention_heads` (where one starts), `mention_phrase` (where
it ends; with `mention_predicate`, `mention_names`, `mention_groups`), `mention_lists` (how a list splits),
`mention_abbreviations`, `agency_vocab` (word lists);
`assignments` (lead/support: the order of the cues) with `roles` (roles printed as labels or in brackets;
`Assignment`), `handed_to` (the bodies a cue names), `support_cues`, `lead_override` (when an item's own subject
takes the heading's lead), `deadline_text` (deadline phrases) with `not_deadlines` (times dating something
else), `deadline_extent` (how far a phrase reaches), `deadline_phases` (phase labels and headings) and
`closing_times` (a sentence dating the list above it), `task_deadlines` (parsed deadlines, warnings), `targets` +
`targets_pass` (chỉ tiêu), `reporting` (reporting clauses), `tables` (annex task tables), `tasks`
(the walk deciding which items are tasks) with `item_parts`, `item_task`, `section_context`,
`fields_after_items`, `paragraph_units`, `list_levels`, `fields` (labelled fields, inheritance of agencies
and deadlines), `section_kinds`, `agency_headings`, `item_shape`, `other_actors`; `block_lines` (blocks →
printed lines), `document_zones` (header, body, footer, annexes), `header_footer`; `pipeline`
(wiring). Mentions are kept as printed; the storage layer matches them to the agency directory.
"""
from app.importers.extract.pipeline import extract_plan

__all__ = ["extract_plan"]
