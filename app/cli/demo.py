"""`python -m app demo --db PATH [--seed N] [--profile state|party]`: build the demo database
(sample plans, agency directory, deterministic sample progress) with the office profile of a Sở
(state format) or of a Thành ủy (Party format). Refuses an existing file: it never overwrites data."""
from __future__ import annotations

import argparse

from app.cli.common import add_db_argument
from app.errors import InputError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "demo", help="tạo cơ sở dữ liệu mẫu: kế hoạch mẫu, danh bạ cơ quan, tiến độ mẫu",
        description="Tạo một cơ sở dữ liệu mới với các kế hoạch mẫu, danh bạ cơ quan Hà Nội và Cần Thơ "
                    "và số liệu tiến độ mẫu (cố định theo --seed).",
    )
    add_db_argument(p)
    p.add_argument("--seed", type=int, default=None, help="hạt giống ngẫu nhiên (mặc định 2024)")
    p.add_argument("--profile", choices=("state", "party"), default="state",
                   help="cơ quan ban hành văn bản: state = Sở Nội vụ (NĐ 30), "
                        "party = Thành ủy (văn bản của Đảng: HD 36, từ 27/5/2026 HD 05)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from app.services.demo import SEED, build_demo

    target = getattr(args, "db", None)
    if not target:
        raise InputError("Lệnh demo cần --db ĐƯỜNG_DẪN cho cơ sở dữ liệu mới.")
    summary = build_demo(target, seed=SEED if args.seed is None else args.seed, profile=args.profile)
    print(summary.message)
    return 0
