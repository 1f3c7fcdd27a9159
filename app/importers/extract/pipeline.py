"""Entry point of the extraction rules: blocks of one plan document → `ImportedPlan` (pure)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from app.importers.blocks import Block, Paragraph, Table
from app.importers.extract import header as hdr
from app.importers.extract.agency_headings import heading_paragraph
from app.importers.extract.annex_header import fill_from_annex_caption, fill_from_issuing_caption
from app.importers.extract.articles import article_labels
from app.importers.extract.closing_paragraph import TEXT_END, detach_closing_paragraph, drop_closing_request
from app.importers.extract.closing_times import lift_closing_times
from app.importers.extract.crossref import assign_by_reference
from app.importers.extract.duty_level import mark_duty_level
from app.importers.extract.fields import Context
from app.importers.extract.header_lines import join_header_lines, read_header
from app.importers.extract.indicator_tables import indicator_targets
from app.importers.extract.known_names import names_in
from app.importers.extract.lone_duties import demote_lone_duties
from app.importers.extract.lost_numbering import unlabel_lone_labels
from app.importers.extract.mention_abbreviations import abbreviations_in
from app.importers.extract.mention_heads import ABBREVIATIONS, KNOWN_NAMES
from app.importers.extract.method_sections import means_are_not_duties
from app.importers.extract.outline import (
    Line,
    build_tree,
    join_broken,
    label_from_numbering,
    split_label,
    wrap_width,
)
from app.importers.extract.partners import drop_issuer_partners, drop_partners_of_nobody
from app.importers.extract.prose import (
    letter_body_start,
    names_itself,
    no_task_message,
    opening_lead_in,
    read_paragraphs,
    reread,
)
from app.importers.extract.reporting import reporting_clauses
from app.importers.extract.sibling_duties import promote_assigning_items, promote_labelled_duties
from app.importers.extract.spelling import respell, to_new_style, to_old_style, writes_old_style
from app.importers.extract.tables import is_task_table, table_nodes
from app.importers.extract.targets_pass import collect_targets
from app.importers.extract.taskcues import is_form_template
from app.importers.extract.tasks import TaskBuilder
from app.importers.extract.textutil import clean_line
from app.importers.extract.trailing_fields import lift_trailing_fields
from app.importers.result import ImportedNode, ImportedPlan

try:  # the domain's parser of deadline phrases (may be absent in early builds)
    from app.domain.deadline_phrases import parse_deadline
except ImportError:  # pragma: no cover
    parse_deadline = None  # type: ignore[assignment]


_PIPE = re.compile(r"\s+\|\s+")
_FOOTNOTE_LINE = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\])\s*\S")


def _pipe_tables(blocks: Sequence[Block]) -> list[Block]:
    """Runs of text lines `TT | Nhiệm vụ | Cơ quan chủ trì | ...` (a table pasted as text) → a Table;
    a single `Số: 12/NQ-CP | Hà Nội, ngày ...` (a flattened layout row) → one line per cell."""
    out: list[Block] = []
    run: list[list[str]] = []

    def flush() -> None:
        if len(run) >= 2:
            out.append(Table(rows=[list(r) for r in run]))
        else:
            out.extend(Paragraph(c) for r in run for c in r if c)
        run.clear()

    for block in blocks:
        if isinstance(block, Paragraph) and block.numbering_label is None and len(_PIPE.findall(block.text)) >= 2:
            run.append([c.strip() for c in _PIPE.split(block.text.strip().strip("|"))])
            continue
        flush()
        if isinstance(block, Paragraph) and _PIPE.search(block.text) and block.numbering_label is None:
            out.extend(Paragraph(c.strip(), bold=block.bold) for c in _PIPE.split(block.text) if c.strip())
            continue
        out.append(block)
    flush()
    return out


def _lines_of(blocks: Sequence[Block]) -> tuple[list[Line], list[Table]]:
    lines: list[Line] = []
    tables: list[Table] = []
    for block in _pipe_tables(blocks):
        if isinstance(block, Table):
            if not is_task_table(block) and block.rows and max(len(r) for r in block.rows) <= 2:
                # a layout table (header or signature side by side): read its cells as lines
                cells = [c for row in block.rows for c in row if c and c.strip()]
                lines.extend(_lines_of([Paragraph(c) for c in cells])[0])
            else:
                # the lines printed just above a table are its title (`PHỤ LỤC ... ĐẾN NĂM 2030`)
                tables.append(Table(rows=block.rows, caption=" ".join(ln.text for ln in lines[-3:])))
            continue
        if not isinstance(block, Paragraph):
            continue
        raw_lines = block.text.split("\n") if block.numbering_label is None else [block.text.replace("\n", " ")]
        for k, raw in enumerate(raw_lines):
            if _FOOTNOTE_LINE.match(raw):
                continue  # the text of a footnote, printed at the foot of a page
            text = clean_line(raw)
            if not text or re.fullmatch(r"[\W_]+", text) and not re.fullmatch(r"[-–+•]", text):
                continue
            if k == 0 and block.numbering_label and block.numbering_label.strip():
                lab, style = label_from_numbering(clean_line(block.numbering_label))
                if lab is None:  # a symbol-font bullet glyph: a bullet level of its own
                    glyph = block.numbering_label.strip()[:1]
                    lab, style = glyph, f"bullet{glyph}"
                if lab is not None:
                    if style and style.startswith("bullet"):
                        lab = style[-1]
                    lines.append(Line(text=text, label=lab, style=style, bold=block.bold))
                    continue
            lab, style, rest = split_label(text)
            lines.append(Line(text=rest if lab is not None else text, label=lab, style=style, bold=block.bold))
    return lines, tables


def _annex_after_closing(lines: list[Line]) -> int:
    """Where the annexes begin (`PHỤ LỤC` after the main text's `Nơi nhận:` or signature), or len(lines).
    A guidance numbered `1.`, `2.` and signed can carry an annex numbered `Phần 1`, `I.`: those levels are the
    annex's, not the body's. A decision that issues a plan signs before the plan (`KẾ HOẠCH`, `I.`): no annex
    caption stands between, so its plan's levels stay the body's."""
    closing = next((i for i, ln in enumerate(lines) if ln.label is None and hdr.is_footer_start(ln.text)), None)
    if closing is None:
        return len(lines)
    return next((i for i in range(closing, len(lines)) if _ANNEX.match(lines[i].text)), len(lines))


def _body_start(lines: list[Line]) -> int:
    annex = _annex_after_closing(lines)
    numbered = any(ln.style == "dec1" for ln in lines[:annex])
    for i, line in enumerate(lines[:annex] if numbered else lines):
        if line.style in ("step", "roman", "ALPHA", "part", "article"):
            return i
    for i, line in enumerate(lines):
        if line.style == "dec1":
            return i
    # no numbered outline: the body starts after the preamble (`... ban hành Kế hoạch như sau:`)
    for i, line in enumerate(lines[:40]):
        if re.search(r"(?:như sau|sau đây|cụ thể như sau)\s*:$", line.text):
            return i + 1
    type_line = next((i for i, ln in enumerate(lines[:20]) if hdr.type_word(ln.text)), None)
    return type_line + 2 if type_line is not None and type_line + 2 < len(lines) else 0


def _footer_start(lines: list[Line], start: int) -> int:
    """Where the footer begins: `Nơi nhận:` or the signing authority (`TM. …`); in a copy without either, after
    the last line ending the text (`./.`): the signature printed below is no part of the last item."""
    for i in range(start, len(lines)):
        if hdr.is_footer_start(lines[i].text) and lines[i].label is None:
            return i
    ends = [i for i in range(start, len(lines)) if TEXT_END.search(lines[i].text)]
    return ends[-1] + 1 if ends else len(lines)


def _attach_deadlines(node: ImportedNode, plan_year: int | None) -> None:
    """Fill each task's parsed deadline; flag phrases the domain parser does not understand and
    tasks without a presiding agency, so the clerk can complete them in the preview. A time wholly before the
    document's year (`người tham gia kháng chiến trong giai đoạn 1974 - 1975`) says who or what, not when: a plan
    sets work ahead of it, so it is no deadline, and an item dated only by it is no task."""
    for n in node.walk():
        unknown = None
        if n.kind == "task" and n.deadline_text and parse_deadline is not None:
            try:
                parsed = parse_deadline(n.deadline_text, plan_year=plan_year)
            except Exception:  # a phrase the parser rejects must not stop an import
                parsed, unknown = None, "Không hiểu thời hạn"
            if parsed is not None and _before(parsed.to_dict(), plan_year):
                n.deadline_text, n.kind = None, "task" if n.lead else "text"
            elif parsed is not None:
                n.deadline = parsed.to_dict()
                if str(getattr(parsed, "kind", "")) in ("unknown", "DeadlineKind.UNKNOWN"):
                    unknown = f"Không hiểu thời hạn: {n.deadline_text}"
        if n.kind == "task" and not n.lead:
            n.warnings.append("Chưa xác định cơ quan chủ trì")
        if unknown:
            n.warnings.append(unknown)


def _before(deadline: dict, plan_year: int | None) -> bool:
    """Does the parsed deadline end in a year before `plan_year`?"""
    date = deadline.get("date")
    last = deadline.get("end_year") or deadline.get("year") or (int(date[:4]) if isinstance(date, str) else None)
    return plan_year is not None and isinstance(last, int) and last < plan_year


def extract_plan(blocks: Sequence[Block]) -> ImportedPlan:
    """Turn the blocks of one plan document into an `ImportedPlan`.

    A document placing tones the old way (`Uỷ ban`, `hoà`) is read in the style the rules are
    written in and its results are spelled back the document's way (`spelling`)."""
    if writes_old_style("\n".join(_block_texts(blocks))):
        return respell(_extract_plan(respell(list(blocks), to_new_style)), to_old_style)
    return _extract_plan(blocks)


def _block_texts(blocks: Sequence[Block]):
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, Table):
            yield from (cell for row in block.rows for cell in row)


def _extract_plan(blocks: Sequence[Block]) -> ImportedPlan:
    lines, tables = _lines_of(blocks)
    # abbreviations the document defines (`Sở Nội vụ (SNV)`) are agency mentions in this document only
    token = ABBREVIATIONS.set(abbreviations_in(" ".join(ln.text for ln in lines)))
    # the names it gives its bodies on their own (`Sở Tài chính chủ trì …`) end the same name run into a verb
    known = KNOWN_NAMES.set(names_in(ln.text for ln in lines))
    try:
        return _extract(lines, tables)
    finally:
        KNOWN_NAMES.reset(known)
        ABBREVIATIONS.reset(token)


def _extract(lines: list[Line], tables: list[Table]) -> ImportedPlan:
    plan = ImportedPlan()
    lines = article_labels(lines)
    # no outline, no type word, no `như sau:`: a công văn's body starts after its `Kính gửi:` list
    start = _body_start(lines) or letter_body_start(lines) or 0
    end = _footer_start(lines, start + 1 if lines else 0)
    head = join_header_lines(lines[:start])
    preamble, issuing_line, top_lines = read_header(plan, head, wrap_width(lines))
    plan.bases = hdr.bases_of(preamble)
    annex = next((i for i in range(end, len(lines)) if _ANNEX.match(lines[i].text)), len(lines))
    footer_texts = [ln.text if ln.label is None else f"{ln.label} {ln.text}" for ln in lines[end:annex]]
    plan.recipients, plan.signer = hdr.parse_footer(footer_texts)
    if plan.signer.name is None:
        # a decision that issues the plan signs before the attached plan: its footer is in the header zone
        head_footer = next((i for i, ln in enumerate(head) if hdr.is_footer_start(ln.text)), None)
        if head_footer is not None:
            stop = next((i for i in range(head_footer, len(head)) if hdr.type_word(head[i].text)), len(head))
            recipients, signer = hdr.parse_footer([ln.text if ln.label is None else f"{ln.label} {ln.text}"
                                                   for ln in head[head_footer:stop]])
            plan.recipients = plan.recipients or recipients
            plan.signer = signer
    plan.issuer = hdr.issuer_from(preamble, issuing_line, plan.place, plan.signer, top_lines, named=plan.issuer)
    fill_from_annex_caption(plan, [ln.text for ln in lines[:8]])
    fill_from_issuing_caption(plan, [ln.text for ln in lines])
    if _PARTY_NUMBER.match(plan.number or "") or _PARTY_BODY.search(
            " ".join(filter(None, [plan.signer.authority, plan.issuer, issuing_line, *top_lines]))):
        plan.format = "party"
    body = unlabel_lone_labels(join_broken(lines[start:end]))
    root = build_tree(body, is_heading=_agency_line)
    lift_trailing_fields(root)  # before the closing times: a lifted `Hoàn thành …` line is one
    lift_closing_times(root)
    detach_closing_paragraph(root)
    mark_duty_level(root)
    builder = TaskBuilder()
    # `…, các bộ, ngành, địa phương tập trung thực hiện các nhiệm vụ sau:` closing the preamble names the
    # actors of the whole body, as the same sentence opening a section does for its items
    intro = opening_lead_in(preamble)
    base = Context(lead=list(intro.lead), support=list(intro.support)) if intro else Context()
    plan.nodes = [builder.build(child, base) for child in root.children]
    if root.children:
        for para in root.paras:  # the closing words that name the document itself hand nothing from the lead-in
            plan.nodes.extend(builder.split_units(para, Context() if names_itself(para) else base, path=[]))
    else:  # a body without numbering: every paragraph is read on its own, under the lead-in above it
        plan.nodes.extend(read_paragraphs(root.paras, preamble, builder))
    drop_closing_request(plan.nodes)
    for first, stop in _annex_parts(lines, annex):
        annex_root = build_tree(join_broken(lines[first + 1:stop]))
        if annex_root.children and not is_form_template([ln.text for ln in lines[first + 1:stop]]):
            holder = ImportedNode(label="PL", kind="section", text=lines[first].text, path=["PL"])
            for child in annex_root.children:
                _prefix_paths(child, "PL")
                holder.children.append(builder.build(child, Context()))
            plan.nodes.append(holder)
    plan.nodes.extend(table_nodes(tables))
    if not any(t.lead for t in plan.tasks()):  # no agency given a task: duties written in prose
        read_body = len(root.children) + len(root.paras)
        plan.nodes[:read_body] = reread(root, preamble, builder, plan.nodes[:read_body])
    assign_by_reference(plan.nodes)
    promote_labelled_duties(plan.nodes)
    promote_assigning_items(plan.nodes)
    demote_lone_duties(plan.nodes)
    means_are_not_duties(plan.nodes)
    drop_issuer_partners(plan.tasks(), plan.issuer)
    drop_partners_of_nobody(plan.tasks())
    if _PUBLISHES.match(plan.title or "") and plan.doc_type == "QĐ":
        # `QUYẾT ĐỊNH Công bố thủ tục hành chính ...`: a catalogue of standing procedures, no plan
        for node in plan.walk():
            if node.kind == "task":
                node.kind = "text"
        plan.warnings.append("Quyết định công bố danh mục/thủ tục, không phải kế hoạch: không có nhiệm vụ để nhập")
    plan_year = plan.date.year if plan.date else None
    for node in plan.nodes:
        _attach_deadlines(node, plan_year)
    plan.targets = collect_targets(root)
    for k, table in enumerate(tables, start=1):
        plan.targets.extend(indicator_targets(table, f"PL{k}" if len(tables) > 1 else "PL"))
    target_paths = {tuple(t.path) for t in plan.targets}
    for node in plan.walk():
        if node.kind == "text" and tuple(node.path) in target_paths:
            node.kind = "target"
    plan.reporting = reporting_clauses([p for n in _walk_outline(root) for p in n.paras])
    if not plan.tasks():  # a plan with nothing to track says what it holds (shown by the review and the CLI)
        plan.warnings.append((plan.is_empty() and no_task_message(plan)) or "Không tìm thấy nhiệm vụ nào trong văn bản")
    return plan


_PUBLISHES = re.compile(r"^(?:Về việc )?công bố\b", re.IGNORECASE)
_ANNEX = re.compile(r"^PH[UỤ] L[UỤ]C\b")
# `PHỤ LỤC`, `PHỤ BIỂU` (an attached table) in capitals on a line of their own: a new annex begins
_ANNEX_CAPTION = re.compile(r"^PH[UỤ] (?:L[UỤ]C|BIỂU)\b(?!\s*[a-zà-ỹđ])")


def _annex_parts(lines: list[Line], annex: int) -> list[tuple[int, int]]:
    """The annexes after the signature, each `(caption line, end)`: a guidance may attach a procedure annex, an
    allocation table and a set of blank forms one after the other, and each is judged on its own (the forms
    give no duty, the procedure annex may)."""
    if annex >= len(lines):
        return []
    starts = [annex] + [i for i in range(annex + 1, len(lines))
                        if lines[i].label is None and _ANNEX_CAPTION.match(lines[i].text)]
    return list(zip(starts, [*starts[1:], len(lines)], strict=True))


def _agency_line(text: str) -> bool:
    """An unlabelled `Sở Tài chính:` / `Giao UBND các huyện:` line heading the bullets below it, or the
    name alone (`Sở Tài chính`) where the list's numbering was lost."""
    return heading_paragraph(text) is not None
# Party documents are numbered `04-NQ/TU` and issued by Party committees (Hướng dẫn 36-HD/VPTW).
_PARTY_NUMBER = re.compile(r"^\d+-[A-Za-zĐđ]+/")
_PARTY_BODY = re.compile(r"(?:THÀNH|TỈNH|HUYỆN|QUẬN|THỊ|ĐẢNG) [ỦU]Y\b|ĐẢNG BỘ|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|"
                         r"BAN CÁN SỰ|ĐẢNG ĐOÀN", re.IGNORECASE)


def _prefix_paths(node, prefix: str) -> None:
    node.path = [prefix, *node.path]
    for child in node.children:
        _prefix_paths(child, prefix)


def _walk_outline(node):
    for c in node.children:
        yield c
        yield from _walk_outline(c)
