"""Recording agencies' progress on tasks, and their periodic report documents.

Both are one row per (task or plan, agency, period), written as an upsert with an optimistic
version: the caller passes the version of the row it showed (`expected_version`), or None when it
showed none. A row written meanwhile by someone else — another window, another process, an
exchange workbook — is never overwritten: ConflictError says who wrote it and when. Every write
raises the version by exactly one, so a caller knows the version it left behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.domain import exchange as x
from app.domain.periods import Period
from app.domain.roles import Permission
from app.domain.task_state import ProgressStatus
from app.errors import ConflictError, InputError
from app.models import Agency, AgencyReport, Plan, PlanNode, ProgressUpdate
from app.services.base import Service, utc_now
from app.services.views import ProgressView


@dataclass(frozen=True)
class ProgressEntry:
    """One update as typed in the form or read from an exchange workbook."""

    node_id: int
    agency_id: int
    period: str
    status: str
    percent: int | None = None
    result: str = ""
    difficulties: str = ""
    proposals: str = ""
    evidence: str = ""
    reported_on: date | None = None
    done_on: date | None = None


class ProgressService(Service):
    def record(self, entry: ProgressEntry, *, expected_version: int | None = None, today: date | None = None) -> int:
        """Insert or update the agency's progress for the node and period (one row per triple,
        so entering the same period again — or importing a workbook twice — never duplicates).

        `expected_version`: the version of the row the caller showed, None when it showed no
        row; anything else stored meanwhile is refused (ConflictError, nothing written)."""
        with self.db.session() as s:
            return self.record_in(s, entry, expected_version=expected_version, today=today)

    def record_in(self, s: Session, entry: ProgressEntry, *, expected_version: int | None = None,
                  today: date | None = None) -> int:
        """`record` inside a caller's transaction (the exchange import applies many rows at once)."""
        return self.write_in(s, entry, expected_version=expected_version, today=today).id

    def write_in(self, s: Session, entry: ProgressEntry, *, expected_version: int | None = None,
                 today: date | None = None) -> ProgressUpdate:
        """`record_in`, returning the row written: a caller writing many keeps them in the
        session (its identity map holds rows weakly) instead of reading each one back."""
        entry = _validated(entry, today or date.today())
        self.require(Permission.RECORD_PROGRESS, s, agency_id=entry.agency_id)
        node = self.get(s, PlanNode, entry.node_id)
        self.lock_for_write(s)  # first: the period's approval is then read under the lock
        self.require_open_period(s, node.plan_id, entry.period)
        if node.kind != "task":
            raise InputError("Chỉ ghi tiến độ cho mục là nhiệm vụ.")
        self.get(s, Agency, entry.agency_id)
        row = s.scalar(select(ProgressUpdate).where(
            ProgressUpdate.node_id == entry.node_id, ProgressUpdate.agency_id == entry.agency_id,
            ProgressUpdate.period == entry.period))
        fields = {
            "status": entry.status, "percent": entry.percent, "result": entry.result,
            "difficulties": entry.difficulties, "proposals": entry.proposals, "evidence": entry.evidence,
            "reported_on": entry.reported_on, "done_on": entry.done_on,
        }
        if row is None:
            if expected_version is not None:
                raise ConflictError(f"Tiến độ kỳ {entry.period} của cơ quan này đã bị xóa ở nơi khác; "
                                    "hãy tải lại trước khi sửa.")
            row = ProgressUpdate(node_id=entry.node_id, agency_id=entry.agency_id, period=entry.period,
                                 entered_by=self.user, entered_at=utc_now(), **fields)
            s.add(row)
            s.flush()
            self.audit(s, "create", row, new=f"{entry.period} {entry.status} {entry.percent}")
        else:
            self.check_version(s, row, expected_version)
            self.apply_changes(s, row, fields, fields.keys())
            row.entered_by = self.user
            row.entered_at = utc_now()  # always changes: every write raises the version by one
            s.flush()
        return row

    def current(self, node_id: int, agency_id: int, period: str) -> ProgressView | None:
        """The stored update for the triple (with its version), or None."""
        with self.db.session() as s:
            found = s.execute(select(ProgressUpdate, Agency.name).join(Agency, Agency.id == ProgressUpdate.agency_id)
                              .where(ProgressUpdate.node_id == node_id, ProgressUpdate.agency_id == agency_id,
                                     ProgressUpdate.period == period)).first()
            return _view(found[0], found[1]) if found else None

    def history(self, node_id: int) -> list[ProgressView]:
        """Every update of the node, newest period first, per agency."""
        with self.db.session() as s:
            self.get(s, PlanNode, node_id)
            rows = s.execute(select(ProgressUpdate, Agency.name).join(Agency, Agency.id == ProgressUpdate.agency_id)
                             .where(ProgressUpdate.node_id == node_id)
                             .order_by(ProgressUpdate.reported_on.desc(), ProgressUpdate.id.desc())).all()
            return [_view(row, name) for row, name in rows]

    def delete(self, update_id: int, expected_version: int) -> None:
        """Delete an update the caller showed at `expected_version` (undo of a new entry)."""
        with self.db.session() as s:
            row = self.get(s, ProgressUpdate, update_id)
            self.require(Permission.RECORD_PROGRESS, s, agency_id=row.agency_id)
            self.require_open_period(s, self.get(s, PlanNode, row.node_id).plan_id, row.period)
            self.check_version(s, row, expected_version)
            self.audit(s, "delete", row, old=f"{row.period} {row.status} {row.percent}")
            s.delete(row)

    def record_agency_report(self, agency_id: int, plan_id: int, period: str, received_on: date,
                             document_number: str | None = None, *, expected_version: int | None = None) -> int:
        """Insert or update the agency's report document for the plan and period; the same
        version rule as `record`."""
        Period.parse(period)
        with self.db.session() as s:
            self.require(Permission.RECORD_PROGRESS, s, agency_id=agency_id)
            self.get(s, Agency, agency_id)
            self.get(s, Plan, plan_id)
            self.require_open_period(s, plan_id, period)
            self.lock_for_write(s)
            row = s.scalar(select(AgencyReport).where(AgencyReport.agency_id == agency_id,
                                                      AgencyReport.plan_id == plan_id, AgencyReport.period == period))
            if row is None:
                if expected_version is not None:
                    raise ConflictError(f"Báo cáo định kỳ kỳ {period} của cơ quan này đã bị xóa ở nơi khác; "
                                        "hãy tải lại trước khi sửa.")
                row = AgencyReport(agency_id=agency_id, plan_id=plan_id, period=period)
                s.add(row)
                old = None
            else:
                self.check_version(s, row, expected_version)
                old = f"{row.received_on} {row.document_number or ''}".strip()
            row.received_on = received_on
            row.document_number = document_number
            flag_modified(row, "received_on")  # every write raises the version by one
            s.flush()
            self.audit(s, "update", row, "received_on", old, f"{received_on} {document_number or ''}".strip())
            return row.id


# The most characters a spreadsheet cell holds (Excel's limit; Calc keeps it in .xlsx). A result longer than that
# (a whole report pasted into the box) was stored, then written into the next exchange form and the report
# workbooks, which Excel opens only after "repairing" them — cut, or not at all.
CELL_TEXT_LIMIT = 32_767
_TEXT_FIELDS = {"result": x.RESULT, "difficulties": x.DIFFICULTIES, "proposals": x.PROPOSALS,
                "evidence": "Minh chứng"}


def overlong_text(entry: ProgressEntry) -> str | None:
    """What is too long in the entry to be stored (`CELL_TEXT_LIMIT`), said for the clerk; None when it all fits.
    The exchange review refuses such a row with it (an .ods form holds longer cells than Excel)."""
    for field, name in _TEXT_FIELDS.items():
        length = len(getattr(entry, field).strip())
        if length > CELL_TEXT_LIMIT:
            return (f"Ô «{name}» quá dài ({length:_} ký tự; một ô bảng tính giữ tối đa {CELL_TEXT_LIMIT:_} ký tự): "
                    "hãy rút gọn, hoặc ghi số, tên văn bản báo cáo kèm theo.").replace("_", ".")
    return None


def _validated(entry: ProgressEntry, today: date) -> ProgressEntry:
    Period.parse(entry.period)
    overlong = overlong_text(entry)
    if overlong is not None:
        raise InputError(overlong)
    try:
        status = ProgressStatus(entry.status)
    except ValueError:
        raise InputError(f"Tình trạng “{entry.status}” không hợp lệ.") from None
    percent = entry.percent
    if percent is not None and not 0 <= percent <= 100:
        raise InputError("Tỷ lệ hoàn thành phải từ 0 đến 100%.")
    if status == ProgressStatus.DONE:
        percent = 100
    reported_on = entry.reported_on or today
    done_on = entry.done_on or (reported_on if status == ProgressStatus.DONE else None)
    if done_on is not None and status != ProgressStatus.DONE:
        raise InputError("Chỉ ghi ngày hoàn thành khi tình trạng là “Hoàn thành”.")
    return ProgressEntry(
        node_id=entry.node_id, agency_id=entry.agency_id, period=entry.period, status=status.value,
        percent=percent, result=entry.result.strip(), difficulties=entry.difficulties.strip(),
        proposals=entry.proposals.strip(), evidence=entry.evidence.strip(), reported_on=reported_on,
        done_on=done_on,
    )


def _view(row: ProgressUpdate, agency_name: str) -> ProgressView:
    return ProgressView(
        id=row.id, node_id=row.node_id, agency_id=row.agency_id, agency_name=agency_name, period=row.period,
        status=row.status, percent=row.percent, result=row.result, difficulties=row.difficulties,
        proposals=row.proposals, evidence=row.evidence, reported_on=row.reported_on, done_on=row.done_on,
        entered_by=row.entered_by, version=row.version,
    )
