"""A task the new document dropped can be kept from the replace review (app/ui/imports/review_replace.py,
`replace_review.keep_gone`): the row menu puts it back under its parent, after its earlier sibling, as the clerk's
own task continuing its stored row — so storing keeps it and its progress; Ctrl+Z takes it out again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMenu

from app.services.progress import ProgressEntry
from app.ui.imports.import_view import ImportView
from app.ui.shell.state import AppState
from tests.ui.imports.conftest import BIG, amended_big

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
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.start(str(amended_big(tmp_path)))
    qtbot.waitUntil(lambda: view.pages.currentIndex() == 2, timeout=30000)
    assert "sẽ bị bỏ khi lưu (1; muốn giữ" in view.replace_note.text()
    assert not any(n.text.startswith(GONE) for n in view.nodes)

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
