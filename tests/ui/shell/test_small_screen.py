"""Session 8's walk of the main window at 1024×600, left over (session 9, "mainwin"): each found
on the screen, reproduced here in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.shell.keyboard import ON_PLAN
from app.ui.shell.main_window import MainWindow

SIZES = [(1024, 600), (1366, 768)]


def _wholly_shown(widget: QWidget) -> bool:
    """The widget is painted whole: not scrolled out of sight, not cut by its scroll area."""
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


@pytest.mark.parametrize("size", SIZES)
def test_every_progress_field_and_the_button_are_reached_by_tab(qtbot, window: MainWindow, sample_plan,
                                                               size) -> None:
    """At 1024×600 the tree kept the height the import page needs and the task panel got 170 px: the
    progress form's "Ghi tiến độ" was scrolled out of sight in the dock's scroll area. Now the
    tree gives way: the button is in sight, and Tab walks the form with each field scrolled into
    view, ending on the button."""
    window.resize(*size)
    window.show_view("tree")
    window.tree.select_node(sample_plan["t1"])
    panel = window.task_panel
    panel.setCurrentWidget(panel.progress)
    window.activateWindow()
    qtbot.waitUntil(lambda: _wholly_shown(panel.progress.save))
    form = panel.progress
    fields = [form.agency, form.period, form.status, form.percent, form.reported_on, form.result,
              form.difficulties, form.proposals, form.evidence, form.save]
    form.agency.setFocus()
    for field in fields:
        qtbot.waitUntil(lambda f=field: QApplication.focusWidget() is f)
        QApplication.processEvents()
        assert _wholly_shown(field), (field, field.visibleRegion().boundingRect(), field.size())
        assert _wholly_shown(form.save)
        qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_the_split_window_still_speaks_vietnamese(qtbot, window: MainWindow, prompter) -> None:
    """main_window.py was split by job (status line, undo wording, plan loading): their strings
    changed translation context, and their entries moved in theodoi_vi.ts with them — what the
    window shows is still Vietnamese."""
    from PySide6.QtGui import QUndoCommand

    from app.ui.shell.plan_loading import PlanLoader
    from app.ui.shell.status_line import StatusLine
    from app.ui.shell.undo_wording import UndoWording

    assert isinstance(window.status_line, StatusLine) and isinstance(window.undo_wording, UndoWording)
    assert window.db_label.text().startswith("Cơ sở dữ liệu: ") and window.db_label.text().endswith("theodoi.db")
    assert window.as_of_label.text() == "Tính đến: 01/11/2021"
    assert window.user_label.text() == "Người dùng: tester (chuyên viên theo dõi)"
    window.undo_stack.push(QUndoCommand("Đổi tên mục 1"))
    assert window.registry["edit.undo"].text() == "&Hoàn tác: Đổi tên mục 1"
    assert window.registry["edit.undo"].iconText() == "Hoàn tác"
    window.registry["edit.undo"].trigger()
    assert window.statusBar().currentMessage() == "Đã hoàn tác: Đổi tên mục 1"
    assert window.registry["edit.redo"].text() == "&Làm lại: Đổi tên mục 1"
    window.registry["edit.redo"].trigger()
    assert window.statusBar().currentMessage() == "Đã làm lại: Đổi tên mục 1"
    loader = window.loader
    assert isinstance(loader, PlanLoader)
    loader._load_failed(RuntimeError("boom"))
    assert prompter.errors == ["Không tải được danh sách kế hoạch."]
    loader.background = True
    window.reload_all()
    assert window.statusBar().currentMessage() == "Đang tải danh sách kế hoạch…"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=10000)
    qtbot.waitUntil(lambda: loader._filling is not None and loader._filling.done, timeout=10000)


def _letter(text: str) -> str | None:
    """The menu letter (`&X`) of an entry, lower-cased; None without one."""
    import re

    found = re.search(r"&(.)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_every_menu_entry_has_its_own_plain_letter(window: MainWindow) -> None:
    """Walked by keyboard: Alt+N opened "Công cụ" or cycled with "Chỉnh sửa" (both &C), and in the menus
    a letter shared by two entries only moves between them (Tệp: &Mở… and Cơ sở dữ liệu &mới…; Kế
    hoạch: &Nhập… and &Nhận…; a letter on `đ`, which needs two keys in Telex). Every menu title and
    entry has its own plain-ASCII letter, the panels' entries in Xem too; every action sits in a menu,
    and its tooltip names its shortcut."""
    titles = [action.text() for action in window.menuBar().actions()]
    letters = [_letter(t) for t in titles]
    assert None not in letters and len(set(letters)) == len(letters), titles
    in_menus: set[str] = set()
    for menu in window.menus.values():
        entries = [a for a in menu.actions() if not a.isSeparator()]
        texts = [a.text() for a in entries]
        letters = [_letter(t) for t in texts]
        assert None not in letters and len(set(letters)) == len(letters), (menu.title(), texts)
        assert all(letter is not None and letter.isascii() for letter in letters), texts
        in_menus.update(a.objectName() for a in entries)
    assert window.recent_menu.title() == "Cơ sở dữ liệu &gần đây"
    for name in window.registry.names():
        action = window.registry[name]
        assert name in in_menus, name
        if not action.shortcut().isEmpty():
            assert action.toolTip().endswith(f"({action.shortcut().toString()})"), (name, action.toolTip())


def test_a_fresh_database_greys_what_needs_a_plan(qtbot, services, settings, prompter, database) -> None:
    """On a fresh database Ins, Del, F2, Alt+Enter… did nothing at all, not a word: what acts on the
    open plan is greyed until one is open; creating and importing a plan stay available."""
    from app.ui.shell.state import PLANS

    w = MainWindow(services=services, database_url=database.display_name, settings=settings, prompter=prompter)
    qtbot.addWidget(w)
    w.resize(1024, 600)
    w.show()
    assert w.state.plan_id is None
    for name in ON_PLAN:
        assert not w.registry[name].isEnabled(), name
    for name in ("plan.new", "plan.import", "edit.find", "tools.agencies", "help.guide", "file.backup"):
        assert w.registry[name].isEnabled(), name
    services.plans.create_plan("Kế hoạch thử", number="1/KH-UBND")
    w.state.notify(PLANS)
    assert w.state.plan_id is not None
    assert all(w.registry[name].isEnabled() for name in ON_PLAN)


def test_tab_follows_the_screen_from_the_plans_to_the_task(qtbot, window: MainWindow, sample_plan) -> None:
    """Tab went from the central tabs to the outline, back up to the filter bar above it, then to the
    plans list on the left, and stopped on the task panel's scroll area: now it reads the screen —
    the plans list (search, filters, list), the tabs, the filter bar, the outline, the task panel —
    and the outline has the keyboard at the start."""
    window.resize(1024, 600)
    window.activateWindow()
    window.tree.select_node(sample_plan["t1"])
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.tree_view)
    plans, daily, panel = window.plans, window.daily, window.task_panel
    expected = [plans.search, plans.status, plans.year, plans.issuer, plans.view, window.tabs.tabBar(),
                *daily.buttons.values(), daily.agency, daily.state_filter, window.tree_view, panel.tabBar()]
    plans.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is plans.search)
    seen = [plans.search]
    for _ in range(len(expected) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[:len(expected)] == expected, [type(w).__name__ + ":" + w.objectName() for w in seen]
    assert panel.isAncestorOf(seen[len(expected)])  # then the fields of the task shown


def test_f5_shows_a_target_added_to_the_item_shown(window: MainWindow, services, sample_plan) -> None:
    """The outline now has the keyboard at the start, so its first row is the item shown; F5 did not
    show a target added meanwhile to the item already shown (the targets tab re-read only for
    another plan)."""
    window.tree.select_node(sample_plan["s1"])
    assert window.task_panel.targets.tree.topLevelItemCount() == 0
    services.targets.add(sample_plan["plan"], indicator="tỷ lệ cán bộ trẻ", comparator=">=", value=15, unit="%",
                         node_id=sample_plan["s1"], deadline_phrase="Đến năm 2025")
    window.registry["view.refresh"].trigger()
    panel = window.task_panel.targets
    assert panel.tree.topLevelItemCount() == 1 and panel.tree.topLevelItem(0).text(1) == "≥ 15 %"
