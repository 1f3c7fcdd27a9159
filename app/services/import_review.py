"""What the import review needs from the directory: how each agency mention of a plan being
reviewed would be matched, and the one-step repairs of an unknown mention.

Why here and not at storing time only: on a plan from another province most mentions are unknown
or written differently (`Sở VHTTDL`, `Sở Văn hóa, Thể thao và Du lịch tỉnh X`). The clerk must see
them before storing — storing turns every unknown mention into a *proposed* agency — and fix
one spelling once: an alias added here repairs every row that uses it and is used by the next
import, because the matching at storing time (`mention_matching.MentionMatcher`) reads the same directory.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.roles import Permission
from app.domain.text import canonical, collapse_spaces, fold
from app.errors import InputError, NotFoundError
from app.importers.result import ImportedPlan
from app.models import Agency, AgencyGroup, AgencyGroupAlias, AgencyGroupMember
from app.services.agencies import AgencyService, resolve_agency
from app.services.agency_directory import guess_kind, is_collective
from app.services.base import Service
from app.services.mention_matching import (
    clean_mention,
    directory_name,
    is_name,
    match_mention,
    mention_key,
    plan_index,
)

KNOWN_AGENCY = "agency"  # matched an agency of the directory
KNOWN_GROUP = "group"  # matched a group that has members
EMPTY_GROUP = "empty_group"  # matched a group with no member agencies yet
PROPOSED = "proposed"  # matched an agency an earlier import proposed, not confirmed in the directory
NEW_AGENCY = "new_agency"  # unknown: storing adds it as a proposed agency
NEW_GROUP = "new_group"  # unknown collective mention: storing adds an empty proposed group
NOT_A_NAME = "not_a_name"  # a cell bar or a figure read as a mention: storing drops it (`is_name`)


@dataclass(frozen=True)
class MentionCheck:
    """How one mention would be matched when the plan is stored."""

    mention: str
    status: str
    name: str | None = None  # the directory name it matched

    @property
    def unknown(self) -> bool:
        """Not (yet) an agency of the directory: new, or proposed by an earlier import and never confirmed — the
        register lists those as "chưa có trong danh bạ"; the review showed them as known from the second plan on."""
        return self.status in (NEW_AGENCY, NEW_GROUP, PROPOSED)

    @property
    def key(self) -> str:
        """The name this mention is one spelling of (`mention_key`): `UBND xã` and `Ủy ban nhân dân xã` share it,
        and storing proposes one body for both — the review counts names by it."""
        return mention_key(self.mention)

    @property
    def junk(self) -> bool:
        """Not an agency's name at all: storing drops it."""
        return self.status == NOT_A_NAME

    @property
    def without_members(self) -> bool:
        """A group that would reach nobody: matched but empty, or about to be created empty."""
        return self.status in (EMPTY_GROUP, NEW_GROUP)


class ImportReviewService(Service):
    def check_mentions(self, plan: ImportedPlan, mentions: Iterable[str] | None = None) -> dict[str, MentionCheck]:
        """Each distinct mention of `plan` (or the given ones) → how storing would match it. Reads only."""
        if mentions is None:
            mentions = [m for root in plan.nodes for n in root.walk() for m in (*n.lead, *n.support)]
        wanted = list(dict.fromkeys(m for m in mentions if m.strip()))
        with self.db.session() as s:
            index, city = plan_index(s, plan)
            names = dict(s.execute(select(Agency.id, Agency.name)).all())
            groups = dict(s.execute(select(AgencyGroup.id, AgencyGroup.name)).all())
            members = dict(s.execute(select(AgencyGroupMember.group_id, func.count())
                                     .group_by(AgencyGroupMember.group_id)).all())
            proposed = set(s.scalars(select(Agency.id).where(Agency.proposed)))
            out = {}
            for mention in wanted:
                if not is_name(mention):
                    out[mention] = MentionCheck(mention, NOT_A_NAME)
                    continue
                entry = match_mention(index, city, mention)
                if entry is None:
                    status = NEW_GROUP if is_collective(clean_mention(mention)) else NEW_AGENCY
                    out[mention] = MentionCheck(mention, status)
                elif entry.kind == "agency":
                    status = PROPOSED if entry.id in proposed else KNOWN_AGENCY
                    out[mention] = MentionCheck(mention, status, names.get(entry.id))
                else:
                    status = KNOWN_GROUP if members.get(entry.id) else EMPTY_GROUP
                    out[mention] = MentionCheck(mention, status, groups.get(entry.id))
            return out

    def add_mention(self, mention: str, plan: ImportedPlan | None = None) -> int:
        """Add an unknown mention to the directory — as it is written, or as the body of `plan`'s own place it
        names (`directory_name`) — as an agency, or a group (to be given members in the directory) when it names
        several bodies. Returns the new id."""
        self.require(Permission.EDIT_AGENCIES)
        name = self.name_to_add(mention, plan)
        if not name:
            raise InputError("Tên cơ quan trống.")
        proposed = self._proposed(name)
        if proposed is not None:  # an earlier import proposed it: confirmed now, its tasks and reports kept
            AgencyService(self.db, self.user).update(*proposed, proposed=False)
            return proposed[0]
        if not is_collective(name):
            return AgencyService(self.db, self.user).create(name, kind=guess_kind(name))
        with self.db.session() as s:
            if any(canonical(g) == canonical(name) for g in s.scalars(select(AgencyGroup.name))):
                raise InputError(f"Đã có nhóm “{name}” trong danh mục.")
            group = AgencyGroup(name=name, name_folded=fold(name),
                                description="Thêm khi duyệt nhập kế hoạch: cần bổ sung các cơ quan thành viên.")
            s.add(group)
            s.flush()
            self.audit(s, "create", group, new=name)
            return group.id

    def name_to_add(self, mention: str, plan: ImportedPlan | None = None) -> str:
        """The name `add_mention` gives the directory (the row menu shows it): an earlier import's proposed agency
        of that name as it is (confirmed, its tasks kept), else `directory_name` — the plan's own place's body."""
        if self._proposed(mention) is not None:
            return clean_mention(mention)
        return directory_name(plan, mention)

    def alias_mention(self, mention: str, agency_name: str) -> str:
        """Record `mention` as another name of the directory agency or group `agency_name` (its
        name, an alias, or the one agency or group whose name contains it). Returns its name.

        Why groups too: a plan names a group its own way (`Các Sở, ban, ngành cấp tỉnh` for the
        directory's `Các sở, ban, ngành`); refusing the group left the clerk only "add it", an empty
        second group whose tasks reach nobody."""
        self.require(Permission.EDIT_AGENCIES)
        agencies = AgencyService(self.db, self.user)
        key = fold(collapse_spaces(agency_name))
        with self.db.session() as s:
            agency_id = resolve_agency(s, key)
            group_id = None if agency_id is not None else _group_named(s, key)
            groups = [] if agency_id is not None or group_id is not None or not key else list(s.scalars(
                select(AgencyGroup.id).where(AgencyGroup.name_folded.contains(key, autoescape=True)).limit(2)))
        if agency_id is None and group_id is None:
            found = agencies.find(agency_name, limit=2)
            if len(found) + len(groups) != 1:
                raise NotFoundError(
                    f"Không tìm thấy đúng một cơ quan “{agency_name}” trong danh bạ"
                    + (f" (có {len(found) + len(groups)}+ cơ quan, nhóm trùng): gõ đủ tên." if found or groups else
                       ": gõ tên (hoặc một phần tên) của một cơ quan hay nhóm có ở thẻ “Cơ quan, đơn vị”, "
                       "hoặc chọn “Thêm … vào danh bạ”."))
            agency_id, group_id = (found[0].id, None) if found else (None, groups[0])
        proposed = self._proposed(mention)
        if proposed is not None and proposed[0] != agency_id:
            if agency_id is None:
                raise InputError(f"“{clean_mention(mention)}” đã được lưu là cơ quan đề xuất: chỉ gộp được vào một cơ "
                                 "quan trong danh bạ, không gộp vào nhóm.")
            agencies.merge(agency_id, proposed[0])  # its tasks and reports move over, its name kept as an alias
        elif group_id is not None:
            return self._alias_group(group_id, clean_mention(mention))
        else:
            assert agency_id is not None
            agencies.add_alias(agency_id, clean_mention(mention))
        with self.db.session() as s:
            return s.get_one(Agency, agency_id).name

    def _proposed(self, mention: str) -> tuple[int, int] | None:
        """(id, version) of the proposed agency an earlier import made of `mention`, else None."""
        with self.db.session() as s:
            found = resolve_agency(s, fold(collapse_spaces(clean_mention(mention))))
            agency = s.get(Agency, found) if found is not None else None
            return (agency.id, agency.version) if agency is not None and agency.proposed else None

    def _alias_group(self, group_id: int, alias: str) -> str:
        """Another spelling of a group, matched by the review and the next imports (audited)."""
        alias = collapse_spaces(alias)
        if not alias:
            raise InputError("Tên cơ quan trống.")
        with self.db.session() as s:
            group = s.get_one(AgencyGroup, group_id)
            known = {a.alias_folded for a in group.aliases} | {group.name_folded}
            if fold(alias) not in known:
                s.add(AgencyGroupAlias(group_id=group.id, alias=alias, alias_folded=fold(alias)))
                self.audit(s, "update", group, "alias", None, alias)
            return group.name


def _group_named(s: Session, folded: str) -> int | None:
    """The group whose name or alias folds to `folded`, else None."""
    found = s.scalar(select(AgencyGroup.id).where(AgencyGroup.name_folded == folded))
    if found is None:
        found = s.scalar(select(AgencyGroupAlias.group_id).where(AgencyGroupAlias.alias_folded == folded).limit(1))
    return found
