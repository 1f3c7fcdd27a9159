"""Import view on a corpus plan (read off the GUI thread, review, fix, confirm or cancel), the
agency directory (create, alias, merge) and the screenshot subcommand."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.ui.agencies.agencies_view import AgenciesView
from app.ui.imports.import_view import ImportView
from app.ui.shell.state import AppState

CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "corpus"
SAMPLE = CORPUS / "000_5d85a5fb6824ef83.txt"


@pytest.fixture
def importer(qtbot, services, prompter) -> ImportView:
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    return view


def test_import_review_fix_and_confirm(qtbot, importer: ImportView, services, tmp_path: Path) -> None:
    prompter = importer.prompter
    prompter.answers.append(str(SAMPLE))
    importer.choose_file()
    assert importer.pages.currentIndex() == 1  # reading, off the GUI thread
    qtbot.waitUntil(lambda: importer.pages.currentIndex() == 2, timeout=20000)
    assert importer.number_edit.text() == "177/KH-UBND"
    assert importer.model.rowCount() >= 3
    assert "04-NQ/TU" in importer.source.toPlainText()
    # fix a row: give the first task another deadline
    first_task = next(i for i, n in enumerate(importer.nodes) if n.kind == "task")
    model = importer.model
    importer.tree.setCurrentIndex(importer.view_index(first_task))
    assert model.setData(model.index_of(first_task, 4), "trong năm 2022")  # what the delegate does on commit
    assert importer.nodes[first_task].deadline_text == "trong năm 2022"
    importer.nodes[first_task].warnings = ["kiểm tra"]
    importer._paint([first_task])
    assert importer.marks[first_task].reasons == ["kiểm tra"]
    background = model.index_of(first_task, 1).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == "#fff3c4"  # the row is highlighted, its number kept
    assert model.index_of(first_task, 0).data() == importer.nodes[first_task].label
    importer.tree.setCurrentIndex(importer.view_index(first_task))
    importer.mark_checked()
    assert not importer.nodes[first_task].warnings and not importer.marks[first_task].needs_check
    stored: list[int] = []
    importer.imported.connect(stored.append)
    plan_id = importer.confirm()
    assert plan_id and stored == [plan_id]
    tree = services.plans.tree(plan_id)
    assert any(n.deadline_phrase == "trong năm 2022" for n in tree)
    assert sum(1 for n in tree if n.kind == "task") >= 20
    assert importer.pages.currentIndex() == 0


def test_import_cancel_stores_nothing(qtbot, importer: ImportView, services) -> None:
    importer.start(str(SAMPLE))
    qtbot.waitUntil(lambda: importer.pages.currentIndex() == 2, timeout=20000)
    importer.cancel()
    assert services.plans.list_plans() == [] and importer.pages.currentIndex() == 0


def test_import_bad_file_shows_message(qtbot, importer: ImportView, services, tmp_path: Path) -> None:
    bad = tmp_path / "note.txt"
    bad.write_text("Xin chào, đây không phải kế hoạch.", encoding="utf-8")
    importer.start(str(bad))
    qtbot.waitUntil(lambda: bool(importer.prompter.errors), timeout=20000)
    assert importer.pages.currentIndex() == 0 and services.plans.list_plans() == []


def test_agencies_create_alias_merge(qtbot, services, prompter, sample_plan) -> None:
    view = AgenciesView(AppState(services), prompter)
    qtbot.addWidget(view)
    view.reload()
    view.new_name.setText("Sở Giáo dục và Đào tạo")
    assert view.create_agency()
    view.new_name.setText("Sở GD&ĐT")
    assert view.create_agency()
    dup = next(a.id for a in view.agencies if a.name == "Sở GD&ĐT")
    keep = next(a.id for a in view.agencies if a.name == "Sở Giáo dục và Đào tạo")
    assert view.select_agency(keep)
    view.alias_edit.setText("Sở Giáo dục")
    assert view.add_alias()
    view.filter.setText("so giao duc")
    assert view.proxy.rowCount() == 1  # name and alias match; "Sở GD&ĐT" does not
    view.filter.setText("gd&dt")
    assert view.proxy.rowCount() == 1
    view.filter.clear()
    prompter.answers.append(True)
    assert view.merge(dup, keep, "Sở Giáo dục và Đào tạo")
    agency = next(a for a in view.agencies if a.id == keep)
    assert "Sở GD&ĐT" in agency.aliases and all(a.id != dup for a in view.agencies)
    view.new_name.setText("Sở Nội vụ")
    assert not view.create_agency() and prompter.errors  # duplicate refused with the service's message
    view.group_name.setText("Các sở, ban, ngành")
    assert view.create_group()
    view.group_list.setCurrentRow(0)
    view.members.item(0).setCheckState(view.members.item(0).checkState().Checked)
    assert view.save_members()
    assert len(services.agencies.list_groups()[0].member_ids) == 1


def test_screenshot_command(tmp_path: Path, database, sample_plan, qapp) -> None:
    from app.__main__ import main

    out = tmp_path / "tree.png"
    path = database.display_name
    assert main(["screenshot", "--db", path, "--view", "calendar", "--out", str(out), "--as-of", "2021-11-01"]) == 0
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    assert main(["screenshot", "--db", str(tmp_path / "missing.db"), "--out", str(out)]) == 2


def test_agency_directory_edits_undo_and_redo(qtbot, services, prompter, sample_plan) -> None:
    from PySide6.QtGui import QUndoStack

    stack = QUndoStack()
    view = AgenciesView(AppState(services), prompter, undo_stack=stack)
    stack.setParent(view)  # as in the window: a parentless stack left to the garbage collector crashed it
    qtbot.addWidget(view)
    view.reload()
    names = lambda: {a.name for a in services.agencies.list_agencies()}  # noqa: E731
    before = names()
    view.new_name.setText("Sở Du lịch")
    assert view.create_agency() and "Sở Du lịch" in names()
    new_id = services.agencies.resolve("Sở Du lịch")
    assert view.select_agency(new_id)
    view.name_edit.setText("Sở Du lịch Thành phố")
    assert view.save_current()
    view.alias_edit.setText("SDL")
    assert view.add_alias()
    assert services.agencies.resolve("sdl") == new_id
    stack.undo()  # alias
    assert services.agencies.resolve("sdl") is None
    stack.undo()  # rename
    assert "Sở Du lịch" in names()
    stack.undo()  # create
    assert names() == before
    stack.redo()
    stack.redo()
    assert "Sở Du lịch Thành phố" in names()
    view.group_name.setText("Các sở mới")
    assert view.create_group()
    view.group_list.setCurrentRow(0)
    view.members.item(0).setCheckState(view.members.item(0).checkState().Checked)
    assert view.save_members()
    stack.undo()
    assert services.agencies.list_groups()[0].member_ids == ()
    stack.undo()
    assert services.agencies.list_groups() == []


@pytest.mark.parametrize(("width", "kept_whole", "all_whole"), [(720, False, False), (1000, True, False),
                                                                 (1300, True, True)])
def test_review_outline_keeps_the_content_readable(qtbot, importer: ImportView, width: int, kept_whole: bool,
                                                   all_whole: bool) -> None:
    """The import view of a 1024×600 window is about 1000 px wide (the plans panel steps aside),
    720 px when the clerk keeps the panel: the content column keeps at least a third of the
    outline (it used to get ~50 px); at 1000 px the deadline and its reading stay whole
    (`Hạn 30/06/2025` used to be cut) and the lead and support columns give way; on a wide
    screen every side column has its width."""
    from app.ui.imports.review_model import Column
    from app.ui.imports.review_tree import KEPT, LEAST

    importer.resize(width, 560)
    importer.show()
    importer.pages.setCurrentIndex(2)  # the review page
    qtbot.waitExposed(importer)
    tree = importer.tree
    viewport = tree.viewport().width()
    assert tree.columnWidth(Column.TEXT) >= 0.33 * viewport
    wanted = tree.wanted_widths()
    widths = {column: tree.columnWidth(column) for column in wanted}
    assert all(widths[column] == wanted[column] for column in KEPT) is kept_whole, (viewport, widths, wanted)
    assert (widths == wanted) is all_whole, (viewport, widths, wanted)
    assert min(widths.values()) >= LEAST
    if kept_whole:
        assert widths[Column.READING] > tree.fontMetrics().horizontalAdvance("Hạn 30/06/2025")
        assert widths[Column.READING] > tree.fontMetrics().horizontalAdvance("Đến hết năm 2025")  # was cut too


def test_screenshot_of_the_review_on_a_chosen_document(tmp_path: Path, database, qapp, capsys) -> None:
    """The guide's picture of the review (`--view import --document`): the plan given, on its first
    row to check; a missing document is one Vietnamese line."""
    from app.__main__ import main

    out = tmp_path / "import.png"
    document = Path(__file__).resolve().parents[2] / "fixtures" / "genre2" / "04_thaibinh_cds.txt"
    args = ["screenshot", "--db", database.display_name, "--view", "import", "--out", str(out)]
    assert main([*args, "--document", str(document), "--size", "1024x600"]) == 0
    from PySide6.QtGui import QImage

    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (1024, 600)
    assert main([*args, "--force", "--document", str(tmp_path / "khong-co.docx")]) == 2
    assert "Lỗi: Không tìm thấy văn bản" in capsys.readouterr().err
