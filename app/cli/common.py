"""Argument helpers shared by the subcommands."""

from __future__ import annotations

import argparse
from datetime import date

from app.errors import InputError


def add_db_argument(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    """`--db` after the subcommand; SUPPRESS keeps a `--db` given before it (argparse would reset it)."""
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        required=required,
        help="đường dẫn tệp SQLite hoặc URL PostgreSQL",
    )


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


def parse_day(text: str | None, what: str) -> date | None:
    """`YYYY-MM-DD` or None; an InputError naming the field otherwise."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{what} «{text}» không hợp lệ: dùng dạng YYYY-MM-DD, ví dụ 2021-09-14.") from None
