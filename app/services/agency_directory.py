"""The agency directory as the importer sees it: load it from JSON, match printed mentions.

Plans name agencies in many ways — `UBND Thành phố`, `Ủy ban nhân dân thành phố`, `Sở NV`,
`UBND các quận, huyện, thị xã` — and one database may hold the directories of several cities
whose agencies share names (`Sở Nội vụ` of Hà Nội and of Cần Thơ). Matching therefore:

* compares *canonical keys*: folded (no case, no diacritics, đ→d), punctuation dropped and the
  usual abbreviations expanded (`UBND`, `HĐND`, `TP`, `MTTQ`, `VN`);
* tries the mention qualified by the plan's city first (`Sở Nội vụ thành phố Cần Thơ`), then
  as printed, never taking an agency that belongs to another city;
* matches groups as well as agencies (names and `agency_group_aliases`), each agency or group
  bound to its `locality` when the directory gave one.

A mention that matches nothing is never merged into a near miss: the caller creates a new,
*proposed* agency (or an empty group for a collective mention) for the clerk to confirm.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.body_kinds import is_party_body
from app.domain.text import canonical, collapse_spaces, fold
from app.errors import InputError
from app.models import Agency, AgencyAlias, AgencyGroup, AgencyGroupAlias, AgencyGroupMember

_ROLE_PREFIX = re.compile(
    r"^(?:cac dong chi |dong chi )?(?:thu truong|giam doc|chu tich|lanh dao|nguoi dung dau|bi thu)\s+"
)
_COLLECTIVE = re.compile(
    r"^(?:cac|nhung)\s|\scac\s|\bcap (?:huyen|xa|tinh|uy)\b|\bcac cap\b|lien quan|,"
    r"|^(?:so|don vi|co quan|quan), |^don vi su nghiep|^dang uy, |^cap uy"
)


# one body whose name goes on `các …`: the board managing the industrial zones, a union of associations
_ONE_BODY_OF_MANY = re.compile(r"^(?:ban quan ly|hoi lien hiep|lien hiep|lien minh) cac ")


def is_collective(mention: str) -> bool:
    """Does the mention name a set of bodies (`Các sở, ban, ngành`, `UBND cấp huyện`)? `Ban Quản lý các Khu công
    nghiệp tỉnh` is one board, though its name says `các`: added to the directory from the review it became a group
    with no member (window12)."""
    return bool(_COLLECTIVE.search(_ONE_BODY_OF_MANY.sub("", fold(mention))))


def guess_kind(name: str) -> str:
    """The agency kind a name suggests (sở, UBND quận/huyện, UBND xã/phường, Party body, the Front, ban, other), so
    that a proposed agency is counted in the right group of the report."""
    key = canonical(name)
    if key.startswith("so "):
        return "so"
    if key.startswith(("uy ban nhan dan quan", "uy ban nhan dan huyen", "uy ban nhan dan thi xa")):
        return "quan_huyen"
    # the communes, wards and special zones: since the 2025 reorganisation the only level below the province
    if re.match(r"uy ban nhan dan (?:xa|phuong|thi tran|dac khu)\b", key):
        return "xa_phuong"
    if key.startswith("uy ban mat tran to quoc"):
        return "doan_the"  # the Front, which the mass organisations joined in 2025
    # (`Đảng` alone in a name is the Party's: `Văn phòng Trung ương Đảng`; no body's name says `đang`)
    if is_party_body(key) or "dang" in key.split():
        return "dang"
    if key.startswith("ban "):
        return "ban"
    return "other"


@dataclass(frozen=True)
class DirectoryEntry:
    kind: str  # "agency" or "group"
    id: int
    city: str | None  # canonical city key, None = any city


@dataclass
class DirectoryIndex:
    """Canonical key → agencies/groups it may name, built once per import from the database."""

    entries: dict[str, list[DirectoryEntry]] = field(default_factory=dict)
    cities: set[str] = field(default_factory=set)  # the directory's cities, as written
    proposed: set[int] = field(default_factory=set)  # agencies an import proposed that the clerk has not confirmed
    # The office's agency and the test of a mention naming it, set while matching the office's own plan
    # (`mention_matching.plan_index`): the plan's `Ban Thường trực UBMTTQ xã` is the office, whatever the directory.
    own: tuple[int, Callable[[str], bool]] | None = None

    @classmethod
    def load(cls, s: Session) -> DirectoryIndex:
        """The whole directory indexed by canonical name: agencies and groups, their names and aliases, each with
        its locality for telling two cities' bodies apart."""
        index = cls()
        cities = {k: v for k, v in s.execute(select(Agency.id, Agency.locality)) if v}
        index.cities = set(cities.values())
        index.proposed = set(s.scalars(select(Agency.id).where(Agency.proposed)))
        for agency_id, name in s.execute(select(Agency.id, Agency.name)):
            index.add("agency", agency_id, name, cities.get(agency_id))
        for agency_id, alias in s.execute(select(AgencyAlias.agency_id, AgencyAlias.alias)):
            index.add("agency", agency_id, alias, cities.get(agency_id))
        group_city = {k: v for k, v in s.execute(select(AgencyGroup.id, AgencyGroup.locality)) if v}
        for group_id, alias in s.execute(select(AgencyGroupAlias.group_id, AgencyGroupAlias.alias)):
            index.add("group", group_id, alias, group_city.get(group_id))
        for group_id, name in s.execute(select(AgencyGroup.id, AgencyGroup.name)):
            index.add("group", group_id, name, group_city.get(group_id))
        return index

    def add(self, kind: str, ident: int, text: str, city: str | None = None) -> None:
        """Index one name of a directory agency or group (once). Only the directory as stored: a body an import
        proposes is not added, so storing matches each mention against what the review showed
        (`mention_matching.match_mention`)."""
        entry = DirectoryEntry(kind, ident, canonical(city) if city else None)
        bucket = self.entries.setdefault(canonical(text), [])
        if entry not in bucket:
            bucket.append(entry)

    def city_of(self, *texts: str | None) -> str | None:
        """The directory city a plan belongs to, read from its place, issuer or title."""
        for text in texts:
            key = f" {canonical(text or '')} "
            for city in sorted(self.cities):
                if f" {canonical(city)} " in key:
                    return city
        return None

    def match(self, mention: str, city: str | None) -> DirectoryEntry | None:
        """The agency or group a mention names: the office itself in its own plan (`own`); the plan's city's
        entries first, then city-less ones — each as written, then qualified by the plan's city (`Sở Nội vụ
        thành phố Cần Thơ`); never an entry of another city. None when unknown.

        Why a city-less name as written before one with the place added: both are in the directory only when the
        clerk put `… xã` there beside `… xã Lương Minh`, and the name the clerk confirmed is the one meant."""
        if self.own is not None and self.own[1](mention):
            return DirectoryEntry("agency", self.own[0], None)
        base = canonical(mention)
        city_key = canonical(city) if city else None
        unrolled = _ROLE_PREFIX.sub("", base)
        for key in dict.fromkeys([base, unrolled, re.sub(r"^cac ", "", unrolled)]):
            if not city_key:
                bucket = self.entries.get(key, [])
                found = [e for e in bucket if e.city is None] or bucket
            else:
                # a name qualified by the plan's city is that city's body, also when the directory was typed without
                # cities (the assistant's `Ủy ban nhân dân xã Lương Minh` for the plan's `UBND xã`)
                variants = (key, f"{key} thanh pho {city_key}", f"{key} tinh {city_key}", f"{key} {city_key}")
                found = [e for wanted in (city_key, None) for v in variants
                         for e in self.entries.get(v, []) if e.city == wanted]
            if found:
                return found[0]
        return None


@dataclass
class DirectoryLoad:
    agencies: int = 0
    groups: int = 0
    skipped_aliases: list[str] = field(default_factory=list)


def read_directory(path: str | Path) -> dict[str, Any]:
    """The agency directory JSON at `path` (it must hold an `agencies` list); an unreadable or malformed file is an
    InputError naming the file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"Không đọc được danh bạ cơ quan {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("agencies"), list):
        raise InputError(f"Danh bạ cơ quan {path} không đúng định dạng (thiếu danh sách 'agencies').")
    return data


def _unique(name: str, full: str, city: str | None, taken: set[str]) -> str:
    for candidate in (name, full, f"{name} ({city})" if city else name):
        if fold(candidate) not in taken:
            return candidate
    raise InputError(f"Danh bạ có hai cơ quan hoặc nhóm cùng tên “{name}”.")


def load_directory(s: Session, data: dict[str, Any]) -> DirectoryLoad:
    """Insert the directory's agencies, aliases and groups (inside the caller's transaction).

    Names are unique in the database: the first city in the file keeps the short names
    (`Sở Nội vụ`); a later city's namesake is stored under its full name (`Sở Nội vụ thành phố
    Cần Thơ`). Each agency's and group's city is remembered for matching; an alias already
    taken by another agency is skipped and reported.
    """
    result = DirectoryLoad()
    by_code: dict[str, int] = {}
    taken_names = {fold(n) for n in s.scalars(select(Agency.name))}
    taken_aliases = {fold(a) for a in s.scalars(select(AgencyAlias.alias))}
    for item in data["agencies"]:
        city = item.get("city")
        full = collapse_spaces(item.get("full_name") or item["name"])
        name = _unique(collapse_spaces(item["name"]), full, city, taken_names | taken_aliases)
        abbreviations = [collapse_spaces(a) for a in item.get("abbreviations", [])]
        agency = Agency(name=name, name_folded=fold(name), kind=item.get("kind", "other"),
                        short_name=abbreviations[0] if abbreviations else None, locality=city)
        s.add(agency)
        s.flush()
        taken_names.add(fold(name))
        own = {fold(name)}
        for alias in [item["name"], full, *item.get("aliases", []), *abbreviations]:
            key = fold(alias)
            if key in own or key in taken_names:
                continue
            own.add(key)
            if key in taken_aliases:  # another city's namesake: keep it qualified, `SNV (Cần Thơ)`
                alias = f"{alias} ({city})" if city else alias
                key = fold(alias)
                if key in taken_aliases or key in own:
                    result.skipped_aliases.append(alias)
                    continue
                own.add(key)
            s.add(AgencyAlias(agency_id=agency.id, alias=collapse_spaces(alias), alias_folded=key))
            taken_aliases.add(key)
        by_code[item["code"]] = agency.id
        result.agencies += 1
    taken_groups = {fold(n) for n in s.scalars(select(AgencyGroup.name))}
    for item in data.get("groups", []):
        city = item.get("city")
        name = _unique(collapse_spaces(item["name"]), f"{item['name']} ({city})", city, taken_groups)
        group = AgencyGroup(name=name, name_folded=fold(name), description=item.get("description"), locality=city)
        s.add(group)
        s.flush()
        taken_groups.add(fold(name))
        for code in dict.fromkeys(item.get("members", [])):
            if code in by_code:
                s.add(AgencyGroupMember(group_id=group.id, agency_id=by_code[code]))
        for alias in dict.fromkeys(collapse_spaces(a) for a in [item["name"], *item.get("aliases", [])]):
            if fold(alias) != group.name_folded:
                s.add(AgencyGroupAlias(group_id=group.id, alias=alias, alias_folded=fold(alias)))
        result.groups += 1
    return result
