"""A document in which no task was found (a cut web copy of a Party plan's opening, a short letter):
read with its header and an empty outline for the review, never stored empty — and stored once the
clerk has added a task to it, header and all."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import InputError
from app.models import Plan, PlanNode
from app.models.database import Database
from app.services import review_outline
from app.services.plan_import import PlanImportService

# development data (real3 Party openings): the opening of Kế hoạch 88-KH/TU, cut before its first duty
OPENING = Path(__file__).resolve().parents[1] / "fixtures" / "real3" / "fd454a2811cf28e5.txt"
HEADER_ONLY = ("ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY QUẢNG TRỊ\nSố 90-KH/TU\nQuảng Trị, ngày 24 tháng 12 năm 2021\n"
               "KẾ HOẠCH\nthực hiện Nghị quyết Đại hội XIII của Đảng\n"
               "Ban Thường vụ Tỉnh ủy xây dựng kế hoạch thực hiện như sau:\n")


def _plans(database: Database) -> int:
    with database.session() as s:
        return s.query(Plan).count()


def test_an_opening_without_task_is_read_with_its_header() -> None:
    read = PlanImportService.read(OPENING)
    plan = read.plan
    assert plan.is_empty() and plan.tasks() == []
    assert (plan.number, plan.doc_type, plan.place) == ("88-KH/TU", "KH", "TP. Hồ Chí Minh")
    assert plan.date is not None and plan.date.isoformat() == "2021-12-24"
    assert plan.title and plan.title.startswith("VỀ CỦNG CỐ, KIỆN TOÀN HỆ THỐNG CHÍNH TRỊ CƠ SỞ")
    assert plan.warnings[-1].startswith("Không có nhiệm vụ nào để nhập từ Kế hoạch số 88-KH/TU ngày 24/12/2021")
    assert "88-KH/TU" in read.text and read.original == OPENING.read_bytes()


def test_a_header_alone_is_read_with_no_row(tmp_path: Path) -> None:
    path = tmp_path / "mo-dau.txt"
    path.write_text(HEADER_ONLY, encoding="utf-8")
    plan = PlanImportService.read(path).plan
    assert plan.nodes == [] and plan.is_empty() and plan.number == "90-KH/TU"


def test_an_empty_plan_is_refused_and_nothing_is_stored(database: Database) -> None:
    service = PlanImportService(database, "clerk")
    read = service.read(OPENING)
    with pytest.raises(InputError) as refused:
        service.store_read(read)
    assert refused.value.message.startswith("Chưa lưu: kế hoạch chưa có nhiệm vụ hay chỉ tiêu nào")
    assert _plans(database) == 0
    assert read.plan.number == "88-KH/TU"  # the header the clerk saw is still there to store later


def test_a_task_added_to_the_empty_review_stores_the_plan_with_its_header(database: Database) -> None:
    service = PlanImportService(database, "clerk")
    read = service.read(OPENING)
    first = review_outline.add(read.plan.nodes)
    first.text, first.lead, first.deadline_text = "Rà soát tổ chức cơ sở đảng.", ["Ban Tổ chức Thành ủy"], "quý II/2022"
    outcome = service.store_read(read)
    assert outcome.tasks == 1 and outcome.number == "88-KH/TU"
    with database.session() as s:
        row = s.get_one(Plan, outcome.plan_id)
        assert row.doc_type == "KH" and row.place == "TP. Hồ Chí Minh" and row.issued_on.isoformat() == "2021-12-24"
        [task] = s.query(PlanNode).filter_by(plan_id=row.id, kind="task").all()
        assert task.text == "Rà soát tổ chức cơ sở đảng." and task.parent_id is None
        assert [a.mention for a in task.assignments] == ["Ban Tổ chức Thành ủy"]
        assert task.deadline is not None and task.deadline.phrase == "quý II/2022"
