"""DOCX and PDF render the same paragraphs and table cells from one description."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import samples
from docx_read import open_docx, paragraph_texts, table_cells
from pdf_read import body_text, squash

from app.exporters import docx_writer, pdf_writer
from app.exporters.builders import (
    build_calendar_month,
    build_progress_report,
    build_reminder,
    build_targets,
    build_task_list,
)
from app.exporters.document import Document, Format

KINDS = {
    "progress-state": lambda: build_progress_report(samples.progress_content(Format.STATE)),
    "progress-party": lambda: build_progress_report(samples.progress_content(Format.PARTY)),
    "reminder-state": lambda: build_reminder(samples.reminder_content(Format.STATE)),
    "reminder-party": lambda: build_reminder(samples.reminder_content(Format.PARTY)),
    "tasklist": lambda: build_task_list(samples.task_list_content(Format.STATE)),
    "calendar": lambda: build_calendar_month(samples.calendar_content()),
    "targets": lambda: build_targets(samples.targets_content()),
    # every kind in the 2026 Party format too
    "progress-hd05": lambda: build_progress_report(samples.progress_content(Format.PARTY_HD05)),
    "reminder-hd05": lambda: build_reminder(samples.reminder_content(Format.PARTY_HD05)),
    # (the Party sample plan has a task taller than a page: split rows are checked by cells below)
    "tasklist-hd05": lambda: build_task_list(replace(samples.task_list_content(), format=Format.PARTY_HD05)),
    "calendar-hd05": lambda: build_calendar_month(samples.calendar_content(Format.PARTY_HD05)),
    "targets-hd05": lambda: build_targets(samples.targets_content(Format.PARTY_HD05)),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_docx_and_pdf_carry_the_same_text(kind: str, tmp_path: Path) -> None:
    document: Document = KINDS[kind]()
    docx_writer.write(document, tmp_path / "a.docx")
    pdf_writer.write(document, tmp_path / "a.pdf")
    doc = open_docx(tmp_path / "a.docx")
    pdf = body_text(tmp_path / "a.pdf")
    paragraphs = [squash(p) for p in paragraph_texts(doc) if p.strip()]
    assert len(paragraphs) > 5
    missing = [p for p in paragraphs if p not in pdf]
    assert not missing, missing[:3]
    cells = [squash(c) for row in table_cells(doc) for c in row if c.strip()]
    # A row taller than a page is cut across pages (header row repeated in between): its
    # beginning and end must still be there.
    assert cells and not [c for c in cells if c not in pdf and not (c[:150] in pdf and c[-150:] in pdf)]
    # and in the same order: each paragraph outside the tables follows the previous one
    in_tables = {squash(c) for row in table_cells(doc) for c in row}
    pos = 0
    for p in (p for p in paragraphs if p not in in_tables):
        found = pdf.find(p, pos)
        assert found >= 0, p
        pos = found
