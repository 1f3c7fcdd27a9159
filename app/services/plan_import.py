"""Store an imported plan (`ImportedPlan`) in one transaction.

Everything the importer found goes in together or not at all: the header, the original file's
bytes and text, the outline with explicit sibling positions, each node's assignments matched
against the agency directory, deadlines (phrase as printed + parsed meaning), targets,
reporting rules (those rows written by `plan_rows.py`), and one audit entry. A plan already in
the database (same number and issuer, or same title and issuer when it has no number) is
refused (`PlanExistsError`) unless `replace=True`, which updates the stored plan in place
(`plan_replace.py`): matched nodes and targets keep their ids and data, the database is backed
up first, and `preview_replacement` tells beforehand what would be kept and lost.

Agency matching (`agency_directory.py`, `mention_matching.py`) never merges a mention into a
different agency: an unknown mention becomes a new agency marked *proposed* (or an empty group
for a collective mention), for the clerk to confirm or merge.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain.roles import Permission
from app.domain.text import collapse_spaces, fold
from app.errors import ConflictError, InputError
from app.importers.blocks import Block
from app.importers.result import ImportedNode as ImportedNode  # the review's windows' (ui imports no importer)
from app.importers.result import ImportedPlan
from app.models import Plan, PlanBasis
from app.models.database import Database
from app.services.base import Service, check_length
from app.services.mention_matching import MentionMatcher, plan_index
from app.services.plan_replace import ReplacementPreview, match_replacement, plan_label
from app.services.plan_rows import write_bases, write_outline, write_reporting, write_targets
from app.services.replace_review import ReplaceReview, build_review

BACKUP_REASON = "truoc-thay-the"


class PlanExistsError(ConflictError):
    """The plan is already stored; the caller may offer to replace it (`plan_id`)."""

    def __init__(self, message: str, plan_id: int) -> None:
        super().__init__(message)
        self.plan_id = plan_id


@dataclass
class ImportOutcome:
    """What storing did, for the command line and the import dialog."""

    plan_id: int
    number: str | None
    title: str
    nodes: int
    tasks: int
    targets: int
    matched_mentions: int
    proposed_agencies: list[str] = field(default_factory=list)
    proposed_groups: list[str] = field(default_factory=list)
    replaced: bool = False
    replacement: ReplacementPreview | None = None
    backup: Path | None = None

    @property
    def message(self) -> str:
        head = "Đã thay thế" if self.replaced else "Đã lưu"
        text = (f"{head} kế hoạch {self.number or self.title[:60]} (mã {self.plan_id}): {self.tasks} nhiệm vụ, "
                f"{self.nodes - self.tasks} đề mục/đoạn văn, {self.targets} chỉ tiêu; "
                f"{self.matched_mentions} lượt cơ quan khớp danh bạ.")
        if self.replacement is not None:
            text += f" Thay thế tại chỗ — {self.replacement.counts}."
        if self.backup is not None:
            text += f" Bản sao lưu trước khi thay thế: {self.backup}."
        if self.proposed_agencies:
            text += f" Cơ quan mới đề xuất ({len(self.proposed_agencies)}): {', '.join(self.proposed_agencies)}."
        if self.proposed_groups:
            text += f" Nhóm mới đề xuất ({len(self.proposed_groups)}): {', '.join(self.proposed_groups)}."
        return text


@dataclass
class ReadPlan:
    """A plan document as read, before review: the extraction (the clerk may correct it), the
    document's text as read and the file's bytes and name, all stored with the plan."""

    plan: ImportedPlan
    text: str
    original: bytes
    filename: str
    replacing: ReplaceReview | None = None  # the stored plan it replaces, the review started from it


class PlanImportService(Service):
    @staticmethod
    def read(path: str | Path) -> ReadPlan:
        """Read a plan document with the command line's checks (type, existence, size limit).
        Touches no database, so the window runs it off the GUI thread."""
        from app.importers import blocks_text, import_plan_document
        from app.importers.readers import read_file_bytes

        blocks, plan = import_plan_document(path)
        return ReadPlan(plan, blocks_text(blocks), read_file_bytes(path), Path(path).name)

    def prepare_review(self, read: ReadPlan) -> ReadPlan:
        """`read` ready for the review: when it replaces a stored plan, its outline becomes the stored plan's rows
        matched to the document (`replace_review`: the clerk's corrections and progress kept, new and changed rows
        marked, gone ones listed). Reads only; the window runs it off the GUI thread after `read`."""
        with self.db.session() as s:
            existing = _existing(s, read.plan)
            if existing:
                read.replacing = build_review(s, existing[0], read.plan, read.original)
                read.replacing.database = str(self.db.url)
            s.rollback()
        return read

    def store_read(self, read: ReadPlan, *, replace: bool = False,
                   followed_from: date | None = None) -> ImportOutcome:
        """Store a reviewed `read` (see `store`). A review started from a stored plan names its rows by id; stored
        into another database, or over another plan (the clerk opened another file, or typed another number, during
        the review), those ids name other rows: the rows are then matched by their words, as a fresh reading is."""
        review = read.replacing
        if review is not None and (review.database != str(self.db.url)
                                   or self.existing_plan_id(read.plan) != review.plan_id):
            for node in read.plan.walk():
                node.stored_id = None
        return self.store(read.plan, original=read.original, filename=read.filename, extracted_text=read.text,
                          replace=replace, followed_from=followed_from)

    def store(self, plan: ImportedPlan, *, original: bytes | None = None, filename: str | None = None,
              extracted_text: str | None = None, replace: bool = False,
              followed_from: date | None = None) -> ImportOutcome:
        """Store `plan` and everything under it in one transaction; with `replace`, an existing
        plan is first backed up (`automatic_backup`) then updated in place. `followed_from`: the day
        the office starts following its period reports (None: from its issue; a replaced plan keeps
        its own)."""
        if plan.is_empty():  # a header alone is nothing to track: refused, not asked about
            raise InputError("Chưa lưu: kế hoạch chưa có nhiệm vụ hay chỉ tiêu nào, chỉ có phần đầu văn bản thì "
                             "không theo dõi được. Hãy thêm nhiệm vụ rồi lưu.")
        backup = None
        if replace and self.existing_plan_id(plan) is not None:
            from app.services.storage import automatic_backup

            backup = automatic_backup(self.db.url, BACKUP_REASON)
        with self.db.session() as s:
            outcome = self.store_in(s, plan, original=original, filename=filename,
                                    extracted_text=extracted_text, replace=replace, followed_from=followed_from)
        outcome.backup = backup
        return outcome

    def existing_plan_id(self, plan: ImportedPlan) -> int | None:
        """The stored plan this document would replace (same number and issuer), if any."""
        with self.db.session() as s:
            existing = _existing(s, plan)
            return existing[0].id if existing else None

    def preview_replacement(self, plan: ImportedPlan) -> ReplacementPreview | None:
        """What replacing the stored plan with `plan` would keep and lose; None when the plan is
        not stored yet. Reads only."""
        with self.db.session() as s:
            existing = _existing(s, plan)
            if not existing:
                return None
            preview = match_replacement(s, existing[0], plan).preview
            s.rollback()
            return preview

    def store_in(self, s: Session, plan: ImportedPlan, *, original: bytes | None = None,
                 filename: str | None = None, extracted_text: str | None = None,
                 replace: bool = False, followed_from: date | None = None) -> ImportOutcome:
        """`store` inside the caller's transaction (the demo imports several plans in one)."""
        self.require(Permission.IMPORT_PLANS, s)
        existing = _existing(s, plan)
        if existing and not replace:
            what = plan.number or f"“{(plan.title or '')[:60]}”"
            raise PlanExistsError(f"Kế hoạch {what} của {plan.issuer or 'cơ quan này'} đã có trong cơ sở dữ liệu.",
                                  existing[0].id)
        replacement = match_replacement(s, existing[0], plan) if existing else None
        title = collapse_spaces(plan.title or "") or (filename or "Kế hoạch chưa có trích yếu")
        header = dict(
            number=plan.number, doc_type=plan.doc_type, issuer=plan.issuer, place=plan.place,
            issued_on=plan.date, title=title, title_folded=fold(title),
            signer_authority=plan.signer.authority, signer_title=plan.signer.title, signer_name=plan.signer.name,
            recipients=list(plan.recipients), format=plan.format, original_filename=filename,
            original_bytes=original, extracted_text=extracted_text,
        )
        if followed_from is not None:  # else a new plan is followed from its issue, a replaced one keeps its day
            header["followed_from"] = followed_from
        for key, value in header.items():  # as read or as typed in the review's header
            check_length(Plan, key, value)
        if replacement is not None:
            row = replacement.old
            for key, value in header.items():
                setattr(row, key, value)
            s.execute(delete(PlanBasis).where(PlanBasis.plan_id == row.id))
        else:
            row = Plan(**header)
            s.add(row)
        s.flush()
        write_bases(s, row, plan)
        matcher = MentionMatcher(s, *plan_index(s, plan), self)
        by_path = write_outline(s, row, plan, matcher, replacement)
        write_targets(s, row, plan, by_path, replacement)
        if replacement is not None:
            replacement.remove_unmatched(s)
        write_reporting(s, row, plan, matcher)
        if replacement is not None:
            self.audit(s, "replace", row, "outline", f"{plan_label(row)} (mã {row.id})",
                       f"{filename or ''}: {replacement.preview.counts}".strip(": "))
        else:
            self.audit(s, "import", row, "source", None,
                       f"{filename or ''} {plan.number or ''}".strip() or title[:200])
        tasks = plan.tasks()
        return ImportOutcome(
            plan_id=row.id, number=plan.number, title=title, nodes=sum(1 for _ in plan.walk()), tasks=len(tasks),
            targets=len(plan.targets), matched_mentions=matcher.matched,
            proposed_agencies=matcher.new_agencies, proposed_groups=matcher.new_groups,
            replaced=replacement is not None, replacement=replacement.preview if replacement else None,
        )

def _same_issuer(stored: str | None, read: str | None) -> bool:
    """The same body, also when an earlier version of the importer wrote its name in another order or with a
    stray word of the header (`Ủy ban MTTQ … ban Thường trực` → `Ban Thường trực Ủy ban MTTQ …`): one name's
    words contain the other's."""
    a, b = set(fold(stored or "").split()), set(fold(read or "").split())
    return a == b or bool(a and b and (a <= b or b <= a))


def _existing(s: Session, plan: ImportedPlan) -> list[Plan]:
    """Stored plans this document is: same issuer and number (or same title when unnumbered)."""
    existing = []
    for candidate in s.scalars(select(Plan).order_by(Plan.id)):
        if not _same_issuer(candidate.issuer, plan.issuer):
            continue
        if plan.number:
            same = fold(candidate.number or "").replace(" ", "") == fold(plan.number).replace(" ", "")
        else:
            same = not candidate.number and candidate.title_folded == fold(collapse_spaces(plan.title or ""))
        if same:
            existing.append(candidate)
    return existing


def store_plan_file(target: str | Path, path: str | Path, parsed: tuple[list[Block], ImportedPlan] | None = None,
                    *, user: str = "import-plan", followed_from: date | None = None) -> str:
    """Open the database at `target`, import the plan file at `path`, return the outcome message.

    For the command line, which has usually parsed the file already (`parsed`: its blocks and
    plan); the file's bytes are kept with the plan. `followed_from`: as in `PlanImportService.store`.
    A plan already stored is refused (`PlanExistsError`): replacing it takes the review's path
    (`replace_file`), which keeps the clerk's corrections.
    """
    from app.importers import blocks_text, import_plan_document
    from app.importers.readers import read_file_bytes
    from app.models.database import open_database

    blocks, plan = parsed or import_plan_document(path)
    original = read_file_bytes(path)
    database: Database = open_database(target)
    try:
        outcome = PlanImportService(database, user).store(
            plan, original=original, filename=Path(path).name, extracted_text=blocks_text(blocks),
            followed_from=followed_from)
    finally:
        database.dispose()
    return outcome.message
