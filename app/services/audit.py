"""Who changed what and when: the audit trail, filtered by plan, agency, user and dates, with
the before/after values, and its export to XLSX.

Every write is audited row by row (`Service.audit`); the log keeps the entity and its id, so
filtering by plan or agency follows the entity to its plan or agency (a node, a progress entry, a
target and its measurements, an approval, a printed report). Times are UTC in the database and
shown in local time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, and_, false, or_, select

from app.domain.dates import format_moment
from app.exporters.audit_xlsx import write_audit
from app.models import (
    AgencyReport,
    AuditEntry,
    Measurement,
    PeriodApproval,
    PlanNode,
    ProgressUpdate,
    ReportSnapshot,
    Target,
)
from app.outputs import check_output
from app.services.audit_words import field_name, readable
from app.services.base import ENTITY_NAMES, Service

ACTIONS = {"create": "thêm", "update": "sửa", "delete": "xóa", "import": "nhập", "approve": "phê duyệt",
           "unlock": "mở khóa", "export": "xuất", "replace": "thay thế", "move": "chuyển", "merge": "gộp"}
HEADERS = ("Thời điểm", "Người dùng", "Thao tác", "Đối tượng", "Trường", "Trước", "Sau")


@dataclass(frozen=True)
class AuditFilter:
    plan_id: int | None = None
    agency_id: int | None = None
    user: str | None = None
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    user: str
    action: str
    entity: str
    entity_id: int | None
    field: str | None
    old: str | None
    new: str | None

    def cells(self) -> tuple[str, str, str, str, str, str, str]:
        """The row as the audit table and its export show it: time, user, action, thing, field and the old and new
        values, in Vietnamese (`audit_words`)."""
        what = ENTITY_NAMES.get(self.entity, self.entity)
        return (format_moment(self.at), self.user, ACTIONS.get(self.action, self.action),
                f"{what} #{self.entity_id}" if self.entity_id is not None else what,
                field_name(self.field), readable(self.field, self.old), readable(self.field, self.new))


def _entity(name: str, ids: object) -> ColumnElement[bool]:
    return and_(AuditEntry.entity == name, AuditEntry.entity_id.in_(ids))  # type: ignore[arg-type]


def _plan_condition(plan_id: int) -> ColumnElement[bool]:
    nodes = select(PlanNode.id).where(PlanNode.plan_id == plan_id)
    targets = select(Target.id).where(Target.plan_id == plan_id)
    return or_(
        and_(AuditEntry.entity == "Plan", AuditEntry.entity_id == plan_id),
        _entity("PlanNode", nodes),
        _entity("ProgressUpdate", select(ProgressUpdate.id).where(ProgressUpdate.node_id.in_(nodes))),
        _entity("Target", targets),
        _entity("Measurement", select(Measurement.id).where(Measurement.target_id.in_(targets))),
        _entity("AgencyReport", select(AgencyReport.id).where(AgencyReport.plan_id == plan_id)),
        _entity("PeriodApproval", select(PeriodApproval.id).where(PeriodApproval.plan_id == plan_id)),
        _entity("ReportSnapshot", select(ReportSnapshot.id).where(ReportSnapshot.plan_id == plan_id)),
    )


def _agency_condition(agency_id: int) -> ColumnElement[bool]:
    return or_(
        and_(AuditEntry.entity == "Agency", AuditEntry.entity_id == agency_id),
        _entity("ProgressUpdate", select(ProgressUpdate.id).where(ProgressUpdate.agency_id == agency_id)),
        _entity("AgencyReport", select(AgencyReport.id).where(AgencyReport.agency_id == agency_id)),
    )


def _utc_start(day: date) -> datetime:
    """Local midnight of `day` as the naive UTC the log stores."""
    local = datetime.combine(day, time()).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


class AuditService(Service):
    def entries(self, filters: AuditFilter | None = None, *, limit: int = 5000) -> list[AuditRow]:
        """Newest first."""
        f = filters or AuditFilter()
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        conditions: list[ColumnElement[bool]] = []
        if f.plan_id is not None:
            conditions.append(_plan_condition(f.plan_id))
        if f.agency_id is not None:
            conditions.append(_agency_condition(f.agency_id))
        if f.user:
            conditions.append(AuditEntry.user == f.user)
        if f.since:
            conditions.append(AuditEntry.at >= _utc_start(f.since))
        if f.until:
            conditions.append(AuditEntry.at < _utc_start(f.until + timedelta(days=1)))
        if f.since and f.until and f.since > f.until:
            conditions.append(false())
        with self.db.session() as s:
            rows = s.scalars(query.where(*conditions))
            return [AuditRow(r.at, r.user, r.action, r.entity, r.entity_id, r.field, r.old, r.new) for r in rows]

    def users(self) -> list[str]:
        """Every name that appears in the log (for the user filter)."""
        with self.db.session() as s:
            return sorted(s.scalars(select(AuditEntry.user).distinct()))

    def export_xlsx(self, filters: AuditFilter | None, path: str | Path, *, force: bool = False) -> int:
        """Write the filtered trail to a workbook (never over the database); returns the rows written."""
        out = check_output(Path(path), force=force, protected=[self.db.url])
        rows = self.entries(filters, limit=1_000_000)
        write_audit("Nhật ký thay đổi dữ liệu — Theo dõi Kế hoạch", HEADERS, [r.cells() for r in rows], out)
        return len(rows)
