"""Argument helpers shared by the subcommands, and who is acting."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.models.database import Database

USER_ENV = "THEODOI_USER"
PASSWORD_ENV = "THEODOI_PASSWORD"


def add_db_argument(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    """`--db` after the subcommand; SUPPRESS keeps a `--db` given before it (argparse would reset it).
    Every subcommand that takes a database also takes `--user`, the name its writes are made as."""
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        required=required,
        help="đường dẫn tệp SQLite hoặc URL PostgreSQL",
    )
    add_user_argument(parser)


def add_user_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", default=argparse.SUPPRESS, metavar="TÊN",
                        help=f"người dùng thực hiện (mặc định: biến {USER_ENV} hoặc tên đăng nhập máy)")


def acting_name(args: argparse.Namespace) -> str:
    """`--user`, else THEODOI_USER, else the operating-system user (a clerk on SQLite)."""
    name = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if name:
        return str(name)
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "user"


def signed_in_user(args: argparse.Namespace, database: Database) -> str:
    """The acting user's name, signed in on a server: a user with a password gives it through
    THEODOI_PASSWORD or, on a terminal, when asked. SQLite (single-user) and a server with no
    users yet ask nothing. A wrong name or password is a PermissionDeniedError (one line)."""
    from app.services.users import UserService

    name = acting_name(args)
    if database.path is not None:
        return name
    users = UserService(database, name)
    if not users.list_users():
        return name
    password = os.environ.get(PASSWORD_ENV)
    if password is None and users.needs_password() and sys.stdin.isatty():
        password = getpass.getpass(f"Mật khẩu của {name}: ")
    users.sign_in(password)
    return name
