"""Session 13's walk of the window as a clerk (bench/README.md, "Session 13 (clerk3)"): the leftovers of
session 12's walk and what a new walk found, each reproduced here."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QLabel, QPushButton, QWidget

from app.services.nodes import AssigneeSpec
from app.services.register_sheet import register_sheet
from app.ui.shell.main_window import MainWindow


def test_the_progress_form_shows_what_was_recorded(window: MainWindow, sample_plan, services, typed_progress) -> None:
    """A clerk chose "Đã hoàn thành", then typed 60 in the percent: the service stores 100 for a done
    task (the history said 100) but the form kept "60%". The form now shows what was stored."""
    form = typed_progress(window, sample_plan["t1"], "Quý IV năm 2021", "done", 60)
    assert form.record()
    assert [h.percent for h in services.progress.history(sample_plan["t1"])] == [100]
    assert form.percent.value() == 100 and form.status.currentData() == "done"
    assert not form.has_unsaved_edits()


def _file_dialog_texts(mode: QFileDialog.FileMode, accept: QFileDialog.AcceptMode) -> list[str]:
    dialog = QFileDialog(None, "Chọn", "", "Word (*.docx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # what Linux shows (Windows: its own)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    texts = [w.text() for w in dialog.findChildren(QLabel)] + [w.text() for w in dialog.findChildren(QPushButton)]
    texts += [a.text() for a in dialog.findChildren(QAction)] + [w.toolTip() for w in dialog.findChildren(QWidget)]
    texts += [w.accessibleName() for w in dialog.findChildren(QWidget)]
    dialog.deleteLater()
    return [t for t in texts if t]


def test_qt_file_dialog_speaks_vietnamese() -> None:
    """On Linux the program shows Qt's own file dialog (Windows shows its native one, in the system's
    language). PySide6 ships no qtbase_vi catalog, so our catalog carries Qt's strings; Qt 6 changed
    "Look in:" to "&Look in:" and "Files of type:" to "Files of &type:", and the header menu, the
    context menu, the folder chooser's "Directory:" and the type column were never in it."""
    english = re.compile(r"\b(Look|Files|Directory|Show|New Folder|Recent|Sidebar|hidden|Folder|File)\b")
    for mode, accept in ((QFileDialog.FileMode.ExistingFile, QFileDialog.AcceptMode.AcceptOpen),
                         (QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave),
                         (QFileDialog.FileMode.Directory, QFileDialog.AcceptMode.AcceptOpen)):
        left = [t for t in _file_dialog_texts(mode, accept) if english.search(t)]
        assert not left, left
    icons = QFileIconProvider()
    assert icons.type(QFileInfo(str(Path(__file__).parent))) == "Thư mục"
    assert "đã có" in QCoreApplication.translate("QFileDialog", "%1 already exists.\nDo you want to replace it?")


def test_the_register_marks_a_name_the_directory_lacks_and_settles_it(window: MainWindow, services, sample_plan,
                                                                      prompter, proposed_names, open_register
                                                                      ) -> None:
    """`UBND` and `Thường trực HĐND` (names the plan gave, stored as proposed agencies) stood in the
    register like directory agencies, "Chưa báo cáo" in red. They are marked on screen and on paper,
    and right-click settles one in one step (added, or merged into the agency it names)."""
    ubnd, hdnd = proposed_names("UBND", "Thường trực HĐND")
    window.state.set_as_of(dt.date(2021, 12, 20))
    dialog = open_register(window, "2021-Q4", "2021-Q4")
    model = dialog.model
    names = {model.index(r, 0).data(): model.agency_at(r) for r in range(model.rowCount() - 1)}
    assert names["UBND — chưa có trong danh bạ"] == ubnd and "Thường trực HĐND — chưa có trong danh bạ" in names
    assert "Sở Nội vụ" in names  # a directory agency unmarked
    printed = [line.name for line in register_sheet(model.view).lines]
    assert "UBND (chưa có trong danh bạ)" in printed and "Sở Nội vụ" in printed

    row = next(r for r in range(model.rowCount()) if model.agency_at(r) == hdnd)
    dialog.table.setCurrentIndex(model.index(row, 1))
    assert dialog.names.add_action.isEnabled() and "Thường trực HĐND" in dialog.names.add_action.text()
    assert dialog.names.add_to_directory()
    row = next(r for r in range(model.rowCount()) if model.agency_at(r) == ubnd)
    dialog.table.setCurrentIndex(model.index(row, 0))
    prompter.answers.append(True)  # merge: yes
    assert dialog.names.alias_of("Sở Nội vụ") and prompter.errors == []
    assert model.agency_at(dialog.table.currentIndex().row()) == sample_plan["agency"]  # the clerk's place kept
    names = [model.index(r, 0).data() for r in range(model.rowCount() - 1)]
    assert "Thường trực HĐND" in names and not any("UBND" in n for n in names)
    assert services.agencies.resolve("UBND") == sample_plan["agency"]
    dialog.table.setCurrentIndex(model.index(0, 0))
    assert not dialog.names.add_action.isEnabled()
    dialog.close()


def test_an_older_plan_is_followed_from_the_storing_quarter(qtbot, services, prompter, review_of, tmp_path) -> None:
    """A plan issued 10/12/2025 and stored on 05/12/2026 showed Quý I–III 2026 "Chưa báo cáo" for every
    agency on the register's first opening. The review suggests following it from the storing
    quarter (01/10/2026), the clerk may change the day (or empty it: from the issue), and the plan's
    properties show and edit it."""
    from app.ui.plans.plan_dialog import PlanDialog

    path = tmp_path / "12-KH-UBND.txt"
    path.write_text("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 12/KH-UBND\nNghệ An, ngày 10 tháng 12 năm 2025\nKẾ HOẠCH\n"
                    "Phát triển hạ tầng số\nI. NHIỆM VỤ\n1. Lắp đặt trạm phát sóng\n"
                    "Đơn vị chủ trì: Sở Khoa học và Công nghệ\nThời gian hoàn thành: thường xuyên\n", encoding="utf-8")
    view = review_of(path, as_of=dt.date(2026, 12, 5), show=False)
    assert view.follow.day.text() == "01/10/2026" and "ban hành" in view.follow.note.text()
    view.follow.day.setText("31/02/2026")
    assert view.confirm() is None and prompter.errors  # no such day: nothing stored
    assert services.plans.list_plans(dt.date(2026, 12, 5)) == []
    view.follow.day.setText("15/10/2026")
    plan_id = view.confirm()
    assert plan_id is not None and services.plans.plan(plan_id).followed_from == dt.date(2026, 10, 15)
    view._parsed(services.plan_import.read(path))  # the same plan again: a replacement keeps its day
    assert view.existing == plan_id and view.follow.day.text() == "15/10/2026"
    view.reset()

    dialog = PlanDialog(services.plans.plan(plan_id))
    qtbot.addWidget(dialog)
    assert dialog.followed_from.text() == "15/10/2026"
    dialog.followed_from.clear()
    assert dialog.changes() == {"followed_from": None}  # emptied: followed from the issue date again


def test_a_task_led_by_a_group_without_members_says_so(window: MainWindow, sample_plan, services) -> None:
    """A plan's "Cơ quan, tổ chức, đơn vị trực tiếp quản lý" was stored as a group with no members (⚠ in the
    tree). Its progress form said "Hãy giao cơ quan chủ trì trước" though a lead was assigned: the clerk
    looked for a lead that was there. It now names the group and says what to do."""
    group = services.agencies.create_group("Cơ quan, tổ chức, đơn vị trực tiếp quản lý", [])
    services.nodes.set_assignments(sample_plan["t2"], [AssigneeSpec("lead", group_id=group)])
    window.tree.refresh(sample_plan["t2"])
    window.tree.select_node(sample_plan["t2"])
    form = window.task_panel.progress
    assert form.agency.count() == 0
    assert "Cơ quan, tổ chức, đơn vị trực tiếp quản lý" in form.message.text()
    assert "chưa có thành viên" in form.message.text()
