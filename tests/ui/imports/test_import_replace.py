"""Importing a plan that is already stored: the review offers to replace it, shows what is kept and
what would be lost, and asks first (app/ui/imports/import_view.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.resources import resource_path
from app.services.progress import ProgressEntry
from app.ui.imports.import_view import ImportView
from app.ui.shell.state import AppState
from tests.ui.imports.conftest import BIG, amended_big

SAMPLE = resource_path("samples", "ke-hoach-177-KH-UBND-2021-ha-noi.txt")
REMOVED = "Chú trọng kiểm tra, giám sát cán bộ ở một số lĩnh vực"
KEPT = "Tổ chức nghiên cứu, quán triệt chủ trương"


def _stored_with_progress(services: Any) -> tuple[int, dict[str, int]]:
    from app.importers import import_plan_document

    plan_id = services.plan_import.store(import_plan_document(SAMPLE)[1]).plan_id
    tasks = {}
    for prefix in (REMOVED, KEPT):
        node = next(n for n in services.plans.tree(plan_id) if n.text.startswith(prefix))
        agency = services.agencies.create(f"Cơ quan thử {len(tasks)}")
        services.progress.record(ProgressEntry(node.id, agency, "2021-Q4", "in_progress", 40, "Đang làm"),
                                 today=dt.date(2021, 12, 1))
        tasks[prefix] = node.id
    return plan_id, tasks


def test_replace_from_the_review_asks_with_the_preview(qtbot, services, prompter, database, tmp_path: Path) -> None:
    plan_id, tasks = _stored_with_progress(services)
    amended = tmp_path / "ke-hoach-177-sua-doi.txt"
    amended.write_text("\n".join(line for line in SAMPLE.read_text(encoding="utf-8").split("\n")
                                 if not line.startswith(f"- {REMOVED}")), encoding="utf-8")
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    view.start(str(amended))
    qtbot.waitUntil(lambda: view.pages.currentIndex() == 2, timeout=20000)
    assert view.existing == plan_id
    assert view.confirm_button.text() == "Th&ay thế kế hoạch đã có" and not view.replace_note.isHidden()
    # the review starts from the stored plan; its note names the task the document dropped, with its progress
    note = view.replace_note.text()
    assert "sẽ bị bỏ khi lưu (1; muốn giữ" in note and "(1 báo cáo tiến độ)" in note

    prompter.answers.append(False)  # the clerk reads the list and declines: nothing changes
    assert view.confirm() is None and view.pages.currentIndex() == 2
    question = prompter.messages[-1]
    assert question.startswith("Thay thế kế hoạch đã lưu bằng văn bản này?")
    assert REMOVED in question and "1 báo cáo tiến độ" in question and "mất 1" in question
    assert len(services.progress.history(tasks[REMOVED])) == 1
    assert not (database.path.parent / "saoluu").exists()

    prompter.answers.append(True)
    assert view.confirm() == plan_id and view.pages.currentIndex() == 0
    assert [p.id for p in services.plans.list_plans(with_progress=False)] == [plan_id]
    assert [h.result for h in services.progress.history(tasks[KEPT])] == ["Đang làm"]  # same task id, kept
    assert not any(n.id == tasks[REMOVED] for n in services.plans.tree(plan_id))
    assert len(list((database.path.parent / "saoluu").glob("*truoc-thay-the*"))) == 1
    assert prompter.errors == []
    # the message after replacing says how to undo it: which backup, through which menu (in Vietnamese)
    from app.domain.dates import format_vn
    from app.services.storage import list_automatic_backups

    backup = next(b for b in list_automatic_backups(str(database.path)) if b.reason == "truoc-thay-the")
    done = prompter.messages[-1]
    assert done.startswith("Đã thay thế kế hoạch") and str(backup.path) in done
    # tasks and the other outline rows are counted apart, in the header and in the figures alike
    tasks = sum(n.kind == "task" for n in services.plans.tree(plan_id))
    others = len(services.plans.tree(plan_id)) - tasks
    assert f": {tasks} nhiệm vụ, {others} đề mục/đoạn văn, " in done
    assert f"nhiệm vụ: giữ {tasks}, thêm 0, bỏ 1; đề mục/đoạn văn: giữ {others}, thêm 0, bỏ 0;" in done
    assert "mục: giữ" not in done.replace("đề mục/đoạn văn: giữ", "")
    assert "Tệp ▸ Bản sao lưu tự động…" in done and "“Khôi phục bản sao lưu này”" in done
    assert f"bản sao lưu lúc {format_vn(backup.taken_at.date())} {backup.taken_at:%H:%M}" in done
    assert "“Trước khi thay thế kế hoạch”" in done


def test_new_plan_is_stored_without_a_question(qtbot, services, prompter) -> None:
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    view.start(str(SAMPLE))
    qtbot.waitUntil(lambda: view.pages.currentIndex() == 2, timeout=20000)
    assert view.existing is None and view.replace_note.isHidden()
    assert view.confirm_button.text() == "&Lưu kế hoạch"
    assert view.confirm() and prompter.messages == []


REAL = BIG


def test_replacing_a_real_plan_lists_the_task_changes_first_and_keeps_progress(
        qtbot, services, prompter, database, tmp_path: Path) -> None:
    plan_id = services.plan_import.store_read(services.plan_import.read(REAL)).plan_id
    task15 = next(n for n in services.plans.tree(plan_id) if n.text.startswith("Dự án Luật Năng lượng nguyên tử"))
    agency = services.agencies.create("Cơ quan thử")
    services.progress.record(ProgressEntry(task15.id, agency, "2025-Q1", "in_progress", 30, "Đang soạn"),
                             today=dt.date(2025, 3, 1))
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    view._parsed(services.plan_import.read(amended_big(tmp_path)))
    assert view.existing == plan_id
    prompter.answers.append(True)
    assert view.confirm() == plan_id
    question, done = prompter.messages[-2:]
    assert "Nhiệm vụ thay đổi theo văn bản mới (4):" in question
    assert "Bỏ PL › I › 7 “Xây dựng kế hoạch triển khai Chương trình hành động của Chính phủ”" in question
    assert "Thêm PL › I › 13a" in question
    assert "Sửa PL › II › 15 “Dự án Luật Năng lượng nguyên tử (sửa đổi)”: thời hạn “2025” → “6/2026”" in question
    assert "Sửa PL › II › 16" in question and ": nội dung" in question
    assert len(question.split("\n")) <= 30  # fits a 1024×600 screen
    backups = list((database.path.parent / "saoluu").glob("*truoc-thay-the*"))
    assert len(backups) == 1 and str(backups[0]) in done  # told where to restore from
    assert [h.result for h in services.progress.history(task15.id)] == ["Đang soạn"]
    assert next(n for n in services.plans.tree(plan_id) if n.id == task15.id).deadline_phrase == "6/2026"


def test_replacing_with_the_same_document_says_nothing_changes(services) -> None:
    plan = services.plan_import.read(REAL)
    services.plan_import.store_read(plan)
    preview = services.plan_import.preview_replacement(services.plan_import.read(REAL).plan)
    assert preview.changes == [] and "Nội dung, cơ quan và thời hạn các nhiệm vụ không đổi." in preview.text
