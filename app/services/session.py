"""Opening a database for the window: the one place where the program connects, signs the user in
and takes the day's routine backup before any panel reads.

Why in the services: the window must not reach into `app.models` (the layer rule of DESIGN §6);
it asks for a ready `Services` and receives one, or an `AppError` to show.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.errors import AppError
from app.models.database import default_database_path, open_database
from app.models.database_checks import server_name as _server_name
from app.services import Services
from app.services.storage import daily_backup
from app.services.users import UserService

log = logging.getLogger(__name__)


def open_session(target: str | Path | None, user: str, password: str | None = None) -> Services:
    """Open `target` (the default database when None) and build the services acting as `user`. On
    a server that has users, `user` signs in with `password` first (a refusal is a
    PermissionDeniedError and the database is closed). The daily backup is taken when due; its
    failure is only logged (the data is fine; File ▸ Automatic backups shows the folder)."""
    database = open_database(target or default_database_path())
    if database.path is None:
        users = UserService(database, user)
        try:
            if users.list_users():
                users.sign_in(password)
        except AppError:
            database.dispose()
            raise
    try:
        daily_backup(database.url)
    except AppError as exc:
        log.warning("daily backup failed: %s", exc.message)
    return Services(database, user)


def server_name(target: str) -> str:
    """The server and database a URL names, for the sign-in dialog (never the password)."""
    return _server_name(target)
