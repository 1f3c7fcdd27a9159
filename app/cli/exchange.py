"""`python -m app exchange export|import`: workbooks out to agencies and back (issue 8).

    exchange export --db DB --plan NUMBER --period 2021-Q4 --out DIR [--agency NAME]... [--force]

`export` writes one form per agency that owes the period a report and then names the groups without members
whose tasks no form asks about, with the step that fixes it (`--json`: `empty_groups`).
    exchange import --db DB FILE_OR_DIR... [--dry-run] [--json]

`import` reads .xlsx, and .ods (converted through LibreOffice when it is installed), and applies
the new and changed rows in one transaction; conflicts (entries edited at the
desk after the export) are left for the clerk in the window. `--json` prints, per file, the
agency, the period, the counts new / changed / unchanged / conflict / refused and every refused
row with its reason and what the agency typed in it (`typed`, by column), and every row taken
otherwise than written (`notes`: a fractional percent rounded to a whole one) with what was done.
A file refused as a whole is reported with its reason; when every file is refused the command
fails with one `Lỗi:` line and writes nothing.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.common import PERIOD_HELP, add_db_argument, parse_day, say, signed_in_user
from app.errors import InputError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "exchange", help="gửi và nhận phiếu báo cáo (.xlsx) của các cơ quan",
        description="Xuất phiếu báo cáo cho từng cơ quan và nhập lại phiếu đã điền. Mỗi dòng phiếu mang mã "
                    "nhận dạng (nhiệm vụ, cơ quan, kỳ, cơ sở dữ liệu) và mã kiểm tra để nhận ra dòng chép sang "
                    "phiếu khác hoặc bị sửa; mã kiểm tra chỉ để bảo đảm toàn vẹn, không phải để bảo mật.")
    sub = p.add_subparsers(dest="exchange_command", metavar="VIỆC", required=True)
    out = sub.add_parser("export", help="xuất một phiếu .xlsx cho mỗi cơ quan phải báo cáo trong kỳ")
    add_db_argument(out)
    out.add_argument("--plan", required=True, metavar="SỐ", help="số ký hiệu kế hoạch, ví dụ 177/KH-UBND")
    out.add_argument("--period", required=True, metavar="KỲ", help=PERIOD_HELP)
    out.add_argument("--out", required=True, metavar="THƯ_MỤC", help="thư mục lưu các phiếu")
    out.add_argument("--agency", action="append", metavar="TÊN",
                     help="chỉ xuất cho cơ quan này (lặp lại được); mặc định: mọi cơ quan phải báo cáo")
    out.add_argument("--as-of", metavar="NGÀY", help="tình trạng tính đến ngày (YYYY-MM-DD); mặc định: hôm nay")
    out.add_argument("--force", action="store_true", help="ghi đè phiếu cùng tên đã có trong thư mục")
    out.add_argument("--json", action="store_true", help="in danh sách phiếu đã xuất dạng JSON")
    out.set_defaults(run=run_export)
    back = sub.add_parser("import", help="nhập phiếu đã điền (.xlsx; .ods, .xls khi máy có LibreOffice): một tệp, "
                                         "nhiều tệp hoặc một thư mục")
    add_db_argument(back)
    back.add_argument("inputs", nargs="+", metavar="TỆP_HOẶC_THƯ_MỤC")
    back.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    back.add_argument("--json", action="store_true", help="in kết quả từng tệp dạng JSON")
    back.set_defaults(run=run_import)


def _open(args: argparse.Namespace) -> Any:
    from app.models.database import default_database_path, open_database

    return open_database(getattr(args, "db", None) or default_database_path(), create=False)


def run_export(args: argparse.Namespace) -> int:
    from app.domain.periods import parse_period_name
    from app.services import Services
    from app.services.exchange import unreached_message

    period = parse_period_name(args.period)
    as_of = parse_day(args.as_of, "Ngày tính tình trạng")
    database = _open(args)
    try:
        services = Services(database, user=signed_in_user(args, database))
        plan_id = services.plans.find(args.plan)
        agencies = None
        if args.agency:
            agencies = []
            for name in args.agency:
                found = services.agencies.resolve(name)
                if found is None:
                    raise InputError(f"Không tìm thấy cơ quan «{name}» trong danh bạ.")
                agencies.append(found)
        files = services.exchange.export(plan_id, period, args.out, agency_ids=agencies, as_of=as_of,
                                         force=args.force)
        groups = [] if agencies else services.exchange.empty_groups(plan_id, period, as_of=as_of)
    finally:
        database.dispose()
    if args.json:
        say(json.dumps({"plan": args.plan, "period": period.code, "files": [
            {"agency": f.agency_name, "agency_id": f.agency_id, "file": str(f.path), "rows": f.rows} for f in files
        ], "empty_groups": [
            {"group": g.name, "group_id": g.group_id, "tasks": [
                {"task_id": t.node_id, "label": t.label, "role": t.role, "in_no_form": t.in_no_form} for t in g.tasks]}
            for g in groups
        ]}, ensure_ascii=False, indent=2))
    else:
        for f in files:
            say(f"Đã ghi {f.path} ({f.agency_name}: {f.rows} nhiệm vụ)")
        say(f"{len(files)} phiếu báo cáo kỳ {period.code}.")
        if groups:
            say(unreached_message(groups, period.code))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from app.services import Services

    database = _open(args)
    try:
        services = Services(database, user=signed_in_user(args, database))
        reviews = services.exchange.review(args.inputs)
        if all(r.error for r in reviews):
            if len(reviews) == 1:
                raise InputError(f"{reviews[0].path}: {reviews[0].error}")
            # every file's own reason: two agencies' files refused for different reasons (an .ods and an .xls on a
            # machine without LibreOffice) were said as the first one's alone
            _say_report(import_report(reviews, dry_run=True, written=0), as_json=args.json)
            raise InputError(f"Không tệp nào nhập được ({len(reviews)} tệp; lý do của từng tệp in ở trên).")
        if not args.dry_run:
            from app.services.storage import daily_backup

            daily_backup(database.url)  # the routine backup the window also takes, when due
        written = 0 if args.dry_run else services.exchange.apply(reviews).written
    finally:
        database.dispose()
    _say_report(import_report(reviews, dry_run=args.dry_run, written=written), as_json=args.json)
    if not args.json:
        say("(chạy thử: không ghi gì)" if args.dry_run else f"Đã ghi {written} báo cáo tiến độ.")
    return 0


def _say_report(report: dict[str, Any], *, as_json: bool) -> None:
    """Each file's line (its agency, period and counts, or why it is not imported) and its rows' reasons."""
    if as_json:
        say(json.dumps(report, ensure_ascii=False, indent=2))
        return
    for item in report["files"]:
        if item["error"]:
            say(f"{item['file']}: KHÔNG NHẬP — {item['error']}")
            continue
        counts = item["counts"]
        say(f"{item['file']}: {item['agency']}, kỳ {item['period']}: mới {counts['new']}, thay đổi "
            f"{counts['changed']}, không đổi {counts['unchanged']}, xung đột {counts['conflict']}, "
            f"từ chối {counts['refused']}")
        for row in item["refused"]:  # with what the agency typed, to read out when asking for the form again
            typed = "; ".join(f"{title} «{text if len(text) <= 60 else text[:59] + '…'}»"
                              for title, text in row["typed"].items())
            say(f"  dòng {row['line']}: {row['reason']}" + (f"\n    (đã điền: {typed})" if typed else ""))
        for row in item["conflicts"]:
            say(f"  dòng {row['line']}: xung đột — {row['reason']} (giải quyết trong cửa sổ Nhận phiếu báo cáo)")
        for row in item["notes"]:
            say(f"  dòng {row['line']}: lưu ý — {row['note']}")


def import_report(reviews: list[Any], *, dry_run: bool, written: int) -> dict[str, Any]:
    """The JSON shape of `exchange import --json` (see the module docstring)."""
    files = []
    for r in reviews:
        files.append({
            "file": r.path, "agency": r.agency_name, "agency_id": r.agency_id, "plan": r.plan_number,
            "period": r.period, "error": r.error or None, "counts": r.counts,
            "refused": [{**_row(x), "typed": x.source.typed if x.source is not None else {}}
                        for x in r.rows if x.outcome.value == "refused"],
            "conflicts": [_row(x) for x in r.rows if x.outcome.value == "conflict"],
            "notes": [{**_row(x), "note": x.note} for x in r.rows if x.note and x.outcome.value != "refused"],
        })
    return {"dry_run": dry_run, "written": written, "files": files}


def _row(row: Any) -> dict[str, Any]:
    return {"line": row.line, "task_id": row.node_id, "stt": row.label, "task": row.task[:200], "reason": row.reason}
