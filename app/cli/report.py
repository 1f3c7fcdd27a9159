"""`python -m app report --db DB --plan NUMBER --period 2021-Q3 --kind progress --format docx --out FILE`.

Writes one report of a plan (báo cáo kết quả, danh mục nhiệm vụ, lịch tháng, chỉ tiêu) or, for
`--kind reminder`, one công văn đôn đốc per agency into the folder `--out`. Every file written is
recorded as a snapshot with the content it was made from. Bad input exits 2 with one line.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from app.cli.common import add_db_argument, signed_in_user
from app.errors import InputError

KINDS = ("progress", "tasklist", "reminder", "calendar", "targets")
FORMATS = ("docx", "pdf", "xlsx")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "report",
        help="in báo cáo, danh mục nhiệm vụ, công văn đôn đốc, lịch tháng, bảng chỉ tiêu của một kế hoạch",
        description="Xuất văn bản theo thể thức NĐ 30/2020 hoặc văn bản của Đảng (HD 05-HD/VPTW; trước "
                    "27/5/2026: HD 36-HD/VPTW) theo cơ quan ban hành và ngày ban hành, ra DOCX, PDF, XLSX.",
    )
    add_db_argument(p)
    p.add_argument("--plan", required=True, metavar="SỐ", help="số ký hiệu kế hoạch, ví dụ 177/KH-UBND")
    p.add_argument("--period", metavar="KỲ", help="kỳ báo cáo: 2021-M08, 2021-Q3, 2021-H1, 2021-9M, 2021-Y")
    p.add_argument("--as-of", metavar="NGÀY", help="số liệu tính đến ngày (YYYY-MM-DD); mặc định: hết kỳ")
    p.add_argument("--kind", choices=KINDS, default="progress", help="loại văn bản (mặc định: progress)")
    p.add_argument("--format", choices=FORMATS, default="docx", help="định dạng tệp (mặc định: docx)")
    p.add_argument("--out", required=True, metavar="TỆP", help="tệp kết quả; với reminder: thư mục")
    p.add_argument("--number", type=int, metavar="SỐ", help="số văn bản (để trống cho văn thư nếu không có)")
    p.add_argument("--date", metavar="NGÀY", help="ngày ban hành (YYYY-MM-DD); mặc định: hôm nay")
    p.set_defaults(run=run)


def _day(text: str | None, what: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{what} «{text}» không hợp lệ: dùng dạng YYYY-MM-DD, ví dụ 2021-09-14.") from None


def _say(text: str) -> None:
    """UTF-8 whatever the console code page (a Windows console would choke on Vietnamese)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        print(text)
        return
    sys.stdout.flush()
    buffer.write((text + "\n").encode("utf-8"))
    buffer.flush()


def _file_name(agency: str, fmt: str) -> str:
    from app.domain.text import fold

    slug = re.sub(r"[^a-z0-9]+", "-", fold(agency)).strip("-")[:60] or "co-quan"
    return f"don-doc-{slug}.{fmt}"


def run(args: argparse.Namespace) -> int:
    from app.domain.periods import Period
    from app.domain.roles import Permission
    from app.models.database import default_database_path, open_database
    from app.services.plans import PlanService
    from app.services.reports import ReportOptions, ReportService

    as_of = _day(args.as_of, "Ngày số liệu")
    options = ReportOptions(number=args.number, issued_on=_day(args.date, "Ngày ban hành"))
    period = Period.parse(args.period) if args.period else None
    if period is None and args.kind in ("progress", "reminder", "calendar"):
        raise InputError(f"Loại {args.kind} cần --period, ví dụ --period 2021-Q3.")
    database = open_database(getattr(args, "db", None) or default_database_path(), create=False)
    try:
        reports = ReportService(database, signed_in_user(args, database))
        reports.require(Permission.PRINT)  # before a folder is made or a file written
        plan_id = PlanService(database).find_by_number(args.plan)
        out = Path(args.out)
        code = period.code if period else None
        if args.kind == "reminder":
            assert period is not None
            letters = reports.reminders(plan_id, period, as_of, options)
            out.mkdir(parents=True, exist_ok=True)
            for letter in letters:
                path = out / _file_name(letter.agency, args.format)
                reports.export(letter, args.format, path, plan_id=plan_id, period=code, as_of=as_of)
                _say(f"Đã ghi {path}")
            _say(f"{len(letters)} công văn đôn đốc." if letters else "Không có cơ quan nào cần đôn đốc.")
            return 0
        if args.kind == "progress":
            assert period is not None
            content: object = reports.progress(plan_id, period, as_of, options)
        elif args.kind == "calendar":
            assert period is not None
            content = reports.calendar_month(period, plan_id, as_of)
        elif args.kind == "targets":
            content = reports.targets(plan_id, as_of)
        else:
            content = reports.task_list(plan_id, as_of)
        reports.export(content, args.format, out, plan_id=plan_id, period=code, as_of=as_of)
        _say(f"Đã ghi {out}")
        return 0
    finally:
        database.dispose()
