"""A task the new document dropped can be kept from the replace review (app/ui/imports/review_replace.py,
`replace_review.keep_gone`): the row menu puts it back under its parent, after its earlier sibling, as the clerk's
own task continuing its stored row — so storing keeps it and its progress; Ctrl+Z takes it out again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMenu

from app.services.progress import ProgressEntry
from app.ui.imports.import_view import ImportView
from tests.ui.imports.conftest import BIG, replace_review

GONE = "Xây dựng kế hoạch triển khai Chương trình hành động của Chính phủ"
BEFORE = "Cụ thể hóa nhiệm vụ chuyển đổi số"


def _keep_menu(view: ImportView, row: int) -> tuple[QMenu, QMenu]:
    """The row menu (kept alive by the caller) and its submenu of the dropped tasks."""
    menu = QMenu(view)
    view.replace_items(menu, row)
    keep = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert keep.title() == "Giữ nhiệm vụ văn bản mới đã bỏ"
    return menu, keep


def test_a_dropped_task_is_kept_under_its_parent_with_its_progress(qtbot, services, prompter,
                                                                   tmp_path: Path) -> None:
    plan_id = services.plan_import.store_read(services.plan_import.read(BIG)).plan_id
    gone = next(n for n in services.plans.tree(plan_id) if n.text.startswith(GONE))
    agency = services.agencies.create("Bộ Kế hoạch và Đầu tư (thử)")
    services.progress.record(ProgressEntry(gone.id, agency, "2025-Q1", "in_progress", 50, "Đã có dự thảo"),
                             today=dt.date(2025, 3, 1))
    view = replace_review(qtbot, services, prompter, tmp_path)
    assert "sẽ bị bỏ khi lưu (1; muốn giữ" in view.replace_note.text()
    assert not any(n.text.startswith(GONE) for n in view.nodes)
    kept_before = view.read.replacing.kept

    _menu, keep = _keep_menu(view, 0)
    [action] = keep.actions()
    assert GONE[:40] in action.text() and "(1 báo cáo tiến độ)" in action.text()
    action.trigger()
    rows = [i for i, n in enumerate(view.nodes) if n.text.startswith(GONE)]
    assert len(rows) == 1 and view.current_row() == rows[0]
    kept = view.nodes[rows[0]]
    assert kept.stored_id == gone.id and kept.label == "7"
    assert view.nodes[rows[0] - 1].text.startswith(BEFORE)  # where it stood: after 6, under the same heading
    assert "Không còn trong văn bản mới" not in view.replace_note.text()
    assert f"{kept_before + 1} nhiệm vụ được giữ cùng 1 báo cáo tiến độ" in view.replace_note.text()
    assert view.undo_text.endswith("Giữ nhiệm vụ văn bản mới đã bỏ")

    assert view.undo() and not any(n.text.startswith(GONE) for n in view.nodes)
    assert "sẽ bị bỏ khi lưu (1; muốn giữ" in view.replace_note.text()  # the note follows the undo
    assert view.redo() and sum(n.text.startswith(GONE) for n in view.nodes) == 1

    prompter.answers.append(True)
    assert view.confirm() == plan_id
    stored = {n.id: n for n in services.plans.tree(plan_id)}
    assert gone.id in stored and stored[gone.id].text.startswith(GONE)
    assert [h.result for h in services.progress.history(gone.id)] == ["Đã có dự thảo"]
    assert sum(n.text.startswith("Tổ chức hội nghị sơ kết việc thực hiện") for n in stored.values()) == 1


def test_a_reworded_row_can_be_told_another_task_and_the_stored_one_kept(qtbot, services, prompter,
                                                                         tmp_path: Path) -> None:
    """The document replaced 16's task by another at the same place, some words in common: matched as 16 reworded,
    its progress would move to the new task. The row menu stores the row as new; the stored 16 is then gone, and
    kept from the same menu it stays with its progress, beside the new task."""
    plan_id = services.plan_import.store_read(services.plan_import.read(BIG)).plan_id
    old16 = next(n for n in services.plans.tree(plan_id) if n.label == "16" and n.kind == "task")
    agency = services.agencies.create("Bộ Tư pháp (thử)")
    services.progress.record(ProgressEntry(old16.id, agency, "2025-Q1", "in_progress", 20, "Đã lấy ý kiến"),
                             today=dt.date(2025, 3, 1))
    view = replace_review(qtbot, services, prompter, tmp_path)
    row = next(i for i, n in enumerate(view.nodes) if n.text.startswith("Dự án Luật sửa đổi (đã hiệu chỉnh)"))
    view._go_to(row, 0)
    menu = QMenu(view)
    view.replace_items(menu, row)
    action = next(a for a in menu.actions() if a.text().startswith("Là nhiệm vụ khác"))
    action.trigger()
    assert view.nodes[row].stored_id is None and "Văn bản mới thêm dòng này" in view.nodes[row].warnings
    note = view.replace_note.text()
    assert "sẽ bị bỏ khi lưu (2;" in note  # 7, dropped, and the stored 16
    assert "Cần kiểm tra (F8): 2 nhiệm vụ mới trong văn bản này, 1 nhiệm vụ văn bản sửa." in note  # 13a, 16 new
    assert view.undo() and view.nodes[row].stored_id == old16.id and "bỏ khi lưu (1;" in view.replace_note.text()
    assert view.redo()
    _menu, keep = _keep_menu(view, row)
    next(a for a in keep.actions() if "(1 báo cáo tiến độ)" in a.text()).trigger()
    prompter.answers.append(True)
    assert view.confirm() == plan_id
    stored = {n.id: n for n in services.plans.tree(plan_id)}
    assert stored[old16.id].text == old16.text  # the stored task as it was, with its progress
    assert [h.result for h in services.progress.history(old16.id)] == ["Đã lấy ý kiến"]
    assert sum(n.text.startswith("Dự án Luật sửa đổi (đã hiệu chỉnh)") for n in stored.values()) == 1
