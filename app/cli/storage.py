"""`backup`, `restore` and `check` subcommands."""

from __future__ import annotations

import argparse

from app.cli.common import add_db_argument, add_force_argument, signed_in_user
from app.errors import InputError
from app.models.database import default_database_path
from app.models.database_checks import SchemaMismatchError
from app.services.storage import backup_database, check_database, restore_database


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("check", help="kiểm tra toàn vẹn và phiên bản lược đồ (tạo mới nếu chưa có)")
    add_db_argument(p)
    p.set_defaults(run=run_check)

    p = sub.add_parser("backup", help="sao lưu trực tuyến cơ sở dữ liệu")
    add_db_argument(p)
    p.add_argument("--out", required=True, help="tệp sao lưu sẽ tạo")
    add_force_argument(p)
    p.set_defaults(run=run_backup)

    p = sub.add_parser("restore", help="khôi phục cơ sở dữ liệu từ bản sao lưu")
    add_db_argument(p)
    p.add_argument("--from", dest="source", required=True, help="tệp sao lưu")
    p.set_defaults(run=run_restore)


def _target(args: argparse.Namespace) -> str:
    return str(getattr(args, "db", None) or default_database_path())


def run_check(args: argparse.Namespace) -> int:
    """On a foreign or tampered file: one line per difference, then the one `Lỗi:` line."""
    try:
        report = check_database(_target(args))
    except SchemaMismatchError as exc:
        for difference in exc.differences:
            print(f"- {difference}")
        raise
    print(report.summary)
    return 0


def run_backup(args: argparse.Namespace) -> int:
    out = backup_database(_target(args), args.out, force=args.force)
    print(f"Đã sao lưu vào {out}")
    return 0


def _server_user(args: argparse.Namespace) -> str | None:
    """On a server the restoring user signs in (roles apply); a file on one desk asks nothing."""
    from app.models.database import open_database, sqlite_path, to_url

    target = _target(args)
    if sqlite_path(to_url(target)) is not None:
        return None
    database = open_database(target)
    try:
        return signed_in_user(args, database)
    finally:
        database.dispose()


def run_restore(args: argparse.Namespace) -> int:
    if not args.source:
        raise InputError("Cần chỉ rõ tệp sao lưu (--from).")
    safety = restore_database(args.source, _target(args), user=_server_user(args))
    if safety:
        print(f"Đã khôi phục. Dữ liệu trước đó được giữ ở {safety}")
    else:
        print("Đã khôi phục.")
    return 0
