"""The review of a document replacing a stored plan starts from the stored plan (app/ui/imports/review_replace.py,
app/services/replace_review.py): the clerk's corrections are on the rows, the document's new and amended tasks are
the rows to check, the note says what stays and what goes, and storing keeps the corrections and the progress."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.services.nodes import AssigneeSpec
from app.services.progress import ProgressEntry
from app.ui.imports.import_view import ImportView
from app.ui.imports.review_model import Column
from app.ui.shell.state import AppState
from tests.ui.imports.conftest import BIG, amended_big

TASK_15 = "Dự án Luật Năng lượng nguyên tử"
TASK_20 = "Sửa đổi Luật Tổ chức Chính phủ"


def _row(view: ImportView, start: str) -> int:
    rows = [i for i, n in enumerate(view.nodes) if n.text.startswith(start)]
    assert len(rows) == 1, rows
    return rows[0]


def test_the_replace_review_shows_the_clerks_corrections_and_marks_what_the_document_changed(
        qtbot, services, prompter, tmp_path: Path) -> None:
    plan_id = services.plan_import.store_read(services.plan_import.read(BIG)).plan_id
    tree = services.plans.tree(plan_id)
    task15 = next(n for n in tree if n.text.startswith(TASK_15))
    task20 = next(n for n in tree if n.text.startswith(TASK_20))
    agency = services.agencies.create("Văn phòng Chính phủ (thử)")
    services.nodes.set_assignments(task15.id, [AssigneeSpec("lead", agency_id=agency)])  # the clerk's lead
    services.nodes.set_deadline(task20.id, "Quý IV/2025")  # the clerk's deadline
    services.progress.record(ProgressEntry(task15.id, agency, "2025-Q1", "in_progress", 30, "Đang soạn"),
                             today=dt.date(2025, 3, 1))
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.start(str(amended_big(tmp_path)))
    qtbot.waitUntil(lambda: view.pages.currentIndex() == 2, timeout=30000)

    assert view.existing == plan_id
    row15, row20 = _row(view, TASK_15), _row(view, TASK_20)
    assert view.model.index_of(row15, Column.LEAD).data() == "Văn phòng Chính phủ (thử)"
    assert view.model.index_of(row20, Column.DEADLINE).data() == "Quý IV/2025"
    # on the row whose lead the clerk corrected, the deadline the document amended is the document's
    assert view.model.index_of(row15, Column.DEADLINE).data() == "6/2026"
    note = view.replace_note.text()
    assert note.startswith("Kế hoạch này đã có trong cơ sở dữ liệu: phần rà soát bắt đầu từ kế hoạch đã lưu")
    assert "cùng 1 báo cáo tiến độ" in note and "Cần kiểm tra (F8): 1 nhiệm vụ mới trong văn bản này, 2 nhiệm vụ " \
        "văn bản sửa." in note
    assert "bạn đã thêm" not in note and "bạn đã xóa" not in note  # no figure of nought
    # only the document's news ask for a check: the rows left as stored were checked when the plan was stored
    assert {view.nodes[i].label for i, m in enumerate(view.marks) if m.needs_check} == {"13a", "15", "16"}
    assert view.next_to_check() is not None and view.nodes[view.current_row()].label in ("13a", "15", "16")
    assert "Không còn trong văn bản mới, sẽ bị bỏ khi lưu (1; muốn giữ nhiệm vụ nào, bấm chuột phải vào một dòng: " \
        "Giữ nhiệm vụ văn bản mới đã bỏ): PL › I › 7 “Xây dựng kế hoạch" in note
    # the reasons are the document's news: the added task, 15's deadline, 16's words
    marked = {view.nodes[i].label for i, m in enumerate(view.marks) if any(r.startswith("Văn bản mới ")
                                                                              for r in m.reasons)}
    assert marked == {"13a", "15", "16"}
    assert view.marks[row15].reasons == ["Văn bản mới sửa thời hạn (trước: “2025”)"]  # the lead kept says nothing
    row16 = _row(view, "Dự án Luật sửa đổi (đã hiệu chỉnh)")
    assert "Văn bản mới sửa nội dung" in view.show_row_note(row16)

    prompter.answers.append(True)
    assert view.confirm() == plan_id
    kept = {n.id: n for n in services.plans.tree(plan_id)}
    assert kept[task15.id].lead_names == ["Văn phòng Chính phủ (thử)"]
    assert kept[task20.id].deadline_phrase == "Quý IV/2025" and kept[task15.id].deadline_phrase == "6/2026"
    assert [h.result for h in services.progress.history(task15.id)] == ["Đang soạn"]
    assert sum(n.text.startswith("Tổ chức hội nghị sơ kết việc thực hiện") for n in kept.values()) == 1


def test_a_row_the_document_changed_is_accepted_like_any_other(qtbot, services, prompter, tmp_path: Path) -> None:
    services.plan_import.store_read(services.plan_import.read(BIG))
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    view.show()
    view._parsed(services.plan_import.prepare_review(services.plan_import.read(amended_big(tmp_path))))
    row16 = _row(view, "Dự án Luật sửa đổi (đã hiệu chỉnh)")
    view.select_only(view.view_index(row16, Column.TEXT))
    view.mark_checked()
    assert not any(r.startswith("Văn bản mới") for r in view.marks[row16].reasons)


def test_a_row_takes_the_documents_values_where_the_stored_ones_were_kept(qtbot, services, prompter) -> None:
    """A plan stored without its file (typed by hand, or through an old version) keeps its own values against the
    document, which the row's note shows: the row menu's entry takes the document's instead, for the selected
    rows, and Ctrl+Z gives the stored ones back. Before, the clerk retyped each."""
    from PySide6.QtCore import QPoint

    from app.importers import import_plan_document

    plan_id = services.plan_import.store(import_plan_document(BIG)[1]).plan_id  # no file kept
    task15 = next(n for n in services.plans.tree(plan_id) if n.text.startswith(TASK_15))
    services.nodes.update(task15.id, task15.version, text=task15.text + " (bản gõ tay)")
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    view.show()
    view._parsed(services.plan_import.prepare_review(services.plan_import.read(BIG)))
    row = _row(view, TASK_15)
    assert view.nodes[row].text.endswith("(bản gõ tay)")
    assert any(r.startswith("Văn bản mới ghi nội dung khác") for r in view.marks[row].reasons)
    view.select_only(view.view_index(row, Column.TEXT))
    menu = view.row_menu_at(view.view_index(row), QPoint(0, 0), view._agency_items)
    entries = [a.text() for a in menu.actions()]
    menu.close()
    assert "Dùng nội dung của văn bản mới (1 dòng)" in entries
    assert view.take_document_values()
    assert not view.nodes[row].text.endswith("(bản gõ tay)") and not view.marks[row].needs_check
    assert view.undo() and view.nodes[row].text.endswith("(bản gõ tay)")
