"""The first-run assistant's use cases: is it needed, take an agency list in, fill groups.

Why a service of its own: the assistant's steps each end in one transaction (the office profile
through `ReportService.save_office`, the agency list here, the groups' members here), so a clerk
who stops half way keeps what the finished steps stored and nothing of the unfinished one. An
agency list names each agency once; agencies already in the directory (by name or alias,
diacritics ignored) are kept as they are, so importing the same list twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.roles import Permission
from app.domain.text import fold, sort_key
from app.errors import InputError
from app.importers.agency_list import GROUP, AgencyRow, format_rows, parse_lines, read_agency_list
from app.models import Agency, AgencyGroup, AgencyGroupMember, OfficeSetting
from app.services.agencies import agency_in_use, clean_name, resolve_agency
from app.services.agency_directory import guess_kind
from app.services.base import Service
from app.services.reports.office import OFFICE_KEY, OfficeProfile, load_profile, save_profile
from app.services.views import GroupView


@dataclass
class ListImport:
    """What an agency list changed: names added, names already there, memberships made."""

    agencies: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    memberships: int = 0


class OnboardingService(Service):
    @staticmethod
    def read_list(path: str | Path) -> list[AgencyRow]:
        """An agency list file (.xlsx, .ods, .csv, .txt) as rows, nothing stored yet."""
        return read_agency_list(path)

    @staticmethod
    def parse_list(text: str) -> list[AgencyRow]:
        """The assistant's text box (`name; kind; parent` a line) as rows, nothing stored yet."""
        return parse_lines(text)

    @staticmethod
    def list_text(rows: list[AgencyRow]) -> str:
        """Rows as the text box shows them (a file read into the box, to check before storing)."""
        return format_rows(rows)

    def needed(self) -> bool:
        """A fresh database: no office profile saved and no agency — the assistant opens itself."""
        with self.db.session() as s:
            return s.get(OfficeSetting, OFFICE_KEY) is None and not s.scalar(select(func.count(Agency.id)))

    def save_office(self, profile: OfficeProfile) -> int:
        """The office page's step in one transaction: the profile, and the office itself in the directory (returns
        its agency id). Why: the plans the office follows name it (its own plan names it as its issuer and gives it
        tasks); an office the directory lacks came in as a proposed name owing itself reports and was sent its own
        reminder. An agency of that name already there is kept (confirmed, if a plan had proposed it). The office
        stored before under another name (the clerk went back and retyped it) is the same one entry, renamed."""
        self.require(Permission.SETTINGS)
        self.require(Permission.EDIT_AGENCIES)
        if not profile.issuing_body.strip():
            raise InputError("Hãy nhập tên cơ quan ban hành.")
        name = clean_name(profile.issuing_body, "Tên cơ quan ban hành")
        with self.db.session() as s:
            before = load_profile(s).issuing_body.strip()
            save_profile(s, profile)
            # the office's entry as stored before: the agency named as the office was (a name retyped)
            was = (s.scalar(select(Agency.id).where(Agency.name_folded == fold(before)))
                   if before and before != name else None)
            found = resolve_agency(s, fold(name))
            if found is not None and found != was:
                agency = self.get(s, Agency, found)
                if agency.proposed:
                    agency.proposed = False
                    self.audit(s, "update", agency, "proposed", True, False)
                if was is not None:
                    self._drop_unused(s, was)
                return found
            if was is not None:
                return self._rename(s, was, name)
            agency = Agency(name=name, name_folded=fold(name), kind=guess_kind(name))
            s.add(agency)
            s.flush()
            self.audit(s, "create", agency, new=name)
            return agency.id

    def _rename(self, s: Session, agency_id: int, name: str) -> int:
        """The office's entry takes the name retyped (going back in the assistant): one office, not a second
        agency beside the first. The old name is not kept as an alias: it was the clerk's mistake, and an
        alias would make the next plan's mention of it the office."""
        agency = self.get(s, Agency, agency_id)
        old = agency.name
        agency.name, agency.name_folded = name, fold(name)
        s.flush()
        self.audit(s, "update", agency, "name", old, name)
        return agency_id

    def _drop_unused(self, s: Session, agency_id: int) -> None:
        """The office retyped as an agency the directory already holds: the earlier entry goes when nothing
        refers to it (no task, report or user); one that is used stays (it is an agency of its own)."""
        agency = self.get(s, Agency, agency_id)
        if agency_in_use(s, agency_id):
            return
        self.audit(s, "delete", agency, old=agency.name)
        s.delete(agency)

    def import_agencies(self, rows: list[AgencyRow]) -> ListImport:
        """Add the list's agencies and groups, parents and memberships, in one transaction (an
        unknown parent refuses the whole list, naming its line)."""
        self.require(Permission.EDIT_AGENCIES)
        for row in rows:
            clean_name(row.name, f"Dòng {row.line}: tên")
        result = ListImport()
        with self.db.session() as s:
            groups = {g.name_folded: g for g in s.scalars(select(AgencyGroup))}
            new_ids: dict[str, int] = {}
            for row in rows:
                key = fold(row.name)
                if row.kind == GROUP:
                    if key not in groups:
                        group = AgencyGroup(name=row.name, name_folded=key)
                        s.add(group)
                        s.flush()
                        groups[key] = group
                        self.audit(s, "create", group, new=row.name)
                        result.groups.append(row.name)
                    continue
                if key in new_ids or resolve_agency(s, key) is not None:
                    result.existing.append(row.name)
                    continue
                agency = Agency(name=row.name, name_folded=key, kind=row.kind or guess_kind(row.name))
                s.add(agency)
                s.flush()
                new_ids[key] = agency.id
                self.audit(s, "create", agency, new=row.name)
                result.agencies.append(row.name)
            for row in rows:
                if row.parent and row.kind != GROUP:
                    result.memberships += self._attach(s, row, groups)
        return result

    def _attach(self, s: Session, row: AgencyRow, groups: Mapping[str, AgencyGroup]) -> int:
        """Put the row's agency under its parent agency, or into its parent group (1 = a membership)."""
        assert row.parent is not None
        agency_id = resolve_agency(s, fold(row.name))
        parent_key = fold(row.parent)
        group = groups.get(parent_key)
        if agency_id is None:
            return 0
        if group is not None:
            known = {m.agency_id for m in group.members}
            if agency_id not in known:
                group.members.append(AgencyGroupMember(agency_id=agency_id))
                return 1
            return 0
        parent_id = resolve_agency(s, parent_key)
        if parent_id is None:
            raise InputError(f"Dòng {row.line}: không có cơ quan hoặc nhóm “{row.parent}” (cơ quan cấp trên của "
                             f"“{row.name}”) — hãy thêm nó vào danh sách.")
        if parent_id == agency_id:
            raise InputError(f"Dòng {row.line}: “{row.name}” không thể là cấp trên của chính nó.")
        agency = self.get(s, Agency, agency_id)
        agency.parent_id = parent_id
        return 0

    def empty_groups(self) -> list[GroupView]:
        """Groups without a member (a task assigned to one has nobody to report)."""
        with self.db.session() as s:
            views = [GroupView(g.id, g.name, g.description, (), g.version)
                     for g in s.scalars(select(AgencyGroup)) if not g.members]
        return sorted(views, key=lambda g: sort_key(g.name))

    def set_members(self, members: Mapping[int, list[int]]) -> None:
        """The members of several groups, all in one transaction (one step of the assistant)."""
        self.require(Permission.EDIT_AGENCIES)
        with self.db.session() as s:
            for group_id, member_ids in members.items():
                group = self.get(s, AgencyGroup, group_id)
                old = sorted(m.agency_id for m in group.members)
                wanted = list(dict.fromkeys(member_ids))
                if old == sorted(wanted):
                    continue
                group.members.clear()
                s.flush()
                for agency_id in wanted:
                    self.get(s, Agency, agency_id)
                    group.members.append(AgencyGroupMember(agency_id=agency_id))
                self.audit(s, "update", group, "members", old, sorted(wanted))
