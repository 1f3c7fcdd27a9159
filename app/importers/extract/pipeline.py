"""Entry point of the extraction rules: blocks of one plan document → `ImportedPlan` (pure)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from app.importers.blocks import Block, Paragraph, Table
from app.importers.extract import header as hdr
from app.importers.extract.outline import Line, build_tree, join_broken, label_from_numbering, split_label
from app.importers.extract.reporting import reporting_clauses
from app.importers.extract.tables import table_nodes
from app.importers.extract.targets_pass import collect_targets
from app.importers.extract.tasks import Context, TaskBuilder
from app.importers.extract.textutil import clean_line, is_upper_line, squash, strip_trailing_punct
from app.importers.result import ImportedNode, ImportedPlan

try:  # the domain's parser of deadline phrases (may be absent in early builds)
    from app.domain.deadline_phrases import parse_deadline
except ImportError:  # pragma: no cover
    parse_deadline = None  # type: ignore[assignment]


def _lines_of(blocks: Sequence[Block]) -> tuple[list[Line], list[Table]]:
    lines: list[Line] = []
    tables: list[Table] = []
    for block in blocks:
        if isinstance(block, Table):
            tables.append(block)
            continue
        if not isinstance(block, Paragraph):
            continue
        raw_lines = block.text.split("\n") if block.numbering_label is None else [block.text.replace("\n", " ")]
        for k, raw in enumerate(raw_lines):
            text = clean_line(raw)
            if not text or re.fullmatch(r"[\W_]+", text) and not re.fullmatch(r"[-–+•]", text):
                continue
            if k == 0 and block.numbering_label:
                lab, style = label_from_numbering(clean_line(block.numbering_label))
                if lab is not None:
                    if style and style.startswith("bullet"):
                        lab = style[-1]
                    lines.append(Line(text=text, label=lab, style=style, bold=block.bold))
                    continue
            lab, style, rest = split_label(text)
            lines.append(Line(text=rest if lab is not None else text, label=lab, style=style, bold=block.bold))
    return lines, tables


def _body_start(lines: list[Line]) -> int:
    for i, line in enumerate(lines):
        if line.style == "roman":
            return i
    for i, line in enumerate(lines):
        if line.style == "dec1":
            return i
    return 0


def _parse_header(plan: ImportedPlan, head: list[Line]) -> str:
    """Fill number/type/place/date/title; return the preamble text."""
    title_word = None
    issuing_line = None
    title_parts: list[str] = []
    preamble: list[str] = []
    state = "top"
    for line in head:
        text = (f"{line.label}. " if line.label and not line.style.startswith("bullet") else "") + line.text
        number = hdr.parse_number(text)
        if number and plan.number is None:
            plan.number = number
            continue
        place, date = hdr.parse_place_date(text)
        if date and plan.date is None:
            plan.place, plan.date = place, date
            continue
        tw = hdr.type_word(text) if state == "top" else None
        if tw:
            title_word = tw[0]
            state = "title"
            if tw[1]:
                title_parts.append(tw[1])
                state = "title_more"
            continue
        if state == "title":
            if is_upper_line(text) and text.startswith("CỦA"):
                issuing_line = text
                continue
            title_parts.append(text)
            state = "title_more"
            continue
        if state == "title_more" and text[:1].islower():
            title_parts.append(text)
            continue
        if state == "top" and (is_upper_line(text) or len(text) < 60):
            continue  # national motto, issuing body lines
        state = "preamble"
        preamble.append(text)
    if title_parts:
        plan.title = strip_trailing_punct(squash(" ".join(title_parts)))
    plan.doc_type = hdr.doc_type_of(plan.number, title_word)
    plan._issuing_line = issuing_line  # type: ignore[attr-defined]
    return " ".join(preamble)


def _footer_start(lines: list[Line], start: int) -> int:
    for i in range(start, len(lines)):
        if hdr.is_footer_start(lines[i].text) and lines[i].label is None:
            return i
    return len(lines)


def _attach_deadlines(node: ImportedNode, plan_year: int | None) -> None:
    for n in node.walk():
        if n.kind == "task" and n.deadline_text and parse_deadline is not None:
            try:
                parsed = parse_deadline(n.deadline_text, plan_year=plan_year)
            except Exception:  # a phrase the parser rejects must not stop an import
                n.warnings.append("Không hiểu thời hạn")
                continue
            n.deadline = parsed.to_dict()
            if str(getattr(parsed, "kind", "")) in ("unknown", "DeadlineKind.UNKNOWN"):
                n.warnings.append(f"Không hiểu thời hạn: {n.deadline_text}")


def extract_plan(blocks: Sequence[Block]) -> ImportedPlan:
    """Turn the blocks of one plan document into an `ImportedPlan`."""
    plan = ImportedPlan()
    lines, tables = _lines_of(blocks)
    start = _body_start(lines)
    end = _footer_start(lines, start + 1 if lines else 0)
    preamble = _parse_header(plan, lines[:start])
    plan.bases = hdr.bases_of(preamble)
    footer_texts = [ln.text if ln.label is None else f"{ln.label} {ln.text}" for ln in lines[end:]]
    plan.recipients, plan.signer = hdr.parse_footer(footer_texts)
    plan.issuer = hdr.issuer_from(preamble, getattr(plan, "_issuing_line", None), plan.place, plan.signer)
    auth = " ".join(filter(None, [plan.signer.authority, plan.issuer, plan.number]))
    if re.search(r"THÀNH ỦY|TỈNH ỦY|HUYỆN ỦY|ĐẢNG|Thành ủy|Tỉnh ủy|Đảng bộ|/TU\b|-NQ/|-KH/", auth):
        plan.format = "party"
    body = join_broken(lines[start:end])
    root = build_tree(body)
    builder = TaskBuilder()
    plan.nodes = [builder.build(child, Context()) for child in root.children]
    # text before the first label of the body that is not part of the header (rare)
    plan.nodes.extend(table_nodes(tables, start_index=len(plan.nodes)))
    plan_year = plan.date.year if plan.date else None
    for node in plan.nodes:
        _attach_deadlines(node, plan_year)
    plan.targets = collect_targets(root)
    plan.reporting = reporting_clauses([p for n in _walk_outline(root) for p in n.paras])
    if not plan.tasks():
        plan.warnings.append("Không tìm thấy nhiệm vụ nào trong văn bản")
    return plan


def _walk_outline(node):
    for c in node.children:
        yield c
        yield from _walk_outline(c)
