"""What the import review asks of the directory: each mention's match as storing would make it,
and the one-step repairs (add a mention, record it as another name) that the next import uses."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select
from test_plan_import import SAMPLES, _plan

from app.errors import ConflictError, InputError, NotFoundError
from app.models import Agency, AgencyAlias, AgencyGroup
from app.models.database import Database
from app.services import Services
from app.services.agency_directory import guess_kind, load_directory, read_directory
from app.services.import_review import EMPTY_GROUP, KNOWN_AGENCY, KNOWN_GROUP, NEW_AGENCY, NEW_GROUP, PROPOSED


@pytest.fixture
def services(database: Database) -> Services:
    with database.session() as s:
        load_directory(s, read_directory(SAMPLES / "agencies.json"))
    return Services(database, "clerk")


def _count(database: Database, model) -> int:
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_mentions_are_matched_as_storing_would(services: Services) -> None:
    checks = services.import_review.check_mentions(_plan())
    assert checks["Sở NV"].status == KNOWN_AGENCY and checks["Sở NV"].name == "Sở Nội vụ"
    assert checks["UBND các quận, huyện, thị xã"].status in (KNOWN_GROUP, EMPTY_GROUP)
    assert checks["Sở Kiến trúc Mới"].status == NEW_AGENCY and checks["Sở Kiến trúc Mới"].unknown
    outcome = services.plan_import.store(_plan())  # storing agrees: the unknown one is proposed
    assert outcome.proposed_agencies == ["Sở Kiến trúc Mới"]


def test_an_alias_made_in_the_review_serves_the_next_import(services: Services, database: Database) -> None:
    assert services.import_review.alias_mention("Sở Kiến trúc Mới", "Sở Quy hoạch") == "Sở Quy hoạch - Kiến trúc"
    plan = _plan()
    assert services.import_review.check_mentions(plan)["Sở Kiến trúc Mới"].status == KNOWN_AGENCY
    before = _count(database, Agency)
    outcome = services.plan_import.store(plan)
    assert outcome.proposed_agencies == [] and _count(database, Agency) == before


def test_a_collective_mention_is_added_as_a_group_flagged_until_it_has_members(services: Services) -> None:
    plan = _plan(support=("Các đơn vị sự nghiệp trực thuộc",))
    mention = "Các đơn vị sự nghiệp trực thuộc"
    assert services.import_review.check_mentions(plan)[mention].status == NEW_GROUP
    group_id = services.import_review.add_mention(mention)
    check = services.import_review.check_mentions(plan)[mention]
    assert check.status == EMPTY_GROUP and check.without_members and not check.unknown
    services.agencies.set_group_members(group_id, [services.agencies.resolve("Sở Nội vụ")])
    assert services.import_review.check_mentions(plan)[mention].status == KNOWN_GROUP
    with pytest.raises(InputError, match="Đã có nhóm"):
        services.import_review.add_mention(mention)


def test_refused_repairs_say_why_and_change_nothing(services: Services, database: Database) -> None:
    agencies, aliases, groups = (_count(database, m) for m in (Agency, AgencyAlias, AgencyGroup))
    with pytest.raises(NotFoundError, match="^Không tìm thấy đúng một cơ quan “Sở Không Có”"):
        services.import_review.alias_mention("Sở X", "Sở Không Có")
    with pytest.raises(NotFoundError, match="gõ đủ tên"):
        services.import_review.alias_mention("Sở X", "Sở")  # many agencies: never a guess
    with pytest.raises(ConflictError):
        services.import_review.add_mention("Sở Nội vụ")
    assert (_count(database, Agency), _count(database, AgencyAlias), _count(database, AgencyGroup)) == (
        agencies, aliases, groups)


def test_a_cell_bar_or_a_figure_read_as_a_mention_is_shown_and_never_stored(services: Services,
                                                                             database: Database) -> None:
    """A web page's table pasted as text and saved as .docx: `|` and the next column (`| Kế hoạch công tác`)
    or a year were read as agencies, and storing made them proposed agencies of the directory."""
    plan = _plan(lead=("|",), support=("Sở NV", "| Kế hoạch công tác", "2025"))
    checks = services.import_review.check_mentions(plan)
    assert {m for m, c in checks.items() if c.junk} == {"|", "| Kế hoạch công tác", "2025"}
    assert not any(c.unknown for c in checks.values() if c.junk)
    before = _count(database, Agency)
    outcome = services.plan_import.store(plan)
    assert not any("|" in name or name == "2025" for name in outcome.proposed_agencies + outcome.proposed_groups)
    with database.session() as s:
        names = list(s.scalars(select(Agency.name))) + list(s.scalars(select(AgencyGroup.name)))
    assert not any("|" in name or name == "2025" for name in names) and _count(database, Agency) >= before
    task = next(n for n in services.plans.tree(outcome.plan_id) if n.text == "Rà soát quy chế làm việc")
    assert task.kind == "task"


def test_a_body_renamed_in_2025_is_unknown_shown_and_added_or_aliased_in_one_step(services: Services) -> None:
    """A plan written after the 2025 reorganisation names merged departments and communes the directory
    (of before) does not hold: each is unknown — never matched to the near miss it replaced — and one step adds
    it with the kind its name says, or records it as another name of the body the clerk picks."""
    merged, ward, wards = "Sở Nông nghiệp và Môi trường", "UBND phường Ba Đình", "UBND các xã, phường, đặc khu"
    plan = _plan(lead=(merged,), support=(ward, wards, "Ủy ban MTTQ Việt Nam thành phố Hà Nội"))
    checks = services.import_review.check_mentions(plan)
    assert checks[merged].status == NEW_AGENCY and checks[ward].status == NEW_AGENCY
    assert checks[wards].status == NEW_GROUP
    assert checks["Ủy ban MTTQ Việt Nam thành phố Hà Nội"].status == KNOWN_AGENCY
    ward_id = services.import_review.add_mention(ward)
    assert next(a for a in services.agencies.list_agencies() if a.id == ward_id).kind == "xa_phuong"
    assert services.import_review.alias_mention(merged, "Sở Tài nguyên và Môi trường") == "Sở Tài nguyên và Môi trường"
    again = services.import_review.check_mentions(plan)
    assert again[merged].name == "Sở Tài nguyên và Môi trường" and again[ward].status == KNOWN_AGENCY


@pytest.mark.parametrize(("name", "kind"), [
    ("UBND xã Lương Minh", "xa_phuong"), ("Ủy ban nhân dân phường 3", "xa_phuong"),
    ("UBND đặc khu Côn Đảo", "xa_phuong"), ("UBND huyện Ba Vì", "quan_huyen"), ("Đảng ủy xã An Phú", "dang"),
    ("Đảng ủy UBND tỉnh", "dang"), ("Ủy ban MTTQ Việt Nam tỉnh Gia Lai", "doan_the"),
    ("Sở Dân tộc và Tôn giáo", "so"), ("Ban Tuyên giáo Huyện ủy Ba Vì", "dang"), ("Chi bộ Văn phòng", "dang"),
    ("Văn phòng Trung ương Đảng", "dang"),
])
def test_a_proposed_agency_gets_the_kind_its_name_says(name: str, kind: str) -> None:
    assert guess_kind(name) == kind


def test_a_name_an_earlier_import_proposed_is_shown_until_confirmed(services: Services, database: Database) -> None:
    """The second plan naming `Sở Kiến trúc Mới` (proposed when the first was stored): it was matched as a known
    agency, silently, though the register lists it as not in the directory. It is shown, and "add" confirms the
    proposed agency (no second one)."""
    services.plan_import.store(_plan())
    check = services.import_review.check_mentions(_plan(number="13/KH-UBND"))["Sở Kiến trúc Mới"]
    assert check.status == PROPOSED and check.unknown and check.name == "Sở Kiến trúc Mới"
    before = _count(database, Agency)
    agency_id = services.import_review.add_mention("Sở Kiến trúc Mới")
    assert _count(database, Agency) == before
    assert not next(a for a in services.agencies.list_agencies() if a.id == agency_id).proposed
    assert services.import_review.check_mentions(_plan())["Sở Kiến trúc Mới"].status == KNOWN_AGENCY


def test_a_proposed_name_made_another_name_of_a_listed_agency_is_merged_into_it(services: Services,
                                                                                database: Database) -> None:
    """Its tasks go to the listed agency and the name stays as an alias (an alias alone left the proposed
    agency matched first, by its own name)."""
    plan_id = services.plan_import.store(_plan()).plan_id
    before = _count(database, Agency)
    assert services.import_review.alias_mention("Sở Kiến trúc Mới", "Sở Quy hoạch") == "Sở Quy hoạch - Kiến trúc"
    assert _count(database, Agency) == before - 1
    check = services.import_review.check_mentions(_plan())["Sở Kiến trúc Mới"]
    assert check.status == KNOWN_AGENCY and check.name == "Sở Quy hoạch - Kiến trúc"
    task = next(n for n in services.plans.tree(plan_id) if n.label == "a")
    assert "Sở Quy hoạch - Kiến trúc" in task.support_names
    services.plan_import.store(_plan(number="14/KH-UBND", support=("Sở Xây dựng Mới",)))
    with pytest.raises(InputError, match="không gộp vào nhóm"):  # a group: refused, nothing changed
        services.import_review.alias_mention("Sở Xây dựng Mới", "UBND các quận, huyện, thị xã")
    still = services.import_review.check_mentions(_plan(support=("Sở Xây dựng Mới",)))["Sở Xây dựng Mới"]
    assert still.status == PROPOSED

