"""Replacing a stored plan from the command line takes the review's path (app/services/replace_file.py): the
clerk's corrections stay, the figures say what is kept, changed, new and gone, and a replace that would drop
recorded progress is refused — on both engines."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import ConflictError
from app.importers import import_plan_document
from app.services import Services
from app.services.replace_file import review_file, store_file
from tests.services.test_plan_replace import _amended
from tests.services.test_replace_review import INSERTED, REMOVED, SAMPLE, _corrected_plan


def _target(services: Services) -> str:
    return services.database.url


def test_the_file_is_matched_with_the_stored_plan_as_the_review_does(services: Services, tmp_path: Path) -> None:
    plan_id, ids = _corrected_plan(services)
    document = _amended(tmp_path)
    replacement = review_file(_target(services), document, import_plan_document(document), create=False)
    review, preview = replacement.review, replacement.preview
    assert review is not None and preview is not None and review.plan_id == plan_id
    rows = {n.stored_id: n for n in replacement.read.plan.walk() if n.stored_id is not None}
    assert rows[ids["lead"]].lead == ["Sở Nội vụ thành phố (đã sửa)"]  # the correction, not the document's lead
    # the lead picked from the directory (no mention stored) is the review's too: not listed as changed
    assert not any(line.startswith("Sửa") and "chủ trì" in line for line in preview.changes)
    text = "\n".join(replacement.lines())
    assert f"giữ {review.kept} nhiệm vụ" in text and "mới 1;" in text and "bỏ 1 (văn bản mới không còn)" in text
    assert "đã xóa vẫn xóa 1" in text and REMOVED[:40] in text and INSERTED[:40] in text
    data = replacement.to_dict()
    assert data["replaces"] == plan_id and data["new"] == 1 and data["removed_by_clerk"] == 1
    assert [g["progress"] for g in data["gone"]] == [1] and data["progress_lost"] == 1  # type: ignore[union-attr]
    with pytest.raises(ConflictError, match="--drop-reported") as refused:
        replacement.refuse_loss()
    assert REMOVED[:30] in refused.value.message and "1 báo cáo tiến độ" in refused.value.message
    assert ids["removed"] in {n.id for n in services.plans.tree(plan_id)}  # matching changed nothing


def test_storing_the_file_keeps_the_corrections_and_the_rows(services: Services, tmp_path: Path) -> None:
    plan_id, ids = _corrected_plan(services)
    document = _amended(tmp_path)
    replacement = review_file(_target(services), document, import_plan_document(document))
    message = store_file(_target(services), replacement, user="tester")
    assert "Đã thay thế" in message and "mất 1" in message
    tree = {n.id: n for n in services.plans.tree(plan_id)}
    assert tree[ids["lead"]].lead_names == ["Sở Nội vụ thành phố (đã sửa)"]
    assert tree[ids["deadline"]].deadline is not None
    assert [h.result for h in services.progress.history(ids["lead"])] == ["Đang làm"]
    assert ids["removed"] not in tree and not any(n.text == ids["deleted_text"] for n in tree.values())
    assert sum(n.text.startswith(INSERTED[:58]) for n in tree.values()) == 1


def test_a_plan_not_stored_is_stored_new(services: Services, tmp_path: Path) -> None:
    document = _amended(tmp_path)
    replacement = review_file(_target(services), document, import_plan_document(document))
    assert replacement.review is None and "lưu mới" in replacement.lines()[0]
    replacement.refuse_loss()  # nothing to lose
    assert "Đã lưu" in store_file(_target(services), replacement, user="tester")


def test_the_summary_leaves_out_the_figures_that_are_zero(services: Services, tmp_path: Path) -> None:
    """The command line's first line read `… 0 sửa theo văn bản mới, 0 giữ bản đã sửa; mới 0; bỏ 0 …` for the stored
    file taken in again: a zero figure asks nothing of the clerk, so only the others are printed."""
    services.plan_import.store_read(services.plan_import.read(SAMPLE))  # stored as read: nothing corrected
    replacement = review_file(_target(services), SAMPLE, import_plan_document(SAMPLE), create=False)
    first = replacement.lines()[0]
    assert first.startswith("Thay thế bắt đầu từ kế hoạch đã lưu") and " 0 " not in first and "mới 0" not in first
