"""The window's menus (one per action category, from the registry) and its toolbar.

Why a module: the main window only composes; the menus' order and separators, the recent-databases
submenu and the toolbar's buttons are one job, with their texts set again on a language change.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar

from app.ui.shell.actions import CATEGORIES, ActionRegistry, category_title

# the clerk's most used first: on a narrow screen what does not fit goes behind », from the end; short
# words (`ActionSpec.short`) so that at 1024 pixels nothing does
TOOLBAR = ("plan.import", "report.progress", None, "edit.undo", "edit.redo", None, "edit.add_sibling",
           "edit.add_child", "edit.delete", None, "view.tree", "view.calendar", "edit.find")

# a separator after these (the menus' groups)
SEPARATED = ("file.auto_backups", "edit.redo", "edit.outdent", "view.as_of", "view.collapse_all",
             "view.filter_agency", "plan.import", "report.targets")


def build_menus(window: QMainWindow, registry: ActionRegistry,
                docks: Sequence[QDockWidget]) -> tuple[dict[str, QMenu], QMenu, QToolBar]:
    """The menu bar's menus by category, the File menu's recent databases, the View menu's panels
    (`docks`) and the toolbar; texts are set by `retranslate_menus`."""
    menus: dict[str, QMenu] = {}
    for key, _text in CATEGORIES:
        menu = window.menuBar().addMenu("")
        menu.setObjectName(f"menu_{key}")
        menus[key] = menu
        for action in registry.in_category(key):
            menu.addAction(action)
            if action.objectName() in SEPARATED:
                menu.addSeparator()
    recent_menu = QMenu(window)
    menus["file"].insertMenu(registry["file.backup"], recent_menu)
    view_menu = menus["view"]
    view_menu.addSeparator()
    for dock in docks:
        view_menu.addAction(dock.toggleViewAction())
    toolbar = QToolBar(window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for name in TOOLBAR:
        if name is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(registry[name])
    window.addToolBar(toolbar)
    return menus, recent_menu, toolbar


def retranslate_menus(menus: dict[str, QMenu], recent_menu: QMenu, toolbar: QToolBar) -> None:
    for key, menu in menus.items():
        menu.setTitle(category_title(key))
    recent_menu.setTitle(QCoreApplication.translate("MainWindow", "Rec&ent databases"))
    toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Main toolbar"))
