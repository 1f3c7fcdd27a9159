"""Storing an imported plan: one transaction, directory matching, proposed agencies, replace."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain.text import canonical, fold
from app.errors import ConflictError
from app.importers import import_plan_document
from app.importers.result import ImportedNode, ImportedPlan, ImportedTarget, Signer
from app.models import (
    Agency,
    AgencyGroup,
    Assignment,
    AuditEntry,
    NodeDeadline,
    Plan,
    PlanNode,
    PlanReportingRule,
    Target,
)
from app.models.database import Database
from app.resources import resource_path
from app.services import plan_import
from app.services.agency_directory import is_collective, load_directory, read_directory
from app.services.plan_import import PlanImportService, store_plan_file
from app.services.replace_file import review_file, store_file

SAMPLES = resource_path("samples")


@pytest.fixture
def directory_db(database: Database) -> Database:
    with database.session() as s:
        load_directory(s, read_directory(SAMPLES / "agencies.json"))
    return database


def _plan(*, place: str | None = "Hà Nội", number: str | None = "12/KH-UBND", lead=("Sở NV",),
          support=("UBND các quận, huyện, thị xã", "Sở Kiến trúc Mới")) -> ImportedPlan:
    task = ImportedNode(label="a", kind="task", text="Rà soát quy chế làm việc", lead=list(lead),
                        support=list(support), deadline_text="trong Quý II/2024", path=["II", "1", "a"])
    other = ImportedNode(label="b", kind="task", text="Báo cáo kết quả", lead=["Ủy ban nhân dân TP"],
                         deadline_text="Thường xuyên", path=["II", "1", "b"])
    section = ImportedNode(label="1", kind="section", text="Cải cách hành chính", children=[task, other],
                           path=["II", "1"])
    root = ImportedNode(label="II", kind="section", text="NHIỆM VỤ", children=[section], path=["II"])
    return ImportedPlan(
        number=number, doc_type="KH", issuer="UBND Thành phố Hà Nội", place=place, date=dt.date(2024, 3, 1),
        title="Kế hoạch cải cách hành chính năm 2024", bases=["01/CT-UBND"],
        signer=Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"), recipients=["Như trên"],
        reporting=["Định kỳ báo cáo kết quả thực hiện trước ngày 15/12 hàng năm về Sở Nội vụ để tổng hợp."],
        nodes=[root],
        targets=[ImportedTarget(path=["II", "1"], indicator="tỷ lệ hồ sơ trực tuyến", comparator=">=",
                                value=80, unit="%", deadline_text="năm 2024")],
    )


def _count(database: Database, model) -> int:
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_plan_stored_with_tree_assignments_deadlines_targets_rules(directory_db: Database) -> None:
    outcome = PlanImportService(directory_db, "tester").store(_plan(), original=b"raw", filename="kh.txt",
                                                              extracted_text="văn bản")
    with directory_db.session() as s:
        plan = s.get(Plan, outcome.plan_id)
        assert (plan.number, plan.issuer, plan.place, plan.issued_on) == ("12/KH-UBND", "UBND Thành phố Hà Nội",
                                                                          "Hà Nội", dt.date(2024, 3, 1))
        assert plan.original_bytes == b"raw" and plan.extracted_text == "văn bản"
        assert [b.source_document.number for b in plan.bases] == ["01/CT-UBND"]
        nodes = {n.text: n for n in s.scalars(select(PlanNode).where(PlanNode.plan_id == plan.id))}
        task = nodes["Rà soát quy chế làm việc"]
        assert (task.label, task.kind, task.position) == ("a", "task", 0)
        assert nodes["Báo cáo kết quả"].position == 1
        assert task.parent_id == nodes["Cải cách hành chính"].id
        roles = s.execute(select(Assignment.role, Assignment.mention, Assignment.agency_id, Assignment.group_id)
                          .where(Assignment.node_id == task.id).order_by(Assignment.position)).all()
        lead, district, new = roles
        assert s.get(Agency, lead.agency_id).name == "Sở Nội vụ"  # abbreviation matched
        assert s.get(AgencyGroup, district.group_id).name == "UBND các quận, huyện, thị xã"
        proposed = s.get(Agency, new.agency_id)
        assert proposed.name == "Sở Kiến trúc Mới" and proposed.proposed
        other_lead = s.scalar(select(Assignment.agency_id).where(Assignment.node_id == nodes["Báo cáo kết quả"].id))
        assert s.get(Agency, other_lead).name == "UBND Thành phố"  # `Ủy ban nhân dân TP`
        deadline = s.scalar(select(NodeDeadline).where(NodeDeadline.node_id == task.id))
        assert deadline.phrase == "trong Quý II/2024" and deadline.kind != "unknown"
        target = s.scalar(select(Target).where(Target.plan_id == plan.id))
        assert (target.value, target.unit, target.node_id) == (80, "%", nodes["Cải cách hành chính"].id)
        rule = s.scalar(select(PlanReportingRule).where(PlanReportingRule.plan_id == plan.id))
        assert (rule.frequency, rule.day, rule.month) == ("Y", 15, 12)
        assert s.get(Agency, plan.focal_agency_id).name == "Sở Nội vụ"
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "import")) == 1
    assert outcome.proposed_agencies == ["Sở Kiến trúc Mới"]


def test_city_decides_between_namesakes(directory_db: Database) -> None:
    plan = _plan(place="Cần Thơ", lead=("Sở Nội vụ",), support=("UBND quận, huyện",))
    plan.issuer = "UBND thành phố Cần Thơ"
    outcome = PlanImportService(directory_db).store(plan)
    with directory_db.session() as s:
        lead = s.scalar(select(Assignment).join(PlanNode).where(
            PlanNode.plan_id == outcome.plan_id, Assignment.role == "lead", PlanNode.label == "a"))
        assert s.get(Agency, lead.agency_id).name == "Sở Nội vụ thành phố Cần Thơ"
        group = s.scalar(select(Assignment.group_id).join(PlanNode).where(
            PlanNode.plan_id == outcome.plan_id, Assignment.role == "support"))
        members = s.get(AgencyGroup, group).members
        assert len(members) == 9  # Cần Thơ's quận/huyện, not Hà Nội's 30
    assert outcome.proposed_agencies == []


def test_unknown_namesake_of_another_city_is_not_merged(directory_db: Database) -> None:
    plan = _plan(place="Đà Nẵng", lead=("Sở Nội vụ",), support=("Các sở, ban, ngành",))
    outcome = PlanImportService(directory_db).store(plan)
    assert outcome.proposed_agencies == ["Sở Nội vụ (Đà Nẵng)", "Ủy ban nhân dân TP (Đà Nẵng)"]
    assert outcome.proposed_groups == ["Các sở, ban, ngành (Đà Nẵng)"]


def test_existing_plan_refused_then_replaced(directory_db: Database) -> None:
    service = PlanImportService(directory_db)
    first = service.store(_plan())
    nodes_before = _count(directory_db, PlanNode)
    with pytest.raises(ConflictError):
        service.store(_plan())
    assert _count(directory_db, Plan) == 1 and _count(directory_db, PlanNode) == nodes_before
    second = service.store(_plan(), replace=True)
    assert second.replaced and not first.replaced
    assert _count(directory_db, Plan) == 1 and _count(directory_db, PlanNode) == nodes_before
    with directory_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Agency).where(
            Agency.name_folded == fold("Sở Kiến trúc Mới"))) == 1


def test_a_plan_stored_with_an_older_reading_of_its_issuer_is_found_again(directory_db: Database) -> None:
    """A plan imported before the issuer's name was read in office order (parent first, a motto's tail kept)
    is the same plan when its corrected version comes: it is offered for replacing, not stored twice."""
    service = PlanImportService(directory_db)
    old = _plan()
    old.issuer = "Ủy ban MTTQ việt nam xã An Bình ban Thường trực chủ nghĩa việt nam"
    service.store(old)
    new = _plan()
    new.issuer = "Ban Thường trực Ủy ban MTTQ Việt Nam xã An Bình"
    assert service.existing_plan_id(new) is not None
    other = _plan()
    other.issuer = "Ủy ban nhân dân xã An Bình"
    assert service.existing_plan_id(other) is None


def test_failure_stores_nothing(directory_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    plans, agencies = _count(directory_db, Plan), _count(directory_db, Agency)

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(plan_import, "write_reporting", broken)
    with pytest.raises(RuntimeError):
        PlanImportService(directory_db).store(_plan())
    assert (_count(directory_db, Plan), _count(directory_db, Agency)) == (plans, agencies)


def test_store_plan_file_and_replace(tmp_path: Path) -> None:
    db = tmp_path / "kh.db"
    sample = SAMPLES / "ke-hoach-177-KH-UBND-2021-ha-noi.txt"
    message = store_plan_file(db, sample)
    assert "177/KH-UBND" in message and "nhiệm vụ" in message
    with pytest.raises(ConflictError):
        store_plan_file(db, sample)
    parsed = import_plan_document(sample)
    assert "Đã thay thế" in store_file(db, review_file(db, sample, parsed))


def test_matching_helpers() -> None:
    assert canonical("UBND TP. Hà Nội") == canonical("Ủy ban nhân dân thành phố Hà Nội")
    assert canonical("Ủy ban MTTQ VN") == canonical("Uỷ ban Mặt trận Tổ quốc Việt Nam")
    assert is_collective("Các sở, ban, ngành") and is_collective("UBND cấp huyện")
    assert is_collective("Cơ quan, đơn vị có liên quan")
    assert not is_collective("Sở Nội vụ") and not is_collective("Ban Tổ chức Thành ủy")
    assert not is_collective("Ban Quản lý các Khu công nghiệp tỉnh Lào Cai")  # one board (window12)
    assert not is_collective("Liên minh các Hợp tác xã tỉnh") and is_collective("Ban Quản lý các dự án, các xã")
