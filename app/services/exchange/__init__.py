"""Offline exchange with agencies (DESIGN §4): workbooks out, workbooks back, one transaction.

`ExchangeService` is the one entry for the window and the command line:
- `export` writes one workbook per agency for a plan and period into a folder (every target is
  checked by `app.outputs.check_output` before the first file is written, each file is written
  atomically) and records what it sent; `empty_groups` says which of the period's tasks no workbook asks
  about because their group has no members (said after an export, with the step that fixes it);
- `review` reads files and folders and says, per file and per row, what an import would do —
  it writes nothing (the dry run and the window's preview);
- `apply` writes the selected rows of reviewed files through the progress service in ONE
  transaction (any failure rolls everything back), re-judging each row against the database as
  the apply proceeds (two files of the same agency in one go: the newer wins), and returns
  what `undo` needs to put every touched entry back.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.domain.exchange import stray_refusal
from app.domain.periods import Period
from app.domain.roles import Permission
from app.errors import AppError, ConflictError, InputError, PermissionDeniedError
from app.exporters.atomic import files_together
from app.exporters.exchange_workbook import write_exchange_workbook
from app.importers.exchange import read_exchange_workbook
from app.models import Agency, Plan, PlanNode, ProgressUpdate
from app.models.exchange import ExchangeEntry, ExchangeFile
from app.os_errors import os_error_cause
from app.outputs import check_output, check_output_folder
from app.services.base import Service
from app.services.exchange.export import ROLE, plan_workbooks
from app.services.exchange.identity import database_identity
from app.services.exchange.review import (
    FileReview,
    Outcome,
    RowReview,
    StoredEntries,
    assigned_tasks,
    deadline_phrases,
    file_day,
    note_deadline_text,
    note_unassigned,
    note_unlikely_day,
    office_edits,
    review_row,
    task_texts,
)
from app.services.exchange.unreached import EmptyGroup, empty_groups, unreached_message
from app.services.progress import ProgressService
from app.services.register import window_scheme

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".xltx")
MAX_FILE_BYTES = 20 * 1024 * 1024
_FIELDS = ("status", "percent", "result", "difficulties", "proposals", "evidence", "reported_on", "done_on")

__all__ = ["AppliedEntry", "ApplyResult", "EmptyGroup", "ExchangeService", "ExportedFile", "FileReview", "Outcome",
           "RowReview", "unreached_message"]


@dataclass(frozen=True)
class ExportedFile:
    agency_id: int
    agency_name: str
    path: Path
    rows: int


@dataclass(frozen=True)
class AppliedEntry:
    """One entry an apply wrote, and how to put it back."""

    progress_id: int
    version: int  # the entry's version right after the apply
    before: dict[str, Any] | None  # its fields before (None: the apply created it)
    # Its import mark before: (it matched the entry's version, version, file id, saved at), if any.
    before_import: tuple[bool, int, str, dt.datetime | None] | None


@dataclass
class ApplyResult:
    entries: list[AppliedEntry] = field(default_factory=list)
    file_records: list[int] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def written(self) -> int:
        return len(self.entries)


def expand_inputs(inputs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files as given; a folder gives its spreadsheet files (office lock files left out)."""
    out: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SPREADSHEET_SUFFIXES
                          and not p.name.startswith(("~$", ".~lock")))
        elif path.exists():
            out.append(path)
        else:
            raise InputError(f"Không tìm thấy tệp hoặc thư mục: {path}")
    return out


class ExchangeService(Service):
    # -- export -------------------------------------------------------------------------------
    def export(self, plan_id: int, period: Period, folder: str | os.PathLike[str], *,
               agency_ids: list[int] | None = None, as_of: dt.date | None = None,
               force: bool = False, office: str | None = None) -> list[ExportedFile]:
        """One workbook per agency (default: every agency of the directory expected to report) into `folder`."""
        from app.services.reports.office import load_profile  # the reports package reads the register

        folder = check_output_folder(folder)
        with files_together(folder) as written, self.db.session() as s:  # all the workbooks and their records, or none
            plan = self.get(s, Plan, plan_id)
            identity = database_identity(s, create=True)
            assert identity is not None
            issuing = office or load_profile(s, plan).issuing_body
            plans = plan_workbooks(s, plan, period, identity, agency_ids, as_of or dt.date.today(), issuing)
            targets = [check_output(folder / p.file_name, force=force, protected=[self.db.url]) for p in plans]
            out = []
            for workbook, target in zip(plans, targets, strict=True):
                write_exchange_workbook(workbook.header, workbook.rows, target)
                written.append(target)
                s.add(ExchangeFile(direction="export", file_id=workbook.header.file_id, plan_id=plan.id,
                                   agency_id=workbook.agency_id, period=period.code, file_name=target.name,
                                   sha256=_sha256(target), rows=len(workbook.rows), created_by=self.user))
                out.append(ExportedFile(workbook.agency_id, workbook.agency_name, target, len(workbook.rows)))
            self.audit(s, "export", plan, "exchange", None, f"{period.code}: {len(out)} phiếu")
            return out

    def empty_groups(self, plan_id: int, period: Period, *, as_of: dt.date | None = None) -> list[EmptyGroup]:
        """The groups without members whose tasks open in `period` no workbook asks about (`unreached`): said
        after an export, with the step that fixes it (`unreached_message`)."""
        with self.db.session() as s:
            self.get(s, Plan, plan_id)
            return empty_groups(s, plan_id, period, as_of or dt.date.today())

    # -- review (dry run) ---------------------------------------------------------------------
    def review(self, inputs: Iterable[str | os.PathLike[str]], *, today: dt.date | None = None) -> list[FileReview]:
        """What importing these files would do; writes nothing."""
        paths = expand_inputs(inputs)
        if not paths:
            raise InputError("Không có tệp phiếu báo cáo (.xlsx, .ods, .xls) nào để nhập.")
        day = today or dt.date.today()
        with self.db.session() as s:
            identity = database_identity(s, create=False)
            held: dict[object, Any] = {}
            reviews = [self._review_file(s, path, identity, day, held) for path in paths]
            s.rollback()
            _set_aside_copies(reviews)
            return reviews

    def _review_file(self, s: Any, path: Path, identity: str | None, day: dt.date,
                     held: dict[object, Any]) -> FileReview:
        review = FileReview(str(path))
        try:
            book = read_exchange_workbook(_read_bytes(path))
        except AppError as exc:
            review.error = exc.message
            return review
        meta = book.meta
        review.file_id, review.sha256, review.saved_at = book.file_id, book.sha256, book.saved_at
        review.plan_id, review.agency_id = int(meta["plan_id"]), int(meta["agency_id"])
        review.plan_number, review.agency_name = meta.get("plan_number", ""), meta.get("agency_name", "")
        review.period = meta["period"]
        if identity is None or meta["database"] != identity:
            review.error = ("Phiếu được xuất từ cơ sở dữ liệu khác (không phải phiếu cơ quan này gửi đi): "
                            "không nhập.")
            return review
        try:
            Period.parse(review.period)
        except InputError as exc:
            review.error = exc.message
            return review
        plan = s.get(Plan, review.plan_id)
        agency = s.get(Agency, review.agency_id)
        if plan is None or agency is None:
            review.error = "Kế hoạch hoặc cơ quan của phiếu không còn trong cơ sở dữ liệu: không nhập."
            return review
        review.plan_number, review.agency_name = plan.number or review.plan_number, agency.name
        try:  # staff assigned to other agencies: said per file in the preview, before any apply
            self.require(Permission.IMPORT_EXCHANGE, s, agency_id=review.agency_id)
        except PermissionDeniedError as exc:
            review.error = exc.message
            return review
        when = file_day(book.saved_at, day)
        known = _anchor(s, review, held)
        assigned = assigned_tasks(s, review.plan_id, review.agency_id, held)
        deadlines = deadline_phrases(s, review.plan_id, held)
        starts = Period.parse(review.period).window(window_scheme(s)).start
        seen: dict[int, int] = {}
        texts = task_texts(s, review.plan_id, held)
        for row in book.rows:
            if row.blank:  # a task left blank: taken only when the office's columns were typed in
                node = row.key.node_id if row.key is not None else 0
                typed = office_edits(row, texts.get(node, ""), deadlines.get(node, ""), frozenset(ROLE.values()))
                if not typed:
                    continue
                row.problems.append(stray_refusal(typed))
            reviewed = review_row(s, review, identity, row, when, known)
            if reviewed.node_id not in assigned:
                note_unassigned(reviewed, review.agency_name)
            note_unlikely_day(reviewed, starts, review.saved_at)
            note_deadline_text(reviewed, deadlines.get(reviewed.node_id or 0, ""))
            if reviewed.node_id is not None and reviewed.outcome is not Outcome.REFUSED:
                if reviewed.node_id in seen:
                    reviewed.outcome, reviewed.selected = Outcome.REFUSED, False
                    reviewed.reason = f"trùng nhiệm vụ với dòng {seen[reviewed.node_id]} (dòng chép thêm?)"
                else:
                    seen[reviewed.node_id] = row.line
            review.rows.append(reviewed)
        if not review.rows:
            review.error = _nothing_filled(review.agency_name)
        return review

    # -- apply --------------------------------------------------------------------------------
    def apply(self, reviews: list[FileReview], *, today: dt.date | None = None) -> ApplyResult:
        """Write the selected rows of every readable file in one transaction."""
        day = today or dt.date.today()
        result = ApplyResult(counts={o.value: 0 for o in Outcome})
        progress = ProgressService(self.db, self.user)
        with self.db.session() as s:
            self.require(Permission.IMPORT_EXCHANGE, s)
            identity = database_identity(s, create=False)
            ordered = sorted((r for r in reviews if not r.error and identity), key=_file_order)
            for review in ordered:  # every file's agency before the first row is written
                self.require(Permission.IMPORT_EXCHANGE, s, agency_id=review.agency_id)
            held: dict[object, Any] = {}
            for review in ordered:
                assert identity is not None and review.agency_id is not None
                # One flush per file, not per row: the rows of one file never share a task
                # (duplicates are refused in review), and the next file sees this one's writes.
                known = _anchor(s, review, held)
                with s.no_autoflush:
                    pending = [self._write(s, progress, review, now, day, known)
                               for now in self._still_wanted(s, review, identity, day, result, known)]
                s.flush()
                for written in pending:
                    version, mark = written.row.version, written.mark
                    if mark is None:
                        s.add(ExchangeEntry(progress_id=written.row.id, version=version, file_id=review.file_id,
                                            saved_at=review.saved_at))
                    else:
                        mark.version, mark.file_id, mark.saved_at = version, review.file_id, review.saved_at
                    result.entries.append(AppliedEntry(written.row.id, version, written.before,
                                                       written.before_import))
                record = ExchangeFile(direction="import", file_id=review.file_id, plan_id=review.plan_id,
                                      agency_id=review.agency_id, period=review.period,
                                      file_name=Path(review.path).name[:300], sha256=review.sha256,
                                      rows=len(pending), created_by=self.user)
                s.add(record)
                s.flush()
                result.file_records.append(record.id)
            return result

    @staticmethod
    def _still_wanted(s: Any, review: FileReview, identity: str, day: dt.date,
                      result: ApplyResult, known: StoredEntries) -> list[RowReview]:
        """The selected rows, judged again against the database as it is now (an earlier file of
        this apply, or a desk edit since the preview, may have changed the answer)."""
        out = []
        for planned in review.rows:
            if not planned.selected or planned.source is None:
                continue
            now = review_row(s, review, identity, planned.source, file_day(review.saved_at, day), known)
            if now.outcome in (Outcome.NEW, Outcome.CHANGED) or (
                    now.outcome is Outcome.CONFLICT and planned.outcome is Outcome.CONFLICT):
                result.counts[now.outcome.value] += 1
                out.append(now)
        return out

    def _write(self, s: Any, progress: ProgressService, review: FileReview, row: RowReview,
               day: dt.date, known: StoredEntries) -> _Written:
        """Write one row through the progress service; what it was before, for undo."""
        assert review.agency_id is not None
        existing = s.get(ProgressUpdate, row.stored_id) if row.stored_id is not None else None
        before = {f: getattr(existing, f) for f in _FIELDS} if existing is not None else None
        mark = known.marks.get(existing.id) if existing is not None else None  # a new entry has none
        before_import = None
        if mark is not None and existing is not None:
            before_import = (mark.version == existing.version, mark.version, mark.file_id, mark.saved_at)
        # The row was judged against this version: a write in between is a ConflictError, not an overwrite.
        written = progress.write_in(s, row.entry(review.agency_id, review.period),
                                    expected_version=existing.version if existing is not None else None,
                                    today=day)
        return _Written(written, mark, before, before_import)

    # -- undo ---------------------------------------------------------------------------------
    def undo(self, result: ApplyResult) -> None:
        """Put every entry an apply wrote back as it was; refused if one was edited since."""
        with self.db.session() as s:
            self.require(Permission.IMPORT_EXCHANGE, s)
            for applied in reversed(result.entries):
                row = s.get(ProgressUpdate, applied.progress_id)
                if row is None or row.version != applied.version:
                    raise ConflictError("Có báo cáo tiến độ đã bị sửa sau khi nhập phiếu: không hoàn tác được.")
                mark = s.get(ExchangeEntry, applied.progress_id)
                if applied.before is None:
                    if mark is not None:
                        s.delete(mark)
                    self.audit(s, "delete", row, old=f"{row.period} {row.status} {row.percent}")
                    s.delete(row)
                    continue
                self.apply_changes(s, row, applied.before, _FIELDS)
                s.flush()
                if applied.before_import is None:
                    if mark is not None:
                        s.delete(mark)
                elif mark is not None:
                    matched, version, file_id, saved_at = applied.before_import
                    # An entry an import wrote (not edited at the desk since) stays the import's own.
                    mark.version = row.version if matched else version
                    mark.file_id, mark.saved_at = file_id, saved_at
            for record_id in result.file_records:
                record = s.get(ExchangeFile, record_id)
                if record is not None:
                    s.delete(record)


@dataclass(frozen=True)
class _Written:
    """One row an apply wrote, held until its import mark is set: the entry and its mark (None:
    it has none yet), and what undo needs."""

    row: ProgressUpdate
    mark: ExchangeEntry | None
    before: dict[str, Any] | None
    before_import: tuple[bool, int, str, dt.datetime | None] | None


def _anchor(s: Any, review: FileReview, held: dict[object, Any]) -> StoredEntries:
    """Load the plan's tasks (once per plan), the file's agency, its entries and import marks,
    and hold them in `held` for the whole session: the identity map is weak, so without a
    reference each row's lookups would go back to the database (they dominated an apply of
    2,000 rows). The entries and marks are returned for the file's rows to look up."""
    if ("plan", review.plan_id) not in held:
        held[("plan", review.plan_id)] = list(s.scalars(select(PlanNode).where(
            PlanNode.plan_id == review.plan_id, PlanNode.kind == "task")))
    assert review.agency_id is not None
    known = StoredEntries.read(s, review.agency_id, review.period)
    held[("file", review.path)] = (s.get(Agency, review.agency_id), known)
    return known


def _nothing_filled(agency: str) -> str:
    """A form sent back with no row filled: opened and saved again as it came (the agency answered in another copy,
    or not at all). It was taken as «mới 0 … từ chối 0» and recorded as received, and nobody was told to ask for the
    filled one."""
    return (f"Phiếu của {agency} chưa điền dòng nào (mở rồi lưu lại, hoặc điền vào bản khác): không có gì để nhập; "
            "đề nghị cơ quan điền các cột nền vàng của phiếu này rồi gửi lại.")


def _set_aside_copies(reviews: list[FileReview]) -> None:
    """A file received twice in one go (an e-mail's attachment saved again as `… (1).xlsx`, the folder and the file
    both given) is taken once: each copy showed every row as new, so the preview counted the agency's rows twice."""
    first: dict[str, str] = {}
    for review in reviews:
        if review.error or not review.sha256:
            continue
        if review.sha256 in first:
            review.error = f"cùng nội dung với tệp {first[review.sha256]} (nhận hai lần): chỉ nhập một lần"
            review.rows = []
        else:
            first[review.sha256] = Path(review.path).name


def _file_order(review: FileReview) -> tuple[int, str, dt.datetime, str]:
    """Files of one agency and period oldest first (the newer one's rows then win); otherwise
    a stable order, so the same files always give the same rows."""
    return (review.agency_id or 0, review.period, review.saved_at or dt.datetime.min, review.path)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"Tệp {path.name} quá lớn ({size // (1024 * 1024)} MB) để là một phiếu báo cáo.")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"Không đọc được tệp {path.name}: {os_error_cause(exc)}.") from exc


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()
