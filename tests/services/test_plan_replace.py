"""Replacing a stored plan by its (amended) document keeps what is known (issue 11, case 3).

On copies of the demo database (≈19,000 progress rows): the very same document keeps every row;
an amended copy (an item inserted, one removed, one reworded) loses only the removed task's rows,
which the preview lists first and the automatic backup still holds.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.importers import blocks_text, import_plan_document
from app.models.database import open_database
from app.resources import resource_path
from app.services import Services
from app.services.demo import sample_files
from app.services.plan_import import PlanExistsError

SAMPLE = resource_path("samples", "ke-hoach-177-KH-UBND-2021-ha-noi.txt")
INSERTED = "- Xây dựng chuyên mục giới thiệu gương cán bộ tiêu biểu trên Cổng thông tin điện tử Thành phố."
REMOVED = "- Chú trọng kiểm tra, giám sát cán bộ ở một số lĩnh vực dễ phát sinh sai phạm"
REWORDED = ("- Xây dựng Kế hoạch định kỳ chuyển đổi vị trí công tác",
            "- Ban hành Kế hoạch định kỳ chuyển đổi vị trí công tác")
FIRST_OF_1_1 = "- Tổ chức nghiên cứu, quán triệt chủ trương, nghị quyết của Trung ương"


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("progress_updates", "agency_reports", "measurements", "plan_nodes", "assignments",
                              "deadlines", "targets", "plans")}
    finally:
        conn.close()


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _amended(tmp_path: Path) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    lines = text.split("\n")
    removed = [i for i, line in enumerate(lines) if line.startswith(REMOVED)]
    assert len(removed) == 1
    del lines[removed[0]]
    text = "\n".join(lines)
    assert text.count(FIRST_OF_1_1) == 1 and text.count(REWORDED[0]) == 1
    text = text.replace(FIRST_OF_1_1, INSERTED + "\n\n" + FIRST_OF_1_1).replace(*REWORDED)
    path = tmp_path / "ke-hoach-177-sua-doi.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _store(path: Path, document: Path, *, replace: bool = True):
    blocks, plan = import_plan_document(document)
    database = open_database(path)
    try:
        return Services(database, "tester").plan_import.store(
            plan, original=document.read_bytes(), filename=document.name, extracted_text=blocks_text(blocks),
            replace=replace)
    finally:
        database.dispose()


def _node(path: Path, text_start: str) -> tuple[int, str]:
    rows = _rows(path, f"SELECT id, label FROM plan_nodes WHERE plan_id = 1 AND text LIKE '{text_start[2:40]}%'")
    assert len(rows) == 1, rows
    return rows[0]


def test_same_documents_keep_every_row(demo_copy: Path) -> None:
    before = _counts(demo_copy)
    outline = "SELECT id, plan_id, parent_id, position, label, kind, text FROM plan_nodes ORDER BY id"
    links = ("SELECT node_id, agency_id, group_id, role, mention FROM assignments ORDER BY node_id, position;"
             "SELECT node_id, phrase, kind, override_date FROM deadlines ORDER BY node_id;"
             "SELECT id, node_id, indicator, value FROM targets ORDER BY id").split(";")
    outline_before = _rows(demo_copy, outline)
    links_before = [_rows(demo_copy, sql) for sql in links]
    for document in sample_files():
        outcome = _store(demo_copy, document)
        assert outcome.replaced and outcome.replacement is not None
        assert outcome.replacement.lost == [] and outcome.replacement.progress_lost == 0
        assert outcome.replacement.nodes_added == outcome.replacement.nodes_removed == 0
        assert outcome.backup is not None and outcome.backup.parent.name == "saoluu"
    assert _counts(demo_copy) == before
    assert before["progress_updates"] > 18000 and before["agency_reports"] > 2000
    assert _rows(demo_copy, outline) == outline_before  # same ids, same places, same texts
    assert [_rows(demo_copy, sql) for sql in links] == links_before
    audit = _rows(demo_copy, "SELECT action, entity, new FROM audit_log WHERE action = 'replace'")
    assert len(audit) == 5 and all("báo cáo tiến độ: giữ" in new and "mất 0" in new for _, _, new in audit)


def test_amended_document_keeps_matched_tasks(demo_copy: Path, tmp_path: Path) -> None:
    amended = _amended(tmp_path)
    before = _counts(demo_copy)
    removed_id, _ = _node(demo_copy, REMOVED)
    reworded_id, _ = _node(demo_copy, REWORDED[0])
    shifted_id, shifted_label = _node(demo_copy, FIRST_OF_1_1)
    removed_rows = _rows(demo_copy, f"SELECT count(*) FROM progress_updates WHERE node_id = {removed_id}")[0][0]
    assert removed_rows > 0 and shifted_label == "•1"

    database = open_database(demo_copy)
    try:
        preview = Services(database).plan_import.preview_replacement(import_plan_document(amended)[1])
    finally:
        database.dispose()
    assert preview is not None and _counts(demo_copy) == before  # the preview changes nothing
    assert [(item.kind, item.progress) for item in preview.lost] == [("node", removed_rows)]
    assert "Chú trọng kiểm tra, giám sát cán bộ" in preview.text
    assert (preview.nodes_added, preview.nodes_removed) == (1, 1) and preview.progress_lost == removed_rows
    assert (preview.tasks_added, preview.tasks_removed) == (1, 1) and preview.tasks_kept < preview.nodes_kept
    assert f"nhiệm vụ: giữ {preview.tasks_kept}, thêm 1, bỏ 1; đề mục/đoạn văn: giữ " \
           f"{preview.nodes_kept - preview.tasks_kept}, thêm 0, bỏ 0;" in preview.text

    outcome = _store(demo_copy, amended)
    after = _counts(demo_copy)
    assert after["progress_updates"] == before["progress_updates"] - removed_rows
    assert after["agency_reports"] == before["agency_reports"]
    assert after["measurements"] == before["measurements"]
    assert after["plan_nodes"] == before["plan_nodes"]  # one in, one out
    assert outcome.replacement is not None and outcome.replacement.progress_kept == preview.progress_kept
    # the renumbered task keeps its id (and progress) under its new label; the new one gets •1
    assert _rows(demo_copy, f"SELECT label FROM plan_nodes WHERE id = {shifted_id}") == [("•2",)]
    assert _node(demo_copy, INSERTED)[1] == "•1"
    assert _rows(demo_copy, f"SELECT text FROM plan_nodes WHERE id = {reworded_id}")[0][0].startswith("Ban hành")
    assert _rows(demo_copy, f"SELECT count(*) FROM plan_nodes WHERE id = {removed_id}") == [(0,)]
    # the backup was taken before the change: it still holds the removed task's progress
    assert outcome.backup is not None
    assert _rows(outcome.backup, f"SELECT count(*) FROM progress_updates WHERE node_id = {removed_id}") == [
        (removed_rows,)]
    assert _counts(outcome.backup) == before


def test_existing_plan_is_refused_without_naming_a_command_line_flag(demo_copy: Path) -> None:
    before = _counts(demo_copy)
    with pytest.raises(PlanExistsError) as caught:
        _store(demo_copy, SAMPLE, replace=False)
    assert caught.value.plan_id == 1 and "--" not in caught.value.message
    assert _counts(demo_copy) == before and not (demo_copy.parent / "saoluu").exists()


def test_failed_replacement_changes_nothing(demo_copy: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import plan_import

    before = _counts(demo_copy)
    outline = _rows(demo_copy, "SELECT id, parent_id, position, label, text FROM plan_nodes ORDER BY id")

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(plan_import, "write_reporting", broken)
    with pytest.raises(RuntimeError):
        _store(demo_copy, _amended(tmp_path))
    assert _counts(demo_copy) == before
    assert _rows(demo_copy, "SELECT id, parent_id, position, label, text FROM plan_nodes ORDER BY id") == outline


def test_the_figures_leave_out_the_kinds_of_data_the_plan_holds_none_of() -> None:
    """The replace question listed `số đo chỉ tiêu: giữ 0, mất 0; thời hạn đã điều chỉnh: giữ 0, mất 0; …` for a
    plan with none of them: only the kinds it holds are counted, tasks and headings always."""
    from app.services.plan_replace import ReplacementPreview

    bare = ReplacementPreview(plan_id=1, plan_label="12/KH-UBND", nodes_kept=5, tasks_kept=3)
    assert bare.counts == "nhiệm vụ: giữ 3, thêm 0, bỏ 0; đề mục/đoạn văn: giữ 2, thêm 0, bỏ 0"
    held = ReplacementPreview(plan_id=1, plan_label="12/KH-UBND", nodes_kept=5, tasks_kept=3, progress_kept=2,
                              overrides_lost=1)
    assert held.counts.endswith("; báo cáo tiến độ: giữ 2, mất 0; thời hạn đã điều chỉnh: giữ 0, mất 1")
    assert "số đo chỉ tiêu" not in held.counts and "chỉ tiêu:" not in held.counts
