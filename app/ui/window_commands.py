"""Handlers of the File, Plan, Reports, Tools and Help menus.

Why apart from the window: these are the few places where the UI changes what the window is
connected to (another database, another language), and they all ask the user something first —
through the injected Prompter, so tests can answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, QUrl
from PySide6.QtGui import QDesktopServices

from app import __version__
from app.domain.dates import format_vn
from app.errors import AppError
from app.ui.i18n import install_translator, remove_translator
from app.ui.undo_commands import FunctionCommand

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

DB_FILTER = "*.db *.sqlite"


class WindowCommands(QObject):
    def __init__(self, window: MainWindow, opener: Callable[..., tuple[Any, str]] | None,
                 log_folder: Path | None) -> None:
        super().__init__(window)
        self.w = window
        self.opener = opener
        self.log_folder = log_folder
        self.translator: Any = None

    def connect_actions(self) -> None:
        a = self.w.actions
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
            a[name].triggered.connect(lambda _checked=False, s=slot: s())
        self.w.recent_menu.aboutToShow.connect(self.fill_recent)

    def _guard(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except AppError as exc:
            self.w.prompter.error(self.w, exc.message)
            return None

    # -- databases -----------------------------------------------------------------------------
    def switch_database(self, target: str) -> bool:
        """Open another database; a server one asks who signs in first (the password is only
        passed on to the sign-in check, never kept)."""
        from app.ui.application import ask_sign_in, is_server

        if self.opener is None:
            return False
        if is_server(target):
            signed = ask_sign_in(self.w.prompter, target, getattr(self.w.services, "user", None))
            if signed is None:
                return False
            opened = self._guard(lambda: self.opener(target, *signed))
        else:
            opened = self._guard(lambda: self.opener(target))
        if opened is None:
            return False
        services, url = opened
        self.w.attach_services(services, url)
        self.w.settings.add_recent_database(url)
        return True

    def new_database(self) -> bool:
        kinds = self.tr("Databases ({p})").format(p=DB_FILTER)
        path = self.w.prompter.save_file(self.w, self.tr("New database"), kinds)
        if not path:
            return False
        if Path(path).exists():
            self.w.prompter.error(self.w, self.tr("The file already exists; choose Open database instead."))
            return False
        return self.switch_database(path)

    def open_database(self) -> bool:
        kinds = self.tr("Databases ({p})").format(p=DB_FILTER)
        path = self.w.prompter.open_file(self.w, self.tr("Open database"), kinds)
        return self.switch_database(path) if path else False

    def open_server(self) -> bool:
        """File ▸ Open server database…: a postgresql:// address, then the sign-in."""
        servers = [p for p in self.w.settings.recent_databases if "://" in p]
        url = self.w.prompter.get_text(self.w, self.tr("Open server database"),
                                       self.tr("Server database address (postgresql://user@host/database):"),
                                       servers[0] if servers else "postgresql://")
        if not url or not url.strip():
            return False
        if not url.strip().startswith("postgresql"):
            self.w.prompter.error(self.w, self.tr("“{url}” is not a server database address (postgresql://…).")
                                  .format(url=url.strip()))
            return False
        return self.switch_database(url.strip())

    def _url(self) -> str:
        """The open database's URL as it connects (a server's password stays in memory only)."""
        database = getattr(self.w.services, "database", None)
        return str(database.url) if database is not None else self.w.database_url

    def fill_recent(self) -> None:
        menu = self.w.recent_menu
        menu.clear()
        for path in self.w.settings.recent_databases:
            action = menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.switch_database(p))
        menu.setEnabled(bool(self.w.settings.recent_databases))

    def backup(self) -> Path | None:
        from app.services.storage import backup_database

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        suggested = str(Path(self.w.database_url).with_name(f"{Path(self.w.database_url).stem}-saoluu-{stamp}.db"))
        path = self.w.prompter.save_file(self.w, self.tr("Back up database"),
                                         self.tr("Databases ({p})").format(p=DB_FILTER), suggested)
        if not path:
            return None
        # The save dialog has already asked before replacing a file; a database is refused anyway.
        done = self._guard(lambda: backup_database(self._url(), path, force=True))
        if done is not None:
            self.w.statusBar().showMessage(self.tr("Backup written to {path}").format(path=done), 10000)
        return done

    def restore(self) -> bool:
        path = self.w.prompter.open_file(self.w, self.tr("Restore from backup"),
                                         self.tr("Databases ({p})").format(p=DB_FILTER))
        return self.restore_backup(Path(path)) if path else False

    def automatic_backups(self) -> bool:
        """List the automatic backups; the dialog restores one (asking first) or changes the
        folder. True when a backup was restored."""
        from app.services import storage
        from app.ui.backups_dialog import BackupsDialog

        url = self._url()
        dialog = BackupsDialog(
            self.w.prompter, lambda: storage.list_automatic_backups(url),
            lambda: storage.automatic_backup_folder(url),
            lambda folder: storage.set_automatic_backup_folder(self.w.services.database, folder,
                                                               self.w.services.user),
            self.restore_backup, self.w)
        try:
            self.w.prompter.run_dialog(dialog)
            return dialog.restored
        finally:
            dialog.deleteLater()

    def audit_trail(self) -> bool:
        """Tools ▸ Audit trail…: who changed what and when (filters, before/after, XLSX export)."""
        from app.ui.audit_dialog import AuditDialog

        if self.w.services is None:
            return False
        dialog = self._guard(lambda: AuditDialog(self.w.prompter, self.w.services, self.w))
        if dialog is None:
            return False
        try:
            return bool(self.w.prompter.run_dialog(dialog))
        finally:
            dialog.deleteLater()

    def restore_backup(self, path: Path) -> bool:
        """Restore one automatic backup over the open database (the current data is backed up
        first, by the service) and reopen it."""
        from app.services.storage import restore_database

        question = self.tr("Replace the current data with the backup {path}? The current data is backed up "
                           "first.").format(path=path)
        if not self.w.prompter.ask_yes_no(self.w, self.tr("Restore from backup"), question):
            return False
        target = self._url()
        if self._guard(lambda: (restore_database(path, target), True)) is None:
            return False
        return self.switch_database(target)

    # -- plan, view, tools ----------------------------------------------------------------------
    def change_as_of(self) -> bool:
        text = self.w.prompter.get_text(self.w, self.tr("As-of date"), self.tr("States are computed on (dd/mm/yyyy):"),
                                        format_vn(self.w.as_of()))
        if not text:
            return False
        try:
            day = dt.datetime.strptime(text.strip(), "%d/%m/%Y").date()
        except ValueError:
            self.w.prompter.error(self.w, self.tr("“{text}” is not a date (dd/mm/yyyy).").format(text=text))
            return False
        self.w.as_of_date = day
        plan_id = self.w.tree.plan_id
        self.w.tree.plan_id = None
        self.w.reload_plans()
        self.w.open_plan(plan_id)
        self.w.update_status()
        if self.w.tabs.currentWidget() is self.w.calendar:
            self.w.calendar.reload()  # the open calendar shows the states on the new date too
        return True

    def new_plan(self) -> int | None:
        title = self.w.prompter.get_text(self.w, self.tr("New plan"), self.tr("Title of the plan:"))
        if not title:
            return None
        plan_id = self._guard(lambda: self.w.services.plans.create_plan(title))
        if plan_id is not None:
            created = [plan_id]

            def redo() -> None:
                if not created:
                    created.append(self.w.services.plans.create_plan(title))

            def undo() -> None:
                self.w.services.plans.delete_plan(created.pop(), backup=False)
                self.w.tree.plan_id = None

            self._push(self.tr("New plan"), redo, undo)
            self.w.reload_plans()
            self.w.open_plan(plan_id)
            self.w.show_view("tree")
        return plan_id

    def _push(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        """Put an edit already made on the window's undo stack (plan-level edits)."""
        self.w.undo_stack.push(FunctionCommand(text, redo, undo, lambda exc: self.w.prompter.error(self.w, exc.message),
                                               self.w.reload_plans))

    def plan_properties(self) -> bool:
        plan_id = self.w.tree.plan_id
        if plan_id is None:
            return False
        detail = self._guard(lambda: self.w.services.plans.plan(plan_id))
        if detail is None:
            return False
        from app.ui.plan_dialog import PlanDialog

        dialog = PlanDialog(detail, self.w)
        if not self.w.prompter.run_dialog(dialog):
            return False
        changes = self._guard(dialog.changes)
        if not changes:
            return False
        old = dialog.old_values(changes)
        version = self._guard(lambda: self.w.services.plans.update_plan(plan_id, detail.version, **changes))
        if version is not None:
            # undo and redo carry the version the previous step left: a change made meanwhile in
            # another window is reported (and the command dropped), never overwritten
            versions = [version]

            def step(values: dict[str, Any]) -> None:
                versions[0] = self.w.services.plans.update_plan(plan_id, versions[0], **values)

            self._push(self.tr("Plan properties"), lambda: step(changes), lambda: step(old))
        self.w.reload_plans()
        return version is not None

    def approve_period(self) -> bool:
        """A leader approves the open plan's period report (the newest printed one): the period's
        progress is locked until a clerk unlocks it. Refusals (role, no report) are shown as is."""
        plan_id = self.w.tree.plan_id
        period = self._ask_period(self.tr("Approve period report")) if plan_id is not None else None
        if not period:
            return False
        approval = self._guard(lambda: self.w.services.approvals.approve(plan_id, period))
        if approval is None:
            return False
        self.w.prompter.inform(self.w, self.tr("Approve period report"), self.tr(
            "Period {period} approved; its progress is locked.").format(period=approval.period))
        return True

    def unlock_period(self) -> bool:
        plan_id = self.w.tree.plan_id
        period = self._ask_period(self.tr("Unlock approved period")) if plan_id is not None else None
        if not period:
            return False
        if self._guard(lambda: (self.w.services.approvals.unlock(plan_id, period),)) is None:
            return False
        self.w.statusBar().showMessage(self.tr("Period {period} unlocked.").format(period=period), 10000)
        return True

    def _ask_period(self, title: str) -> str | None:
        text = self.w.prompter.get_text(self.w, title, self.tr("Period (e.g. 2021-Q3, 2021-M08, 2021-Y):"), "")
        return text.strip() if text and text.strip() else None

    def delete_plan(self) -> bool:
        """Delete the open plan with everything under it. Too large to undo in memory, so the
        service backs the database up first (automatic backups) and the question says so."""
        plan_id = self.w.tree.plan_id
        detail = self._guard(lambda: self.w.services.plans.plan(plan_id)) if plan_id is not None else None
        if detail is None:
            return False
        question = self.tr("Delete the plan “{title}” with all its tasks, progress and targets? This cannot be "
                           "undone; a backup of the database is made first.").format(title=detail.title)
        if not self.w.prompter.ask_yes_no(self.w, self.tr("Delete plan"), question):
            return False
        done = self._guard(lambda: (self.w.services.plans.delete_plan(plan_id),))
        if done is None:
            return False
        backup = done[0]
        self.w.tree.plan_id = None
        self.w.reload_plans()
        if backup is not None:
            self.w.statusBar().showMessage(self.tr("Plan deleted; backup at {path}").format(path=backup), 15000)
        return True

    def toggle_language(self) -> str:
        app = QCoreApplication.instance()
        assert app is not None
        new = "en" if self.w.language == "vi" else "vi"
        for translator in app.findChildren(QTranslator):
            remove_translator(app, translator)
            translator.deleteLater()
        self.translator = install_translator(app, new)
        self.w.language = new
        self.w.settings.language = new
        self.w.retranslate_ui()
        return new

    def open_log_folder(self) -> None:
        if self.log_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_folder)))

    def about(self) -> None:
        self.w.prompter.inform(self.w, self.tr("About"), self.tr(
            "Theo dõi Kế hoạch {version}\nTracks the tasks of implementation plans and prints the official "
            "reports.").format(version=__version__))
