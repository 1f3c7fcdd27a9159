"""The one place where the window's actions are declared.

Why: menus, toolbar, context menus and tests all need the same QAction objects; declaring them
in a table gives each one an object name, a category (its menu), an icon, a default shortcut and
a translatable text, and lets a test prove that no two actions share a shortcut. Texts are set in
`retranslate_ui()` so a language change re-translates every action at once. The user's own
shortcuts are stored only as overrides of the defaults.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence

from app.resources import resource_path
from app.ui.widgets.tr import QT_TRANSLATE_NOOP

CTX = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    """Declaration of one action; `text` and `tip` are English sources translated in CTX."""

    name: str
    category: str
    text: str
    shortcut: str = ""
    icon: str = ""
    tip: str = ""
    checkable: bool = False
    short: str = ""  # the toolbar's word when `text` is too long for a 1024-pixel screen (the tooltip keeps it)


# Categories are the menus, in menu-bar order.
CATEGORIES: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("plan", QT_TRANSLATE_NOOP("Actions", "&Plan")),
    ("report", QT_TRANSLATE_NOOP("Actions", "&Reports")),
    ("tools", QT_TRANSLATE_NOOP("Actions", "&Tools")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)

SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("file.new_db", "file", QT_TRANSLATE_NOOP("Actions", "&New database…"), "Ctrl+Shift+N", "new"),
    ActionSpec("file.open_db", "file", QT_TRANSLATE_NOOP("Actions", "&Open database…"), "Ctrl+O", "open"),
    ActionSpec("file.open_server", "file", QT_TRANSLATE_NOOP("Actions", "Open &server database…"), "", ""),
    ActionSpec("file.backup", "file", QT_TRANSLATE_NOOP("Actions", "&Back up database…"), "", "backup"),
    ActionSpec("file.restore", "file", QT_TRANSLATE_NOOP("Actions", "&Restore from backup…"), "", "restore"),
    ActionSpec("file.auto_backups", "file", QT_TRANSLATE_NOOP("Actions", "&Automatic backups…"), "", ""),
    ActionSpec("file.quit", "file", QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q", ""),
    ActionSpec("edit.undo", "edit", QT_TRANSLATE_NOOP("Actions", "&Undo"), "Ctrl+Z", "undo"),
    ActionSpec("edit.redo", "edit", QT_TRANSLATE_NOOP("Actions", "&Redo"), "Ctrl+Y", "redo"),
    ActionSpec("edit.add_sibling", "edit", QT_TRANSLATE_NOOP("Actions", "Add &item below"), "Ins", "add",
               QT_TRANSLATE_NOOP("Actions", "Add an item after the selected one, at the same level"),
               short=QT_TRANSLATE_NOOP("Actions", "Add item")),
    ActionSpec("edit.add_child", "edit", QT_TRANSLATE_NOOP("Actions", "Add &sub-item"), "Ctrl+Ins", "add-child",
               QT_TRANSLATE_NOOP("Actions", "Add an item inside the selected one"),
               short=QT_TRANSLATE_NOOP("Actions", "Sub-item")),
    ActionSpec("edit.rename", "edit", QT_TRANSLATE_NOOP("Actions", "&Edit text"), "F2", ""),
    ActionSpec("edit.delete", "edit", QT_TRANSLATE_NOOP("Actions", "&Delete item"), "Del", "delete",
               short=QT_TRANSLATE_NOOP("Actions", "Delete")),
    ActionSpec("edit.move_up", "edit", QT_TRANSLATE_NOOP("Actions", "Move u&p"), "Ctrl+Up", "up"),
    ActionSpec("edit.move_down", "edit", QT_TRANSLATE_NOOP("Actions", "Move do&wn"), "Ctrl+Down", "down"),
    ActionSpec("edit.indent", "edit", QT_TRANSLATE_NOOP("Actions", "I&ndent"), "Ctrl+Right", ""),
    ActionSpec("edit.outdent", "edit", QT_TRANSLATE_NOOP("Actions", "&Outdent"), "Ctrl+Left", ""),
    ActionSpec("edit.find", "edit", QT_TRANSLATE_NOOP("Actions", "&Find in all plans…"), "Ctrl+F", "find",
               short=QT_TRANSLATE_NOOP("Actions", "Find")),
    ActionSpec("view.tree", "view", QT_TRANSLATE_NOOP("Actions", "Plan &tree"), "Ctrl+1", "tree", checkable=True),
    ActionSpec("view.calendar", "view", QT_TRANSLATE_NOOP("Actions", "&Calendar"), "Ctrl+2", "calendar",
               checkable=True),
    ActionSpec("view.expand_all", "view", QT_TRANSLATE_NOOP("Actions", "E&xpand all"), "", ""),
    ActionSpec("view.collapse_all", "view", QT_TRANSLATE_NOOP("Actions", "C&ollapse all"), "", ""),
    # the tree's daily views (app/ui/tree/daily_bar.py)
    ActionSpec("view.filter_all", "view", QT_TRANSLATE_NOOP("Actions", "All tas&ks"), "Ctrl+Shift+T", ""),
    ActionSpec("view.filter_due", "view", QT_TRANSLATE_NOOP("Actions", "Due this &period"), "Ctrl+Shift+D", "",
               QT_TRANSLATE_NOOP("Actions", "Only the tasks due in the quarter of the as-of date")),
    ActionSpec("view.filter_overdue", "view", QT_TRANSLATE_NOOP("Actions", "O&verdue"), "Ctrl+Shift+Q", "",
               QT_TRANSLATE_NOOP("Actions", "Only the tasks still owed past their due date")),
    ActionSpec("view.filter_agency", "view", QT_TRANSLATE_NOOP("Actions", "By a&gency…"), "Ctrl+Shift+G", "",
               QT_TRANSLATE_NOOP("Actions", "Only the tasks of one agency (lead, support or group member)")),
    ActionSpec("view.refresh", "view", QT_TRANSLATE_NOOP("Actions", "&Refresh"), "F5", ""),
    ActionSpec("view.as_of", "view", QT_TRANSLATE_NOOP("Actions", "&As-of date…"), "Ctrl+D", ""),
    ActionSpec("plan.new", "plan", QT_TRANSLATE_NOOP("Actions", "&New plan…"), "Ctrl+N", "new-plan"),
    ActionSpec("plan.import", "plan", QT_TRANSLATE_NOOP("Actions", "&Import plan document…"), "Ctrl+I", "import",
               short=QT_TRANSLATE_NOOP("Actions", "Import plan")),
    ActionSpec("plan.properties", "plan", QT_TRANSLATE_NOOP("Actions", "Plan &properties…"), "Alt+Return", ""),
    ActionSpec("plan.delete", "plan", QT_TRANSLATE_NOOP("Actions", "&Delete plan…"), "", ""),
    ActionSpec("plan.exchange_send", "plan", QT_TRANSLATE_NOOP("Actions", "&Send report forms…"), "Ctrl+Shift+E", "",
               QT_TRANSLATE_NOOP("Actions", "One workbook per agency for a period, to fill in Excel")),
    ActionSpec("plan.exchange_receive", "plan", QT_TRANSLATE_NOOP("Actions", "Recei&ve report forms…"), "Ctrl+Shift+I",
               "",
               QT_TRANSLATE_NOOP("Actions", "Preview and apply the workbooks agencies sent back")),
    ActionSpec("plan.register", "plan", QT_TRANSLATE_NOOP("Actions", "Reporting re&gister…"), "Ctrl+Shift+L", "",
               QT_TRANSLATE_NOOP("Actions", "Which agencies reported, on time or late")),
    ActionSpec("plan.approve", "plan", QT_TRANSLATE_NOOP("Actions", "&Approve period report…"), "", ""),
    ActionSpec("plan.unlock", "plan", QT_TRANSLATE_NOOP("Actions", "&Unlock approved period…"), "", ""),
    ActionSpec("report.progress", "report", QT_TRANSLATE_NOOP("Actions", "&Progress report…"), "Ctrl+R", "report"),
    ActionSpec("report.tasklist", "report", QT_TRANSLATE_NOOP("Actions", "&Task list…"), "", ""),
    ActionSpec("report.reminder", "report", QT_TRANSLATE_NOOP("Actions", "R&eminder letter…"), "", ""),
    ActionSpec("report.calendar", "report", QT_TRANSLATE_NOOP("Actions", "Monthly &calendar…"), "", ""),
    ActionSpec("report.targets", "report", QT_TRANSLATE_NOOP("Actions", "Tar&gets table…"), "", ""),
    ActionSpec("report.office", "report", QT_TRANSLATE_NOOP("Actions", "Issuing &office…"), "", ""),
    ActionSpec("tools.agencies", "tools", QT_TRANSLATE_NOOP("Actions", "&Agencies…"), "Ctrl+Shift+A", "agencies"),
    ActionSpec("tools.audit", "tools", QT_TRANSLATE_NOOP("Actions", "Audit &trail…"), "", ""),
    ActionSpec("tools.language", "tools", QT_TRANSLATE_NOOP("Actions", "Switch &language (Tiếng Việt/English)"), "",
               ""),
    ActionSpec("help.guide", "help", QT_TRANSLATE_NOOP("Actions", "&User guide"), "F1", "",
               QT_TRANSLATE_NOOP("Actions", "The clerk's jobs step by step (F1 on a panel opens its part)")),
    ActionSpec("help.first_run", "help", QT_TRANSLATE_NOOP("Actions", "&First-run assistant…"), "", "",
               QT_TRANSLATE_NOOP("Actions", "Office profile, agency directory and groups' members")),
    ActionSpec("help.log_folder", "help", QT_TRANSLATE_NOOP("Actions", "Open &log folder"), "", ""),
    ActionSpec("help.about", "help", QT_TRANSLATE_NOOP("Actions", "&About"), "", ""),
)


def category_title(category: str) -> str:
    for key, text in CATEGORIES:
        if key == category:
            return QCoreApplication.translate(CTX, text)
    raise KeyError(category)


class ActionRegistry(QObject):
    """Creates every QAction once; look them up by object name (`registry["edit.undo"]`)."""

    def __init__(self, parent: QObject, overrides: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._specs = {s.name: s for s in SPECS}
        self._actions: dict[str, QAction] = {}
        overrides = overrides or {}
        for spec in SPECS:
            action = QAction(parent)
            action.setObjectName(spec.name)
            action.setCheckable(spec.checkable)
            if spec.icon:
                action.setIcon(_icon(spec.icon))
            shortcut = overrides.get(spec.name, spec.shortcut)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            self._actions[spec.name] = action
        self.retranslate_ui()

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def names(self) -> list[str]:
        return list(self._actions)

    def in_category(self, category: str) -> list[QAction]:
        return [self._actions[s.name] for s in SPECS if s.category == category]

    def retranslate_ui(self) -> None:
        for name, action in self._actions.items():
            spec = self._specs[name]
            action.setText(QCoreApplication.translate(CTX, spec.text))
            if spec.short:  # else Qt's own: the text without its & and …
                action.setIconText(QCoreApplication.translate(CTX, spec.short))
            tip = QCoreApplication.translate(CTX, spec.tip) if spec.tip else action.text().replace("&", "")
            if not action.shortcut().isEmpty():
                tip = f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def shortcut_conflicts(self) -> list[tuple[str, str, str]]:
        """Pairs of actions sharing a key sequence: (sequence, first, second)."""
        seen: dict[str, str] = {}
        conflicts = []
        for name, action in self._actions.items():
            for seq in action.shortcuts():
                key = seq.toString(QKeySequence.SequenceFormat.PortableText)
                if key in seen:
                    conflicts.append((key, seen[key], name))
                else:
                    seen[key] = name
        return conflicts


def _icon(name: str) -> QIcon:
    """Our SVG icon if shipped, else an empty icon (the text still shows in menus)."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
