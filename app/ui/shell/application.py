"""Start the window: QApplication, translation, crash log, database, services, main window.

Why one function: `app.__main__` is the composition root for the command line; this is its
counterpart for the GUI, so every object the window uses is built here and passed in.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import paths
from app.errors import AppError
from app.resources import resource_path
from app.ui.shell.i18n import install_translator
from app.ui.shell.settings import Settings
from app.ui.shell.sign_in import ask_sign_in, is_server
from app.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from app.services import Services

log = logging.getLogger(__name__)
ORG = APP_NAME = "TheoDoiKeHoach"


def data_folder() -> Path:
    """The per-user data folder (`app.paths`, shared with the command line), created if missing."""
    QCoreApplication.setOrganizationName(ORG)  # names QSettings' key, not a folder
    QCoreApplication.setApplicationName(APP_NAME)
    folder = paths.data_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def setup_logging(path: Path) -> Path:
    """Log warnings and crashes to `path` (`<data>/logs/theodoi.log`, rotated), the file a clerk sends us."""
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) and h.baseFilename == str(path) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(min(root.level or logging.WARNING, logging.INFO))
    return path


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def make_exception_hook(log_path: Path, show: Callable[[str], None]) -> ExceptHook:
    """A `sys.excepthook` that logs the traceback and shows one short sentence (never the trace).

    An `AppError` that escaped a slot is shown with its own message and not logged as a bug.
    """

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, AppError):
            show(exc.message)
            return
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        log.critical("unhandled exception:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        show(QCoreApplication.translate(
            "Application", "An unexpected error occurred. The details were written to {path}."
        ).format(path=str(log_path)))

    return hook


def open_services(target: str | None, user: str | None = None, password: str | None = None) -> tuple[Services, str]:
    """The services over `target` (default database when None) acting as `user` (default:
    THEODOI_USER or the OS user), signed in and backed up (`app.services.session`), and the name
    the status bar shows. Imported here: SQLAlchemy must not delay the first paint."""
    from app.services.session import open_session

    services = open_session(target, user or paths.default_user_name(), password)
    return services, services.database.display_name


def run_gui(args: argparse.Namespace) -> int:
    """Show the main window on `args.db` (or the default database) in `args.lang` (default 'vi')."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setWindowIcon(QIcon(str(resource_path("icons", "theodoi.png"))))
    data_folder()
    log_path = setup_logging(paths.window_log())
    settings = Settings()
    language = getattr(args, "lang", None) or settings.language or "vi"
    install_translator(app, language)
    prompter = Prompter()
    previous_hook = sys.excepthook  # the crash box is this run's: a caller that goes on (a test) gets its own back
    sys.excepthook = make_exception_hook(log_path, lambda text: prompter.error(None, text))
    try:
        return show_window(app, args, settings, prompter, log_path, language)
    finally:
        sys.excepthook = previous_hook


def show_window(app: QApplication, args: argparse.Namespace, settings: Settings, prompter: Prompter,
                log_path: Path, language: str) -> int:
    """The window's run: opened at once, its database opened in the background; the exit code."""
    from app.ui.onboarding import first_start
    from app.ui.shell.main_window import MainWindow
    from app.ui.widgets.worker import run_in_background

    # First paint before SQLAlchemy is even imported: the database opens in the background
    # (checks, migrations) and the panels are connected when it is ready.
    window = MainWindow(services=None, database_url=str(getattr(args, "db", None) or ""), settings=settings,
                        prompter=prompter, opener=open_services, log_folder=log_path.parent, language=language,
                        background=True)
    window.show()
    exit_code = 0

    def opened(result: tuple[Services, str]) -> None:
        services, url = result
        window.state.set_services(services, url)
        settings.add_recent_database(url)
        # first start on this database: the assistant (fresh database) or who signs the reports
        # (on the window: a window closed before the timer fired, as in tests, shows no assistant)
        QTimer.singleShot(0, window, lambda: first_start(window))

    def failed(exc: BaseException) -> None:
        nonlocal exit_code
        prompter.error(window, exc.message if isinstance(exc, AppError) else str(exc))
        exit_code = 2
        window.close()

    target = getattr(args, "db", None)
    user = getattr(args, "user", None)
    password: str | None = None
    if is_server(target):
        signed = ask_sign_in(prompter, str(target), user)
        if signed is None:
            window.close()
            return 0
        user, password = signed
    run_in_background(lambda _p, _t: open_services(target, user, password), owner=window,
                      on_result=opened, on_error=failed)
    code = app.exec()
    code = code or exit_code
    return code
