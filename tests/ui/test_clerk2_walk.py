"""Session 12's walk of the window as a clerk in a real X window (Xvfb 1366×768, openbox; bench/README.md,
"Session 12 (clerk2)"): each place that slowed, confused or would embarrass the clerk, reproduced here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack

from app.services.nodes import AssigneeSpec
from app.ui.shell.main_window import MainWindow
from app.ui.shell.state import AppState
from app.ui.tree.plan_tree import PlanTreeController, PlanTreeView
from app.ui.tree.plan_tree_model import Column


def test_the_content_column_gets_its_share_of_a_1366_screen(qtbot) -> None:
    """At 1366×768 the tree beside the plans list is ~1020 px wide: Nội dung kept 260 px while the state
    column kept 185 px of blank beside "Chưa đến hạn". It now gets 40 % of the width; every side column
    stays at least as wide as its short form, and a wide screen still shows the full widths."""
    view = PlanTreeView()
    qtbot.addWidget(view)
    widths = view.fitted_widths(1020)
    content = 1020 - sum(widths.values())
    assert content >= 400 and content > widths[Column.STATE] and content > widths[Column.LEAD]
    least = view.narrowest()
    assert all(widths[c] >= least[c] for c in least)
    assert view.fitted_widths(1900) == dict(PlanTreeView.WIDTHS)


def test_the_exchange_entries_have_keys(window: MainWindow, qtbot) -> None:
    """Sending, receiving forms and the register (the quarter's routine) had no key: Alt+K, then a letter.
    Each has its own now, shown in the menu; the window's shortcuts stay distinct."""
    keys = {name: window.registry[name].shortcut().toString() for name in
            ("plan.exchange_send", "plan.exchange_receive", "plan.register")}
    assert keys == {"plan.exchange_send": "Ctrl+Shift+E", "plan.exchange_receive": "Ctrl+Shift+I",
                    "plan.register": "Ctrl+Shift+L"}
    assert window.registry.shortcut_conflicts() == []
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    menu = window.exchange
    assert menu is not None and "register" in menu.dialogs
    for dialog in list(menu.dialogs.values()):
        dialog.close()


def _yearly_plan(services) -> tuple[int, int]:
    plan = services.plans.create_plan("Thực hiện công tác cải cách hành chính", number="20/KH-UBND",
                                      issuer="UBND tỉnh", issued_on=dt.date(2025, 11, 20))
    agency = services.agencies.create("Sở Nội vụ")
    task = services.nodes.add(plan, None, None, label="1", kind="task", text="Báo cáo kết quả cải cách hành chính")
    services.nodes.set_assignments(task, [AssigneeSpec("lead", agency_id=agency)])
    services.nodes.set_deadline(task, "Trước ngày 15/12 hàng năm")
    return plan, task


def test_a_missed_yearly_deadline_shows_the_date_it_missed(qtbot, services, prompter) -> None:
    """Seen on 05/12/2026, a task due "Trước ngày 15/12 hàng năm" (plan of 20/11/2025) that missed
    15/12/2025 read "Quá hạn" beside 15/12/2026: "overdue, due next year?". The cell now shows the
    occurrence missed; the next one is said in the tooltip."""
    plan, task = _yearly_plan(services)
    view = PlanTreeView()
    qtbot.addWidget(view)
    tree = PlanTreeController(view, AppState(services, as_of=dt.date(2026, 12, 5)), QUndoStack(view), prompter)
    tree.load_plan(plan)
    model = tree.model
    (row,) = range(model.rowCount(QModelIndex()))  # the plan's one task
    cell = model.index(row, Column.DEADLINE, QModelIndex())
    state = model.index(row, Column.STATE, QModelIndex()).data()
    assert "Đang thực hiện quá hạn" in state
    assert "15/12/2025" in cell.data() and "15/12/2026" not in cell.data()
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "15/12/2025" in tip and "15/12/2026" in tip
    (node,) = [v for v in services.plans.tree(plan, dt.date(2026, 12, 5)) if v.id == task]
    assert node.due_date == dt.date(2026, 12, 15)  # "due this period" still finds it by the next occurrence


def test_ctrl_s_stores_the_reviewed_plan(qtbot, services, prompter, review_of, tmp_path) -> None:
    """The review's "Lưu kế hoạch" had no key: the clerk pressed Ctrl+S (Word's) and nothing happened."""
    from PySide6.QtGui import QKeySequence, QShortcut

    path = tmp_path / "12-KH-UBND.txt"
    path.write_text("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhát triển hạ tầng số\nI. NHIỆM VỤ\n"
                    "1. Lắp đặt trạm phát sóng\nĐơn vị chủ trì: Sở Khoa học và Công nghệ\n"
                    "Thời gian hoàn thành: trong năm 2026\n", encoding="utf-8")
    view = review_of(path)
    (save,) = [s for s in view.findChildren(QShortcut) if s.key().matches(QKeySequence("Ctrl+S"))
               == QKeySequence.SequenceMatch.ExactMatch]
    assert save.isEnabled() and save.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    with qtbot.waitSignal(view.imported, timeout=1000):
        save.activated.emit()  # what Qt does on the key in the review page (offscreen gives no active window)
    assert prompter.errors == []
    assert [p.number for p in services.plans.list_plans(dt.date(2026, 12, 5))] == ["12/KH-UBND"]
    assert "Ctrl+S" in view.confirm_button.toolTip()


def _tab_path(start, count: int) -> list:
    """The widgets Tab visits from `start` (Qt's focus chain, skipping what takes no Tab focus)."""
    path, widget = [], start
    while len(path) < count:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
            path.append(widget)
    return path


def test_tab_goes_down_the_office_page_row_by_row(qtbot, services, prompter) -> None:
    """The assistant's first page tabbed from "Cơ quan chủ quản" to "Thay mặt", skipped "Thẩm quyền ký"
    till after "Địa danh"; Tab in "Nơi nhận báo cáo" typed a tab into the recipients. The same in
    Báo cáo → Cơ quan ban hành (its line edits were built before its combo boxes)."""
    from app.services.reports.office import OfficeProfile
    from app.ui.admin.office_dialog import OfficeDialog
    from app.ui.onboarding.wizard import FirstRunWizard

    wizard = FirstRunWizard(services, prompter)
    qtbot.addWidget(wizard)
    page = wizard.office
    edits = page.edits
    assert _tab_path(edits["parent_body"], 4) == [page.format, page.authority, edits["signer_authority_body"],
                                                   edits["signer_title"]]  # the format row (window10)
    assert _tab_path(edits["place"], 2) == [page.recipients, page.letter_recipients]
    assert page.recipients.tabChangesFocus() and page.letter_recipients.tabChangesFocus()
    dialog = OfficeDialog(OfficeProfile(issuing_body="Sở Nội vụ"))
    qtbot.addWidget(dialog)
    fields = [dialog.form.itemAt(r, dialog.form.ItemRole.FieldRole).widget() for r in range(dialog.form.rowCount())]
    wanted = [f for f in fields[1:] if f.isEnabled()]
    assert _tab_path(fields[0], len(wanted)) == wanted
    assert dialog.recipients.tabChangesFocus()


def test_the_first_window_fits_the_screen(window: MainWindow, qtbot) -> None:
    """The window opened at 1366×768 before any size was remembered: on a 1366×768 laptop its title bar
    and the taskbar pushed the status line and the task panel's buttons off the screen. On a screen
    not larger than that it now opens maximized, within the free area (offscreen: 800×800)."""
    free = window.screen().availableGeometry()
    assert window.isMaximized()
    assert window.width() <= free.width() and window.height() <= free.height()


def test_file_choosers_open_in_documents_then_where_the_clerk_last_chose(monkeypatch, tmp_path) -> None:
    """In the real window every chooser (import a plan, the forms' folder, save a register) opened in the
    working folder: the program's own folder on the office's computers. Now Documents, then the folder
    the clerk last chose; a suggested file name is put in that folder."""
    import os

    from PySide6.QtCore import QStandardPaths

    from app.ui.widgets import prompts
    from app.ui.widgets.prompts import Prompter

    seen: list[str] = []
    chosen = str(tmp_path / "ke-hoach.docx")
    answers = iter([chosen, "", ""])

    build = prompts.file_dialog

    def built(parent, caption, folder, *rest):  # noqa: ANN001, ANN202 - the real chooser, its folder noted
        seen.append(folder)
        return build(parent, caption, folder, *rest)

    def answered(dialog):  # noqa: ANN001, ANN202 - answered at once, never shown
        dialog.deleteLater()
        return [next(answers)]

    monkeypatch.setattr(prompts, "file_dialog", built)
    monkeypatch.setattr(prompts, "_chosen", answered)
    prompter = Prompter()
    assert prompter.open_file(None, "Nhập văn bản kế hoạch", "*.docx") == chosen
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert seen[0] == documents != os.getcwd()
    assert prompter.save_file(None, "Lưu sổ", "*.xlsx", "so-theo-doi-bao-cao.xlsx") is None
    assert seen[1] == str(tmp_path / "so-theo-doi-bao-cao.xlsx")
    prompter.save_file(None, "Lưu", "*.xlsx", str(tmp_path / "a" / "b.xlsx"))
    assert seen[2] == str(tmp_path / "a" / "b.xlsx")  # a folder given is kept


def test_recording_progress_is_written_once_and_undo_redo_follow(window: MainWindow, sample_plan, services,
                                                                 monkeypatch, typed_progress) -> None:
    """The progress form's undo step skipped its first run through a `first=[True]` list; now a step
    (`RecordStep`) writes again only what an undo took back: one write for "Ghi tiến độ", none more
    on its first run, one on undo, one on redo, and the stored entry follows."""
    writes: list[str] = []
    record = type(services.progress).record
    monkeypatch.setattr(type(services.progress), "record",
                        lambda self, entry, **kw: (writes.append(entry.period), record(self, entry, **kw))[1])
    form = typed_progress(window, sample_plan["t1"], "Quý IV năm 2021", "in_progress", 40)
    assert form.record() and writes == ["2021-Q4"]

    def stored() -> list[int]:
        return [h.percent for h in services.progress.history(sample_plan["t1"])]

    assert stored() == [40]
    window.undo_stack.undo()
    assert stored() == [] and writes == ["2021-Q4"]  # the new entry deleted, nothing written
    window.undo_stack.redo()
    assert stored() == [40] and writes == ["2021-Q4", "2021-Q4"]


def test_a_name_the_directory_lacks_is_settled_in_the_send_window(window: MainWindow, services, sample_plan,
                                                                   prompter, proposed_names) -> None:
    """The plan's names unknown to the directory (stored as proposed agencies: "Ban Thường trực UBMTTQ
    xã" beside the directory's "Ban Thường trực Ủy ban MTTQ xã Lương Minh") were ticked in "Gửi phiếu
    báo cáo" like the others: a form to nobody, or two forms to one office. They are marked and not
    ticked; right-click records one as another name of an agency (merged) or adds it, in one step."""
    _dup, new = proposed_names("Sở NV", "Ban Quản lý dự án")
    window.state.set_as_of(dt.date(2021, 12, 20))
    window.registry["plan.exchange_send"].trigger()
    send = window.exchange.dialogs["send"]
    send.period.set_code("2021-Q4")
    rows = {send.agencies.item(r).text(): send.agencies.item(r) for r in range(send.agencies.count())}
    unknown = [t for t in rows if "chưa có trong danh bạ" in t]
    assert len(unknown) == 2 and all(rows[t].checkState() == Qt.CheckState.Unchecked for t in unknown)
    assert set(send.chosen_agencies()) == {sample_plan["agency"], sample_plan["other"]}

    send.agencies.setCurrentItem(next(rows[t] for t in unknown if "Sở NV" in t))
    assert send.names.alias_action.isEnabled() and "Sở NV" in send.names.alias_action.text()
    assert not send.names.alias_of("Sở Không Có") and "Không có cơ quan" in prompter.errors.pop()  # nothing changed
    prompter.answers.append(True)  # merge: yes
    assert send.names.alias_of("Sở Nội vụ") and prompter.errors == []
    assert services.agencies.resolve("Sở NV") == sample_plan["agency"]
    send.agencies.setCurrentItem(next(send.agencies.item(r) for r in range(send.agencies.count())
                                      if "Ban Quản lý" in send.agencies.item(r).text()))
    assert send.names.add_to_directory()
    assert set(send.chosen_agencies()) == {sample_plan["agency"], sample_plan["other"], new}
    assert not any("chưa có trong danh bạ" in send.agencies.item(r).text() for r in range(send.agencies.count()))
    send.close()


def test_the_assistant_buttons_have_distinct_letters(qtbot, services, prompter) -> None:
    """In the real window Alt+T did not go to the next page: "&Trợ giúp" and "&Tiếp >" shared the letter
    T, so Alt+T only moved the focus between the two buttons."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QWizard

    from app.ui.onboarding.wizard import FirstRunWizard

    wizard = FirstRunWizard(services, prompter)
    qtbot.addWidget(wizard)
    wizard.show()
    buttons = [wizard.button(b) for b in (QWizard.WizardButton.HelpButton, QWizard.WizardButton.BackButton,
                                          QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
                                          QWizard.WizardButton.CancelButton)]
    letters = [QKeySequence.mnemonic(b.text()).toString() for b in buttons if b.text() and "&" in b.text()]
    assert "Alt+T" in letters and len(letters) == len(set(letters)) >= 3


def test_tab_leaves_the_agency_list_instead_of_dropping_an_agency(qtbot, services, prompter) -> None:
    """Tab pressed in the assistant's agency list went in as a character; the line then read as a
    spreadsheet row with an empty first cell, and the preview said 4 agencies for 5 typed."""
    from PySide6.QtTest import QTest

    from app.ui.onboarding.wizard import FirstRunWizard

    wizard = FirstRunWizard(services, prompter)
    qtbot.addWidget(wizard)
    box = wizard.agencies.text
    QTest.keyClick(box, Qt.Key.Key_Tab)
    assert box.toPlainText() == "" and box.tabChangesFocus()


def test_an_indented_line_of_the_agency_list_is_not_left_out(services) -> None:
    """The line the stray Tab indented read as a row with an empty name and was left out silently."""
    rows = services.onboarding.parse_list("\tBan Thường trực Ủy ban MTTQ xã; Ban\nThường trực HĐND xã\tBan")
    assert [(r.name, r.kind) for r in rows] == [("Ban Thường trực Ủy ban MTTQ xã", "ban"),
                                                ("Thường trực HĐND xã", "ban")]
