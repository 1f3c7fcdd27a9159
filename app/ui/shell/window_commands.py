"""Handlers of the File, Plan, Reports, Tools and Help menus.

Why apart from the window: these are the few places where the UI changes what the window is
connected to (another database, another language), and they all ask the user something first —
through the injected Prompter, so tests can answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from app import __version__
from app.domain.dates import format_vn
from app.domain.periods import PeriodKind, code_name, parse_period_name, period_containing, period_name
from app.errors import AppError
from app.ui.shell.actions import ActionRegistry
from app.ui.shell.i18n import install_translator, remove_translator
from app.ui.shell.settings import Settings
from app.ui.shell.state import PLANS, AppState
from app.ui.task.undo_commands import FunctionCommand
from app.ui.widgets.prompts import Prompter

Opener = Callable[..., tuple["Services", str]]  # (target[, user, password]): app.ui.shell.application.open_services

if TYPE_CHECKING:
    from app.services import Services
    from app.services.views import PlanDetail

DB_FILTER = "*.db *.sqlite"
T = TypeVar("T")


class WindowCommands(QObject):
    """The menus' commands over the window's shared state. It knows the window only as a parent
    for dialogs and its status bar, so the window module and this one do not import each other."""

    def __init__(self, window: QMainWindow, state: AppState, settings: Settings, prompter: Prompter,
                 undo_stack: QUndoStack, *, show_view: Callable[[str], None], retranslate: Callable[[], None],
                 opener: Opener | None = None, log_folder: Path | None = None, language: str = "vi") -> None:
        super().__init__(window)
        self.w = window
        self.state = state
        self.settings = settings
        self.prompter = prompter
        self.undo_stack = undo_stack
        self.show_view = show_view
        self.retranslate = retranslate
        self.opener = opener
        self.log_folder = log_folder
        self.language = language
        self.translator: QTranslator | None = None

    def connect_actions(self, registry: ActionRegistry, recent_menu: QMenu) -> None:
        for name, slot in (("file.new_db", self.new_database), ("file.open_db", self.open_database),
                           ("file.open_server", self.open_server),
                           ("file.backup", self.backup), ("file.restore", self.restore),
                           ("file.auto_backups", self.automatic_backups),
                           ("file.quit", self.w.close), ("view.as_of", self.change_as_of),
                           ("plan.new", self.new_plan), ("plan.properties", self.plan_properties),
                           ("plan.delete", self.delete_plan), ("plan.approve", self.approve_period),
                           ("plan.unlock", self.unlock_period),
                           ("tools.audit", self.audit_trail), ("tools.language", self.toggle_language),
                           ("help.log_folder", self.open_log_folder), ("help.about", self.about)):
            registry[name].triggered.connect(lambda _checked=False, s=slot: s())
        self.recent_menu = recent_menu
        recent_menu.aboutToShow.connect(self.fill_recent)

    def _status(self, text: str, timeout: int) -> None:
        self.w.statusBar().showMessage(text, timeout)

    def _guard(self, fn: Callable[[], T]) -> T | None:
        """Run a service call; a refusal is shown (its one message) and gives None."""
        try:
            return fn()
        except AppError as exc:
            self.prompter.error(self.w, exc.message)
            return None

    def _done(self, fn: Callable[[], object]) -> bool:
        """`_guard` for a call that returns nothing: whether it went through."""
        try:
            fn()
        except AppError as exc:
            self.prompter.error(self.w, exc.message)
            return False
        return True

    # -- databases -----------------------------------------------------------------------------
    def switch_database(self, target: str) -> bool:
        """Open another database; a server one asks who signs in first (the password is only
        passed on to the sign-in check, never kept)."""
        from app.ui.shell.sign_in import ask_sign_in, is_server

        opener = self.opener
        if opener is None:
            return False
        if is_server(target):
            signed = ask_sign_in(self.prompter, target, self.state.user or None)
            if signed is None:
                return False
            opened = self._guard(lambda: opener(target, *signed))
        else:
            opened = self._guard(lambda: opener(target))
        if opened is None:
            return False
        services, url = opened
        self.undo_stack.clear()  # the history belongs to the other database
        self.state.set_services(services, url)
        self.settings.add_recent_database(url)
        return True

    def new_database(self) -> bool:
        kinds = self.tr("Databases ({p})").format(p=DB_FILTER)
        path = self.prompter.save_file(self.w, self.tr("New database"), kinds)
        if not path:
            return False
        if Path(path).exists():
            self.prompter.error(self.w, self.tr("The file already exists; choose Open database instead."))
            return False
        return self.switch_database(path)

    def open_database(self) -> bool:
        kinds = self.tr("Databases ({p})").format(p=DB_FILTER)
        path = self.prompter.open_file(self.w, self.tr("Open database"), kinds)
        return self.switch_database(path) if path else False

    def open_server(self) -> bool:
        """File ▸ Open server database…: a postgresql:// address, then the sign-in."""
        servers = [p for p in self.settings.recent_databases if "://" in p]
        url = self.prompter.get_text(self.w, self.tr("Open server database"),
                                     self.tr("Server database address (postgresql://user@host/database):"),
                                     servers[0] if servers else "postgresql://")
        if not url or not url.strip():
            return False
        if not url.strip().startswith("postgresql"):
            self.prompter.error(self.w, self.tr("“{url}” is not a server database address (postgresql://…).")
                                .format(url=url.strip()))
            return False
        return self.switch_database(url.strip())

    def _url(self) -> str:
        """The open database's URL as it connects (a server's password stays in memory only)."""
        return str(self.state.services.database.url) if self.state.ready else self.state.database_url

    def fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for path in self.settings.recent_databases:
            action = menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.switch_database(p))
        menu.setEnabled(bool(self.settings.recent_databases))

    def backup(self) -> Path | None:
        from app.services.storage import backup_database

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        current = Path(self.state.database_url)
        suggested = str(current.with_name(f"{current.stem}-saoluu-{stamp}.db"))
        path = self.prompter.save_file(self.w, self.tr("Back up database"),
                                       self.tr("Databases ({p})").format(p=DB_FILTER), suggested)
        if not path:
            return None
        # The save dialog has already asked before replacing a file; a database is refused anyway.
        done = self._guard(lambda: backup_database(self._url(), path, force=True))
        if done is not None:
            self._status(self.tr("Backup written to {path}").format(path=done), 10000)
        return done

    def restore(self) -> bool:
        path = self.prompter.open_file(self.w, self.tr("Restore from backup"),
                                       self.tr("Databases ({p})").format(p=DB_FILTER))
        return self.restore_backup(Path(path)) if path else False

    def automatic_backups(self) -> bool:
        """List the automatic backups; the dialog restores one (asking first) or changes the
        folder. True when a backup was restored."""
        from app.services import storage
        from app.ui.admin.backups_dialog import BackupsDialog

        url = self._url()
        dialog = BackupsDialog(
            self.prompter, lambda: storage.list_automatic_backups(url),
            lambda: storage.automatic_backup_folder(url),
            lambda folder: storage.set_automatic_backup_folder(self.state.services.database, folder,
                                                                      self.state.services.user),
            self.restore_backup, self.w)
        try:
            self.prompter.run_dialog(dialog)
            return dialog.restored
        finally:
            dialog.deleteLater()

    def audit_trail(self) -> bool:
        """Tools ▸ Audit trail…: who changed what and when (filters, before/after, XLSX export)."""
        from app.ui.admin.audit_dialog import AuditDialog

        dialog = self._guard(lambda: AuditDialog(self.prompter, self.state.services, self.w))
        if dialog is None:
            return False
        try:
            return bool(self.prompter.run_dialog(dialog))
        finally:
            dialog.deleteLater()

    def restore_backup(self, path: Path) -> bool:
        """Restore one automatic backup over the open database (the current data is backed up
        first, by the service) and reopen it."""
        from app.services.storage import restore_database

        question = self.tr("Replace the current data with the backup {path}? The current data is backed up "
                           "first.").format(path=path)
        if not self.prompter.ask_yes_no(self.w, self.tr("Restore from backup"), question):
            return False
        target = self._url()
        if self._guard(lambda: (restore_database(path, target), True)) is None:
            return False
        return self.switch_database(target)

    # -- plan, view, tools ----------------------------------------------------------------------
    def change_as_of(self) -> bool:
        text = self.prompter.get_text(self.w, self.tr("As-of date"), self.tr("States are computed on (dd/mm/yyyy):"),
                                      format_vn(self.state.as_of()))
        if not text:
            return False
        try:
            day = dt.datetime.strptime(text.strip(), "%d/%m/%Y").date()
        except ValueError:
            self.prompter.error(self.w, self.tr("“{text}” is not a date (dd/mm/yyyy).").format(text=text))
            return False
        self.state.set_as_of(day)  # the plans, the tree and the open calendar follow (bug 4)
        return True

    def new_plan(self) -> int | None:
        title = self.prompter.get_text(self.w, self.tr("New plan"), self.tr("Title of the plan:"))
        if not title:
            return None
        plan_id = self._guard(lambda: self.state.services.plans.create_plan(title))
        if plan_id is not None:
            created = [plan_id]

            def redo() -> None:
                if not created:
                    created.append(self.state.services.plans.create_plan(title))

            def undo() -> None:
                self.state.services.plans.delete_plan(created.pop(), backup=False)

            self._push(self.tr("New plan"), redo, undo)
            self.state.notify(PLANS)
            self.state.set_plan(plan_id)
            self.show_view("tree")
        return plan_id

    def _push(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        """Put an edit already made on the window's undo stack (plan-level edits)."""
        self.undo_stack.push(FunctionCommand(text, redo, undo, lambda exc: self.prompter.error(self.w, exc.message),
                                             lambda: self.state.notify(PLANS)))

    def _open_plan(self) -> PlanDetail | None:
        """The open plan as stored now (None: no plan open, or it is gone — the message is shown)."""
        plan_id = self.state.plan_id
        return self._guard(lambda: self.state.services.plans.plan(plan_id)) if plan_id is not None else None

    def plan_properties(self) -> bool:
        detail = self._open_plan()
        if detail is None:
            return False
        plan_id = detail.id
        from app.ui.plans.plan_dialog import PlanDialog, PlanValue

        dialog = PlanDialog(detail, self.w)
        if not self.prompter.run_dialog(dialog):
            return False
        changes = self._guard(dialog.changes)
        if not changes:
            return False
        old = dialog.old_values(changes)
        version = self._guard(lambda: self.state.services.plans.update_plan(plan_id, detail.version, **changes))
        if version is not None:
            # undo and redo carry the version the previous step left: a change made meanwhile in
            # another window is reported (and the command dropped), never overwritten
            versions = [version]

            def step(values: dict[str, PlanValue]) -> None:
                versions[0] = self.state.services.plans.update_plan(plan_id, versions[0], **values)

            self._push(self.tr("Plan properties"), lambda: step(changes), lambda: step(old))
        self.state.notify(PLANS)
        return version is not None

    def approve_period(self) -> bool:
        """A leader approves the open plan's period report (the newest printed one): the period's
        progress is locked until a clerk unlocks it. Refusals (role, no report) are shown as is."""
        plan_id = self.state.plan_id
        period = self._ask_period(self.tr("Approve period report")) if plan_id is not None else None
        if plan_id is None or not period:
            return False
        approval = self._guard(lambda: self.state.services.approvals.approve(plan_id, period))
        if approval is None:
            return False
        self.prompter.inform(self.w, self.tr("Approve period report"), self.tr(
            "Period {period} approved; its progress is locked.").format(period=code_name(approval.period)))
        return True

    def unlock_period(self) -> bool:
        plan_id = self.state.plan_id
        period = self._ask_period(self.tr("Unlock approved period")) if plan_id is not None else None
        if plan_id is None or not period:
            return False
        if not self._done(lambda: self.state.services.approvals.unlock(plan_id, period)):
            return False
        self._status(self.tr("Period {period} unlocked.").format(period=code_name(period)), 10000)
        return True

    def _ask_period(self, title: str) -> str | None:
        """The period's code, typed by its Vietnamese name (`Quý III năm 2021`; a code also works)."""
        current = period_containing(PeriodKind.QUARTER, self.state.as_of())
        text = self.prompter.get_text(self.w, title, self.tr(
            "Period (e.g. Quý III năm {year}, 6 tháng đầu năm {year}, Tháng 8/{year}, Năm {year}):").format(
                year=self.state.as_of().year),
            period_name(current) if current else "")
        if not text or not text.strip():
            return None
        period = self._guard(lambda: parse_period_name(text))
        return period.code if period is not None else None

    def delete_plan(self) -> bool:
        """Delete the open plan with everything under it. Too large to undo in memory, so the
        service backs the database up first (automatic backups) and the question says so."""
        detail = self._open_plan()
        if detail is None:
            return False
        plan_id = detail.id
        question = self.tr("Delete the plan “{title}” with all its tasks, progress and targets? This cannot be "
                           "undone; a backup of the database is made first.").format(title=detail.title)
        if not self.prompter.ask_yes_no(self.w, self.tr("Delete plan"), question):
            return False
        done = self._guard(lambda: (self.state.services.plans.delete_plan(plan_id),))
        if done is None:
            return False
        backup = done[0]
        self.state.notify(PLANS)  # the window opens another plan (or none)
        if backup is not None:
            self._status(self.tr("Plan deleted; backup at {path}").format(path=backup), 15000)
        return True

    def toggle_language(self) -> str:
        app = QCoreApplication.instance()
        assert app is not None
        new = "en" if self.language == "vi" else "vi"
        for translator in app.findChildren(QTranslator):
            remove_translator(app, translator)
            translator.deleteLater()
        self.translator = install_translator(app, new)
        self.language = new
        self.settings.language = new
        self.retranslate()
        return new

    def open_log_folder(self) -> None:
        if self.log_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_folder)))

    def about(self) -> None:
        self.prompter.inform(self.w, self.tr("About"), self.tr(
            "Theo dõi Kế hoạch {version}\nTracks the tasks of implementation plans and prints the official "
            "reports.").format(version=__version__))

