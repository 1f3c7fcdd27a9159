"""An upgrade that fails after a data migration wrote (0009 clearing the assistant's placeholder code) leaves the
file as it was: every step of the upgrade runs in the one transaction `_migrate` opens, and the backup taken
before it stays beside the file (`app.models.database.open_database`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.runtime.migration import HeadMaintainer
from storage_faults import dump
from test_database import _assistant_database

from app.models.backups import list_backups
from app.models.database import open_database


class _StampFailed(RuntimeError):
    """The version stamp of 0009 fails: its UPDATE of the office profile has run by then."""


def test_an_upgrade_failing_after_0009_wrote_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "c9a01ef.db"
    _assistant_database(path, "Sở Nội vụ tỉnh Hà Tĩnh", "CQ", "CQ")
    before = dump(path)
    assert any('"body_code": "CQ"' in line for line in before)
    stamp = HeadMaintainer.update_to_step

    def fail_at_0009(self: HeadMaintainer, step: object) -> None:
        if "0009" in str(getattr(step, "insert_version_num", "") or getattr(step, "to_", "")):
            raise _StampFailed
        stamp(self, step)  # type: ignore[arg-type]

    monkeypatch.setattr(HeadMaintainer, "update_to_step", fail_at_0009)
    with pytest.raises(_StampFailed):
        open_database(path)
    assert dump(path) == before  # the placeholder and revision 0008 as they were
    assert [b.reason for b in list_backups(path)] == ["truoc-nang-cap-0008-plan-followed-from"]
