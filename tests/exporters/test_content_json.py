"""A snapshot's JSON rebuilds the very same content (so the same document)."""

from __future__ import annotations

import json

import samples

from app.exporters.builders import build_progress_report, build_reminder
from app.exporters.content_json import dump, load
from app.exporters.document import Format


def test_progress_content_round_trips_through_json() -> None:
    for fmt in Format:
        original = samples.progress_content(fmt)
        again = load(json.loads(json.dumps(dump(original), ensure_ascii=False)))
        assert again == original
        assert build_progress_report(again) == build_progress_report(original)


def test_other_contents_round_trip() -> None:
    for content in (
        samples.reminder_content(Format.STATE),
        samples.task_list_content(Format.PARTY),
        samples.calendar_content(),
        samples.targets_content(),
    ):
        assert load(json.loads(json.dumps(dump(content)))) == content
    reminder = samples.reminder_content(Format.STATE)
    assert build_reminder(load(dump(reminder))) == build_reminder(reminder)
