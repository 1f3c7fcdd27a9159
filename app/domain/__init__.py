"""Pure rules of the domain: deadlines, reporting periods, task state, targets, Vietnamese text.

Nothing here imports Qt, SQLAlchemy or any other layer of the program.

- `text` — NFC, diacritic-free search keys, Vietnamese collation.
- `dates` — `dd/mm/yyyy` parsing/formatting, quarter and month ends.
- `deadlines` — `Deadline` (phrase + meaning, stored via `to_dict`) and its due dates.
- `deadline_phrases` — `parse_deadline`: printed phrase → `Deadline` (the order of the rules), read by
  `deadline_events` (from an event, or no date), `deadline_recurring` (every month, quarter, year),
  `deadline_spans` (a span of years, `đến năm …`), `deadline_points` (a date, quarter, month, year),
  all naming a quarter, a day or an end year through `deadline_tokens`.
- `deadline_labels` — Vietnamese reading of a `Deadline` for the clerk to check.
- `periods` — Nghị định 09/2019 reporting periods and their windows.
- `reporting` — a plan's own reporting rules and report due dates.
- `task_state` — a task's derived state and the summary figures of a report.
- `targets` — targets (chỉ tiêu) against measurements.
"""
