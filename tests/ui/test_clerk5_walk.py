"""Session 15's walk of the window as a clerk (bench/README.md, "Session 15 (clerk5)"): session 14's leftovers
and what the new walk found, each reproduced here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.reports.report_jobs import DocKind
from app.ui.shell.main_window import MainWindow


def _report(window: MainWindow, qtbot: Any, kind: DocKind = DocKind.PROGRESS) -> Any:
    dialog = window.report_menu().open_dialog(kind)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60000)
    return dialog


def _progress_form(window: MainWindow, qtbot: Any, task: int) -> tuple[Any, Any]:
    """The task's progress form at 1366×768 as the clerk opens it (Tiến độ), and the area that scrolls it."""
    from PySide6.QtWidgets import QScrollArea

    window.resize(1366, 768)
    window.tree.select_node(task)
    panel = window.task_panel
    panel.setCurrentWidget(panel.progress)
    form = panel.progress
    qtbot.waitUntil(form.isEnabled)
    return form, form.findChild(QScrollArea)


def test_unconfirmed_names_are_said_once_before_printing(window: MainWindow, qtbot, prompter, proposed_names,
                                                         tmp_path) -> None:
    """A plan whose names the directory lacks counts none of them in the progress report; the clerk learnt it only
    from the printed sentence. Saving (or printing) now asks first, once per plan and period: how many names,
    which, how to confirm them, and whether to open the register there (on that period, the first such name
    current, the keyboard in its table)."""
    lead, _support = proposed_names("Trưởng thôn", "Tổ kiểm phiếu")
    dialog = _report(window, qtbot)
    prompter.answers.append(True)  # open the register now
    assert dialog.save("pdf") is None
    question = prompter.messages[-1]
    assert question.startswith("2 tên cơ quan, tổ chức trong kế hoạch chưa có trong danh bạ: “Tổ kiểm phiếu”, "
                               "“Trưởng thôn”."), question
    assert "Sổ theo dõi báo cáo" in question and "chuột phải" in question
    register = window.exchange.dialogs["register"]
    assert register.last.period().code == register.first.period().code == "2021-Q4"
    assert register.model.agency_at(register.table.currentIndex().row()) in register.model.view.register.unconfirmed
    register.close()

    asked = len(prompter.messages)
    prompter.answers.append(None)  # the save dialog: cancelled — no second question before it
    assert dialog.save("pdf") is None
    assert len(prompter.messages) == asked and not prompter.answers
    dialog.close()
    reopened = _report(window, qtbot, DocKind.REMINDER)  # the same plan and period: said already
    prompter.answers.append(None)
    assert reopened.save("docx") is None and len(prompter.messages) == asked
    reopened.close()
    assert lead


def test_going_on_without_them_goes_on_to_the_file(window: MainWindow, qtbot, prompter, proposed_names) -> None:
    """No: the clerk goes on to choose the file (the report's sentence still says what it left out)."""
    proposed_names("Trưởng thôn", "Tổ kiểm phiếu")
    dialog = _report(window, qtbot)
    prompter.answers.extend([False, None])  # go on without them; then the save dialog, cancelled
    assert dialog.save("pdf") is None
    assert not prompter.answers and window.exchange is None
    dialog.close()


def test_the_register_says_such_a_name_is_not_counted(window: MainWindow, proposed_names, open_register) -> None:
    """The register's tooltip on a proposed row said only how to settle it; it now says first that the name is
    not counted, and the summary under the table counts such names (the domain's `Register.unconfirmed`)."""
    lead, _support = proposed_names("Trưởng thôn", "Tổ kiểm phiếu")
    dialog = open_register(window, "2021-Q4", "2021-Q4")
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.agency_at(r) == lead)
    tip = dialog.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Chưa được tính:"), tip
    assert "2 tên chưa có trong danh bạ không được tính" in dialog.summary.text()
    dialog.close()


def test_the_progress_form_never_cuts_a_row_at_its_top(window: MainWindow, qtbot, sample_plan) -> None:
    """At 768 px the progress form scrolls; tabbing to "Kết quả" left the "Cơ quan:" row half in sight (read as a
    form with no agency chosen). Whatever field takes the focus, the row at the top edge is whole or hidden."""
    from PySide6.QtWidgets import QWidget

    form, scroll = _progress_form(window, qtbot, sample_plan["t1"])
    inner = scroll.widget()
    scrolled = False
    for field in (form.agency, form.period, form.status, form.percent, form.reported_on, form.result,
                  form.difficulties, form.proposals, form.evidence):
        field.setFocus()
        QApplication.processEvents()
        value = scroll.verticalScrollBar().value()
        scrolled = scrolled or value > 0
        rows = [(type(w).__name__, w.mapTo(inner, w.rect().topLeft()).y(), w.height())
                for w in field.parentWidget().findChildren(QWidget) if w.parentWidget() is field.parentWidget()]
        cut = [row for row in rows if row[1] < value < row[1] + row[2]]
        assert not cut, (field, value, cut)
        top = field.mapTo(scroll.viewport(), field.rect().topLeft()).y()
        assert 0 <= top and top + min(field.height(), scroll.viewport().height()) <= scroll.viewport().height()
    assert scrolled  # the form is taller than its room here: the rule was exercised


def test_the_agencies_tab_opens_on_its_first_agency_with_the_keyboard(window: MainWindow, qtbot) -> None:
    """Ctrl+Shift+A opened the directory with no agency chosen: the right side greyed until the clerk clicked one.
    It opens on the first agency, its details filled, the keyboard in the list (Down moves on)."""
    with qtbot.waitActive(window):
        window.activateWindow()
    window.registry["tools.agencies"].trigger()
    view = window.agencies
    first, second = (view.proxy.index(r, 0).data() for r in (0, 1))
    assert view.current() is not None and view.current().name == first
    assert view.details.isEnabled() and view.name_edit.text() == first
    assert QApplication.focusWidget() is view.table
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.name_edit.text() == second


def test_the_assistants_office_numbers_its_reports_with_its_own_code(qtbot, services, prompter) -> None:
    """The walk's report was numbered "Số: /BC-CQ": the assistant's page was filled from the profile as the
    reports read it, whose number code for no name yet is the placeholder `CQ`, and stored it. The codes are now
    derived from the name typed, without the office's own place (`Sở Nội vụ tỉnh Hà Tĩnh` in Hà Tĩnh: `SNV`);
    going back and retyping the name keeps one agency for the office. Walked too: the groups page said "Chọn nhóm bên
    trái" over an empty list; with no group it says there is none and how one is made."""
    from app.ui.onboarding.wizard import FirstRunWizard

    wizard = FirstRunWizard(services, prompter)
    qtbot.addWidget(wizard)
    wizard.show()
    edits = wizard.office.edits
    for name, value in (("issuing_body", "Sở Nội vụ Hà Tĩnh"), ("signer_title", "Phó Giám đốc"),
                        ("signer_name", "Lê Thị Hoa"), ("place", "Hà Tĩnh")):
        edits[name].setText(value)
    wizard.next()
    wizard.back()
    edits["issuing_body"].setText("Sở Nội vụ tỉnh Hà Tĩnh")
    wizard.next()
    assert wizard.currentPage() is wizard.agencies
    office = services.reports.office()
    assert (office.body_code, office.letter_code, office.short_name) == ("SNV", "SNV", "Sở Nội vụ tỉnh Hà Tĩnh")
    assert [a.name for a in services.agencies.list_agencies()] == ["Sở Nội vụ tỉnh Hà Tĩnh"]
    wizard.next()  # no agency list typed: the groups page, with no group to choose
    assert wizard.currentPage() is wizard.groups
    assert wizard.groups.hint.text().startswith("Chưa có nhóm nào."), wizard.groups.hint.text()


def test_another_task_shows_the_progress_form_from_its_first_row(window: MainWindow, qtbot, sample_plan) -> None:
    """Walked: after recording a task's progress from "Kết quả" (the form scrolled down), Down to the next task
    showed its form scrolled as the last one was: "Kỳ báo cáo" on top, the agency it would be recorded for out of
    sight. Another task's form starts at its first row."""
    form, scroll = _progress_form(window, qtbot, sample_plan["t1"])
    form.evidence.setFocus()
    QApplication.processEvents()
    assert scroll.verticalScrollBar().value() > 0  # scrolled to the last field
    window.tree.select_node(sample_plan["t2"])
    QApplication.processEvents()
    assert scroll.verticalScrollBar().value() == 0
    assert form.agency.mapTo(scroll.viewport(), form.agency.rect().topLeft()).y() >= 0


def test_the_office_dialog_never_stores_a_code_it_derived(qtbot, services, prompter) -> None:
    """Báo cáo → Thông tin cơ quan ban hành on a fresh database showed "CQ" (the code of no name) in both number
    code fields and saved it with the name typed. A code the clerk did not set is shown greyed (derived from the
    name) and left unset, so the reports derive it from the name saved."""
    from app.ui.admin.office_dialog import edit_office

    def fill(dialog: Any) -> bool:
        assert dialog.edits["body_code"].text() == "" and dialog.edits["body_code"].placeholderText()
        for name, value in (("issuing_body", "Sở Nội vụ tỉnh Hà Tĩnh"), ("place", "Hà Tĩnh"),
                            ("signer_title", "Phó Giám đốc"), ("signer_name", "Lê Thị Hoa")):
            dialog.edits[name].setText(value)
        return True

    prompter.dialog_handler = fill
    assert edit_office(services.reports, prompter, None)
    office = services.reports.office()
    assert (office.body_code, office.letter_code, office.short_name) == ("SNV", "SNV", "Sở Nội vụ tỉnh Hà Tĩnh")

    def keep(dialog: Any) -> bool:  # opened again: the derived codes still greyed, a typed one kept
        assert dialog.edits["body_code"].text() == "" and dialog.edits["body_code"].placeholderText() == "SNV"
        dialog.edits["letter_code"].setText("SNV-VP")
        return True

    prompter.dialog_handler = keep
    assert edit_office(services.reports, prompter, None)
    assert (services.reports.office().body_code, services.reports.office().letter_code) == ("SNV", "SNV-VP")


def test_a_proposed_name_is_confirmed_in_the_directory_too(window: MainWindow, proposed_names, services) -> None:
    """Walked: the directory marked the plan's names `mới nhập` but offered no way to confirm one (only to merge it);
    the clerk who went there after the warning found nothing to do. Its table has the register's two steps on
    right-click (the menu key): add the name to the directory, or say which agency it names."""
    lead, _support = proposed_names("Trưởng thôn", "Tổ kiểm phiếu")
    window.show_view("agencies")
    view = window.agencies
    assert view.select_agency(lead)
    actions = view.table.actions()
    assert [a.isEnabled() for a in actions] == [True, True] and "Trưởng thôn" in actions[0].text()
    actions[0].trigger()
    assert not next(a for a in services.agencies.list_agencies() if a.id == lead).proposed
    assert view.current_id() == lead and not [a.isEnabled() for a in actions if a.isEnabled()]
    row = next(r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data() == "Trưởng thôn")
    assert view.proxy.index(row, 3).data() == ""  # no longer `mới nhập`
