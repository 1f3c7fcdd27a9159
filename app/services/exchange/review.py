"""Import rules: what each row of a received workbook would do to the database.

Every row gets one outcome:

- **refused** (with its reason, nothing of it written): no or edited row key (digest), another
  database, another agency, another plan, another period, a task no longer in the plan, a
  status word not in the list, a percent outside 0–100, a day that is not a date, no status;
  also a row older than the entry an earlier workbook already wrote (an older file read after
  a newer one never overwrites the newer entry; a form of an earlier round than the one that
  wrote the entry is older, whatever day it names);
- **unchanged**: the stored entry already says exactly this (importing a file twice);
- **new**: no entry for the task, agency and period yet;
- **changed**: the stored entry is the one the workbook was exported with (a later round, prefilled: its
  row is newer whatever day it names), or one an older workbook wrote (nobody edited it at the desk since);
- **conflict**: the stored entry was edited at the desk after the export (its version moved on
  from what the row key or the last import recorded): the clerk settles it in the preview.

A row taken otherwise than written (a fractional percent rounded to a whole one, a percent under 100 beside
`Đã hoàn thành` stored as 100) carries a `note`
that the preview and the command line show beside it.

A row the agency left blank is no row at all. The day a row reports is its `Ngày báo cáo`, else
the day the workbook was last saved (so the same file always reads the same), else today.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import exchange as x
from app.domain.exchange import DEADLINE, PROPOSALS, RowKey, cell_text, stray_note
from app.domain.task_state import ProgressStatus, TaskState
from app.importers.exchange import ReadRow
from app.models import Agency, PlanNode, ProgressUpdate
from app.models.exchange import ExchangeEntry, ExchangeFile
from app.services.progress import ProgressEntry, overlong_text
from app.services.task_states import load_assignees, load_deadlines, plan_scope

# A row with words only (no status, percent or day) is often the rest of a reply pasted into the row above: pasted
# into a cell that is not being edited, Excel puts each paragraph copied from Word in the next row down, and Calc
# (through its text import) does the same — into the next tasks' result cells.
_SPILLED_PASTE = (" (nếu chữ ở dòng này là phần sau của đoạn dán vào dòng trên — Excel, Calc đưa mỗi đoạn văn xuống "
                  "một dòng — hãy bấm đúp vào ô của dòng trên rồi mới dán, và xóa chữ đã tràn xuống dòng này)")


class Outcome(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"
    REFUSED = "refused"

    @property
    def selectable(self) -> bool:
        return self in (Outcome.NEW, Outcome.CHANGED, Outcome.CONFLICT)

    @property
    def selected_by_default(self) -> bool:
        return self in (Outcome.NEW, Outcome.CHANGED)


@dataclass(frozen=True)
class Values:
    """The fields an import compares and writes."""

    status: str
    percent: int | None
    result: str
    difficulties: str
    proposals: str
    reported_on: dt.date

    @classmethod
    def of(cls, row: ProgressUpdate) -> Values:
        """The stored figures of a progress row, to compare with what the workbook brings."""
        return cls(row.status, row.percent, row.result, row.difficulties, row.proposals, row.reported_on)


@dataclass
class RowReview:
    line: int
    outcome: Outcome
    reason: str = ""
    node_id: int | None = None
    label: str = ""
    task: str = ""
    incoming: Values | None = None
    stored: Values | None = None
    selected: bool = False
    stored_id: int | None = None
    note: str = ""  # what was taken otherwise than written (`ReadRow.notes`)
    source: ReadRow | None = field(default=None, repr=False)  # re-judged at apply time

    def shown(self) -> tuple[str, int | str | None, str]:
        """The status, percent and result the preview shows: what will be written, or, on a row that will not, what
        the agency typed in it (`ReadRow.typed`, as typed: a status word not in the list, `80 phần trăm`). A refused
        row showed its reason and empty cells: the clerk could not see what the agency had reported, nor tell it."""
        if self.incoming is not None:
            status = ProgressStatus(self.incoming.status).label
            return status, self.incoming.percent, self.incoming.result
        typed = self.source.typed if self.source is not None else {}
        # no result: what it holds instead (a row with only its difficulties and proposals, its status forgotten)
        words = typed.get(x.RESULT) or "; ".join(f"{t}: {typed[t]}" for t in (x.DIFFICULTIES, x.PROPOSALS)
                                                 if t in typed)
        return typed.get(x.STATUS, ""), typed.get(x.PERCENT) or None, words

    def typed_lines(self) -> str:
        """Every filled column of the row as typed, one `title: text` a line (a refused row's tooltip)."""
        typed = self.source.typed if self.source is not None else {}
        return "\n".join(f"{title}: {text}" for title, text in typed.items())

    def entry(self, agency_id: int, period: str) -> ProgressEntry:
        """The progress entry this accepted workbook row becomes for `agency_id` and `period` (only for a row
        matched to a task)."""
        assert self.incoming is not None and self.node_id is not None
        v = self.incoming
        return ProgressEntry(self.node_id, agency_id, period, v.status, v.percent, v.result, v.difficulties,
                             v.proposals, "", v.reported_on)


@dataclass
class FileReview:
    """One received file: who sent it, for which period, and what each row would do."""

    path: str
    file_id: str = ""
    sha256: str = ""
    saved_at: dt.datetime | None = None
    plan_id: int | None = None
    plan_number: str = ""
    agency_id: int | None = None
    agency_name: str = ""
    period: str = ""
    error: str = ""  # the whole file is refused
    rows: list[RowReview] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        """How many rows of the file have this outcome, for the review's summary line."""
        return sum(1 for r in self.rows if r.outcome is outcome)

    @property
    def counts(self) -> dict[str, int]:
        return {o.value: self.count(o) for o in Outcome}


def normalised(status: ProgressStatus, percent: int | None, row: ReadRow, day: dt.date) -> Values:
    """What the progress service would store (done means 100%)."""
    return Values(status.value, 100 if status is ProgressStatus.DONE else percent, row.result.strip(),
                  row.difficulties.strip(), row.proposals.strip(), row.reported_on or day)


def _taken_as(row: ReadRow) -> str:
    """What the row says was taken otherwise than written, or taken as written though it contradicts itself: a
    fractional percent rounded; a percent under 100 beside `Đã hoàn thành`, stored as 100 (done is 100 %, at the
    desk too) — it was, without a word, though the agency may have meant the task is still under way (session 13:
    `Đã hoàn thành` and 80 %, typed in a real form); a percent above 0 beside `Chưa triển khai`, stored as typed —
    the report counts the task as not started while the percent says work has begun (session 15: 12 %)."""
    if row.status is ProgressStatus.DONE:
        if row.percent is None or row.percent == 100:
            return ""  # a rounded fraction beside "done" is 100 anyway
        return (f"«{ProgressStatus.DONE.label}» với tỷ lệ {row.percent}%: lưu 100% (đã hoàn thành là 100%); nếu "
                f"nhiệm vụ chưa xong, sửa Tình trạng thành «{ProgressStatus.IN_PROGRESS.label}» và gửi lại")
    said = list(row.notes)
    if row.status is ProgressStatus.NOT_STARTED and row.percent:
        said.append(f"«{ProgressStatus.NOT_STARTED.label}» với tỷ lệ {row.percent}%: lưu như đã gõ (báo cáo tính là "
                    f"chưa triển khai); nếu đã bắt đầu, sửa Tình trạng thành «{ProgressStatus.IN_PROGRESS.label}» và "
                    "gửi lại")
    return "; ".join(said)


def file_day(saved_at: dt.datetime | None, today: dt.date) -> dt.date:
    """The day a row without its own `Ngày báo cáo` reports: the workbook's last save, else today."""
    return saved_at.date() if saved_at else today


@dataclass(frozen=True)
class StoredEntries:
    """The stored entries of one agency and period (by task) and their import marks (by entry),
    read in one go for a file's rows instead of one query per row and per mark. Valid while
    nothing of that agency and period is written: read again after each file an apply writes."""

    agency_id: int
    period: str
    entries: dict[int, ProgressUpdate]
    marks: dict[int, ExchangeEntry]
    rounds: dict[str, int]  # the order in which the agency's forms of the period were sent, by file id

    @classmethod
    def read(cls, s: Session, agency_id: int, period: str) -> StoredEntries:
        """The entries and marks as they are in `s` now."""
        query = select(ProgressUpdate).where(ProgressUpdate.agency_id == agency_id, ProgressUpdate.period == period)
        entries = {row.node_id: row for row in s.scalars(query)}
        marks = s.scalars(select(ExchangeEntry).where(ExchangeEntry.progress_id.in_(
            query.with_only_columns(ProgressUpdate.id).scalar_subquery())))
        sent = select(ExchangeFile.file_id, ExchangeFile.id).where(
            ExchangeFile.direction == "export", ExchangeFile.agency_id == agency_id, ExchangeFile.period == period)
        return cls(agency_id, period, entries, {mark.progress_id: mark for mark in marks},
                   {file_id: order for file_id, order in s.execute(sent)})

    def sent_before(self, file_id: str, other: str) -> bool:
        """Whether the form `file_id` was sent in an earlier round than `other` (both sent from here: a form copied
        into a new workbook is known by its digest only, and has no round)."""
        return file_id in self.rounds and other in self.rounds and self.rounds[file_id] < self.rounds[other]


def review_row(s: Session, review: FileReview, identity: str, row: ReadRow, day: dt.date,
               known: StoredEntries | None = None) -> RowReview:
    """The outcome of one row against the database as it is in `s` (see the module docstring);
    `known`: the file's agency and period's entries, read beforehand."""
    out = RowReview(row.line, Outcome.REFUSED, source=row)
    key = row.key
    if key is None:
        out.reason = "; ".join(row.problems)
        return out
    out.node_id = key.node_id
    node = s.get(PlanNode, key.node_id)
    if node is not None:
        out.label, out.task = node.label, node.text
    refusal = _identity_refusal(s, review, identity, key, node)
    if refusal:
        out.reason = refusal
        return out
    if row.problems:
        out.reason = "; ".join(row.problems)
        return out
    if row.status is None:  # words spilled from a paste (one column), or a cell merged down over this task
        words = [text for text in (row.result, row.difficulties, row.proposals) if text]
        spilled = row.percent is None and row.reported_on is None and not row.merged and len(words) == 1
        out.reason = "; ".join(("chưa chọn Tình trạng" + (_SPILLED_PASTE if spilled else ""), *row.merged))
        return out
    incoming = normalised(row.status, row.percent, row, day)
    out.incoming = incoming
    overlong = overlong_text(out.entry(key.agency_id, key.period))
    if overlong is not None:  # refused here, with its file and line, not by the whole apply at writing
        out.incoming, out.reason = None, overlong
        return out
    out.note = "; ".join(said for said in (row.day_note, _taken_as(row), stray_note(row.stray) if row.stray else "",
                                           *row.merged) if said)
    if known is not None and (known.agency_id, known.period) == (key.agency_id, key.period):
        stored = known.entries.get(key.node_id)
    else:
        stored = s.scalar(select(ProgressUpdate).where(ProgressUpdate.node_id == key.node_id,
                                                       ProgressUpdate.agency_id == key.agency_id,
                                                       ProgressUpdate.period == key.period))
    if stored is None:
        out.outcome = Outcome.NEW
        return _selected(out)
    out.stored, out.stored_id = Values.of(stored), stored.id
    if out.stored == incoming:
        out.outcome = Outcome.UNCHANGED
        return out
    imported = known.marks.get(stored.id) if known is not None and known.entries.get(key.node_id) is stored \
        else s.get(ExchangeEntry, stored.id)
    if key.base_entry == (stored.id, stored.version):
        # The form was made from the entry as it stands (a later round, prefilled): its row is the newer answer,
        # whatever day it names — a corrected day was refused as older than the slip it corrects.
        out.outcome = Outcome.CHANGED
    elif imported is not None and imported.version == stored.version:
        refusal = _older_answer(review, incoming, stored, imported, known)
        if refusal:
            out.reason = refusal
            return out
        out.outcome = Outcome.CHANGED
    else:
        out.outcome = Outcome.CONFLICT
        out.reason = "đã sửa tại máy sau khi xuất phiếu"
    return _selected(out)


def _older_answer(review: FileReview, incoming: Values, stored: ProgressUpdate, imported: ExchangeEntry,
                  known: StoredEntries | None) -> str:
    """Why a row must not replace the entry an earlier import wrote, or "": its form was sent in an earlier round
    than the one that wrote the entry (the agency forwarded its first answer again after answering the reminder:
    it overwrote the newer answer when it named a later day), or, from the same round, it names an earlier day."""
    if known is not None and known.sent_before(review.file_id, imported.file_id):
        return ("phiếu của lần gửi trước; đã nhận báo cáo trên phiếu lần gửi sau (ngày "
                f"{stored.reported_on:%d/%m/%Y}): nếu cần sửa, điền vào phiếu gửi sau và gửi lại")
    if (incoming.reported_on, review.saved_at or dt.datetime.min) < (
            stored.reported_on, imported.saved_at or dt.datetime.min):
        return f"cũ hơn báo cáo đã nhận ngày {stored.reported_on:%d/%m/%Y} (phiếu gửi sau đã được nhập)"
    return ""


def assigned_tasks(s: Session, plan_id: int, agency_id: int, held: dict[object, Any]) -> frozenset[int]:
    """The plan's tasks given to `agency_id` as the plan stands now (lead or support, itself or through a group).
    The plan's assignments are read once a review and kept in `held` (120 forms of one plan: one read, not 120)."""
    if ("assignees", plan_id) not in held:
        held[("assignees", plan_id)] = load_assignees(s, plan_scope([plan_id]))
    return frozenset(node for node, assignees in held[("assignees", plan_id)].items()
                     if any(a.agency_id == agency_id or agency_id in a.member_ids for a in assignees))


def deadline_phrases(s: Session, plan_id: int, held: dict[object, Any]) -> dict[int, str]:
    """Each task's deadline as the form's `Thời hạn` column shows it, read once a review and kept in `held`."""
    if ("deadlines", plan_id) not in held:
        held[("deadlines", plan_id)] = {node: deadline.phrase
                                        for node, deadline in load_deadlines(s, plan_scope([plan_id])).items()}
    return held[("deadlines", plan_id)]


def office_edits(row: ReadRow, task: str, deadline: str, roles: frozenset[str]) -> list[tuple[str, str]]:
    """What an agency typed into the office's own columns of a task it otherwise left blank (after unprotecting the
    sheet, no password): (column, text) each, `x.stray_refusal`'s shape. The row was passed over as blank and the
    words were lost without a word (a deadline extension asked for in `Thời hạn`, a report written over the task).

    A cell counts as typed in when it is not what the office wrote: the task's text and deadline as stored, a row
    number, a role and a state of the form's own words. `Kết quả kỳ trước` changes with the day a form is made:
    nothing to compare it with, it is not checked."""
    states = {state.label for state in TaskState}
    whole = "".join(task.split())  # a long task is printed in pieces down the rows below its own: its first piece
    expected = {x.TASK: lambda t: whole.startswith("".join(t.split())), x.DEADLINE: lambda t: t == cell_text(deadline),
                x.TASK_NO: str.isdigit, x.ROLE: lambda t: t in roles, x.STATE: lambda t: t in states}
    return [(f"cột «{title}»", text) for title, text in row.office.items()
            if text and title in expected and not expected[title](text)]


def task_texts(s: Session, plan_id: int, held: dict[object, Any]) -> dict[int, str]:
    """Each task's text as the form's `Nhiệm vụ` column shows it, read once a review and kept in `held`."""
    if ("texts", plan_id) not in held:
        rows = s.execute(select(PlanNode.id, PlanNode.text).where(PlanNode.plan_id == plan_id))
        held[("texts", plan_id)] = {node: text for node, text in rows}
    return held[("texts", plan_id)]


def note_unassigned(row: RowReview, agency: str) -> None:
    """Say on a row that will be taken that its agency no longer has the task. A form sent before the plan was
    replaced by its amended text (or a group's members changed) asks about tasks the plan may since have given to
    others: the report is still the agency's work in the period and is taken, but the clerk is told (it was taken
    without a word)."""
    if row.outcome.selectable:
        said = f"«{agency}» không còn được giao nhiệm vụ này (kế hoạch đã sửa hoặc thay thế sau khi gửi phiếu)"
        row.note = "; ".join(text for text in (row.note, said) if text)


def note_unlikely_day(row: RowReview, starts: dt.date, saved: dt.datetime | None) -> None:
    """Say on a row that will be taken that its `Ngày báo cáo` cannot be right: before the period's data begin, or
    after the day the file was saved (a day's slack: the workbook keeps the time in UTC, 7 hours behind). A day typed
    month first (`10/1/2025` meant as 1 October, as an English Windows writes dates) is read day first and lands
    months away, and the register counts the report on time or late by it: it was taken without a word."""
    day = row.source.reported_on if row.source is not None else None
    if not row.outcome.selectable or day is None:
        return
    if day < starts:
        said = f"ngày báo cáo {day:%d/%m/%Y} trước kỳ báo cáo (số liệu từ {starts:%d/%m/%Y})"
    elif saved is not None and day > saved.date() + dt.timedelta(days=1):
        said = f"ngày báo cáo {day:%d/%m/%Y} sau ngày lưu tệp ({saved:%d/%m/%Y})"
    else:
        return
    said += ": có gõ tháng trước ngày không? Nếu sai, sửa trong phiếu và gửi lại"
    row.note = "; ".join(text for text in (row.note, said) if text)


def note_deadline_text(row: RowReview, deadline: str) -> None:
    """Say on a row that will be taken that its `Thời hạn` cell no longer holds the plan's deadline: the agency
    unprotected the sheet (no password) and wrote there — most often a new deadline it asks for. The column is the
    office's and is not read: the request was lost without a word."""
    written = row.source.deadline if row.source is not None else ""
    if not row.outcome.selectable or not written or cell_text(deadline) == written:
        return
    said = (f"cột {DEADLINE} ghi «{written}», khác thời hạn của kế hoạch («{deadline or 'không có'}»): cột này không "
            f"được nhập — nếu là đề nghị lùi hạn, ghi vào cột {PROPOSALS} và gửi lại")
    row.note = "; ".join(text for text in (row.note, said) if text)


def _selected(out: RowReview) -> RowReview:
    out.selected = out.outcome.selected_by_default
    return out


def _identity_refusal(s: Session, review: FileReview, identity: str, key: RowKey, node: PlanNode | None) -> str:
    if key.database != identity:
        return "dòng của cơ sở dữ liệu khác"
    if key.agency_id != review.agency_id:
        name = s.scalar(select(Agency.name).where(Agency.id == key.agency_id)) or f"mã {key.agency_id}"
        return f"dòng của cơ quan khác ({name}), chép từ phiếu khác"
    if key.plan_id != review.plan_id:
        return "dòng của kế hoạch khác"
    if key.period != review.period:
        return f"dòng của kỳ khác ({key.period})"
    if node is None or node.plan_id != key.plan_id or node.kind != "task":
        return "nhiệm vụ không còn trong kế hoạch (đã xóa hoặc đổi)"
    return ""
