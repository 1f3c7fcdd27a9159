"""Targets (chỉ tiêu) of a plan and their measurements over time."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.domain.dates import format_vn
from app.domain.roles import Permission
from app.domain.targets import Comparator
from app.errors import ConflictError, InputError
from app.models import Measurement, Plan, Target
from app.services.base import Service, utc_now
from app.services.views import MeasurementView, TargetView

EDITABLE_TARGET_FIELDS = ("indicator", "comparator", "value", "unit", "baseline_year", "baseline_value",
                          "deadline_phrase", "scope", "node_id")


class TargetService(Service):
    def list_targets(self, plan_id: int) -> list[TargetView]:
        """The plan's targets in their order."""
        with self.db.session() as s:
            self.get(s, Plan, plan_id)
            targets = s.scalars(select(Target).where(Target.plan_id == plan_id).order_by(Target.position, Target.id))
            return [_view(t) for t in targets]

    def add(self, plan_id: int, *, indicator: str, comparator: str, value: float, unit: str = "",
            baseline_year: int | None = None, baseline_value: float | None = None,
            deadline_phrase: str | None = None, node_id: int | None = None, path: list[str] | None = None) -> int:
        """Add a target to the plan (indicator, comparator and value checked), last in order; returns its id."""
        self.require(Permission.EDIT_PLANS)
        _check(indicator, comparator)
        with self.db.session() as s:
            self.get(s, Plan, plan_id)
            position = len(s.scalars(select(Target.id).where(Target.plan_id == plan_id)).all())
            target = Target(plan_id=plan_id, node_id=node_id, position=position, path=path or [],
                            indicator=indicator.strip(), comparator=comparator, value=float(value), unit=unit.strip(),
                            baseline_year=baseline_year, baseline_value=baseline_value,
                            deadline_phrase=deadline_phrase)
            s.add(target)
            s.flush()
            self.audit(s, "create", target, new=f"{indicator} {comparator} {value}{unit}")
            return target.id

    def update(self, target_id: int, version: int, **changes: object) -> int:
        """Edit a target as read at `version` (required); returns the new version."""
        self.require(Permission.EDIT_PLANS)
        with self.db.session() as s:
            target = self.get(s, Target, target_id)
            self.check_version(s, target, version)
            _check(str(changes.get("indicator", target.indicator)), str(changes.get("comparator", target.comparator)))
            self.apply_changes(s, target, changes, EDITABLE_TARGET_FIELDS)
            s.flush()
            return target.version

    def delete(self, target_id: int) -> None:
        """Delete a target and its measurements, audited with its indicator."""
        self.require(Permission.EDIT_PLANS)
        with self.db.session() as s:
            target = self.get(s, Target, target_id)
            self.audit(s, "delete", target, old=target.indicator)
            s.delete(target)

    def add_measurement(self, target_id: int, measured_on: date, value: float, note: str | None = None, *,
                        expected_version: int | None = None) -> int:
        """Record the target's figure on a date: one measurement per target and date, so entering
        the date again updates it. `expected_version` is the version of the measurement of that
        date the caller showed (None: it showed none); a figure stored meanwhile by someone else
        is refused (ConflictError) instead of overwritten. Every write raises the version by one."""
        self.require(Permission.RECORD_PROGRESS)
        with self.db.session() as s:
            target = self.get(s, Target, target_id)
            self.lock_for_write(s)
            row = s.scalar(select(Measurement).where(Measurement.target_id == target_id,
                                                     Measurement.measured_on == measured_on)
                           .order_by(Measurement.id.desc()).limit(1))
            if row is None:
                if expected_version is not None:
                    raise ConflictError(f"Số đo ngày {format_vn(measured_on)} của chỉ tiêu này đã bị xóa ở nơi "
                                        "khác; hãy tải lại trước khi sửa.")
                row = Measurement(target_id=target_id, measured_on=measured_on, value=float(value), note=note,
                                  entered_by=self.user, entered_at=utc_now())
                s.add(row)
                old = None
            else:
                self.check_version(s, row, expected_version)
                old = f"{measured_on}: {row.value}"
                row.value, row.note = float(value), note
                row.entered_by, row.entered_at = self.user, utc_now()
            s.flush()
            self.audit(s, "update", target, "measurement", old, f"{measured_on}: {value}")
            return row.id

    def delete_measurement(self, measurement_id: int, expected_version: int) -> None:
        """Delete a measurement the caller showed at `expected_version` (undo of an addition)."""
        self.require(Permission.RECORD_PROGRESS)
        with self.db.session() as s:
            row = self.get(s, Measurement, measurement_id)
            self.check_version(s, row, expected_version)
            target = self.get(s, Target, row.target_id)
            self.audit(s, "update", target, "measurement", f"{row.measured_on}: {row.value}", None)
            s.delete(row)


def _check(indicator: str, comparator: str) -> None:
    if not indicator.strip():
        raise InputError("Chỉ tiêu cần có tên (nội dung đo).")
    try:
        Comparator(comparator)
    except ValueError:
        raise InputError("Phép so sánh của chỉ tiêu không hợp lệ.") from None


def _view(t: Target) -> TargetView:
    return TargetView(
        id=t.id, plan_id=t.plan_id, node_id=t.node_id, path=list(t.path or []), indicator=t.indicator,
        comparator=t.comparator, value=t.value, unit=t.unit, baseline_year=t.baseline_year,
        baseline_value=t.baseline_value, deadline_phrase=t.deadline_phrase,
        measurements=[MeasurementView(m.id, m.measured_on, m.value, m.note, m.version) for m in t.measurements],
        version=t.version,
    )
