"""Room for the import review in the main window at 1024×600: the plans panel steps aside on
the import tab and comes back as it was, a clerk's choice to keep it there is remembered in
their settings, and so is the split between the outline and the document text."""

from __future__ import annotations

from pathlib import Path

from app.ui.shell.main_window import MainWindow
from app.ui.shell.settings import Settings

BIG = Path(__file__).resolve().parents[2] / "fixtures" / "real2" / "2ab9f90ee834d2c1.txt"


def test_the_plans_panel_steps_aside_on_the_import_tab_and_comes_back(qtbot, window, services) -> None:
    window.resize(1024, 600)
    dock = window.plans_dock
    assert dock.isVisible()
    window.show_view("import")
    window.importer._parsed(services.plan_import.read(BIG))
    assert not dock.isVisible()
    # the review has the window's width (the outline ~650 px), not what the panel left it (~490 px)
    qtbot.waitUntil(lambda: window.importer.tree.width() > 600, timeout=3000)
    window.show_view("tree")
    assert dock.isVisible()
    window.show_view("calendar")
    assert dock.isVisible()
    # a panel the clerk closed elsewhere stays closed after the import tab
    dock.toggleViewAction().trigger()
    window.show_view("import")
    window.show_view("tree")
    assert not dock.isVisible() and not window.settings.import_plans_panel


def test_a_panel_shown_on_the_import_tab_is_remembered_and_so_is_the_split(qtbot, window, services, database,
                                                                           prompter) -> None:
    window.show_view("import")
    dock = window.plans_dock
    dock.toggleViewAction().trigger()  # View ▸ the plans panel, on the import tab
    assert dock.isVisible() and window.settings.import_plans_panel
    window.show_view("tree")
    window.show_view("import")
    assert dock.isVisible()
    dock.toggleViewAction().trigger()  # hidden again there: forgotten
    assert not window.settings.import_plans_panel
    splitter = window.importer.splitter
    splitter.setSizes([400, 600])
    splitter.moveSplitter(520, 1)  # what dragging the handle does
    saved = window.settings.import_splitter
    assert not saved.isEmpty()
    window.close()  # closed on the import tab: the layout saved has the panel as the tree shows it
    again = Settings(window.settings.file_name)
    assert again.import_splitter == saved
    assert not again.import_plans_panel
    reopened = MainWindow(services=services, database_url=database.display_name, settings=again, prompter=prompter)
    qtbot.addWidget(reopened)
    assert not reopened.plans_dock.isHidden()
    assert reopened.importer.splitter.saveState() == saved
