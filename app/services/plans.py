"""Plans: list, read, create, edit, delete; the outline with derived states."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from app.domain.plan_names import plan_caption
from app.domain.roles import Permission
from app.domain.task_state import TaskState
from app.domain.text import fold
from app.errors import InputError
from app.models import Plan, PlanNode
from app.services.base import Service
from app.services.storage import automatic_backup
from app.services.task_states import load_node_views, load_plans_node_views
from app.services.views import NodeView, PlanDetail, PlanSummary

EDITABLE_PLAN_FIELDS = (
    "number", "doc_type", "issuer", "place", "issued_on", "title", "signer_authority", "signer_title",
    "signer_name", "recipients", "format", "focal_agency_id", "status", "followed_from",
)
PLAN_STATUSES = ("active", "completed", "archived")


class PlanService(Service):
    def list_plans(self, as_of: date | None = None, *, with_progress: bool = True) -> list[PlanSummary]:
        """All plans, newest first. With progress, done/overdue figures are derived at `as_of`
        (today) for every task — about a second for 30,000 nodes, so a window lists the plans
        without it first and fills the figures in from a background thread."""
        as_of = as_of or date.today()
        with self.db.session() as s:
            plans = s.scalars(select(Plan).order_by(Plan.issued_on.desc().nulls_last(), Plan.id.desc())).all()
            task_counts = dict(s.execute(select(PlanNode.plan_id, func.count()).where(PlanNode.kind == "task")
                                         .group_by(PlanNode.plan_id)).all())
            views = load_plans_node_views(s, None, as_of) if with_progress else {}
            summaries = []
            for plan in plans:
                states = [v.state for v in views.get(plan.id, ()) if v.kind == "task"]
                summaries.append(PlanSummary(
                    id=plan.id, number=plan.number, doc_type=plan.doc_type, title=plan.title, issuer=plan.issuer,
                    issued_on=plan.issued_on, status=plan.status, format=plan.format,
                    task_count=task_counts.get(plan.id, 0),
                    done_count=sum(1 for st in states if st is not None and st.is_done),
                    overdue_count=sum(1 for st in states if st == TaskState.IN_PROGRESS_OVERDUE),
                    version=plan.version, has_progress=with_progress,
                ))
            return summaries

    def plan(self, plan_id: int) -> PlanDetail:
        """The plan's header, recipients and legal bases, for the plan dialog and the reports."""
        with self.db.session() as s:
            p = self.get(s, Plan, plan_id)
            return PlanDetail(
                id=p.id, number=p.number, doc_type=p.doc_type, title=p.title, issuer=p.issuer, place=p.place,
                issued_on=p.issued_on, signer_authority=p.signer_authority, signer_title=p.signer_title,
                signer_name=p.signer_name, recipients=list(p.recipients or []), format=p.format, status=p.status,
                focal_agency_id=p.focal_agency_id, original_filename=p.original_filename,
                bases=[b.source_document.number for b in p.bases], version=p.version, followed_from=p.followed_from,
            )

    def find_by_number(self, number: str) -> int:
        """The id of the plan with this số ký hiệu (spaces ignored), for the command line."""
        wanted = number.replace(" ", "").lower()
        with self.db.session() as s:
            for plan_id, plan_number in s.execute(select(Plan.id, Plan.number)):
                if plan_number and plan_number.replace(" ", "").lower() == wanted:
                    return plan_id
        raise InputError(f"Không có kế hoạch số {number} trong cơ sở dữ liệu.")

    def find(self, selector: str) -> int:
        """The plan a clerk names on the command line: its number (`177/KH-UBND`), its database
        id (`4`), or a fragment of its title (`kỷ luật, kỷ cương`) that fits exactly one plan.

        Plans without a number (Party plans often have none) can be named the last two ways or by the caption the
        window shows them under (`Nghị quyết “Về nâng cao chất lượng đội ngũ…”`, `app.domain.plan_names`);
        several matches give one line listing the candidates, so the clerk can be precise."""
        text = (selector or "").strip()
        if not text:
            raise InputError("Hãy ghi kế hoạch: số ký hiệu, mã trong cơ sở dữ liệu hoặc một đoạn tên.")
        wanted = text.replace(" ", "").lower()
        folded = fold(text)
        with self.db.session() as s:
            rows = s.execute(select(Plan.id, Plan.number, Plan.doc_type, Plan.title, Plan.title_folded)
                             .order_by(Plan.id)).all()
        by_number = [r.id for r in rows if r.number and r.number.replace(" ", "").lower() == wanted]
        by_number = by_number or [r.id for r in rows if plan_caption(r.number, r.doc_type, r.title) == text]
        if by_number:
            return by_number[0]
        if text.isdigit() and any(r.id == int(text) for r in rows):
            return int(text)
        matches = [r for r in rows if folded and folded in (r.title_folded or fold(r.title or ""))]
        if len(matches) == 1:
            return matches[0].id
        if not matches:
            raise InputError(f"Không có kế hoạch nào có số, mã hoặc tên «{text}» trong cơ sở dữ liệu.")
        names = "; ".join(f"{r.id}: {(r.number or '') + ' ' if r.number else ''}{_short(r.title)}" for r in matches)
        raise InputError(f"«{text}» khớp {len(matches)} kế hoạch, hãy ghi rõ hơn hoặc dùng mã: {names}.")

    def tree(self, plan_id: int, as_of: date | None = None) -> list[NodeView]:
        """The plan's outline with each task's state as of `as_of` (today by default), in outline order."""
        with self.db.session() as s:
            self.get(s, Plan, plan_id)
            return load_node_views(s, plan_id, as_of or date.today())

    def create_plan(self, title: str, *, number: str | None = None, doc_type: str | None = "KH",
                    issuer: str | None = None, issued_on: date | None = None, format: str = "state") -> int:
        """A new empty plan (a title is required), for a plan typed by hand rather than imported; returns its id."""
        self.require(Permission.EDIT_PLANS)
        title = (title or "").strip()
        if not title:
            raise InputError("Kế hoạch cần có trích yếu (tên kế hoạch).")
        _check_format(format)
        with self.db.session() as s:
            plan = Plan(title=title, title_folded=fold(title), number=number, doc_type=doc_type, issuer=issuer,
                        issued_on=issued_on, format=format, recipients=[])
            s.add(plan)
            s.flush()
            self.audit(s, "create", plan, new=title)
            return plan.id

    def update_plan(self, plan_id: int, version: int, **changes: object) -> int:
        """Edit the plan's header; `version` is the one the caller read (required: a stale form
        is refused with who changed the plan and when). Returns the new version."""
        self.require(Permission.EDIT_PLANS)
        if "format" in changes:
            _check_format(str(changes["format"]))
        if "status" in changes and changes["status"] not in PLAN_STATUSES:
            raise InputError("Trạng thái kế hoạch không hợp lệ.")
        if "title" in changes and not str(changes["title"] or "").strip():
            raise InputError("Kế hoạch cần có trích yếu (tên kế hoạch).")
        with self.db.session() as s:
            plan = self.get(s, Plan, plan_id)
            self.check_version(s, plan, version)
            self.apply_changes(s, plan, changes, EDITABLE_PLAN_FIELDS)
            plan.title_folded = fold(plan.title)
            s.flush()
            return plan.version

    def delete_plan(self, plan_id: int, *, backup: bool = True) -> Path | None:
        """Delete a plan with its whole outline, assignments, progress and targets — after an
        automatic backup (returned; None on PostgreSQL), since this cannot be undone. `backup`
        False only for undoing the creation of a plan, which holds nothing yet."""
        self.require(Permission.EDIT_PLANS)
        with self.db.session() as s:
            self.get(s, Plan, plan_id)  # a missing plan is refused before any backup is taken
        taken = automatic_backup(self.db.url, "truoc-xoa") if backup else None
        with self.db.session() as s:
            plan = self.get(s, Plan, plan_id)
            self.audit(s, "delete", plan, old=f"{plan.number or ''} {plan.title}".strip())
            s.delete(plan)
        return taken

    def node_count(self, plan_id: int) -> int:
        """How many outline nodes the plan has, without loading them (the plans list and the delete question show
        it)."""
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(PlanNode).where(PlanNode.plan_id == plan_id)) or 0


def _check_format(value: str) -> None:
    if value not in ("state", "party"):
        raise InputError("Thể thức phải là 'state' (Nghị định 30) hoặc 'party' "
                         "(văn bản của Đảng: HD 05, trước 27/5/2026 HD 36).")


def _short(title: str, words: int = 8) -> str:
    parts = (title or "").split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")
