"""The review counts names, not spellings (window10; names9's leftover).

A province's plan writes the communes' committees both ways, `UBND xã` and `Ủy ban nhân dân xã`: storing proposes
ONE agency for both (`mention_matching.mention_key`), but the review's count said `2 tên cơ quan chưa có trong danh
bạ`, so the clerk looked for a second name that never came.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.importers.result import ImportedNode, ImportedPlan, Signer
from app.models import Agency
from app.services.plan_import import ReadPlan
from app.ui.imports.import_view import ImportView
from app.ui.shell.state import AppState


def _province_plan() -> ImportedPlan:
    tasks = [ImportedNode(label="1", kind="task", text="Rà soát hộ nghèo", lead=["Sở Nội vụ"],
                          support=["UBND xã"], deadline_text="trong năm 2026", path=["1"]),
             ImportedNode(label="2", kind="task", text="Tuyên truyền chính sách", lead=["Ủy ban nhân dân xã"],
                          deadline_text="trong năm 2026", path=["2"]),
             ImportedNode(label="3", kind="task", text="Tổng hợp kết quả", lead=["Sở Khoa học và Công nghệ"],
                          deadline_text="trong năm 2026", path=["3"])]
    return ImportedPlan(number="12/KH-UBND", doc_type="KH", issuer="Ủy ban nhân dân tỉnh Quảng Ninh",
                        place="Quảng Ninh", date=dt.date(2026, 1, 5), title="Giảm nghèo bền vững năm 2026",
                        signer=Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn B"), nodes=tasks)


def test_two_spellings_of_one_new_name_count_once_and_are_stored_as_one(qtbot, services, prompter,
                                                                         database) -> None:
    services.agencies.create("Sở Nội vụ", kind="so")
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    view.show()
    view._parsed(ReadPlan(_province_plan(), "", b"", "ke-hoach.txt"))
    shown = [m for marks in view.marks for m in marks.unknown]
    assert sorted(shown) == ["Sở Khoa học và Công nghệ", "UBND xã", "Ủy ban nhân dân xã"]  # each row says its own
    assert "2 tên cơ quan chưa có trong danh bạ" in view.count_label.text(), view.count_label.text()
    assert view.confirm() is not None
    with database.session() as s:
        proposed = sorted(s.scalars(select(Agency.name).where(Agency.proposed)))
    assert proposed == ["Sở Khoa học và Công nghệ", "UBND xã"]  # as many as the review counted
