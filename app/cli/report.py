"""`python -m app report --db DB --plan NUMBER --period 2021-Q3 --kind progress --format docx --out FILE`.

Writes one report of a plan (báo cáo kết quả, danh mục nhiệm vụ, lịch tháng, chỉ tiêu) or, for
`--kind reminder`, one công văn đôn đốc per agency into the folder `--out`. Every file written is
recorded as a snapshot with the content it was made from. Bad input exits 2 with one line.
"""

from __future__ import annotations

import argparse

from app.cli.common import PERIOD_HELP, add_db_argument, add_force_argument, parse_day, positive_int, signed_in_user
from app.cli.common import say as _say
from app.outputs import check_output, check_output_folder
from app.services.reports.request import FORMATS, KINDS


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "report",
        help="in báo cáo, danh mục nhiệm vụ, công văn đôn đốc, lịch tháng, bảng chỉ tiêu của một kế hoạch",
        description="Xuất văn bản theo thể thức NĐ 30/2020 hoặc văn bản của Đảng (HD 05-HD/VPTW; trước "
                    "27/5/2026: HD 36-HD/VPTW) theo cơ quan ban hành và ngày ban hành, ra DOCX, PDF, XLSX.",
    )
    add_db_argument(p)
    p.add_argument("--plan", required=True, metavar="KẾ HOẠCH",
                   help="số ký hiệu (177/KH-UBND), mã trong cơ sở dữ liệu hoặc một đoạn tên kế hoạch")
    p.add_argument("--period", metavar="KỲ", help=PERIOD_HELP)
    p.add_argument("--as-of", metavar="NGÀY",
                   help="số liệu tính đến ngày (YYYY-MM-DD); mặc định: ngày chốt số liệu của kỳ")
    p.add_argument("--kind", choices=KINDS, default="progress", help="loại văn bản (mặc định: progress)")
    p.add_argument("--format", choices=FORMATS, default="docx", help="định dạng tệp (mặc định: docx)")
    p.add_argument("--out", required=True, metavar="TỆP", help="tệp kết quả; với reminder: thư mục")
    p.add_argument("--number", type=positive_int, metavar="SỐ",
                   help="số văn bản (mặc định để trống cho văn thư); công văn đôn đốc: N, N+1, ...")
    p.add_argument("--date", metavar="NGÀY",
                   help="ngày ban hành (YYYY-MM-DD); mặc định: hôm nay, hoặc hạn báo cáo của kỳ đã qua")
    add_force_argument(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from app.domain.periods import parse_period_name
    from app.domain.roles import Permission
    from app.models.database import default_database_path, open_database
    from app.services.plans import PlanService
    from app.services.reports import DocKind, ReportRequest, ReportService

    as_of = parse_day(args.as_of, "Ngày số liệu")
    issued_on = parse_day(args.date, "Ngày ban hành")
    period = parse_period_name(args.period) if args.period else None
    kind = DocKind(args.kind)
    ReportRequest(kind, 0, period, as_of, issued_on, args.number).check()  # before opening anything
    target = getattr(args, "db", None) or default_database_path()
    # the output is checked before the database is even opened (produce checks each file again)
    if kind is DocKind.REMINDER:
        check_output_folder(args.out)
    else:
        check_output(args.out, force=args.force, protected=[str(target)])
    database = open_database(target, create=False)
    try:
        reports = ReportService(database, signed_in_user(args, database))
        reports.require(Permission.PRINT)  # before a folder is made or a file written
        request = ReportRequest(kind, PlanService(database).find(args.plan), period, as_of, issued_on, args.number)
        written = reports.produce(request, args.out, args.format, force=args.force)
        for path in written:
            _say(f"Đã ghi {path}")
        if kind is DocKind.REMINDER:
            _say(f"{len(written)} công văn đôn đốc." if written else "Không có cơ quan nào cần đôn đốc trong kỳ này.")
        return 0
    finally:
        database.dispose()
