"""Store an imported plan (`ImportedPlan`) in one transaction.

Everything the importer found goes in together or not at all: the header, the original file's
bytes and text, the outline with explicit sibling positions, each node's assignments matched
against the agency directory, deadlines (phrase as printed + parsed meaning), targets,
reporting rules, and one audit entry. A plan already in the database (same number and issuer,
or same title and issuer when it has no number) is refused unless `replace=True`, which deletes
the old one in the same transaction.

Agency matching (`agency_directory.py`) never merges a mention into a different agency: an
unknown mention becomes a new agency marked *proposed* (or an empty group for a collective
mention), for the clerk to confirm or merge.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.deadline_phrases import parse_deadline
from app.domain.reporting import parse_reporting_rules
from app.domain.roles import Permission
from app.domain.text import collapse_spaces, fold
from app.errors import ConflictError, InputError
from app.importers.blocks import Block
from app.importers.result import ImportedNode, ImportedPlan
from app.models import (
    Agency,
    AgencyAlias,
    AgencyGroup,
    Assignment,
    NodeDeadline,
    Plan,
    PlanBasis,
    PlanNode,
    PlanReportingRule,
    SourceDocument,
    Target,
)
from app.models.database import Database
from app.services.agency_directory import DirectoryIndex, canonical, guess_kind, is_collective
from app.services.base import Service

FREQUENCY_CODES = {"month": "M", "quarter": "Q", "half": "H", "nine_months": "9M", "year": "Y"}
_CITY_IN_ISSUER = re.compile(r"(?:thành phố|tỉnh|TP\.?)\s+([A-ZĐ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*)*)\s*$")
_FOCAL = re.compile(r"\bvề\s+((?:Sở|Văn phòng|Ban|Thanh tra)\s[^,.;(]+?)(?=\s+(?:để|trước|theo)\b|[,.;(]|$)")
_DOC_TYPE = re.compile(r"[-/]([A-ZĐ]{1,4})(?:[-/]|$)")


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

    @property
    def message(self) -> str:
        head = "Đã thay thế" if self.replaced else "Đã lưu"
        text = (f"{head} kế hoạch {self.number or self.title[:60]} (mã {self.plan_id}): {self.tasks} nhiệm vụ, "
                f"{self.targets} chỉ tiêu, {self.nodes} mục; {self.matched_mentions} lượt cơ quan khớp danh bạ.")
        if self.proposed_agencies:
            text += f" Cơ quan mới đề xuất ({len(self.proposed_agencies)}): {', '.join(self.proposed_agencies)}."
        if self.proposed_groups:
            text += f" Nhóm mới đề xuất ({len(self.proposed_groups)}): {', '.join(self.proposed_groups)}."
        return text


class PlanImportService(Service):
    def store(self, plan: ImportedPlan, *, original: bytes | None = None, filename: str | None = None,
              extracted_text: str | None = None, replace: bool = False) -> ImportOutcome:
        """Store `plan` and everything under it in one transaction."""
        if not plan.tasks():
            raise InputError("Kế hoạch không có nhiệm vụ nào để lưu.")
        with self.db.session() as s:
            return self.store_in(s, plan, original=original, filename=filename,
                                 extracted_text=extracted_text, replace=replace)

    def store_in(self, s: Session, plan: ImportedPlan, *, original: bytes | None = None,
                 filename: str | None = None, extracted_text: str | None = None,
                 replace: bool = False) -> ImportOutcome:
        """`store` inside the caller's transaction (the demo imports several plans in one)."""
        self.require(Permission.IMPORT_PLANS, s)
        replaced = self._refuse_or_remove_existing(s, plan, replace)
        title = collapse_spaces(plan.title or "") or (filename or "Kế hoạch chưa có trích yếu")
        row = Plan(
            number=plan.number, doc_type=plan.doc_type, issuer=plan.issuer, place=plan.place,
            issued_on=plan.date, title=title, title_folded=fold(title),
            signer_authority=plan.signer.authority, signer_title=plan.signer.title, signer_name=plan.signer.name,
            recipients=list(plan.recipients), format=plan.format, original_filename=filename,
            original_bytes=original, extracted_text=extracted_text,
        )
        s.add(row)
        s.flush()
        self._bases(s, row, plan)
        index = DirectoryIndex.load(s)
        city = plan.place or index.city_of(plan.issuer, plan.title) or _city_in_issuer(plan.issuer)
        matcher = _Matcher(s, index, city, self)
        by_path = self._outline(s, row, plan, matcher)
        for position, target in enumerate(plan.targets):
            node = by_path.get(tuple(target.path))
            s.add(Target(plan_id=row.id, node_id=node, position=position, path=list(target.path),
                         indicator=target.indicator, comparator=target.comparator, value=float(target.value),
                         unit=target.unit or "", baseline_year=target.baseline_year,
                         deadline_phrase=target.deadline_text))
        self._reporting(s, row, plan, matcher)
        self.audit(s, "import", row, "source", None, f"{filename or ''} {plan.number or ''}".strip() or title[:200])
        tasks = plan.tasks()
        return ImportOutcome(
            plan_id=row.id, number=plan.number, title=title, nodes=len(by_path), tasks=len(tasks),
            targets=len(plan.targets), matched_mentions=matcher.matched,
            proposed_agencies=matcher.new_agencies, proposed_groups=matcher.new_groups, replaced=replaced,
        )

    def _refuse_or_remove_existing(self, s: Session, plan: ImportedPlan, replace: bool) -> bool:
        issuer = fold(plan.issuer or "")
        existing = []
        for candidate in s.scalars(select(Plan)):
            if fold(candidate.issuer or "") != issuer:
                continue
            if plan.number:
                same = fold(candidate.number or "").replace(" ", "") == fold(plan.number).replace(" ", "")
            else:
                same = not candidate.number and candidate.title_folded == fold(collapse_spaces(plan.title or ""))
            if same:
                existing.append(candidate)
        if existing and not replace:
            what = plan.number or f"“{(plan.title or '')[:60]}”"
            raise ConflictError(f"Kế hoạch {what} của {plan.issuer or 'cơ quan này'} đã có trong cơ sở dữ liệu; "
                                "dùng --replace để thay thế.")
        for old in existing:
            self.audit(s, "delete", old, old=f"{old.number or ''} {old.title}".strip()[:200])
            s.delete(old)
        if existing:
            s.flush()
        return bool(existing)

    def _bases(self, s: Session, row: Plan, plan: ImportedPlan) -> None:
        for number in dict.fromkeys(plan.bases):
            source = s.scalar(select(SourceDocument).where(SourceDocument.number == number))
            if source is None:
                match = _DOC_TYPE.search(number)
                source = SourceDocument(number=number, doc_type=match.group(1) if match else None)
                s.add(source)
                s.flush()
            s.add(PlanBasis(plan_id=row.id, source_document_id=source.id))

    def _outline(self, s: Session, row: Plan, plan: ImportedPlan, matcher: _Matcher) -> dict[tuple[str, ...], int]:
        """Insert the tree level by level (one flush per depth), then assignments and deadlines."""
        plan_year = plan.date.year if plan.date else None
        by_path: dict[tuple[str, ...], int] = {}
        level: list[tuple[ImportedNode, int | None, int]] = [(n, None, i) for i, n in enumerate(plan.nodes)]
        while level:
            rows = []
            for node, parent_id, position in level:
                text = node.text or ""
                rows.append(PlanNode(plan_id=row.id, parent_id=parent_id, position=position,
                                     label=(node.label or "")[:40], kind=node.kind, text=text, text_folded=fold(text)))
            s.add_all(rows)
            s.flush()
            following: list[tuple[ImportedNode, int | None, int]] = []
            for (node, _, _), node_row in zip(level, rows, strict=True):
                by_path.setdefault(tuple(node.path), node_row.id)
                self._assign(s, node_row.id, node, matcher)
                if node.deadline_text:
                    meaning = parse_deadline(node.deadline_text, plan_year=plan_year)
                    s.add(NodeDeadline(node_id=node_row.id, phrase=node.deadline_text, kind=meaning.kind.value,
                                       params=meaning.to_dict()))
                following.extend((child, node_row.id, i) for i, child in enumerate(node.children))
            level = following
        return by_path

    @staticmethod
    def _assign(s: Session, node_id: int, node: ImportedNode, matcher: _Matcher) -> None:
        position = 0
        seen: set[tuple[str, str, int]] = set()
        for role, mentions in (("lead", node.lead), ("support", node.support)):
            for mention in mentions:
                kind, ident = matcher.resolve(mention)
                if (role, kind, ident) in seen:
                    continue
                seen.add((role, kind, ident))
                s.add(Assignment(node_id=node_id, role=role, mention=mention[:300], position=position,
                                 agency_id=ident if kind == "agency" else None,
                                 group_id=ident if kind == "group" else None))
                position += 1

    @staticmethod
    def _reporting(s: Session, row: Plan, plan: ImportedPlan, matcher: _Matcher) -> None:
        for clause in plan.reporting:
            for rule in parse_reporting_rules(clause):
                s.add(PlanReportingRule(plan_id=row.id, frequency=FREQUENCY_CODES[rule.frequency.value],
                                        day=rule.day, month=rule.month, phrase=clause))
            focal = _FOCAL.search(clause)
            if focal and row.focal_agency_id is None:
                entry = matcher.index.match(focal.group(1), matcher.city)
                if entry is not None and entry.kind == "agency":
                    row.focal_agency_id = entry.id


class _Matcher:
    """Resolves mentions during one import, creating proposed agencies/groups once each."""

    def __init__(self, s: Session, index: DirectoryIndex, city: str | None, service: Service) -> None:
        self.s, self.index, self.city, self.service = s, index, city, service
        self.matched = 0
        self.new_agencies: list[str] = []
        self.new_groups: list[str] = []
        # canonical keys in use: a new body never gets a name that reads like an existing one
        self.agency_names = {canonical(n) for n in s.scalars(select(Agency.name))} | {
            canonical(a) for a in s.scalars(select(AgencyAlias.alias))}
        self.group_names = {canonical(n) for n in s.scalars(select(AgencyGroup.name))}

    def resolve(self, mention: str) -> tuple[str, int]:
        mention = collapse_spaces(mention).strip(" :;,.")[:280]  # names are String(300)
        entry = self.index.match(mention, self.city)
        if entry is not None:
            self.matched += 1
            return entry.kind, entry.id
        if is_collective(mention):
            name = self._free_name(mention, self.group_names)
            group = AgencyGroup(name=name, name_folded=fold(name),
                                description="Nhóm đề xuất khi nhập kế hoạch: cần bổ sung các cơ quan thành viên.")
            self.s.add(group)
            self.s.flush()
            self._remember("group", group.id, mention, name, self.group_names)
            self.new_groups.append(name)
            self.service.audit(self.s, "create", group, "proposed", None, name)
            return "group", group.id
        name = self._free_name(mention, self.agency_names)
        agency = Agency(name=name, name_folded=fold(name), kind=guess_kind(mention), proposed=True)
        self.s.add(agency)
        self.s.flush()
        self._remember("agency", agency.id, mention, name, self.agency_names)
        self.new_agencies.append(name)
        self.service.audit(self.s, "create", agency, "proposed", None, name)
        return "agency", agency.id

    def _free_name(self, mention: str, taken: set[str]) -> str:
        """The mention, or — when another city's body already has that name — qualified by city."""
        candidates = [mention] + ([f"{mention} ({self.city})"] if self.city else [])
        candidates += [f"{mention} ({n})" for n in range(2, 100)]
        return next(c for c in candidates if canonical(c) not in taken)

    def _remember(self, kind: str, ident: int, mention: str, name: str, taken: set[str]) -> None:
        taken.add(canonical(name))
        self.index.add(kind, ident, mention, self.city)
        self.index.add(kind, ident, name, self.city)


def _city_in_issuer(issuer: str | None) -> str | None:
    match = _CITY_IN_ISSUER.search(issuer or "")
    return match.group(1) if match else None


def store_plan_file(target: str | Path, path: str | Path, parsed: tuple[list[Block], ImportedPlan] | None = None,
                    *, replace: bool = False, user: str = "import-plan") -> str:
    """Open the database at `target`, import the plan file at `path`, return the outcome message.

    For the command line, which has usually parsed the file already (`parsed`: its blocks and
    plan); the file's bytes are kept with the plan.
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
            replace=replace)
    finally:
        database.dispose()
    return outcome.message
