"""The main window composes the panels: plans list, tree, task panel, calendar, agencies, import and
search all work together; menus exist in Vietnamese; window state and recent files are kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.shell.main_window import MainWindow

AS_OF = dt.date(2021, 11, 1)


def test_menus_status_and_first_plan(window: MainWindow, sample_plan) -> None:
    titles = [m.title().replace("&", "") for m in window.menus.values()]
    assert titles == ["Tệp", "Chỉnh sửa", "Xem", "Kế hoạch", "Báo cáo", "Công cụ", "Trợ giúp"]
    assert window.tree.plan_id == sample_plan["plan"]
    assert "theodoi.db" in window.db_label.text() and "01/11/2021" in window.as_of_label.text()
    assert window.plans.model.rowCount() == 1
    assert window.registry["edit.undo"].isEnabled() is False


def test_plans_panel_filters_without_diacritics(window: MainWindow, qtbot) -> None:
    panel = window.plans
    for ch in "nghi quyet":
        QTest.keyClick(panel.search, ch)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    panel.search.setText("khong co")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0)
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    panel.year.setCurrentIndex(panel.year.findData(2020))
    assert panel.year.findData(2021) > 0


def test_empty_database_shows_how_to_import(qtbot, tmp_path: Path, settings, prompter) -> None:
    from app.models.database import open_database
    from app.services import Services

    db = open_database(tmp_path / "empty.db")
    w = MainWindow(services=Services(db, "t"), database_url=db.display_name, settings=settings,
                   prompter=prompter, as_of=AS_OF)
    qtbot.addWidget(w)
    assert w.plans.stack.currentWidget() is w.plans.empty
    assert "Ctrl+I" in w.plans.empty.text() and "Nhập văn bản kế hoạch" in w.plans.empty.text()
    db.dispose()


def test_tree_edit_through_actions_and_undo(window: MainWindow, services, sample_plan) -> None:
    window.tree.select_node(sample_plan["t2"])
    window.registry["edit.add_child"].trigger()
    window.tree_view.closePersistentEditor(window.tree_view.currentIndex())
    children = window.tree.model.children_ids(sample_plan["t2"])
    assert len(children) == 1
    assert window.registry["edit.undo"].isEnabled()
    window.registry["edit.undo"].trigger()
    assert window.tree.model.children_ids(sample_plan["t2"]) == []
    window.registry["edit.redo"].trigger()
    assert len(window.tree.model.children_ids(sample_plan["t2"])) == 1


def test_keyboard_moves_selected_item(window: MainWindow, qtbot, sample_plan) -> None:
    qtbot.waitExposed(window)
    window.tree.select_node(sample_plan["t3"])
    window.tree_view.setFocus()
    window.registry["edit.move_up"].trigger()
    assert window.tree.model.children_ids(sample_plan["s2"])[1] == sample_plan["t3"]
    QTest.keyClick(window.tree_view, Qt.Key.Key_Down)
    assert window.tree.current_id() == sample_plan["t2"]


def test_record_progress_changes_state(window: MainWindow, services, sample_plan) -> None:
    window.tree.select_node(sample_plan["t1"])
    panel = window.task_panel
    assert "quá hạn" in window.tree.current_view().state.value
    form = panel.progress
    assert form.agency.currentData() == sample_plan["agency"]
    form.period.setText("2021-Q3")
    form.status.setCurrentIndex(form.status.findData("done"))
    form.reported_on.setDate(dt.date(2021, 9, 20))
    form.result.setPlainText("Đã tổ chức hội nghị quán triệt")
    assert form.record()
    view = window.tree.model.node(sample_plan["t1"])
    assert view.state.value == "Hoàn thành đúng hạn" and view.percent == 100
    assert form.history.rowCount() == 1 and form.history.item(0, 4).text() == "Đã tổ chức hội nghị quán triệt"
    form.status.setCurrentIndex(form.status.findData("in_progress"))
    form.percent.setValue(60)
    assert form.record()  # the same period again: overwrites, still one row
    assert services.progress.history(sample_plan["t1"])[0].percent == 60
    window.undo_stack.undo()  # back to what the period said before
    [row] = services.progress.history(sample_plan["t1"])
    assert (row.status, row.percent) == ("done", 100)
    window.undo_stack.undo()  # and before that, nothing
    assert services.progress.history(sample_plan["t1"]) == []
    assert "quá hạn" in window.tree.model.node(sample_plan["t1"]).state.value and form.history.rowCount() == 0
    window.undo_stack.redo()
    assert window.tree.model.node(sample_plan["t1"]).state.value == "Hoàn thành đúng hạn"
    form.period.setText("2021-X9")
    assert not form.record() and "Không đọc được kỳ báo cáo" in form.message.text()


def test_assignment_picker_completes_without_diacritics(window: MainWindow, sample_plan) -> None:
    window.tree.select_node(sample_plan["t2"])
    panel = window.task_panel
    matches = panel.picker.matches("so tai chinh")
    assert [m[2] for m in matches] == ["Sở Tài chính"]
    assert panel.picker.matches("STC")[0][2] == "Sở Tài chính"
    panel.role_combo.setCurrentIndex(panel.role_combo.findData("lead"))
    for ch in "so tai chinh":
        QTest.keyClick(panel.picker, ch)
    QTest.keyClick(panel.picker, Qt.Key.Key_Return)
    assert window.tree.model.node(sample_plan["t2"]).lead_names == ["Sở Tài chính"]
    window.undo_stack.undo()
    assert window.tree.model.node(sample_plan["t2"]).lead_names == []


def test_deadline_override_with_undo(window: MainWindow, sample_plan) -> None:
    window.tree.select_node(sample_plan["t2"])
    panel = window.task_panel
    assert "IV" in panel.understood.text() or "31/12/2021" in panel.next_dates.item(0).text()
    panel.override_box.setChecked(True)
    panel.override_date.setDate(dt.date(2021, 11, 15))
    assert panel.apply_deadline()
    view = window.tree.model.node(sample_plan["t2"])
    assert view.due_date == dt.date(2021, 11, 15) and view.deadline_phrase == "trong quý IV/2021"
    window.undo_stack.undo()
    assert window.tree.model.node(sample_plan["t2"]).due_date == dt.date(2021, 12, 31)


def test_search_jumps_to_node(window: MainWindow, qtbot, sample_plan) -> None:
    window.registry["edit.find"].trigger()
    assert window.search_dock.isVisible()
    window.search.query.setText("ra soat doi ngu")
    hits = window.search.run_search()
    assert [h.node_id for h in hits] == [sample_plan["t2"]]
    window.show_view("calendar")
    window.search._activated(window.search.item_of(0))
    assert window.tabs.currentIndex() == 0 and window.tree.current_id() == sample_plan["t2"]


def test_calendar_shows_domain_due_dates_and_opens_node(window: MainWindow, sample_plan) -> None:
    window.show_view("calendar")
    cal = window.calendar
    cal.go_to(dt.date(2021, 9, 30))
    items = cal.model.items_on(dt.date(2021, 9, 30))
    assert [(i.node_id, i.state.value) for i in items] == [(sample_plan["t1"], "Đang thực hiện quá hạn")]
    cal.step(+3)
    assert cal.model.month == 12 and [i.node_id for i in cal.model.items_on(dt.date(2021, 12, 31))] == [
        sample_plan["t2"]]
    cal.state_filter.setCurrentIndex(cal.state_filter.findData("overdue"))
    cal.reload()
    assert cal.model.items_on(dt.date(2021, 12, 31)) == []
    cal.go_today()
    assert cal.model.month == 11
    cal.go_to(dt.date(2021, 9, 1))
    cal.state_filter.setCurrentIndex(0)
    cal.reload()
    cal.show_agenda(dt.date(2021, 9, 30))
    row = cal.agenda.topLevelItem(0)
    cal._activated(row, 0)
    assert window.tabs.currentIndex() == 0 and window.tree.current_id() == sample_plan["t1"]


def test_new_plan_backup_and_as_of(window: MainWindow, prompter, tmp_path: Path) -> None:
    prompter.answers.extend(["Kế hoạch kiểm tra công vụ năm 2022"])
    plan_id = window.commands.new_plan()
    assert plan_id and window.tree.plan_id == plan_id and window.plans.model.rowCount() == 2
    prompter.dialog_handler = lambda dialog: dialog.title.setPlainText("Kế hoạch kiểm tra công vụ năm 2023") or True
    assert window.commands.plan_properties()
    assert window.services.plans.plan(plan_id).title == "Kế hoạch kiểm tra công vụ năm 2023"
    window.undo_stack.undo()
    assert window.services.plans.plan(plan_id).title == "Kế hoạch kiểm tra công vụ năm 2022"
    window.undo_stack.undo()
    assert window.plans.model.rowCount() == 1
    window.undo_stack.redo()
    assert window.plans.model.rowCount() == 2
    prompter.answers.append(str(tmp_path / "copy.db"))
    assert window.commands.backup() is not None and (tmp_path / "copy.db").exists()
    prompter.answers.append("15/12/2021")
    assert window.commands.change_as_of() and window.as_of() == dt.date(2021, 12, 15)
    prompter.answers.append("31/02/2021")
    assert not window.commands.change_as_of() and prompter.errors


def test_switch_database_and_recent(window: MainWindow, prompter, settings, tmp_path: Path) -> None:
    prompter.answers.append(str(tmp_path / "other.db"))
    assert window.commands.new_database()
    assert window.plans.model.rowCount() == 0 and window.tree.plan_id is None
    assert settings.recent_databases[0].endswith("other.db")


def test_language_switch_retranslates(window: MainWindow) -> None:
    assert window.commands.toggle_language() == "en"
    try:
        assert window.menus["file"].title() == "&File"
        assert window.tabs.tabText(1) == "Calendar"
    finally:
        assert window.commands.toggle_language() == "vi"
    assert window.menus["file"].title() == "&Tệp"


def test_window_state_saved(window: MainWindow, settings) -> None:
    window.close()
    assert not settings.geometry.isEmpty() and not settings.window_state.isEmpty()


def test_targets_tab_records_measurement(window: MainWindow, services, sample_plan) -> None:
    services.targets.add(sample_plan["plan"], indicator="tỷ lệ cán bộ trẻ", comparator=">=", value=15, unit="%",
                         node_id=sample_plan["s1"], deadline_phrase="Đến năm 2025")
    window.reload_all()  # F5: the target added behind the window's back shows
    window.tree.select_node(sample_plan["s1"])
    panel = window.task_panel.targets
    assert panel.tree.topLevelItemCount() == 1 and panel.tree.topLevelItem(0).text(1) == "≥ 15 %"
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.value.setValue(12.5)
    panel.measured_on.setDate(dt.date(2021, 10, 1))
    assert panel.add_measurement()
    assert panel.tree.topLevelItem(0).text(2) == "12,5 (01/10/2021)"
    assert services.targets.list_targets(sample_plan["plan"])[0].measurements[0].value == 12.5
    window.undo_stack.undo()
    assert services.targets.list_targets(sample_plan["plan"])[0].measurements == []
    window.undo_stack.redo()
    assert [m.value for m in services.targets.list_targets(sample_plan["plan"])[0].measurements] == [12.5]


def _visible_texts(window: MainWindow) -> list[str]:
    """Every text a user can read in the window: labels, buttons, tabs, headers, menus, placeholders."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QTabBar, QWidget

    texts: list[str] = [window.windowTitle()]
    texts += [a.text() for a in window.registry.in_category("file")]
    for name in window.registry.names():
        texts.append(window.registry[name].text())
    for menu in window.menus.values():
        texts.append(menu.title())
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            header = getattr(widget, "header", None) or getattr(widget, "horizontalHeader", None)
            count = header().count() if header is not None else 0
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(count)]
    return texts


def test_no_english_left_in_vietnamese_ui(window: MainWindow) -> None:
    import re

    window.show_view("calendar")
    window.show_view("tree")
    english = re.compile(r"^[A-Za-z .,:;!?()'&/…-]*[A-Za-z]{4,}[A-Za-z .,:;!?()'&/…-]*$")
    left = sorted({t for t in _visible_texts(window) if english.match(t.replace("&", ""))})
    assert not left, left



def test_window_paints_before_database_then_attaches(qtbot, services, settings, prompter, sample_plan,
                                                      database) -> None:
    """As run_gui does: the window shows with no database (actions off), services arrive later, the
    plan list appears without figures, then the figures are filled in by a background thread."""
    w = MainWindow(services=None, database_url="", settings=settings, prompter=prompter, as_of=AS_OF,
                   background=True)
    qtbot.addWidget(w)
    w.show()
    assert not w.registry["plan.new"].isEnabled() and w.registry["file.quit"].isEnabled()
    w.state.set_services(services, database.display_name)
    assert w.registry["plan.new"].isEnabled()
    qtbot.waitUntil(lambda: w.plans.model.rowCount() == 1 and w.tree.plan_id == sample_plan["plan"], timeout=10000)
    qtbot.waitUntil(lambda: w.plans.model.plans()[0].has_progress, timeout=10000)
    assert "theodoi.db" in w.db_label.text()


def test_delete_plan_asks_and_backs_up_first(window: MainWindow, prompter, services, sample_plan) -> None:
    window.open_plan(sample_plan["plan"])
    prompter.answers.append(False)
    assert not window.commands.delete_plan() and len(services.plans.list_plans()) == 1
    prompter.answers.append(True)
    assert window.commands.delete_plan()
    assert services.plans.list_plans() == [] and window.plans.model.rowCount() == 0
    backups = list((Path(window.database_url).parent / "saoluu").glob("*-truoc-xoa-*.db"))
    assert len(backups) == 1


def test_plan_properties_undo_never_overwrites_another_windows_change(window: MainWindow, prompter,
                                                                        database, sample_plan) -> None:
    from app.models.database import open_database
    from app.services import Services

    plan_id = sample_plan["plan"]
    def rename(dialog) -> bool:
        dialog.title.setPlainText("Tên do cửa sổ này đặt")
        return True

    prompter.dialog_handler = rename
    assert window.commands.plan_properties()
    other = open_database(database.path)
    try:
        elsewhere = Services(other, "tran.thi.b").plans
        elsewhere.update_plan(plan_id, elsewhere.plan(plan_id).version, title="Tên do cửa sổ khác đặt")
    finally:
        other.dispose()
    window.undo_stack.undo()  # refused: it would put back a title over the other window's change
    assert window.services.plans.plan(plan_id).title == "Tên do cửa sổ khác đặt"
    assert prompter.errors and "tran.thi.b" in prompter.errors[-1] and "tải lại" in prompter.errors[-1]
