"""The first-run assistant's use cases on both engines: a fresh database asks for it; an agency
list goes in whole or not at all, twice adds nothing; groups' members in one transaction."""

from __future__ import annotations

import pytest

from app.errors import InputError, NotFoundError
from app.services import Services
from app.services.reports.office import OfficeProfile

LIST = """Sở Nội vụ; Sở
Ủy ban nhân dân Thành phố; Khác
Văn phòng UBND Thành phố; ; Ủy ban nhân dân Thành phố
Các sở, ban, ngành; Nhóm
Các quận, huyện; Nhóm
Sở Tài chính; Sở; Các sở, ban, ngành
Sở Nội vụ; Sở; Các sở, ban, ngành
"""


def test_a_fresh_database_needs_the_assistant_until_an_office_or_an_agency_exists(services: Services) -> None:
    assert services.onboarding.needed()
    services.reports.save_office(OfficeProfile(issuing_body="Sở Nội vụ"))
    assert not services.onboarding.needed()


def test_agency_list_with_kinds_parents_and_groups(services: Services) -> None:
    result = services.onboarding.import_agencies(services.onboarding.parse_list(LIST))
    assert result.agencies == ["Sở Nội vụ", "Ủy ban nhân dân Thành phố", "Văn phòng UBND Thành phố", "Sở Tài chính"]
    assert result.groups == ["Các sở, ban, ngành", "Các quận, huyện"]
    assert result.existing == ["Sở Nội vụ"] and result.memberships == 2
    agencies = {a.name: a for a in services.agencies.list_agencies()}
    assert agencies["Sở Nội vụ"].kind == "so" and agencies["Ủy ban nhân dân Thành phố"].kind == "other"
    assert agencies["Văn phòng UBND Thành phố"].parent_id == agencies["Ủy ban nhân dân Thành phố"].id
    groups = {g.name: g for g in services.agencies.list_groups()}
    assert set(groups["Các sở, ban, ngành"].member_ids) == {agencies["Sở Nội vụ"].id, agencies["Sở Tài chính"].id}
    assert [g.name for g in services.onboarding.empty_groups()] == ["Các quận, huyện"]
    again = services.onboarding.import_agencies(services.onboarding.parse_list(LIST.lower()))  # diacritics, case
    assert (again.agencies, again.groups, again.memberships) == ([], [], 0)
    assert len(services.agencies.list_agencies()) == 4
    assert not services.onboarding.needed()


def test_an_unknown_parent_refuses_the_whole_list(services: Services) -> None:
    rows = services.onboarding.parse_list("Sở Y tế\nBệnh viện Xanh Pôn; Khác; Sở Ytế\n")
    with pytest.raises(InputError, match="Dòng 2: không có cơ quan hoặc nhóm “Sở Ytế”"):
        services.onboarding.import_agencies(rows)
    assert services.agencies.list_agencies() == []  # one transaction: nothing of the list stays


def test_members_of_several_groups_in_one_step(services: Services) -> None:
    services.onboarding.import_agencies(services.onboarding.parse_list(LIST))
    agencies = {a.name: a.id for a in services.agencies.list_agencies()}
    groups = {g.name: g.id for g in services.agencies.list_groups()}
    services.onboarding.set_members({groups["Các quận, huyện"]: [agencies["Văn phòng UBND Thành phố"]],
                                     groups["Các sở, ban, ngành"]: [agencies["Sở Tài chính"]]})
    after = {g.name: set(g.member_ids) for g in services.agencies.list_groups()}
    assert after == {"Các quận, huyện": {agencies["Văn phòng UBND Thành phố"]},
                     "Các sở, ban, ngành": {agencies["Sở Tài chính"]}}
    assert services.onboarding.empty_groups() == []
    with pytest.raises(NotFoundError):  # an unknown agency: nothing of the step changes
        services.onboarding.set_members({groups["Các quận, huyện"]: [], groups["Các sở, ban, ngành"]: [999]})
    assert {g.name: set(g.member_ids) for g in services.agencies.list_groups()} == after


def test_retyping_the_office_updates_its_one_entry(services: Services) -> None:
    """Session 14's walk: going back in the assistant and retyping the office's name added a second agency (the
    first stayed, a stray nobody would confirm). The office's entry takes the new name, without the old one as
    an alias; retyped as an agency the directory already holds, that agency is the office and the unused earlier
    entry goes; an earlier entry a task refers to stays."""
    onboarding = services.onboarding
    office = onboarding.save_office(OfficeProfile(issuing_body="Sở Nội vụ"))
    assert onboarding.save_office(OfficeProfile(issuing_body="Sở Nội vu tỉnh Nghệ An")) == office
    assert onboarding.save_office(OfficeProfile(issuing_body="Sở Nội vụ tỉnh Nghệ An")) == office  # the mark added
    agencies = services.agencies.list_agencies()
    assert [(a.id, a.name, a.aliases, a.proposed) for a in agencies] == [(office, "Sở Nội vụ tỉnh Nghệ An", (), False)]
    assert services.reports.office().issuing_body == "Sở Nội vụ tỉnh Nghệ An"

    onboarding.import_agencies(onboarding.parse_list("Sở Tư pháp tỉnh Nghệ An; Sở"))
    justice = services.agencies.find_one("Sở Tư pháp tỉnh Nghệ An").id
    assert onboarding.save_office(OfficeProfile(issuing_body="Sở Tư pháp tỉnh Nghệ An")) == justice
    assert [a.name for a in services.agencies.list_agencies()] == ["Sở Tư pháp tỉnh Nghệ An"]

    plan = services.plans.create_plan("Kế hoạch cải cách hành chính", number="245/KH-UBND")
    task = services.nodes.add(plan, None, None, label="1", kind="task", text="Rà soát văn bản")
    from app.services.nodes import AssigneeSpec

    services.nodes.set_assignments(task, [AssigneeSpec("lead", agency_id=justice)])
    home = services.agencies.create("Sở Nội vụ tỉnh Nghệ An")
    assert onboarding.save_office(OfficeProfile(issuing_body="Sở Nội vụ tỉnh Nghệ An")) == home
    assert {a.name for a in services.agencies.list_agencies()} == {"Sở Tư pháp tỉnh Nghệ An", "Sở Nội vụ tỉnh Nghệ An"}
