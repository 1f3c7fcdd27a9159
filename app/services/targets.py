"""Targets (chỉ tiêu) of a plan and their measurements over time."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.domain.roles import Permission
from app.domain.targets import Comparator
from app.errors import InputError
from app.models import Measurement, Plan, Target
from app.services.base import Service
from app.services.views import MeasurementView, TargetView

EDITABLE_TARGET_FIELDS = ("indicator", "comparator", "value", "unit", "baseline_year", "baseline_value",
                          "deadline_phrase", "scope", "node_id")


class TargetService(Service):
    def list_targets(self, plan_id: int) -> list[TargetView]:
        with self.db.session() as s:
            self.get(s, Plan, plan_id)
            targets = s.scalars(select(Target).where(Target.plan_id == plan_id).order_by(Target.position, Target.id))
            return [_view(t) for t in targets]

    def add(self, plan_id: int, *, indicator: str, comparator: str, value: float, unit: str = "",
            baseline_year: int | None = None, baseline_value: float | None = None,
            deadline_phrase: str | None = None, node_id: int | None = None, path: list[str] | None = None) -> int:
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

    def update(self, target_id: int, version: int | None, **changes: object) -> None:
        self.require(Permission.EDIT_PLANS)
        with self.db.session() as s:
            target = self.get(s, Target, target_id)
            self.check_version(target, version)
            _check(str(changes.get("indicator", target.indicator)), str(changes.get("comparator", target.comparator)))
            self.apply_changes(s, target, changes, EDITABLE_TARGET_FIELDS)

    def delete(self, target_id: int) -> None:
        self.require(Permission.EDIT_PLANS)
        with self.db.session() as s:
            target = self.get(s, Target, target_id)
            self.audit(s, "delete", target, old=target.indicator)
            s.delete(target)

    def add_measurement(self, target_id: int, measured_on: date, value: float, note: str | None = None) -> int:
        self.require(Permission.RECORD_PROGRESS)
        with self.db.session() as s:
            target = self.get(s, Target, target_id)
            row = Measurement(target_id=target_id, measured_on=measured_on, value=float(value), note=note,
                              entered_by=self.user)
            s.add(row)
            s.flush()
            self.audit(s, "update", target, "measurement", None, f"{measured_on}: {value}")
            return row.id

    def delete_measurement(self, measurement_id: int) -> None:
        self.require(Permission.RECORD_PROGRESS)
        with self.db.session() as s:
            row = self.get(s, Measurement, measurement_id)
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
        measurements=[MeasurementView(m.id, m.measured_on, m.value, m.note) for m in t.measurements],
        version=t.version,
    )
