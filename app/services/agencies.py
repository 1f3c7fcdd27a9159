"""The agency directory: agencies, aliases and abbreviations, groups, merging duplicates."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from app.domain.roles import Permission
from app.domain.text import collapse_spaces, fold, sort_key
from app.errors import ConflictError, InputError, NotFoundError
from app.models import (
    Agency,
    AgencyAlias,
    AgencyGroup,
    AgencyGroupMember,
    AgencyReport,
    Assignment,
    Plan,
    ProgressUpdate,
    UserAgency,
)
from app.services.base import Service
from app.services.storage import automatic_backup
from app.services.views import AgencyView, GroupView

# The longest agency, group or alias name: their columns' length (String(300) in app/models/agencies.py).
NAME_LENGTH = 300
AGENCY_KINDS = ("so", "ban", "nganh", "quan_huyen", "xa_phuong", "dang", "doan_the", "trung_uong", "other")


class AgencyService(Service):
    def list_agencies(self, *, include_inactive: bool = True) -> list[AgencyView]:
        """Every agency in Vietnamese alphabetical order."""
        with self.db.session() as s:
            query = select(Agency).options(selectinload(Agency.aliases))  # one query, not one per agency
            if not include_inactive:
                query = query.where(Agency.active.is_(True))
            views = [_agency_view(a) for a in s.scalars(query)]
        return sorted(views, key=lambda v: sort_key(v.name))

    def list_groups(self) -> list[GroupView]:
        """Every group with its member ids, in Vietnamese order: what the group editor and the assignment picker
        list."""
        with self.db.session() as s:
            groups = [GroupView(g.id, g.name, g.description, tuple(m.agency_id for m in g.members), g.version)
                      for g in s.scalars(select(AgencyGroup))]
        return sorted(groups, key=lambda g: sort_key(g.name))

    def create(self, name: str, *, kind: str = "other", short_name: str | None = None,
               parent_id: int | None = None, aliases: list[str] | None = None, proposed: bool = False) -> int:
        """Add an agency to the directory; a name that folds to an existing one is a ConflictError, because two
        spellings of one body would split its tasks and reports."""
        self.require(Permission.EDIT_AGENCIES)
        name = clean_name(name)
        _check_kind(kind)
        with self.db.session() as s:
            if s.scalar(select(Agency.id).where(Agency.name_folded == fold(name))):
                raise ConflictError(f"Đã có cơ quan “{name}” trong danh mục.")
            agency = Agency(name=name, name_folded=fold(name), kind=kind, short_name=short_name,
                            parent_id=parent_id, proposed=proposed)
            s.add(agency)
            s.flush()
            for alias in aliases or []:
                _add_alias(s, agency, alias)
            self.audit(s, "create", agency, new=name)
            return agency.id

    def update(self, agency_id: int, version: int | None, **changes: object) -> int:
        """Edit an agency as read at `version`; returns the new version. The directory sends one
        at every step, its undo and redo too (the version the previous step left); None skips the
        check, for scripts and tests only."""
        self.require(Permission.EDIT_AGENCIES)
        if "name" in changes:
            changes["name"] = clean_name(str(changes["name"]))
        if "kind" in changes:
            _check_kind(str(changes["kind"]))
        with self.db.session() as s:
            agency = self.get(s, Agency, agency_id)
            if version is not None:
                self.check_version(s, agency, version)
            if "name" in changes and resolve_agency(s, fold(str(changes["name"]))) not in (None, agency_id):
                # a second entry of one body under two spellings would split its tasks and reports, as in `create`
                raise ConflictError(f"Đã có cơ quan “{changes['name']}” trong danh mục (tên hoặc tên gọi khác).")
            self.apply_changes(s, agency, changes, ("name", "short_name", "kind", "parent_id", "active", "proposed"))
            agency.name_folded = fold(agency.name)
            s.flush()
            return agency.version

    def add_alias(self, agency_id: int, alias: str) -> None:
        """Another spelling of the agency (`SNV`, `Sở Nội vụ tỉnh X`), so that imports and the review match it to
        this agency."""
        self.require(Permission.EDIT_AGENCIES)
        with self.db.session() as s:
            agency = self.get(s, Agency, agency_id)
            _add_alias(s, agency, alias)
            self.audit(s, "update", agency, "alias", None, alias)

    def remove_alias(self, agency_id: int, alias: str) -> None:
        """Forget one spelling of the agency (compared folded), audited; the agency and its tasks stay."""
        self.require(Permission.EDIT_AGENCIES)
        with self.db.session() as s:
            agency = self.get(s, Agency, agency_id)
            s.execute(delete(AgencyAlias).where(AgencyAlias.agency_id == agency_id,
                                                AgencyAlias.alias_folded == fold(alias)))
            self.audit(s, "update", agency, "alias", alias, None)

    def merge(self, keep_id: int, duplicate_id: int) -> None:
        """Fold a duplicate into the agency kept: its assignments, progress, reports, group
        memberships and users move over, its name becomes an alias, and it is deleted."""
        self.require(Permission.EDIT_AGENCIES)
        if keep_id == duplicate_id:
            raise InputError("Không thể gộp một cơ quan với chính nó.")
        with self.db.session() as s:
            self.get(s, Agency, keep_id)
            self.get(s, Agency, duplicate_id)
        automatic_backup(self.db.url, "truoc-gop")  # a merge cannot be undone
        with self.db.session() as s:
            keep = self.get(s, Agency, keep_id)
            dup = self.get(s, Agency, duplicate_id)
            _move_progress(s, keep_id, duplicate_id)
            s.execute(update(Assignment).where(Assignment.agency_id == duplicate_id).values(agency_id=keep_id))
            s.execute(update(Plan).where(Plan.focal_agency_id == duplicate_id).values(focal_agency_id=keep_id))
            kept_users = set(s.scalars(select(UserAgency.user_id).where(UserAgency.agency_id == keep_id)))
            for link in s.scalars(select(UserAgency).where(UserAgency.agency_id == duplicate_id)):
                if link.user_id not in kept_users:
                    s.add(UserAgency(user_id=link.user_id, agency_id=keep_id))
            kept_reports = {(r.plan_id, r.period) for r in s.scalars(select(AgencyReport).where(
                AgencyReport.agency_id == keep_id))}
            for report in s.scalars(select(AgencyReport).where(AgencyReport.agency_id == duplicate_id)):
                if (report.plan_id, report.period) in kept_reports:
                    s.delete(report)
                else:
                    report.agency_id = keep_id
            kept_groups = set(s.scalars(
                select(AgencyGroupMember.group_id).where(AgencyGroupMember.agency_id == keep_id)))
            for member in s.scalars(select(AgencyGroupMember).where(AgencyGroupMember.agency_id == duplicate_id)):
                if member.group_id not in kept_groups:
                    s.add(AgencyGroupMember(group_id=member.group_id, agency_id=keep_id))
            names = [dup.name] + [a.alias for a in dup.aliases]
            s.delete(dup)
            s.flush()
            for name in names:
                if fold(name) != keep.name_folded and not s.scalar(
                        select(AgencyAlias.id).where(AgencyAlias.alias_folded == fold(name))):
                    s.add(AgencyAlias(agency_id=keep_id, alias=name, alias_folded=fold(name)))
            self.audit(s, "merge", keep, "merged", dup.name, keep.name)

    def delete(self, agency_id: int) -> None:
        """Remove an agency nothing refers to (undo of a create); a used one must be merged."""
        self.require(Permission.EDIT_AGENCIES)
        with self.db.session() as s:
            agency = self.get(s, Agency, agency_id)
            if agency_in_use(s, agency_id):
                raise ConflictError(f"“{agency.name}” đã được phân công hoặc có báo cáo: không xóa được, hãy gộp.")
            self.audit(s, "delete", agency, old=agency.name)
            s.delete(agency)

    def delete_group(self, group_id: int) -> None:
        """Remove a group no task is assigned to (undo of a create)."""
        self.require(Permission.EDIT_AGENCIES)
        with self.db.session() as s:
            group = self.get(s, AgencyGroup, group_id)
            if s.scalar(select(Assignment.id).where(Assignment.group_id == group_id).limit(1)) is not None:
                raise ConflictError(f"Nhóm “{group.name}” đang được phân công nhiệm vụ: không xóa được.")
            self.audit(s, "delete", group, old=group.name)
            s.delete(group)

    def create_group(self, name: str, member_ids: list[int], description: str | None = None) -> int:
        """A named group of agencies (`Các sở, ban, ngành`) that a task can be assigned to as a whole; a member
        listed twice counts once."""
        self.require(Permission.EDIT_AGENCIES)
        name = clean_name(name)
        with self.db.session() as s:
            if s.scalar(select(AgencyGroup.id).where(AgencyGroup.name_folded == fold(name))):
                raise ConflictError(f"Đã có nhóm “{name}”.")
            group = AgencyGroup(name=name, name_folded=fold(name), description=description)
            s.add(group)
            s.flush()
            for agency_id in dict.fromkeys(member_ids):
                self.get(s, Agency, agency_id)
                s.add(AgencyGroupMember(group_id=group.id, agency_id=agency_id))
            self.audit(s, "create", group, new=name)
            return group.id

    def set_group_members(self, group_id: int, member_ids: list[int]) -> None:
        """Replace the group's members (each must exist): who then owes the group's tasks; the old and new member
        lists are audited."""
        self.require(Permission.EDIT_AGENCIES)
        with self.db.session() as s:
            group = self.get(s, AgencyGroup, group_id)
            old = sorted(m.agency_id for m in group.members)
            group.members.clear()
            s.flush()
            for agency_id in dict.fromkeys(member_ids):
                self.get(s, Agency, agency_id)
                group.members.append(AgencyGroupMember(agency_id=agency_id))
            self.audit(s, "update", group, "members", old, sorted(set(member_ids)))

    def find(self, text: str, limit: int = 20) -> list[AgencyView]:
        """Agencies whose name, alias or abbreviation contains the text, diacritics ignored —
        what the picker completes on while the clerk types."""
        key = fold(text)
        if not key:
            return []
        with self.db.session() as s:
            ids = set(s.scalars(select(Agency.id).where(Agency.name_folded.contains(key, autoescape=True))))
            ids |= set(s.scalars(select(AgencyAlias.agency_id).where(
                AgencyAlias.alias_folded.contains(key, autoescape=True))))
            ids |= set(s.scalars(select(Agency.id).where(Agency.short_name.is_not(None)).where(
                Agency.short_name.ilike(text.strip()))))
            rows = [_agency_view(a) for a in s.scalars(select(Agency).where(Agency.id.in_(ids)))]
        rows.sort(key=lambda v: (not fold(v.name).startswith(key), sort_key(v.name)))
        return rows[:limit]

    def find_one(self, text: str) -> AgencyView:
        """The one agency of the directory that `text` names: exactly (name, alias, abbreviation), else
        the only one whose name contains it; refused (nothing changed) when none or several do."""
        agency_id = self.resolve(collapse_spaces(text))
        found = [a for a in self.find(text) if a.id == agency_id or agency_id is None]
        if agency_id is None and len(found) > 1:
            raise NotFoundError(f"Có {len(found)} cơ quan trong danh bạ khớp với “{text}”: gõ đủ tên.")
        if not found:
            raise NotFoundError(f"Không có cơ quan “{text}” trong danh bạ: gõ tên (hoặc một phần tên) của một cơ "
                                "quan có ở thẻ “Cơ quan, đơn vị”.")
        return found[0]

    def resolve(self, mention: str) -> int | None:
        """The agency a mention names exactly (name, alias or abbreviation, folded), or None."""
        key = fold(mention)
        with self.db.session() as s:
            return resolve_agency(s, key)


def agency_in_use(s: Session, agency_id: int) -> bool:
    """A task, a progress entry, a report or a user refers to the agency: it can be merged, not deleted."""
    return any(s.scalar(select(column).where(column == agency_id).limit(1)) is not None for column in (
        Assignment.agency_id, ProgressUpdate.agency_id, AgencyReport.agency_id, UserAgency.agency_id))


def resolve_agency(s: Session, folded: str) -> int | None:
    """The agency whose name or alias folds to `folded`, else None: the one lookup the review and the alias repairs
    share."""
    found = s.scalar(select(Agency.id).where(Agency.name_folded == folded))
    if found is None:
        found = s.scalar(select(AgencyAlias.agency_id).where(AgencyAlias.alias_folded == folded))
    return found


def _move_progress(s: Session, keep_id: int, duplicate_id: int) -> None:
    """Progress of the duplicate moves over unless the kept agency already reported that node and
    period; then the more recent report wins."""
    kept = {(p.node_id, p.period): p for p in s.scalars(select(ProgressUpdate).where(
        ProgressUpdate.agency_id == keep_id))}
    for update_row in s.scalars(select(ProgressUpdate).where(ProgressUpdate.agency_id == duplicate_id)):
        other = kept.get((update_row.node_id, update_row.period))
        if other is None:
            update_row.agency_id = keep_id
        elif update_row.reported_on > other.reported_on:
            s.delete(other)
            s.flush()
            update_row.agency_id = keep_id
        else:
            s.delete(update_row)
    s.flush()


def _add_alias(s: Session, agency: Agency, alias: str) -> None:
    alias = clean_name(alias)
    key = fold(alias)
    owner = s.scalar(select(Agency.id).where(Agency.name_folded == key)) or s.scalar(
        select(AgencyAlias.agency_id).where(AgencyAlias.alias_folded == key))
    if owner is not None and owner != agency.id:  # another agency's name or alias: matched to which one?
        raise ConflictError(f"Tên gọi khác “{alias}” đã thuộc về một cơ quan khác.")
    if owner is None and key != agency.name_folded:
        try:
            with s.begin_nested():
                s.add(AgencyAlias(agency_id=agency.id, alias=alias, alias_folded=key))
        except IntegrityError as exc:
            raise ConflictError(f"Tên gọi khác “{alias}” đã có.") from exc


def clean_name(name: str, what: str = "Tên cơ quan") -> str:
    """A directory name as stored: spaces collapsed; empty, or longer than its column (`NAME_LENGTH`), refused
    with an InputError. Why the length: PostgreSQL refuses a longer name with a bare DataError (a crash for the
    clerk), SQLite stored it, and it printed as a paragraph in the letterhead and the tables' cells."""
    name = collapse_spaces(name or "")
    if not name:
        raise InputError(f"{what} không được để trống.")
    if len(name) > NAME_LENGTH:
        raise InputError(f"{what} quá dài ({len(name)} ký tự, tối đa {NAME_LENGTH}): “{name[:60]}…”. "
                         "Hãy gõ tên ngắn gọn hơn.")
    return name


def _check_kind(kind: str) -> None:
    if kind not in AGENCY_KINDS:
        raise InputError("Loại cơ quan không hợp lệ.")


def _agency_view(a: Agency) -> AgencyView:
    return AgencyView(a.id, a.name, a.short_name, a.kind, a.parent_id, a.active, a.proposed,
                      tuple(x.alias for x in a.aliases), a.version)
