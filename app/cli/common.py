"""Argument helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import re
from datetime import date

from app.domain.dates import check_in_range, make_date
from app.errors import InputError

_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def add_db_argument(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    """`--db` after the subcommand; SUPPRESS keeps a `--db` given before it (argparse would reset it)."""
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        required=required,
        help="đường dẫn tệp SQLite hoặc URL PostgreSQL",
    )


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


def say(text: str, stream: object = None) -> None:
    """Print UTF-8 whatever the console code page (a Windows console would choke on Vietnamese)."""
    import sys

    out = stream or sys.stdout
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(text + "\n")  # type: ignore[attr-defined]
        return
    out.flush()  # type: ignore[attr-defined]
    buffer.write((text + "\n").encode("utf-8"))
    buffer.flush()


def add_user_argument(parser: argparse.ArgumentParser) -> None:
    """`--user NAME` for commands that write (audited); THEODOI_USER when not given."""
    import os

    parser.add_argument("--user", default=os.environ.get("THEODOI_USER") or "clerk", metavar="TÊN",
                        help="người thực hiện, ghi vào nhật ký (mặc định: biến THEODOI_USER hoặc clerk)")

