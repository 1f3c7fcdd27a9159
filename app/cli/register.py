"""`python -m app register --db DB --plan NUMBER --period 2021-Q4 [--since 2021-Q1] [--json]
[--format pdf|xlsx --out FILE]`: the register of who reported (sổ theo dõi báo cáo).

`--json` prints per agency: expected, received, on time, late, missing (and not due yet), the
rates, and each period's cell; then per period and for the plan. Counts are over the periods
asked (`--period` alone: that one period). See `app.domain.register` for the definitions.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.common import add_db_argument, parse_day, say
from app.errors import InputError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("register", help="sổ theo dõi báo cáo: cơ quan nào đã báo cáo, đúng hạn hay chậm",
                              description="Sổ theo dõi báo cáo của các cơ quan theo kỳ, với tỷ lệ báo cáo và "
                                          "tỷ lệ đúng hạn.")
    add_db_argument(p)
    p.add_argument("--plan", required=True, metavar="SỐ",
                   help="kế hoạch: số ký hiệu, mã, tên hiển thị hoặc một đoạn tên")
    p.add_argument("--period", required=True, metavar="KỲ", help="kỳ báo cáo (kỳ cuối nếu có --since)")
    p.add_argument("--since", metavar="KỲ", help="kỳ đầu: sổ theo dõi từ kỳ này đến --period")
    p.add_argument("--as-of", metavar="NGÀY", help="tính đến ngày (YYYY-MM-DD); mặc định: hôm nay")
    p.add_argument("--json", action="store_true", help="in sổ theo dõi dạng JSON")
    p.add_argument("--format", choices=("pdf", "xlsx"), help="in ra tệp PDF hoặc XLSX (cần --out)")
    p.add_argument("--out", metavar="TỆP", help="tệp kết quả")
    p.add_argument("--force", action="store_true", help="ghi đè tệp đã có")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from app.domain.periods import parse_period_name
    from app.models.database import default_database_path, open_database
    from app.services import Services
    from app.services.register_sheet import write_register

    if bool(args.format) != bool(args.out):
        raise InputError("Cần cả --format và --out để in sổ theo dõi ra tệp.")
    period = parse_period_name(args.period)
    first = parse_period_name(args.since) if args.since else None
    as_of = parse_day(args.as_of, "Ngày tính")
    database = open_database(getattr(args, "db", None) or default_database_path(), create=False)
    try:
        services = Services(database)
        view = services.register.register(services.plans.find(args.plan), period, first=first,
                                          as_of=as_of)
        written = write_register(view, args.format, args.out, force=args.force,
                                 protected=[database.url]) if args.format else None
    finally:
        database.dispose()
    if args.json:
        say(json.dumps(register_json(view), ensure_ascii=False, indent=2))
    else:
        say(_text(view))
    if written is not None and not args.json:
        say(f"Đã ghi {written}")
    return 0


def _rates(rates: Any) -> dict[str, Any]:
    return {"expected": rates.expected, "received": rates.received, "on_time": rates.on_time, "late": rates.late,
            "missing": rates.missing, "not_due": rates.not_due, "reporting_rate": _round(rates.reporting_rate),
            "timeliness": _round(rates.timeliness)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def register_json(view: Any) -> dict[str, Any]:
    """The JSON shape of `register --json` (see the module docstring)."""
    from app.domain.register import Rates
    from app.services.register_sheet import STATUS_CODES

    reg = view.register
    codes = [p.code for p in reg.periods]
    agencies = []
    for agency in view.agencies:
        cells = {}
        for code in codes:
            cell = reg.cell(agency, code)
            cells[code] = None if cell is None else {
                "expected": cell.expected, "tasks": cell.tasks,
                "status": STATUS_CODES[cell.status] if cell.status else None,
                "received_on": cell.received_on.isoformat() if cell.received_on else None}
        agencies.append({"agency": view.names.get(agency, "?"), "agency_id": agency,
                         **_rates(reg.by_agency.get(agency, Rates())), "cells": cells})
    return {"plan": view.plan_number, "as_of": view.as_of.isoformat(), "periods": codes,
            "due": {code: reg.due[code].isoformat() for code in codes}, "agencies": agencies,
            "by_period": {code: _rates(reg.by_period[code]) for code in codes}, "total": _rates(reg.total)}


def _text(view: Any) -> str:
    from app.services.register_sheet import counts_text, register_sheet

    sheet = register_sheet(view)
    lines = [sheet.title, sheet.subtitle, ""]
    for line in sheet.lines:
        lines.append(f"{line.name}: " + "; ".join(f"{p} {c}" for p, c in zip(sheet.periods, line.cells, strict=True)))
    lines.append("")
    lines.append("Cả kế hoạch: " + counts_text(view.register.total))
    return "\n".join(lines)
