"""Argument helpers shared by the subcommands, and who is acting."""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
from datetime import date
from typing import TYPE_CHECKING, TextIO

from app.domain.dates import check_in_range, make_date
from app.errors import InputError
from app.paths import USER_ENV, default_user_name

if TYPE_CHECKING:
    from app.models.database import Database

PASSWORD_ENV = "THEODOI_PASSWORD"
_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")

# --period of every command: the Vietnamese name a clerk says, or the short code
PERIOD_HELP = ("kỳ báo cáo: «Quý III năm 2021», «6 tháng đầu năm 2021», «Tháng 8 năm 2021», «Năm 2021» "
               "hoặc mã 2021-Q3, 2021-H1, 2021-M08, 2021-Y")


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
    name = getattr(args, "user", None)
    return str(name) if name else default_user_name()


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


def add_force_argument(parser: argparse.ArgumentParser) -> None:
    """`--force`: the user agrees to replace an existing output file (never a database)."""
    parser.add_argument("--force", action="store_true",
                        help="ghi đè tệp kết quả đã có (không bao giờ ghi đè cơ sở dữ liệu)")


def parse_day(text: str | None, what: str) -> date | None:
    """A `YYYY-MM-DD` argument as a date inside the years the program handles, or None when empty.

    `what` names the argument in the message (`Ngày số liệu`).
    """
    if not text:
        return None
    match = _ISO_DAY.fullmatch(text.strip())
    if not match:
        raise InputError(f"{what} «{text}» không hợp lệ: dùng dạng YYYY-MM-DD, ví dụ 2021-09-14.")
    day = make_date(*(int(part) for part in match.groups()))  # says why 2021-02-30 does not exist
    return check_in_range(day, what)


def positive_int(text: str) -> int:
    """argparse type for a document number: a whole number from 1 (argparse words the error)."""
    value = int(text)  # ValueError → "«12a» không phải số nguyên" (app.cli.parser)
    if value < 1:
        raise argparse.ArgumentTypeError(f"số phải từ 1 trở lên, không phải {value}")
    return value


def say(text: str, stream: TextIO | None = None) -> None:
    """Print UTF-8 whatever the console code page (a Windows console would choke on Vietnamese)."""
    import sys

    out = stream or sys.stdout
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(text + "\n")
        return
    out.flush()
    buffer.write((text + "\n").encode("utf-8"))
    buffer.flush()


