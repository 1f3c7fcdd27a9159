"""Matching a plan's agency mentions against the directory, for storing an import and for its review.

Why one module: the review (`import_review.py`) tells the clerk how each mention WILL be matched
when the plan is stored (`plan_import.py`); both call `match_mention` on the same directory, or the
review would promise one agency and storing pick another.
"""
from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.body_kinds import ADMIN_UNIT_KEYS
from app.domain.text import canonical, collapse_spaces, fold
from app.importers.result import ImportedPlan
from app.models import Agency, AgencyAlias, AgencyGroup
from app.services.agencies import resolve_agency
from app.services.agency_directory import DirectoryEntry, DirectoryIndex, guess_kind, is_collective
from app.services.base import Service

_CITY_IN_ISSUER = re.compile(r"(?:thành phố|tỉnh|TP\.?)\s+([A-ZĐ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*)*)\s*$")


def clean_mention(mention: str) -> str:
    """The mention as it is matched and stored: spaces collapsed, edge punctuation off, cut to fit
    the name column (String(300))."""
    return collapse_spaces(mention).strip(" :;,.")[:280]


def mention_key(mention: str) -> str:
    """The key under which two mentions are one name: `UBND xã` and `Ủy ban nhân dân xã` (abbreviations expanded,
    case, marks and punctuation aside). Storing creates one proposed body per key (`MentionMatcher`) and the
    review counts unknown names by it, so the review's `N tên cơ quan chưa có trong danh bạ` is the number of
    bodies storing will propose, not of spellings."""
    return canonical(clean_mention(mention))


def is_name(mention: str) -> bool:
    """Can the mention name an agency? Not without a letter (`2025`), nor with a table's cell bar in it
    (`| Kế hoạch công tác`: a table's next column read into the mention, from a web page's table pasted as
    text). Such a mention is shown in the review and never stored: it made proposed agencies named `|`."""
    text = clean_mention(mention)
    return "|" not in text and any(ch.isalpha() for ch in text)


def match_mention(index: DirectoryIndex, city: str | None, mention: str) -> DirectoryEntry | None:
    """The directory's agency or group for a mention, or None when it is new: the ONE match the review shows
    (`ImportReviewService.check_mentions`) and storing makes (`MentionMatcher`), so they cannot disagree.

    A body's name without its place (`Ban Thường trực Ủy ban MTTQ Việt Nam xã` in Lương Minh's plan) is the plan's
    own place's body when the directory holds that body under its full name (`… xã Lương Minh`, see
    `directory_name`): the review shows the full name on the row, storing gives it the task. A name the directory
    holds exactly as written is that agency. Never a body proposed earlier in the same storing: those are not in the
    directory the review read (clerk8: the six tasks of `… xã`, just added in the review, went to the issuer's name,
    typed on item 1 and proposed a moment before, because `… xã` reads as its qualified form).

    The plan's own place's body, when the directory holds it confirmed (`… xã Đồng Tâm` in Đồng Tâm's plan), comes
    before a place-less entry of the same name (`… xã`, added as written from another commune's plan before
    session 16): the place-less entry may be any commune's, the qualified one is the one this plan means. A
    place-less entry alone is still matched (see bench/README.md "Session 17 (window10)" for why)."""
    name = clean_mention(mention)
    if city:
        placed = index.match(f"{name} {city}", city)
        if placed is not None and not (placed.kind == "agency" and placed.id in index.proposed):
            return placed
    return index.match(name, city)


def directory_name(plan: ImportedPlan | None, mention: str) -> str:
    """The name an unknown mention is added to the directory under from the review: the mention as written, or —
    when it names a body of the issuer's own level with the place left out (`Ban Thường trực Ủy ban MTTQ Việt Nam
    xã` in a plan issued by `… xã Lương Minh`, `UBND thành phố` in Hà Nội's) — that body with the plan's place.

    Why: a commune's plan writes its own commune's bodies without the commune's name, as every office's plan does
    for its own level; the clerk who adds `… xã` means Lương Minh's committee, the same body as the issuer typed in
    full (one agency, not two, and not a place-less name another commune's plan would match). A body of another
    level (`UBND xã` in a city's plan) or a set of bodies (`Các xã`) is added as written: the place is not theirs."""
    name = clean_mention(mention)
    if plan is None or not plan.place or not plan.issuer or is_collective(name):
        return name
    issuer, place = canonical(plan.issuer), canonical(plan.place)
    level = next((lv for lv in ADMIN_UNIT_KEYS if issuer.endswith(f" {lv} {place}")), None)
    own_level = level is not None and f" {canonical(name)}".endswith(f" {level}")
    return f"{name} {collapse_spaces(plan.place)}" if own_level else name


class MentionMatcher:
    """Resolves mentions during one import, creating proposed agencies/groups once each.

    A new name is created once per import under its canonical key (`UBND xã` and `Ủy ban nhân dân xã` are one
    name) and matched only by that key afterwards: the review shows each unknown name apart, so two of them are
    never merged into one proposed body at storing."""

    def __init__(self, s: Session, index: DirectoryIndex, city: str | None, service: Service) -> None:
        self.s, self.index, self.city, self.service = s, index, city, service
        self.matched = 0
        self.new_agencies: list[str] = []
        self.new_groups: list[str] = []
        self.created: dict[str, tuple[str, int]] = {}  # canonical key of a new mention → what it was stored as
        # canonical keys in use: a new body never gets a name that reads like an existing one
        self.agency_names = {canonical(n) for n in s.scalars(select(Agency.name))} | {
            canonical(a) for a in s.scalars(select(AgencyAlias.alias))}
        self.group_names = {canonical(n) for n in s.scalars(select(AgencyGroup.name))}

    def known(self, mention: str) -> tuple[str, int] | None:
        """The agency or group a mention names without creating one: the directory's (`match_mention`), else the
        body this import created for the same name."""
        entry = match_mention(self.index, self.city, mention)
        if entry is not None:
            return entry.kind, entry.id
        return self.created.get(mention_key(mention))

    def resolve(self, mention: str) -> tuple[str, int]:
        """The agency or group a mention stands for: the directory's match when there is one, else a new proposed
        agency (or an empty proposed group for a collective mention), created once per import and audited."""
        mention = clean_mention(mention)
        found = self.known(mention)
        if found is not None:
            self.matched += 1
            return found
        if is_collective(mention):
            name = self._free_name(mention, self.group_names)
            group = AgencyGroup(name=name, name_folded=fold(name),
                                description="Nhóm đề xuất khi nhập kế hoạch: cần bổ sung các cơ quan thành viên.")
            made = "group", self._propose(group, self.group_names, self.new_groups)
        else:
            name = self._free_name(mention, self.agency_names)
            agency = Agency(name=name, name_folded=fold(name), kind=guess_kind(mention), proposed=True)
            made = "agency", self._propose(agency, self.agency_names, self.new_agencies)
        self.created[mention_key(mention)] = made
        return made

    def _propose(self, row: Agency | AgencyGroup, taken: set[str], created: list[str]) -> int:
        """Store a new proposed agency or group, audited, its name taken for the rest of the import; returns its
        id."""
        self.s.add(row)
        self.s.flush()
        taken.add(canonical(row.name))
        created.append(row.name)
        self.service.audit(self.s, "create", row, "proposed", None, row.name)
        return row.id

    def _free_name(self, mention: str, taken: set[str]) -> str:
        """The mention, or — when another city's body already has that name — qualified by city."""
        candidates = [mention] + ([f"{mention} ({self.city})"] if self.city else [])
        candidates += [f"{mention} ({n})" for n in range(2, 100)]
        return next(c for c in candidates if canonical(c) not in taken)


def plan_index(s: Session, plan: ImportedPlan) -> tuple[DirectoryIndex, str | None]:
    """The directory as the plan's mentions are matched (the review and the storing alike), with the plan's city.

    The office's own plan (its issuer is the office, or the body the office signs for) names the office in ways
    the directory need not hold — `Ban Thường trực Ủy ban MTTQ Việt Nam xã` for the office typed as `Ban Thường
    trực Ủy ban MTTQ xã Lương Minh` — and each is the office's agency (`OfficeProfile.is_self`), never a
    proposed name owing the office a report."""
    from app.services.reports.office import signs_for, stored_profile  # that package reads the import's modules

    index = DirectoryIndex.load(s)
    profile = stored_profile(s)
    if plan.issuer and profile.issuing_body.strip() and signs_for(profile, plan.issuer):
        office = resolve_agency(s, fold(profile.issuing_body))
        if office is not None:
            index.own = (office, profile.is_self)
    return index, plan_city(index, plan)


def plan_city(index: DirectoryIndex, plan: ImportedPlan) -> str | None:
    """The directory city the plan belongs to (its place, else the city its issuer or title names), so
    that `Sở Nội vụ` matches this province's department and not another's."""
    return plan.place or index.city_of(plan.issuer, plan.title) or _city_in_issuer(plan.issuer)


def _city_in_issuer(issuer: str | None) -> str | None:
    match = _CITY_IN_ISSUER.search(issuer or "")
    return match.group(1) if match else None
