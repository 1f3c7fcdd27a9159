"""Replacing a stored plan starts the review from the stored plan, not from the document's fresh reading
(app/services/replace_review.py): the clerk's corrections (a lead retyped, a deadline settled, a task removed or
split) and every recorded progress stay on the tasks the document still has; what the document amends, adds or
drops is taken, marked new, or listed as gone; storing writes it in one transaction, updating the same rows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.services import Services
from app.services.nodes import AssigneeSpec
from app.services.progress import ProgressEntry
from app.services.replace_review import is_replace_note
from tests.services.test_plan_replace import INSERTED as INSERTED_LINE
from tests.services.test_plan_replace import REMOVED as REMOVED_LINE
from tests.services.test_plan_replace import REWORDED as REWORDED_LINES
from tests.services.test_plan_replace import SAMPLE, _amended

SHIFTED = "Xem xét bố trí công tác khác"  # a task after the removed one, at its depth
INSERTED, REMOVED, REWORDED = INSERTED_LINE[2:], REMOVED_LINE[2:], (REWORDED_LINES[0][2:], REWORDED_LINES[1][2:])


def _task(services: Services, plan_id: int, start: str):  # noqa: ANN202 - a NodeView
    found = [n for n in services.plans.tree(plan_id) if n.text.startswith(start)]
    assert len(found) == 1, [n.text[:40] for n in found]
    return found[0]


def _corrected_plan(services: Services) -> tuple[int, dict[str, int]]:
    """The sample stored with its file, then corrected by the clerk in the plan tree: a lead retyped, a deadline
    settled, a task deleted; progress recorded on the corrected task and on the task the document will drop."""
    plan_id = services.plan_import.store_read(services.plan_import.read(SAMPLE)).plan_id
    tasks = [n for n in services.plans.tree(plan_id) if n.kind == "task"]
    lead_task, deadline_task, deleted = tasks[3], tasks[5], tasks[7]
    agency = services.agencies.create("Sở Nội vụ thành phố (đã sửa)")
    services.nodes.set_assignments(lead_task.id, [AssigneeSpec("lead", agency_id=agency)])
    services.nodes.set_deadline(deadline_task.id, "Quý III/2022")
    services.nodes.delete(deleted.id)
    removed = _task(services, plan_id, REMOVED)
    for node_id in (lead_task.id, removed.id):
        services.progress.record(ProgressEntry(node_id, agency, "2021-Q4", "in_progress", 40, "Đang làm"),
                                 today=dt.date(2021, 12, 1))
    return plan_id, {"lead": lead_task.id, "deadline": deadline_task.id, "removed": removed.id,
                     "deleted_text": deleted.text, "agency": agency}  # type: ignore[dict-item]


def test_the_review_starts_from_the_stored_plan_with_the_clerks_corrections(services: Services,
                                                                            tmp_path: Path) -> None:
    plan_id, ids = _corrected_plan(services)
    read = services.plan_import.prepare_review(services.plan_import.read(_amended(tmp_path)))
    review = read.replacing
    assert review is not None and review.plan_id == plan_id and review.has_base
    rows = {n.stored_id: n for n in read.plan.walk() if n.stored_id is not None}
    assert rows[ids["lead"]].lead == ["Sở Nội vụ thành phố (đã sửa)"]  # the retyped lead, not the document's
    assert rows[ids["deadline"]].deadline_text == "Quý III/2022"
    assert not any(is_replace_note(w) for w in rows[ids["lead"]].warnings)  # a correction kept: nothing to check
    assert not any(n.text == ids["deleted_text"] for n in read.plan.walk())  # removed by the clerk: stays removed
    assert review.removed_by_clerk == 1
    reworded = next(n for n in read.plan.walk() if n.text.startswith(REWORDED[1]))
    assert reworded.stored_id is not None  # the amended task continues its stored row, with the document's words
    assert any(is_replace_note(w) and "nội dung" in w and REWORDED[0] in w for w in reworded.warnings)
    inserted = next(n for n in read.plan.walk() if n.text.startswith(INSERTED[:58]))
    assert inserted.stored_id is None and any("Văn bản mới thêm dòng này" == w for w in inserted.warnings)
    assert review.new == 1
    assert [(g.text.startswith(REMOVED), g.progress) for g in review.gone] == [(True, 1)]
    assert review.progress_kept == 1


def test_storing_the_review_keeps_corrections_and_progress_on_the_same_rows(services: Services,
                                                                            tmp_path: Path) -> None:
    plan_id, ids = _corrected_plan(services)
    before = len(services.plans.tree(plan_id))
    read = services.plan_import.prepare_review(services.plan_import.read(_amended(tmp_path)))
    outcome = services.plan_import.store_read(read, replace=True)
    assert outcome.replaced and outcome.plan_id == plan_id
    tree = {n.id: n for n in services.plans.tree(plan_id)}
    assert tree[ids["lead"]].lead_names == ["Sở Nội vụ thành phố (đã sửa)"]
    assert tree[ids["deadline"]].deadline is not None
    assert [h.result for h in services.progress.history(ids["lead"])] == ["Đang làm"]
    assert ids["removed"] not in tree  # the task the document dropped goes, as the question said
    assert not any(n.text == ids["deleted_text"] for n in tree.values())
    assert sum(n.text.startswith(INSERTED[:58]) for n in tree.values()) == 1
    assert len(tree) == before  # one inserted, one dropped


def test_the_same_document_again_changes_nothing_the_clerk_did(services: Services) -> None:
    plan_id, ids = _corrected_plan(services)
    read = services.plan_import.prepare_review(services.plan_import.read(SAMPLE))
    review = read.replacing
    assert review is not None and review.new == 0 and review.gone == [] and review.amended == 0
    assert not any(is_replace_note(w) for n in read.plan.walk() for w in n.warnings)
    services.plan_import.store_read(read, replace=True)
    tree = {n.id: n for n in services.plans.tree(plan_id)}
    assert tree[ids["lead"]].lead_names == ["Sở Nội vụ thành phố (đã sửa)"]
    assert ids["removed"] in tree and len(services.progress.history(ids["removed"])) == 1


def test_a_plan_stored_without_its_file_keeps_the_stored_values_and_shows_the_documents(
        services: Services, tmp_path: Path) -> None:
    from app.importers import import_plan_document

    plan_id = services.plan_import.store(import_plan_document(SAMPLE)[1]).plan_id  # no file kept
    read = services.plan_import.prepare_review(services.plan_import.read(_amended(tmp_path)))
    assert read.replacing is not None and not read.replacing.has_base
    reworded = next(n for n in read.plan.walk() if n.stored_id and n.text.startswith(REWORDED[0]))
    assert any("Văn bản mới ghi nội dung khác" in w and REWORDED[1] in w for w in reworded.warnings)
    assert services.plan_import.store_read(read, replace=True).plan_id == plan_id


def test_a_new_plan_is_reviewed_as_read(services: Services) -> None:
    read = services.plan_import.prepare_review(services.plan_import.read(SAMPLE))
    assert read.replacing is None and all(n.stored_id is None for n in read.plan.walk())


def test_a_rows_kind_is_said_in_words(services: Services) -> None:
    """A row the clerk made a paragraph that the document still gives as a task is news to check, in words — such a
    note read `loại mục (trước: “task”)`. (Stored without its file: every difference is shown.)"""
    from app.importers import import_plan_document

    plan_id = services.plan_import.store(import_plan_document(SAMPLE)[1]).plan_id
    task = next(n for n in services.plans.tree(plan_id) if n.kind == "task")
    services.nodes.update(task.id, task.version, kind="text")
    read = services.plan_import.prepare_review(services.plan_import.read(SAMPLE))
    notes = [w for n in read.plan.walk() if n.stored_id == task.id for w in n.warnings]
    assert notes == ["Văn bản mới ghi loại mục khác: “nhiệm vụ” (giữ bản bạn đã sửa)"]


def test_a_review_stored_into_another_database_matches_rows_by_their_words(services: Services, tmp_path: Path,
                                                                           database) -> None:  # noqa: ANN001
    """The review named the rows of database A's plan by id; the clerk opened database B (the same plan stored
    there from an amended copy, its ids shifted by one inserted task) and stored: B's rows were paired by A's ids,
    and a task's progress in B moved to another task's words. Ids from another database are dropped."""
    from app.models.database import open_database

    services.plan_import.store_read(services.plan_import.read(SAMPLE))
    other = open_database(tmp_path / "b.db")
    try:
        b = Services(other, "tester")
        plan_b = b.plan_import.store_read(b.plan_import.read(_amended(tmp_path))).plan_id
        task = next(n for n in b.plans.tree(plan_b) if n.text.startswith(SHIFTED))  # its id in B is A's id - 1
        agency = b.agencies.create("Cơ quan thử")
        b.progress.record(ProgressEntry(task.id, agency, "2021-Q4", "in_progress", 40, "Đang làm"),
                          today=dt.date(2021, 12, 1))
        read = services.plan_import.prepare_review(services.plan_import.read(SAMPLE))  # started on A
        assert read.replacing is not None and any(n.stored_id for n in read.plan.walk())
        b.plan_import.store_read(read, replace=True)
        moved = {n.id: n.text for n in b.plans.tree(plan_b)}
        assert moved[task.id].startswith(SHIFTED)  # the same task: its progress stays on its words
    finally:
        other.dispose()


def test_a_gone_task_kept_by_the_clerk_stays_with_its_progress(services: Services, tmp_path: Path) -> None:
    from app.services.replace_review import keep_gone, still_gone

    plan_id, ids = _corrected_plan(services)
    parent = next(n.parent_id for n in services.plans.tree(plan_id) if n.id == ids["removed"])
    read = services.plan_import.prepare_review(services.plan_import.read(_amended(tmp_path)))
    review = read.replacing
    assert review is not None and [g.row.stored_id for g in still_gone(review, read.plan.nodes)] == [ids["removed"]]
    node = keep_gone(review, read.plan.nodes, ids["removed"])
    assert node.stored_id == ids["removed"] and node.text.startswith(REMOVED) and is_replace_note(node.warnings[0])
    assert still_gone(review, read.plan.nodes) == []
    preview = services.plan_import.preview_replacement(read.plan)
    assert preview is not None and preview.progress_lost == 0 and preview.lost == []
    services.plan_import.store_read(read, replace=True)
    tree = {n.id: n for n in services.plans.tree(plan_id)}
    assert ids["removed"] in tree and len(services.progress.history(ids["removed"])) == 1
    assert tree[ids["removed"]].parent_id == parent  # back under its own parent
