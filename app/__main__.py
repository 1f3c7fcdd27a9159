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
from app.cli.parser import COMMAND_METAVAR, CommandLineParser
from app.errors import AppError, InputError
from app.os_errors import describe_os_error, shown_path
from app.paths import crash_log, enable_fault_log

log = logging.getLogger(__name__)


def _load_subcommands() -> list[ModuleType]:
    return [importlib.import_module(name) for name in SUBCOMMANDS]


def build_parser() -> argparse.ArgumentParser:
    parser = CommandLineParser(
        prog="theo-doi-ke-hoach",
        description="Theo dõi Kế hoạch — theo dõi nhiệm vụ kế hoạch và in báo cáo.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="in số phiên bản rồi thoát")
    parser.add_argument("--db", help="đường dẫn tệp SQLite hoặc URL PostgreSQL (mặc định: thư mục dữ liệu)")
    parser.add_argument("--user", help="người dùng thực hiện (mặc định: biến THEODOI_USER hoặc tên đăng nhập máy)")
    parser.add_argument("--lang", choices=("vi", "en"), help="ngôn ngữ giao diện (mặc định: vi)")
    sub = parser.add_subparsers(dest="command", metavar=COMMAND_METAVAR)
    for module in _load_subcommands():
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every mistake of the user or the machine is one `Lỗi:` line and exit 2.

    Exit 2: the command line is wrong (argparse errors, translated), the input is refused
    (`AppError`), or the system refused (`OSError`: full disk, permissions, a file that exists).
    Exit 1 is kept for bugs, with the traceback in the crash log.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        _refuse_undecodable(arguments)
        args = build_parser().parse_args(arguments)
        enable_fault_log()
        if args.command is None:
            from app.ui.shell.application import run_gui  # Qt is imported only for the window

            return run_gui(args)
        return int(args.run(args))
    except AppError as exc:
        return _refuse(exc.message)
    except OSError as exc:
        return _refuse(f"{describe_os_error(exc)}.")
    except KeyboardInterrupt:
        print("Đã hủy.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback in the crash log
        log_file = _write_crash_log()
        print(f"Lỗi không mong đợi: {exc}. Chi tiết: {log_file}", file=sys.stderr)
        return 1


def _refuse(message: str) -> int:
    """One line on stderr, whatever the message holds (a path with a line break, a bad byte)."""
    line = " ".join(message.split())
    stream = sys.stderr
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        print(f"Lỗi: {line}", file=stream)
    else:  # UTF-8 whatever the console code page; a lone surrogate shown as ?
        stream.flush()
        buffer.write(f"Lỗi: {line}\n".encode("utf-8", errors="replace"))
        buffer.flush()
    return 2


def _refuse_undecodable(arguments: list[str]) -> None:
    """A file name whose bytes are not UTF-8 (Linux, a name copied from an old system) cannot be
    stored or printed faithfully: say so before anything opens it."""
    for argument in arguments:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(
                f"Tham số «{shown_path(argument)}» có byte không phải UTF-8 (tên tệp mã hóa cũ); "
                "hãy đổi tên tệp chỉ dùng chữ Unicode rồi thử lại."
            ) from None


def _write_crash_log() -> str:
    import traceback

    path = crash_log()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc() + "\n")
        return str(path)
    except OSError:
        return "(không ghi được nhật ký)"


if __name__ == "__main__":
    sys.exit(main())
