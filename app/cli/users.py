"""`python -m app users add|list|set-role|set-password|disable`: the users of a shared database.

Roles (app/domain/roles.py): clerk — chuyên viên theo dõi (everything but approving); staff — cán bộ
nhập tiến độ (progress and exchange workbooks, for every agency or those given with --agency A --agency B
or --agency "A, B");
leader — lãnh đạo (read, print, approve). On a server with no users yet anyone may add the first.
A new password is read from THEODOI_NEW_PASSWORD or, on a terminal, asked twice.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from app.cli.common import add_db_argument, signed_in_user
from app.domain.roles import ROLE_NAMES, ROLES
from app.errors import InputError

NEW_PASSWORD_ENV = "THEODOI_NEW_PASSWORD"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("users", help="người dùng và vai trò (chế độ dùng chung trên máy chủ)",
                              description=__doc__)
    actions = p.add_subparsers(dest="action", metavar="VIỆC", required=True)
    roles = ", ".join(f"{r} = {ROLE_NAMES[r]}" for r in ROLES)

    a = actions.add_parser("add", help="thêm người dùng")
    a.add_argument("name", metavar="TÊN")
    a.add_argument("--role", required=True, choices=ROLES, help=roles)
    a.add_argument("--full-name", default="", help="họ và tên")
    a.add_argument("--agency", action="append", default=[], metavar="CƠ_QUAN",
                   help="cán bộ chỉ nhập tiến độ cho các cơ quan này (nhắc lại --agency hoặc cách nhau bằng dấu phẩy; "
                        "mặc định: mọi cơ quan)")
    a.add_argument("--password", action="store_true", help=f"đặt mật khẩu (từ {NEW_PASSWORD_ENV} hoặc hỏi)")
    add_db_argument(a)

    lst = actions.add_parser("list", help="liệt kê người dùng")
    add_db_argument(lst)

    r = actions.add_parser("set-role", help="đổi vai trò")
    r.add_argument("name", metavar="TÊN")
    r.add_argument("role", choices=ROLES)
    r.add_argument("--agency", action="append", default=[], metavar="CƠ_QUAN",
                   help="các cơ quan được giao (cán bộ nhập tiến độ; không có: mọi cơ quan)")
    add_db_argument(r)

    w = actions.add_parser("set-password", help="đặt lại mật khẩu")
    w.add_argument("name", metavar="TÊN")
    add_db_argument(w)

    d = actions.add_parser("disable", help="khóa người dùng (không xóa: nhật ký vẫn giữ tên)")
    d.add_argument("name", metavar="TÊN")
    add_db_argument(d)
    p.set_defaults(run=run)


def _new_password(name: str) -> str:
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password is None and sys.stdin.isatty():
        password = getpass.getpass(f"Mật khẩu mới của {name}: ")
        if getpass.getpass("Nhập lại: ") != password:
            raise InputError("Hai lần nhập mật khẩu không giống nhau.")
    if not password or len(password) < 6:
        raise InputError(f"Cần mật khẩu từ 6 ký tự ({NEW_PASSWORD_ENV} hoặc nhập khi được hỏi).")
    return password


def run(args: argparse.Namespace) -> int:
    from app.models.database import default_database_path, open_database
    from app.services.users import UserService

    database = open_database(getattr(args, "db", None) or default_database_path())
    try:
        users = UserService(database, signed_in_user(args, database))
        if args.action == "list":
            rows = users.list_users()
            for u in rows:
                scope = f", cơ quan: {'; '.join(u.agencies)}" if u.agencies else ""
                state = "" if u.active else " [đã khóa]"
                print(f"{u.name}\t{u.role} ({u.role_name}{scope}){state}\t{u.full_name}")
            if not rows:
                print("Chưa có người dùng nào.")
        elif args.action == "add":
            password = _new_password(args.name) if args.password else None
            users.add(args.name, args.role, full_name=args.full_name, agencies=args.agency, password=password)
            print(f"Đã thêm {args.name} ({ROLE_NAMES[args.role]}).")
        elif args.action == "set-role":
            users.set_role(args.name, args.role, agencies=args.agency)
            print(f"{args.name}: {ROLE_NAMES[args.role]}.")
        elif args.action == "set-password":
            users.set_password(args.name, _new_password(args.name))
            print(f"Đã đặt mật khẩu mới cho {args.name}.")
        else:
            users.disable(args.name)
            print(f"Đã khóa {args.name}.")
    finally:
        database.dispose()
    return 0
