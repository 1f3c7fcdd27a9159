"""`python -m app approve|unlock --db DB --plan NUMBER --period 2021-Q3 [--user NAME]`.

A leader approves the period's printed progress report (the newest one of that period), which
locks the period's progress; a clerk unlocks it. Both are audited; a refusal is one line.
"""

from __future__ import annotations

import argparse

from app.cli.common import PERIOD_HELP, add_db_argument, signed_in_user


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    for name, text in (("approve", "lãnh đạo phê duyệt báo cáo kỳ (khóa số liệu kỳ)"),
                       ("unlock", "chuyên viên mở khóa kỳ đã phê duyệt")):
        p = subparsers.add_parser(name, help=text, description=__doc__)
        add_db_argument(p)
        p.add_argument("--plan", required=True, metavar="SỐ", help="số ký hiệu kế hoạch, ví dụ 177/KH-UBND")
        p.add_argument("--period", required=True, metavar="KỲ", help=PERIOD_HELP)
        p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from app.domain.periods import parse_period_name
    from app.models.database import default_database_path, open_database
    from app.services.approvals import ApprovalService
    from app.services.plans import PlanService

    database = open_database(getattr(args, "db", None) or default_database_path(), create=False)
    try:
        approvals = ApprovalService(database, signed_in_user(args, database))
        plan_id = PlanService(database).find(args.plan)
        if args.command == "approve":
            approval = approvals.approve(plan_id, parse_period_name(args.period).code)
            print(f"{approval.note} — kỳ {approval.period} đã khóa (báo cáo số {approval.snapshot_id}).")
        else:
            approvals.unlock(plan_id, parse_period_name(args.period).code)
            print(f"Đã mở khóa kỳ {args.period}.")
    finally:
        database.dispose()
    return 0
