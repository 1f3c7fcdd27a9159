"""Which names stand for the office itself (`app.domain.own_office`)."""

from __future__ import annotations

import pytest

from app.domain.own_office import is_own, is_own_leadership, own_keys

FRONT = own_keys(["Ban Thường trực Ủy ban MTTQ xã Lương Minh"], "Lương Minh")
DEPARTMENT = own_keys(["Sở Nội vụ"], "Hà Nội")


@pytest.mark.parametrize("name", [
    "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh",  # the plan's header: the Front's full name
    "Ban Thường trực Ủy ban MTTQ Việt Nam xã",  # its text: `xã` is this commune
    "Ban Thường trực UBMTTQ xã",
    "BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ LƯƠNG MINH",
])
def test_the_front_names_itself_in_many_ways(name: str) -> None:
    assert is_own(name, FRONT, "Lương Minh")


@pytest.mark.parametrize("name", [
    "Ban Thường trực Ủy ban MTTQ tỉnh",  # the office above
    "Ban Thường trực Ủy ban MTTQ xã Quảng Tân",  # another commune's
    "Ủy ban nhân dân xã",
    "",
])
def test_other_bodies_are_not_the_office(name: str) -> None:
    assert not is_own(name, FRONT, "Lương Minh")


def test_a_body_drops_its_own_place_and_level() -> None:
    assert is_own("Sở Nội vụ thành phố Hà Nội", DEPARTMENT, "Hà Nội")
    assert is_own("Sở Nội vụ (Hà Nội)", DEPARTMENT, "Hà Nội")
    assert not is_own("Sở Nội vụ thành phố Cần Thơ", DEPARTMENT, "Hà Nội")


def test_a_ward_named_as_its_province_is_not_the_province() -> None:
    """window12: `UBND phường Lào Cai` (a ward of tỉnh Lào Cai) reported on a plan of `Ủy ban nhân dân tỉnh Lào
    Cai` and was left out of the register as the plan's issuer: both were `UBND` once place and level dropped."""
    province = own_keys(["Ủy ban nhân dân tỉnh Lào Cai"], "Lào Cai")
    assert not is_own("UBND phường Lào Cai", province, "Lào Cai")
    assert not is_own_leadership("Chủ tịch UBND phường Lào Cai", province, "Lào Cai")
    assert is_own("UBND tỉnh Lào Cai", province, "Lào Cai") and is_own("Ủy ban nhân dân tỉnh", province, "Lào Cai")
    assert is_own("Ủy ban nhân dân", province, "Lào Cai")  # the plan's own `Ủy ban nhân dân`, as before
    assert is_own_leadership("Chủ tịch Ủy ban nhân dân tỉnh Lào Cai", province, "Lào Cai")


def test_the_offices_leading_bodies_are_its_own_and_its_advisory_organs_are_not() -> None:
    """window11: `Thường trực Thành ủy`, `Ban Chấp hành Thành ủy` are the Thành ủy's own (they owe it no report);
    `Ban Tổ chức Thành ủy` reports to it, and another city's standing committee is not the office's."""
    keys = own_keys(["Thành ủy Hà Nội"], "Hà Nội")
    assert is_own_leadership("Thường trực Thành ủy", keys, "Hà Nội")
    assert is_own_leadership("Ban Chấp hành Thành ủy Hà Nội", keys, "Hà Nội")
    assert not is_own_leadership("Ban Tổ chức Thành ủy", keys, "Hà Nội")
    assert not is_own_leadership("Thường trực Thành ủy Cần Thơ", keys, "Hà Nội")
    assert not is_own_leadership("Thành ủy Hà Nội", keys, "Hà Nội")  # the office itself: `is_own`'s
