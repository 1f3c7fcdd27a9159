"""A plan with five agencies, a group and three tasks, ready for exchange workbooks."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from app.domain import exchange as x
from app.domain.periods import Period
from app.models.database import open_database
from app.services import Services
from app.services.nodes import AssigneeSpec
from tests.services.exchange.helpers import convert, fill

AS_OF = date(2021, 12, 1)


@pytest.fixture
def plan(services: Services) -> dict[str, int]:
    return make_plan(services)


def make_plan(services: Services) -> dict[str, int]:
    """Sở Nội vụ leads tasks 1–2, Sở Tài chính supports 2 and leads 3, a group of two districts
    supports 1; due in Q4/2021, ongoing, and in the year 2021."""
    ids = {name: services.agencies.create(name, kind="so") for name in
           ("Sở Nội vụ", "Sở Tài chính", "UBND quận Ba Đình", "UBND quận Đống Đa")}
    group = services.agencies.create_group("UBND các quận", [ids["UBND quận Ba Đình"], ids["UBND quận Đống Đa"]])
    plan = services.plans.create_plan("Kế hoạch cải cách hành chính năm 2021", number="5/KH-UBND",
                                      issued_on=date(2021, 1, 10))
    section = services.nodes.add(plan, None, None, label="II", kind="section", text="NHIỆM VỤ")
    t1 = services.nodes.add(plan, section, None, label="1", text="Rà soát, đơn giản hóa thủ tục hành chính")
    services.nodes.set_assignments(t1, [AssigneeSpec("lead", agency_id=ids["Sở Nội vụ"]),
                                        AssigneeSpec("support", group_id=group)])
    services.nodes.set_deadline(t1, "trong Quý IV/2021")
    t2 = services.nodes.add(plan, section, None, label="2", text="Tuyên truyền về cải cách hành chính")
    services.nodes.set_assignments(t2, [AssigneeSpec("lead", agency_id=ids["Sở Nội vụ"]),
                                        AssigneeSpec("support", agency_id=ids["Sở Tài chính"])])
    services.nodes.set_deadline(t2, "Thường xuyên")
    t3 = services.nodes.add(plan, section, None, label="3", text="Bố trí kinh phí thực hiện")
    services.nodes.set_assignments(t3, [AssigneeSpec("lead", agency_id=ids["Sở Tài chính"])])
    services.nodes.set_deadline(t3, "trong năm 2021")
    return {"plan": plan, "t1": t1, "t2": t2, "t3": t3, "group": group, **ids}


@contextmanager
def planned(root: Path) -> Iterator[tuple[Services, dict[str, int]]]:
    """A new database `root/theodoi.db` holding `make_plan`'s plan, closed on leaving: for a case built once."""
    db = open_database(root / "theodoi.db")
    try:
        services = Services(db, user="tester")
        yield services, make_plan(services)
    finally:
        db.dispose()


@dataclass
class LibreOfficeCase:
    """One database and Sở Nội vụ's filled workbook, also as re-saved by LibreOffice Calc."""

    database: Path
    plan: dict[str, int]
    filled: Path
    resaved: Path
    exported: list[Path]


@pytest.fixture(scope="session")
def libreoffice_case(tmp_path_factory: pytest.TempPathFactory) -> LibreOfficeCase:
    """Built once per session: LibreOffice takes seconds per conversion."""
    root = tmp_path_factory.mktemp("libreoffice")
    with planned(root) as (services, ids):
        files = services.exchange.export(ids["plan"], Period.parse("2021-Q4"), root / "out", as_of=AS_OF)
    filled = fill(files[0].path, {
        0: {x.STATUS: "Đang thực hiện", x.PERCENT: "60%", x.RESULT: "Đã tổ chức 3 hội nghị   ",
            x.DIFFICULTIES: "Thiếu kinh phí", x.REPORTED_ON: "10/12/2021"},
        1: {x.STATUS: "Đã hoàn thành", x.PERCENT: 100, x.RESULT: "Đăng 12 tin, bài",
            x.PROPOSALS: "Không", x.REPORTED_ON: date(2021, 12, 11)},
    }, out=root / "so-noi-vu-da-dien.xlsx")
    resaved = convert(filled, root / "lo")
    return LibreOfficeCase(root / "theodoi.db", ids, filled, resaved, [f.path for f in files])


def copy_database(case: LibreOfficeCase, folder: Path) -> Path:
    target = folder / "theodoi.db"
    shutil.copyfile(case.database, target)
    return target
