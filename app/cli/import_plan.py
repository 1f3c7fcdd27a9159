"""`python -m app import-plan FILE [--json] [--dry-run] [--db PATH] [--replace] [--follow-from DAY]`.

Reads a plan document and shows what the importer found: `--json` prints the extraction in the schema of
corpus/ANNOTATION.md (what the scoring tool reads), otherwise a short summary. With `--db` (and without
`--dry-run`) the plan is stored in one transaction; bad input exits 2 with one `Lỗi: ...` line and
stores nothing. A document with a header but no task (or a decision publishing a catalogue) is refused
so, but with `--json` its header and an empty task list are printed (what was read) and the reason goes
to stderr as a warning: exit 0, unless `--db` asks to store it. `--replace` updates a stored plan of the
same number in place (progress of the tasks that remain is kept; a backup is taken first); with
`--dry-run` it only prints what would be kept and what would be lost. `--follow-from`: the day the
office starts following the plan's period reports, for a plan stored long after its issue (the window
proposes it in the review); without it a new plan is followed from its issue, a replaced one keeps its
day.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.cli.common import add_db_argument, parse_day, signed_in_user
from app.errors import AppError, ConflictError, InputError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import-plan",
        help="đọc một kế hoạch (.docx, .pdf, .txt, .md); in kết quả hoặc lưu vào cơ sở dữ liệu",
        description="Đọc một kế hoạch và trích xuất đề mục, nhiệm vụ, cơ quan, thời hạn, chỉ tiêu.",
    )
    p.add_argument("file", metavar="TỆP", help="tệp kế hoạch (.docx, .pdf, .txt, .md)")
    p.add_argument("--json", action="store_true", help="in kết quả trích xuất dạng JSON ra stdout")
    p.add_argument("--dry-run", action="store_true", help="chỉ đọc và kiểm tra, không lưu")
    p.add_argument("--replace", action="store_true",
                   help="thay thế kế hoạch đã có cùng số ký hiệu và cơ quan ban hành")
    p.add_argument("--follow-from", metavar="NGÀY",
                   help="theo dõi báo cáo từ ngày (YYYY-MM-DD): các kỳ kết thúc trước ngày này không bị tính là "
                        "chưa báo cáo; mặc định: từ ngày ban hành (kế hoạch thay thế giữ ngày đã đặt)")
    add_db_argument(p)
    p.set_defaults(run=run)


def _write(text: str, stream=None) -> None:
    """UTF-8 whatever the console code page (a Windows console would choke on Vietnamese)."""
    stream = stream or sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()
        buffer.write((text + "\n").encode("utf-8"))
        buffer.flush()
    else:
        stream.write(text + "\n")


def run(args: argparse.Namespace) -> int:
    from app.importers import NOT_A_PLAN, extract_plan_document, import_plan_document, nothing_to_import

    path = Path(args.file)
    followed_from = parse_day(getattr(args, "follow_from", None), "Ngày bắt đầu theo dõi")  # refused before reading
    blocks, plan = (extract_plan_document if args.json else import_plan_document)(path)
    empty = nothing_to_import(plan)
    if empty is not None and (not args.json or empty == NOT_A_PLAN):
        raise InputError(empty)  # a header alone is nothing to store or to sum up; no header, no plan at all
    if args.json:
        _write(json.dumps(plan.to_annotation_dict(), ensure_ascii=False, indent=2))
        if empty is not None:  # the header as read, and why there is no task, for whoever reads the JSON
            _write(f"Cảnh báo: {empty}", sys.stderr)
    else:
        _write(_summary(plan))
    db = getattr(args, "db", None)
    out = sys.stderr if args.json else sys.stdout
    if db is not None and args.dry_run and args.replace:
        from app.services.plan_import import preview_plan_file

        _write(preview_plan_file(db, plan), out)
    if db is None or args.dry_run:
        if not args.json:
            _write("(chạy thử: không lưu)" if args.dry_run else "(không có --db: không lưu)")
        return 0
    if empty is not None:  # `--json --db`: the extraction printed, nothing to store (no backup taken either)
        raise InputError(empty)
    try:
        from app.services.plan_import import PlanExistsError, store_plan_file
    except ImportError as exc:  # phase 2 not installed in this build
        raise AppError("Bản này chưa hỗ trợ lưu kế hoạch vào cơ sở dữ liệu.") from exc
    from app.services.storage import daily_backup

    user = _signed_in(args, db)
    daily_backup(db)  # the routine backup the window also takes, when the last one is a day old
    try:
        outcome = store_plan_file(db, path, (blocks, plan), replace=args.replace, user=user,
                                  followed_from=followed_from)
    except PlanExistsError as exc:
        raise ConflictError(f"{exc.message.rstrip('.')}; dùng --replace để thay thế "
                            "(xem trước điều gì được giữ, điều gì mất: --replace --dry-run).") from exc
    _write(outcome, out)
    return 0


def _signed_in(args: argparse.Namespace, target: str) -> str:
    """The signed-in user, refused here when their role may not import plans: before the daily
    backup, so a refused import writes nothing at all."""
    from app.domain.roles import Permission
    from app.models.database import open_database
    from app.services.base import Service

    database = open_database(target)
    try:
        user = signed_in_user(args, database)
        Service(database, user).require(Permission.IMPORT_PLANS)
        return user
    finally:
        database.dispose()


def _summary(plan) -> str:
    tasks = plan.tasks()
    lines = [
        f"Số ký hiệu: {plan.number or '—'}   Cơ quan ban hành: {plan.issuer or '—'}",
        f"Trích yếu: {plan.title or '—'}",
        f"Nhiệm vụ: {len(tasks)}   Chỉ tiêu: {len(plan.targets)}   "
        f"Có cơ quan chủ trì: {sum(1 for t in tasks if t.lead)}   "
        f"Có thời hạn: {sum(1 for t in tasks if t.deadline_text)}",
    ]
    lines += [f"Cảnh báo: {w}" for w in plan.warnings]
    return "\n".join(lines)
