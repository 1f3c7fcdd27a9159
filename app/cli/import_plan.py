"""`python -m app import-plan FILE [--json] [--dry-run] [--db PATH] [--replace [--drop-reported]] [--follow-from DAY]`.

Reads a plan document and shows what the importer found: `--json` prints the extraction in the schema of
corpus/ANNOTATION.md (what the scoring tool reads), otherwise a short summary. With `--db` (and without
`--dry-run`) the plan is stored in one transaction; bad input exits 2 with one `Lỗi: ...` line and
stores nothing. A document with a header but no task (or a decision publishing a catalogue) is refused
so, but with `--json` its header and an empty task list are printed (what was read) and the reason goes
to stderr as a warning: exit 0, unless `--db` asks to store it. `--replace` updates a stored plan of the
same number in place as the window's review does (`services/replace_file.py`): the clerk's corrections and
the progress of the tasks that remain are kept, the document's amendments taken, and stdout (or the JSON's
`replace`) says what is kept, changed, new and gone; a replace that would drop tasks carrying progress,
measurements or a set deadline is refused unless `--drop-reported` (a backup is taken first); with
`--dry-run` it only prints all that. `--follow-from`: the day the
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
    p.add_argument("--drop-reported", action="store_true",
                   help="với --replace: vẫn thay thế khi văn bản mới bỏ những nhiệm vụ đã có báo cáo tiến độ, số đo "
                        "hoặc thời hạn đã điều chỉnh (dữ liệu đó mất; có bản sao lưu trước)")
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
    if args.drop_reported and not args.replace:
        raise InputError("--drop-reported chỉ dùng cùng --replace (thay thế kế hoạch đã lưu).")
    blocks, plan = (extract_plan_document if args.json else import_plan_document)(path)
    empty = nothing_to_import(plan)
    if empty is not None and (not args.json or empty == NOT_A_PLAN):
        raise InputError(empty)  # a header alone is nothing to store or to sum up; no header, no plan at all
    db = getattr(args, "db", None)
    out = sys.stderr if args.json else sys.stdout
    replacement = None
    if db is not None and args.replace and empty is None:  # matched as the window's review does (reads only)
        from app.services.replace_file import review_file

        replacement = review_file(db, path, (blocks, plan), create=not args.dry_run)
    if args.json:
        extraction = plan.to_annotation_dict()
        if replacement is not None:  # what replacing keeps, takes, adds and drops, for whoever reads the JSON
            extraction["replace"] = replacement.to_dict()
        _write(json.dumps(extraction, ensure_ascii=False, indent=2))
        if empty is not None:  # the header as read, and why there is no task, for whoever reads the JSON
            _write(f"Cảnh báo: {empty}", sys.stderr)
    else:
        _write(_summary(plan))
        if replacement is not None:
            _write("\n".join(replacement.lines()))
    if db is None or args.dry_run:
        if not args.json:
            _write("(chạy thử: không lưu)" if args.dry_run else "(không có --db: không lưu)")
        return 0
    if empty is not None:  # `--json --db`: the extraction printed, nothing to store (no backup taken either)
        raise InputError(empty)
    if replacement is not None and not args.drop_reported:
        replacement.refuse_loss()  # before any backup: a refused replace writes nothing at all
    try:
        from app.services.plan_import import PlanExistsError, store_plan_file
    except ImportError as exc:  # phase 2 not installed in this build
        raise AppError("Bản này chưa hỗ trợ lưu kế hoạch vào cơ sở dữ liệu.") from exc
    from app.services.storage import daily_backup

    user = _signed_in(args, db)
    daily_backup(db)  # the routine backup the window also takes, when the last one is a day old
    if replacement is not None:
        from app.services.replace_file import store_file

        _write(store_file(db, replacement, user=user, followed_from=followed_from), out)
        return 0
    try:
        outcome = store_plan_file(db, path, (blocks, plan), user=user, followed_from=followed_from)
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
