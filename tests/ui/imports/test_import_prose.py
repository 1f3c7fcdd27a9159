"""The import review of a document whose duties are written in prose (a công văn with no outline):
its tasks show and store like any other plan's; a document that assigns nothing opens an empty
review with one Vietnamese line naming what was found (and is not stored empty)."""
from __future__ import annotations

from pathlib import Path

from app.ui.imports.import_view import ImportView
from app.ui.shell.state import AppState

LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 1234/UBND-KGVX\nV/v phòng, chống dịch sốt xuất huyết\nQuảng Trị, ngày 12 tháng 5 năm 2024\n"
    "Kính gửi: Sở Y tế.\n"
    "Thời gian qua, công tác phòng chống dịch còn nhiều hạn chế. Để khắc phục tình trạng trên, Chủ tịch UBND "
    "tỉnh yêu cầu Sở Y tế khẩn trương chỉ đạo các cơ sở y tế rà soát, xử lý ổ dịch trước ngày 30/6/2024.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n"
)


def _review(qtbot, services, prompter, path: Path) -> ImportView:
    """The import view reading `path` (off the GUI thread, as the window does)."""
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    view.start(str(path))
    return view


def test_prose_letter_reviewed_and_stored(qtbot, services, prompter, tmp_path: Path) -> None:
    path = tmp_path / "cong_van.txt"
    path.write_text(LETTER, encoding="utf-8")
    importer = _review(qtbot, services, prompter, path)
    qtbot.waitUntil(lambda: importer.pages.currentIndex() == 2, timeout=20000)
    assert importer.number_edit.text() == "1234/UBND-KGVX"
    [task] = [n for n in importer.nodes if n.kind == "task"]
    assert task.lead == ["Sở Y tế"] and task.deadline_text == "trước ngày 30/6/2024"
    assert importer.model.rowCount() == 2  # the situation (text), then the request (task)
    plan_id = importer.confirm()
    assert plan_id
    stored = [n for n in services.plans.tree(plan_id) if n.kind == "task"]
    assert len(stored) == 1 and stored[0].deadline_phrase == "trước ngày 30/6/2024"


def test_document_that_assigns_nothing_opens_an_empty_review_saying_why(qtbot, services, prompter,
                                                                        tmp_path: Path) -> None:
    path = tmp_path / "khong_giao_viec.txt"
    path.write_text(LETTER.replace("Chủ tịch UBND tỉnh yêu cầu Sở Y tế khẩn trương chỉ đạo các cơ sở y tế "
                                   "rà soát, xử lý ổ dịch trước ngày 30/6/2024", "tình hình dịch đã giảm"),
                    encoding="utf-8")
    importer = _review(qtbot, services, prompter, path)
    qtbot.waitUntil(lambda: importer.pages.currentIndex() == 2, timeout=20000)
    assert not prompter.errors and importer.number_edit.text() == "1234/UBND-KGVX"
    assert not importer.empty_note.isHidden() and not any(n.kind == "task" for n in importer.nodes)
    reason = importer.warnings.item(importer.warnings.count() - 1).text()
    assert "\n" not in reason
    # the `V/v …` subject line makes it a công văn (real6fix, session 17), named so
    assert reason.startswith("⚠ Không có nhiệm vụ nào để nhập từ Công văn số 1234/UBND-KGVX ngày 12/05/2024")
    assert importer.confirm() is None and services.plans.list_plans() == []
    assert prompter.errors[-1].startswith("Kế hoạch chưa có nhiệm vụ nào nên chưa được lưu")
