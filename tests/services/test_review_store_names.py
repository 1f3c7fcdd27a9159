"""The review and the store agree on every name: what the review shows for a mention is the agency its tasks get.

clerk8's walk (session 16): in a commune Front's plan the clerk added `Ban Thường trực Ủy ban MTTQ Việt Nam xã` to
the directory from the review (shown known), typed the issuer `… xã Lương Minh` on item 1 (shown new), stored — and
the six tasks of the name just confirmed went to the new proposed `… xã Lương Minh`, not in the directory."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.importers.result import ImportedNode, ImportedPlan, Signer
from app.models import Agency, Assignment, PlanNode
from app.models.database import Database
from app.services import Services
from app.services.import_review import KNOWN_AGENCY, NEW_AGENCY, MentionCheck
from app.services.mention_matching import directory_name

BODY = "Ban Thường trực Ủy ban MTTQ Việt Nam xã"  # the commune's body, its place left out as the plan writes it
ISSUER = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh"  # the same body with its place, as the clerk typed it


def _commune_plan() -> ImportedPlan:
    """A commune's plan naming its own Front's standing committee with and without the commune's name."""
    tasks = [ImportedNode(label="1", kind="task", text="Tổ chức hội nghị hiệp thương lần thứ ba", lead=[ISSUER],
                          support=["Ủy ban nhân dân xã"], path=["II", "1"])]
    tasks += [ImportedNode(label=str(n), kind="task", text=f"Việc thứ {n} của Ban Thường trực", lead=[BODY],
                           path=["II", str(n)]) for n in range(2, 5)]
    root = ImportedNode(label="II", kind="section", text="NHIỆM VỤ", children=tasks, path=["II"])
    return ImportedPlan(number="05/KH-MTTQ-BTT", doc_type="KH", issuer=ISSUER, place="Lương Minh",
                        date=dt.date(2026, 1, 5), title="Kế hoạch tổ chức hiệp thương",
                        signer=Signer("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Nguyễn Văn B"), nodes=[root])


def _stored(database: Database, plan_id: int) -> dict[str, set[tuple[str, bool]]]:
    """Each mention of the stored plan → the (name, proposed) of the agencies its tasks were given."""
    with database.session() as s:
        rows = s.execute(select(Assignment.mention, Agency.name, Agency.proposed)
                         .join(Agency, Agency.id == Assignment.agency_id)
                         .join(PlanNode, PlanNode.id == Assignment.node_id).where(PlanNode.plan_id == plan_id))
        out: dict[str, set[tuple[str, bool]]] = {}
        for mention, name, proposed in rows:
            out.setdefault(mention, set()).add((name, proposed))
        return out


def _as_shown(checks: dict[str, MentionCheck]) -> dict[str, set[tuple[str, bool]]]:
    """What the review promised: a known mention's directory agency, a new one stored as written, proposed."""
    return {m: {(c.name, False)} if c.status == KNOWN_AGENCY else {(m, True)} for m, c in checks.items()}


def test_the_place_left_out_is_added_from_the_review_as_the_plans_own_body(services: Services,
                                                                          database: Database) -> None:
    """The decision (`mention_matching.directory_name`): adding `… xã` from Lương Minh's review adds Lương Minh's
    committee; the review then shows both spellings known as that one agency, and storing gives it every task."""
    plan = _commune_plan()
    services.import_review.add_mention(BODY, plan)
    checks = services.import_review.check_mentions(plan)
    assert {(m, c.status, c.name) for m, c in checks.items() if m != "Ủy ban nhân dân xã"} == {
        (BODY, KNOWN_AGENCY, ISSUER), (ISSUER, KNOWN_AGENCY, ISSUER)}
    outcome = services.plan_import.store(plan)
    assert _stored(database, outcome.plan_id) == _as_shown(checks)
    assert outcome.proposed_agencies == ["Ủy ban nhân dân xã"]


def test_a_name_the_directory_holds_as_written_keeps_its_tasks_once_stored(services: Services,
                                                                          database: Database) -> None:
    """clerk8's walk: `… xã` in the directory as written (added before this plan's issuer was typed in full) is
    shown known; storing proposed the issuer first and then gave it the tasks of `… xã` too."""
    plan = _commune_plan()
    services.import_review.add_mention(BODY)
    checks = services.import_review.check_mentions(plan)
    assert (checks[BODY].status, checks[BODY].name) == (KNOWN_AGENCY, BODY)
    assert checks[ISSUER].status == NEW_AGENCY
    outcome = services.plan_import.store(plan)
    assert _stored(database, outcome.plan_id) == _as_shown(checks)
    assert outcome.proposed_agencies == [ISSUER, "Ủy ban nhân dân xã"]


def test_two_names_the_review_shows_new_are_not_merged_at_storing(services: Services, database: Database) -> None:
    plan = _commune_plan()
    checks = services.import_review.check_mentions(plan)
    assert {m: c.status for m, c in checks.items()} == dict.fromkeys(checks, NEW_AGENCY)
    outcome = services.plan_import.store(plan)
    assert _stored(database, outcome.plan_id) == _as_shown(checks)
    assert sorted(outcome.proposed_agencies) == sorted([ISSUER, BODY, "Ủy ban nhân dân xã"])


def test_the_place_left_out_names_the_plans_own_body_when_the_directory_knows_it(services: Services,
                                                                                database: Database) -> None:
    """The decision: in Lương Minh's plan `… xã` is Lương Minh's body when the directory holds it under its full
    name — the review shows that agency's name on the row, and storing gives it every task of both spellings."""
    services.import_review.add_mention(ISSUER)
    plan = _commune_plan()
    checks = services.import_review.check_mentions(plan)
    assert (checks[BODY].status, checks[BODY].name) == (KNOWN_AGENCY, ISSUER)
    outcome = services.plan_import.store(plan)
    assert _stored(database, outcome.plan_id) == _as_shown(checks)
    assert outcome.proposed_agencies == ["Ủy ban nhân dân xã"]


@pytest.mark.parametrize(("issuer", "place", "mention", "added"), [
    (ISSUER, "Lương Minh", BODY, ISSUER),
    ("UBND thị xã Đông Triều", "Đông Triều", "UBND thị xã", "UBND thị xã Đông Triều"),
    ("UBND thị xã Đông Triều", "Đông Triều", "UBND xã", "UBND xã"),  # a commune of the town: not the town's body
    ("Ủy ban nhân dân thành phố Hà Nội", "Hà Nội", "Văn phòng UBND thành phố", "Văn phòng UBND thành phố Hà Nội"),
    ("Ủy ban nhân dân thành phố Hà Nội", "Hà Nội", "Sở Nội vụ", "Sở Nội vụ"),  # no level word: as written
    (ISSUER, "Lương Minh", "Các đoàn thể chính trị - xã hội xã", "Các đoàn thể chính trị - xã hội xã"),  # a set
    (ISSUER, None, BODY, BODY),  # no place read: as written
])
def test_the_name_added_from_the_review(issuer: str, place: str | None, mention: str, added: str) -> None:
    plan = ImportedPlan(issuer=issuer, place=place)
    assert directory_name(plan, mention) == added


def test_one_name_written_with_and_without_abbreviations_is_one_new_agency(services: Services,
                                                                          database: Database) -> None:
    """`UBND xã` and `Ủy ban nhân dân xã` are one name by the directory's own key (`canonical`): one proposed agency
    at storing, as one directory entry would take both in the review."""
    plan = _commune_plan()
    plan.nodes[0].children[1].support = ["UBND xã"]
    assert {services.import_review.check_mentions(plan)[m].status for m in ("UBND xã", "Ủy ban nhân dân xã")} == {
        NEW_AGENCY}
    outcome = services.plan_import.store(plan)
    assert outcome.proposed_agencies == [ISSUER, "Ủy ban nhân dân xã", BODY]
    stored = _stored(database, outcome.plan_id)
    assert stored["UBND xã"] == stored["Ủy ban nhân dân xã"] == {("Ủy ban nhân dân xã", True)}


def test_a_name_an_earlier_import_proposed_is_confirmed_as_it_is(services: Services, database: Database) -> None:
    """`… xã` proposed when an earlier plan was stored: adding it from the review confirms that agency (its tasks
    kept), under its own name, rather than a second body `… xã Lương Minh` beside it."""
    first = services.plan_import.store(_commune_plan())
    plan = _commune_plan()
    plan.number = "06/KH-MTTQ-BTT"
    assert services.import_review.name_to_add(BODY, plan) == BODY
    services.import_review.add_mention(BODY, plan)
    assert services.import_review.check_mentions(plan)[BODY].status == KNOWN_AGENCY
    assert _stored(database, first.plan_id)[BODY] == {(BODY, False)}


def test_the_plans_own_place_comes_before_a_place_less_name_of_another_commune(services: Services,
                                                                              database: Database) -> None:
    """names9's leftover: `… xã` added as written from Lương Minh's plan before session 16 matched `… xã` in Đồng
    Tâm's plan too, though the directory also held Đồng Tâm's committee by its full name. The plan's own place's body
    comes first (window10); without it the place-less name is still the one matched, in Lương Minh's plan and in
    Đồng Tâm's alike (the clerk sees it on the row, and the directory cannot tell whose it is)."""
    services.import_review.add_mention(BODY)  # as written, as the review added it before session 16
    dong_tam = _commune_plan()
    dong_tam.issuer, dong_tam.place = f"{BODY} Đồng Tâm", "Đồng Tâm"
    assert services.import_review.check_mentions(dong_tam)[BODY].name == BODY  # nothing better known
    services.import_review.add_mention(f"{BODY} Đồng Tâm")
    checks = services.import_review.check_mentions(dong_tam)
    assert (checks[BODY].status, checks[BODY].name) == (KNOWN_AGENCY, f"{BODY} Đồng Tâm")
    outcome = services.plan_import.store(dong_tam)
    assert _stored(database, outcome.plan_id)[BODY] == {(f"{BODY} Đồng Tâm", False)}
    assert services.import_review.check_mentions(_commune_plan())[BODY].name == BODY  # Lương Minh's: as before
