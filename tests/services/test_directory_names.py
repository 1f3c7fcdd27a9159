"""Names the directory's writers are given by hand — the assistant's office and agency list, the directory's
own editor, the review's and the register's repairs — are refused when empty or longer than the name column
(300 characters), and a name differing from one already there only by case or diacritics is that same
agency: nothing changes, and the clerk reads why (app/services/agencies.py `clean_name`, onboarding.py).

Before the fix a name over 300 characters was stored on SQLite (the letterhead and every table then printed
it as a paragraph) and refused on PostgreSQL with a bare `DataError`: a crash, on both engines' services.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from app.errors import ConflictError, InputError
from app.models import Agency, AgencyAlias, AgencyGroup
from app.models.database import Database
from app.services import Services
from app.services.onboarding import OnboardingService

LONG = "Sở Khoa học, Công nghệ và Đổi mới sáng tạo " * 8  # 344 characters: a paragraph pasted into the name box


@pytest.fixture
def services(database: Database) -> Services:
    services = Services(database, user="tester")
    services.onboarding.save_office(dataclasses.replace(services.reports.office(), issuing_body="Sở Nội vụ"))
    services.agencies.create("Sở Tài chính", aliases=["STC"])
    return services


def _state(database: Database) -> tuple[object, ...]:
    with database.session() as s:
        return (sorted(s.scalars(select(Agency.name))), sorted(s.scalars(select(AgencyAlias.alias))),
                sorted(s.scalars(select(AgencyGroup.name))), s.scalar(select(func.count()).select_from(Agency)))


def _office(services: Services, name: str) -> None:
    services.onboarding.save_office(dataclasses.replace(services.reports.office(), issuing_body=name))


TOO_LONG: dict[str, Callable[[Services], object]] = {
    "assistant: the office": lambda s: _office(s, LONG),
    "assistant: agency list": lambda s: s.onboarding.import_agencies(
        OnboardingService.parse_list(f"Sở Tư pháp\n{LONG}")),
    "directory: new agency": lambda s: s.agencies.create(LONG),
    "directory: rename": lambda s: s.agencies.update(s.agencies.resolve("Sở Nội vụ") or 0, None, name=LONG),
    "directory: another name": lambda s: s.agencies.add_alias(s.agencies.resolve("Sở Nội vụ") or 0, LONG),
    "directory: new group": lambda s: s.agencies.create_group(f"Các {LONG}", []),
}


@pytest.mark.parametrize("writer", list(TOO_LONG))
def test_a_name_longer_than_its_column_is_refused_and_nothing_changes(services: Services, database: Database,
                                                                      writer: str) -> None:
    before = _state(database)
    office = services.reports.office()
    with pytest.raises(InputError) as caught:
        TOO_LONG[writer](services)
    assert "quá dài" in caught.value.message and "tối đa 300" in caught.value.message, caught.value.message
    assert _state(database) == before and services.reports.office() == office


def test_the_agency_list_says_which_line_is_too_long(services: Services) -> None:
    with pytest.raises(InputError, match="^Dòng 2: tên quá dài"):
        services.onboarding.import_agencies(OnboardingService.parse_list(f"Sở Tư pháp\n{LONG}"))


EMPTY: dict[str, Callable[[Services], object]] = {
    "assistant: the office": lambda s: _office(s, "   "),
    "review: add to directory": lambda s: s.import_review.add_mention(" ; "),
    "directory: new agency": lambda s: s.agencies.create("  "),
}


@pytest.mark.parametrize("writer", list(EMPTY))
def test_an_empty_name_is_refused_and_nothing_changes(services: Services, database: Database, writer: str) -> None:
    before = _state(database)
    with pytest.raises(InputError):
        EMPTY[writer](services)
    assert _state(database) == before


def _snv(services: Services) -> int:
    return services.agencies.resolve("Sở Nội vụ") or 0


SAME_AGENCY: dict[str, Callable[[Services], object]] = {
    "review: add to directory": lambda s: s.import_review.add_mention("SỞ NỘI VỤ"),
    "review: another name of, a listed agency's name": lambda s: s.import_review.alias_mention("Sở Tài Chính",
                                                                                               "Sở Nội vụ"),
    "directory: new agency": lambda s: s.agencies.create("So Noi Vu"),
    "directory: renamed as another agency": lambda s: s.agencies.update(_snv(s), None, name="sở tài chính"),
    "directory: renamed as another's alias": lambda s: s.agencies.update(_snv(s), None, name="stc"),
    "directory: another name, another agency's name": lambda s: s.agencies.add_alias(_snv(s), "SỞ TÀI CHÍNH"),
    "assistant: agency list": lambda s: s.onboarding.import_agencies(OnboardingService.parse_list("sở nội vụ")),
    "assistant: the office retyped": lambda s: _office(s, "Sở Nội Vụ"),
}


def _folded(database: Database) -> tuple[object, ...]:
    with database.session() as s:
        return (sorted(s.scalars(select(Agency.name_folded))), sorted(s.scalars(select(AgencyAlias.alias_folded))))


@pytest.mark.parametrize("writer", list(SAME_AGENCY))
def test_a_name_differing_only_in_case_or_diacritics_is_the_same_agency(services: Services, database: Database,
                                                                        writer: str) -> None:
    """Refused (the review, the directory) or taken as the agency already there (the list, the office): never a
    second entry of one body, nor one body's name made another's alias — that would split its tasks and reports,
    or match the next plan's mention of it to the other. Before the fix the directory took a rename to another
    agency's name and an alias that is another agency's name (the review's "another name of" too)."""
    before = _folded(database)
    try:
        SAME_AGENCY[writer](services)
    except ConflictError as exc:
        assert "Đã có cơ quan" in exc.message or "thuộc về một cơ quan khác" in exc.message, exc.message
    assert _folded(database) == before


def test_the_length_refused_is_the_name_columns_length() -> None:
    """`NAME_LENGTH` is what the columns hold: a longer one refused by PostgreSQL, a shorter one refusing names
    that fit."""
    from app.models import AgencyGroupAlias
    from app.services.agencies import NAME_LENGTH

    columns = [Agency.__table__.c.name, AgencyGroup.__table__.c.name, AgencyAlias.__table__.c.alias,
               AgencyGroupAlias.__table__.c.alias]
    assert {getattr(column.type, "length", None) for column in columns} == {NAME_LENGTH}
