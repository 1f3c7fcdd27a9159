"""Entry point: the window by default, subcommands for headless work.

This is the composition root: it parses the command line, opens the database and hands it to
the subcommand or to the window. Nothing else in the program opens a database on its own.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from app import __version__
from app.cli import SUBCOMMANDS
from app.errors import AppError

log = logging.getLogger(__name__)


def _load_subcommands() -> list[ModuleType]:
    return [importlib.import_module(name) for name in SUBCOMMANDS]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="theo-doi-ke-hoach",
        description="Theo dõi Kế hoạch — theo dõi nhiệm vụ kế hoạch và in báo cáo.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", help="đường dẫn tệp SQLite hoặc URL PostgreSQL (mặc định: thư mục dữ liệu)")
    parser.add_argument("--user", help="người dùng thực hiện (mặc định: biến THEODOI_USER hoặc tên đăng nhập máy)")
    parser.add_argument("--lang", choices=("vi", "en"), help="ngôn ngữ giao diện (mặc định: vi)")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")
    for module in _load_subcommands():
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from app.ui.application import run_gui  # Qt is imported only for the window

            return run_gui(args)
        return int(args.run(args))
    except AppError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Đã hủy.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback in the crash log
        log_file = _write_crash_log()
        print(f"Lỗi không mong đợi: {exc}. Chi tiết: {log_file}", file=sys.stderr)
        return 1


def _write_crash_log() -> str:
    import traceback

    from app.models.database import default_database_path

    folder = default_database_path().parent / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "crash-cli.log"
        with path.open("a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc() + "\n")
        return str(path)
    except OSError:
        return "(không ghi được nhật ký)"


if __name__ == "__main__":
    sys.exit(main())
