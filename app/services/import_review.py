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

from app.domain.roles import Permission
from app.domain.text import canonical, collapse_spaces, fold
from app.errors import InputError, NotFoundError
from app.importers.result import ImportedPlan
from app.models import Agency, AgencyGroup, AgencyGroupMember
from app.services.agencies import AgencyService, resolve_agency
from app.services.agency_directory import DirectoryIndex, guess_kind, is_collective
from app.services.base import Service
from app.services.mention_matching import clean_mention, is_name, plan_city

KNOWN_AGENCY = "agency"  # matched an agency of the directory
KNOWN_GROUP = "group"  # matched a group that has members
EMPTY_GROUP = "empty_group"  # matched a group with no member agencies yet
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
        return self.status in (NEW_AGENCY, NEW_GROUP)

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
            index = DirectoryIndex.load(s)
            city = plan_city(index, plan)
            names = dict(s.execute(select(Agency.id, Agency.name)).all())
            groups = dict(s.execute(select(AgencyGroup.id, AgencyGroup.name)).all())
            members = dict(s.execute(select(AgencyGroupMember.group_id, func.count())
                                     .group_by(AgencyGroupMember.group_id)).all())
            out = {}
            for mention in wanted:
                if not is_name(mention):
                    out[mention] = MentionCheck(mention, NOT_A_NAME)
                    continue
                entry = index.match(clean_mention(mention), city)
                if entry is None:
                    status = NEW_GROUP if is_collective(clean_mention(mention)) else NEW_AGENCY
                    out[mention] = MentionCheck(mention, status)
                elif entry.kind == "agency":
                    out[mention] = MentionCheck(mention, KNOWN_AGENCY, names.get(entry.id))
                else:
                    status = KNOWN_GROUP if members.get(entry.id) else EMPTY_GROUP
                    out[mention] = MentionCheck(mention, status, groups.get(entry.id))
            return out

    def add_mention(self, mention: str) -> int:
        """Add an unknown mention to the directory as it is written: an agency, or a group (to be
        given members in the directory) when it names several bodies. Returns the new id."""
        self.require(Permission.EDIT_AGENCIES)
        name = clean_mention(mention)
        if not name:
            raise InputError("Tên cơ quan trống.")
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

    def alias_mention(self, mention: str, agency_name: str) -> str:
        """Record `mention` as another name of the directory agency `agency_name` (its name, an
        alias, or the one agency whose name contains it). Returns the agency's name."""
        self.require(Permission.EDIT_AGENCIES)
        agencies = AgencyService(self.db, self.user)
        with self.db.session() as s:
            agency_id = resolve_agency(s, fold(collapse_spaces(agency_name)))
        if agency_id is None:
            found = agencies.find(agency_name, limit=2)
            if len(found) != 1:
                raise NotFoundError(
                    f"Không tìm thấy đúng một cơ quan “{agency_name}” trong danh mục"
                    + (f" (có {len(found)}+ cơ quan trùng; gõ đủ tên)." if found else "."))
            agency_id = found[0].id
        agencies.add_alias(agency_id, clean_mention(mention))
        with self.db.session() as s:
            return s.get_one(Agency, agency_id).name
