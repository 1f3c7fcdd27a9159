"""The first-run assistant driven page by page on a fresh database, as a new clerk would: each
Next stores its step, an error stays on its page, Skip keeps what was stored; it opens by itself
only on a fresh database; groups left empty are marked in the tree and the task panel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWizard

from app.ui.onboarding import first_start
from app.ui.onboarding.wizard import FirstRunWizard
from app.ui.tree.plan_tree_model import Column


def agency_book(tmp_path: Path) -> Path:
    book = Workbook()
    for row in (("Tên cơ quan", "Loại", "Cấp trên"), ("Sở Nội vụ", "Sở", None), ("Sở Tài chính", "Sở", None),
                ("UBND quận Ba Đình", "UBND quận, huyện", None), ("UBND quận Hoàn Kiếm", "UBND quận, huyện", None),
                ("Các sở, ban, ngành", "Nhóm", None), ("Sở Y tế", "Sở", "Các sở, ban, ngành"),
                ("UBND các quận, huyện, thị xã", "Nhóm", None)):
        book.active.append(row)
    path = tmp_path / "danh ba co quan.xlsx"
    book.save(path)
    return path


def make_wizard(qtbot: Any, services: Any, prompter: Any) -> FirstRunWizard:
    wizard = FirstRunWizard(services, prompter)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_the_wizard_page_by_page_on_a_fresh_database(qtbot, services, prompter, tmp_path) -> None:
    assert services.onboarding.needed()
    wizard = make_wizard(qtbot, services, prompter)
    assert wizard.currentPage() is wizard.office
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Bỏ qua"
    # 1. the office: the issuing body is required once anything is typed; the error stays on the page
    wizard.office.edits["signer_name"].setText("Nguyễn Văn An")
    wizard.next()
    assert wizard.currentPage() is wizard.office and wizard.office.error.isVisible()
    assert "cơ quan ban hành" in wizard.office.error.text()
    edits = wizard.office.edits
    for name, value in (("issuing_body", "Sở Nội vụ"), ("parent_body", "UBND Thành phố Hà Nội"),
                        ("signer_authority_body", ""), ("signer_title", "Giám đốc"),
                        ("signer_name", "Nguyễn Văn An"), ("place", "Hà Nội")):
        edits[name].setText(value)
    wizard.office.authority.setCurrentIndex(wizard.office.authority.findData("KT"))
    wizard.office.recipients.setPlainText("UBND Thành phố (để báo cáo);\nLưu: VT")
    wizard.office.letter_recipients.setPlainText("Như trên;")
    wizard.next()
    assert wizard.currentPage() is wizard.agencies
    profile = services.reports.office()
    assert (profile.issuing_body, profile.parent_body, profile.signer_authority, profile.signer_title,
            profile.signer_name, profile.place) == ("Sở Nội vụ", "UBND Thành phố Hà Nội", "KT", "Giám đốc",
                                                    "Nguyễn Văn An", "Hà Nội")
    assert profile.recipients == ["UBND Thành phố (để báo cáo);", "Lưu: VT"]
    assert profile.recipients_for("reminder") == ["Như trên;"]
    assert services.reports.office_gaps() == []
    # the office itself is in the directory: its plans name it, and it owes itself no report
    assert [a.name for a in services.agencies.list_agencies()] == ["Sở Nội vụ"]
    # 2. agencies: a wrong line is refused with its number, nothing stored; then a spreadsheet
    page = wizard.agencies
    page.text.setPlainText("Sở Nội vụ\nBệnh viện Xanh Pôn; Khác; Sở Y tế")
    wizard.next()
    assert wizard.currentPage() is page and "Dòng 2" in page.error.text()
    assert len(services.agencies.list_agencies()) == 1  # the office alone
    prompter.answers.append(str(agency_book(tmp_path)))
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.text.toPlainText().splitlines()[0] == "Sở Nội vụ; Sở"
    assert "5 cơ quan và 2 nhóm" in page.summary.text()
    wizard.next()
    assert wizard.currentPage() is wizard.groups
    assert len(services.agencies.list_agencies()) == 5
    # 3. groups: the empty one is marked; tick its members
    groups = wizard.groups
    row = groups.group_row("UBND các quận, huyện, thị xã")
    assert groups.groups.item(row).text().startswith("⚠ ")
    assert groups.groups.item(row).toolTip().startswith("Chưa có thành viên")
    assert groups.groups.item(groups.group_row("Các sở, ban, ngành")).text() == "Các sở, ban, ngành (1 thành viên)"
    groups.groups.setCurrentRow(row)
    groups.tick(["UBND quận Ba Đình", "UBND quận Hoàn Kiếm"])
    assert not groups.groups.item(row).text().startswith("⚠")
    wizard.next()
    assert wizard.currentPage() is wizard.ready
    members = {g.name: len(g.member_ids) for g in services.agencies.list_groups()}
    assert members == {"Các sở, ban, ngành": 1, "UBND các quận, huyện, thị xã": 2}
    # 4. done
    summary = wizard.ready.summary.text()
    assert "Thông tin cơ quan: đầy đủ." in summary and "5 cơ quan" in summary and "⚠" not in summary
    assert wizard.stored == {"office", "agencies", "groups"}
    assert not services.onboarding.needed()
    # the help button (and F1) opens the guide at its first part
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.HelpButton), Qt.MouseButton.LeftButton)
    assert wizard.help_window.section == "start" and wizard.help_window.isVisible()
    wizard.help_window.close()


def fresh_window(qtbot: Any, services: Any, settings: Any, prompter: Any) -> Any:
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(services=services, database_url="fresh.db", settings=settings, prompter=prompter,
                        as_of=dt.date(2026, 12, 4))
    qtbot.addWidget(window)
    window.show()
    return window


def test_first_start_opens_the_assistant_once_and_skip_keeps_the_office(qtbot, services, settings,
                                                                        prompter) -> None:
    window = fresh_window(qtbot, services, settings, prompter)

    def office_then_skip(wizard: FirstRunWizard) -> bool:
        wizard.restart()  # what exec() does when it shows the wizard
        wizard.next()  # nothing typed: the office is left for later, nothing stored
        assert wizard.currentPage() is wizard.agencies and services.reports.office_gaps()
        wizard.back()
        wizard.office.edits["issuing_body"].setText("Văn phòng Thành ủy")
        wizard.next()
        assert wizard.currentPage() is wizard.agencies
        return False  # Bỏ qua

    prompter.dialog_handler = office_then_skip
    assert not first_start(window)
    assert [type(d).__name__ for d in prompter.dialogs] == ["FirstRunWizard"]
    assert services.reports.office().issuing_body == "Văn phòng Thành ủy"
    # not fresh any more: the next start asks nothing more (the office question was answered)
    assert not first_start(window)
    assert len(prompter.dialogs) == 1
    # the Help menu opens it again
    prompter.dialog_handler = lambda wizard: wizard.restart() or wizard.currentPage() is wizard.office
    window.registry["help.first_run"].trigger()
    assert len(prompter.dialogs) == 2


def test_first_start_on_a_used_database_asks_only_the_office(qtbot, services, settings, prompter,
                                                             sample_plan) -> None:
    window = fresh_window(qtbot, services, settings, prompter)
    prompter.dialog_handler = lambda dialog: False
    first_start(window)
    assert [type(d).__name__ for d in prompter.dialogs] == ["OfficeDialog"]


def test_an_empty_group_is_marked_in_the_tree_and_the_task_panel(window, services, sample_plan) -> None:
    from app.services.nodes import AssigneeSpec

    group = services.agencies.create_group("Các sở, ban, ngành", [])
    services.nodes.set_assignments(sample_plan["t2"], [AssigneeSpec("lead", group_id=group)])
    window.reload_all()
    window.tree.select_node(sample_plan["t2"])
    index = window.tree.model.index_of(sample_plan["t2"], Column.LEAD)
    assert index.data() == "⚠ Các sở, ban, ngành"
    assert "chưa có thành viên" in index.data(Qt.ItemDataRole.ToolTipRole)
    item = window.task_panel.assign_list.item(0)
    assert item.text() == "Chủ trì: ⚠ Các sở, ban, ngành" and "chưa có thành viên" in item.toolTip()
    window.show_view("agencies")  # the directory's group list marks it too
    row = next(i for i, g in enumerate(window.agencies.groups) if g.id == group)
    assert window.agencies.group_list.item(row).text() == "⚠ Các sở, ban, ngành (0)"
    assert "chưa có thành viên" in window.agencies.group_list.item(row).toolTip()
    services.agencies.set_group_members(group, [sample_plan["agency"]])
    window.reload_all()
    assert window.tree.model.index_of(sample_plan["t2"], Column.LEAD).data() == "Các sở, ban, ngành"


def test_first_start_after_the_window_closed_opens_nothing(qtbot, services, settings, prompter) -> None:
    """run_gui's start-up timer fired after a test (or the clerk) had closed the window: the assistant
    was exec()'d over no window and the test's stderr showed a modal-dialog traceback."""
    window = fresh_window(qtbot, services, settings, prompter)
    window.close()
    assert not first_start(window)
    assert prompter.dialogs == [] and services.onboarding.needed()  # still asked at the next start


def test_the_agencies_page_reads_a_file_with_alt_c(qtbot, services, prompter, tmp_path) -> None:
    """Session 16's walk: on the agencies page every button had its Alt letter (Alt+Q, Alt+T, Alt+G) but "Đọc từ
    tệp…", the way to bring the office's own list. Alt+C reads it."""
    wizard = make_wizard(qtbot, services, prompter)
    wizard.office.edits["issuing_body"].setText("Sở Nội vụ")
    wizard.next()
    page = wizard.agencies
    assert (page.open_button.text(), page.open_button.shortcut()) == ("Đọ&c từ tệp…", QKeySequence("Alt+C"))
    others = [wizard.button(b).shortcut() for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                                     QWizard.WizardButton.HelpButton)]
    assert QKeySequence("Alt+C") not in others and all(not key.isEmpty() for key in others)
    prompter.answers.append(str(agency_book(tmp_path)))
    page.open_button.animateClick()  # what Alt+C does
    qtbot.waitUntil(lambda: page.text.toPlainText().startswith("Sở Nội vụ; Sở"))
