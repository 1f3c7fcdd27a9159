"""Entry point of the extraction rules: blocks of one plan document → `ImportedPlan` (pure).

The wiring only, in the order a reader meets a document: its lines (`block_lines`), its zones (`document_zones`),
the header and footer (`header_footer`), the body's outline and its tasks (`tasks.TaskBuilder`), the annexes and
annex tables, then the passes that settle the task list as a whole, the deadlines (`task_deadlines`) and the
targets. Each step's rules live in the module named for it.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from app.importers.blocks import Block, Paragraph, Table
from app.importers.extract.agency_headings import heading_paragraph
from app.importers.extract.annex_restated import drop_restated
from app.importers.extract.articles import article_labels
from app.importers.extract.block_lines import lines_of
from app.importers.extract.cell_paragraphs import cell_tasks, is_cell_table
from app.importers.extract.closing_paragraph import detach_closing_paragraph, drop_closing_request
from app.importers.extract.closing_times import lift_closing_times
from app.importers.extract.crossref import assign_by_reference
from app.importers.extract.document_zones import annex_parts, zones_of
from app.importers.extract.duty_level import mark_duty_level
from app.importers.extract.fields import Context
from app.importers.extract.handed_to import giao_mentions
from app.importers.extract.header_footer import read_header_footer
from app.importers.extract.indicator_tables import indicator_targets
from app.importers.extract.known_names import names_in
from app.importers.extract.lone_duties import demote_lone_duties
from app.importers.extract.lost_numbering import unlabel_lone_labels
from app.importers.extract.mention_abbreviations import abbreviations_in
from app.importers.extract.mention_heads import ABBREVIATIONS, KNOWN_NAMES
from app.importers.extract.method_sections import means_are_not_duties
from app.importers.extract.objective_lists import aims_beside_targets
from app.importers.extract.ocr_labels import put_back_labels
from app.importers.extract.outline import Line, OutlineNode, build_tree, join_broken
from app.importers.extract.partners import drop_issuer_partners, drop_partners_of_nobody
from app.importers.extract.prose import names_itself, no_task_message, opening_lead_in, read_paragraphs, reread
from app.importers.extract.reporting import reporting_clauses
from app.importers.extract.run_on_titles import titles_apart
from app.importers.extract.sibling_duties import promote_assigning_items, promote_labelled_duties
from app.importers.extract.spelling import respell, to_new_style, to_old_style, writes_old_style
from app.importers.extract.tables import table_nodes
from app.importers.extract.targets_pass import collect_targets
from app.importers.extract.task_deadlines import attach_deadlines
from app.importers.extract.taskcues import is_form_template
from app.importers.extract.tasks import TaskBuilder
from app.importers.extract.trailing_fields import lift_trailing_fields
from app.importers.result import ImportedNode, ImportedPlan

_PUBLISHES = re.compile(r"^(?:Về việc )?công bố\b", re.IGNORECASE)


def extract_plan(blocks: Sequence[Block]) -> ImportedPlan:
    """Turn the blocks of one plan document into an `ImportedPlan`.

    A document placing tones the old way (`Uỷ ban`, `hoà`) is read in the style the rules are
    written in and its results are spelled back the document's way (`spelling`)."""
    if writes_old_style("\n".join(_block_texts(blocks))):
        return respell(_extract_plan(respell(list(blocks), to_new_style)), to_old_style)
    return _extract_plan(blocks)


def _block_texts(blocks: Sequence[Block]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, Table):
            yield from (cell for row in block.rows for cell in row)


def _extract_plan(blocks: Sequence[Block]) -> ImportedPlan:
    lines, tables = lines_of(blocks)
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
    zones = zones_of(lines)
    preamble = read_header_footer(plan, lines, zones)
    root = _body_outline(lines[zones.body:zones.footer])
    builder = TaskBuilder()
    plan.nodes = _body_nodes(root, preamble, builder)
    drop_closing_request(plan.nodes)  # a closing request of the body's last words, before the annexes
    plan.nodes.extend(_annex_nodes(lines, zones.annex, builder))
    from_tables = table_nodes(tables)
    drop_restated(plan.nodes, from_tables)  # body items an annex task table restates are tracked by its rows
    plan.nodes.extend(from_tables)
    if not any(t.lead for t in plan.tasks()):  # no agency given a task: duties written in prose
        read_body = len(root.children) + len(root.paras)
        plan.nodes[:read_body] = reread(root, preamble, builder, plan.nodes[:read_body])
    _settle_tasks(plan)
    plan_year = plan.date.year if plan.date else None
    for node in plan.nodes:
        attach_deadlines(node, plan_year)
    _read_targets(plan, root, tables)
    plan.reporting = reporting_clauses([p for n in root.walk() if n is not root for p in n.paras])
    if not plan.tasks():  # a plan with nothing to track says what it holds (shown by the review and the CLI)
        plan.warnings.append((plan.is_empty() and no_task_message(plan)) or "Không tìm thấy nhiệm vụ nào trong văn bản")
    return plan


def _body_outline(body: list[Line]) -> OutlineNode:
    """The body's outline, with the lines that belong elsewhere moved: a part's title parted from the item run into it,
    fields printed after an item's sub-items,
    a sentence dating the list above it, the closing paragraph, the level of the duties (`duty_level`)."""
    root = build_tree(unlabel_lone_labels(join_broken(put_back_labels(titles_apart(body)))),
                      is_heading=_agency_line)
    lift_trailing_fields(root)  # before the closing times: a lifted `Hoàn thành …` line is one
    lift_closing_times(root)
    detach_closing_paragraph(root)
    mark_duty_level(root)
    return root


def _agency_line(text: str) -> bool:
    """An unlabelled `Sở Tài chính:` / `Giao UBND các huyện:` line heading the bullets below it, or the
    name alone (`Sở Tài chính`) where the list's numbering was lost; or a paragraph handing work over after a
    list (`… nhất trí thông qua các dự thảo:` + dashes + `Giao Ban Thường vụ … hoàn thiện …`): the item's
    duty, not more of its last dash."""
    return heading_paragraph(text) is not None or bool(giao_mentions(text))


def _body_nodes(root: OutlineNode, preamble: str, builder: TaskBuilder) -> list[ImportedNode]:
    """The body's items, then its unnumbered paragraphs. `…, các bộ, ngành, địa phương tập trung thực hiện các
    nhiệm vụ sau:` closing the preamble names the actors of the whole body, as the same sentence opening a section
    does for its items."""
    intro = opening_lead_in(preamble)
    base = Context(lead=list(intro.lead), support=list(intro.support)) if intro else Context()
    nodes = [builder.build(child, base) for child in root.children]
    if root.children:
        for para in root.paras:  # the closing words that name the document itself hand nothing from the lead-in
            nodes.extend(builder.split_units(para, Context() if names_itself(para) else base, path=[]))
    else:  # a body without numbering: every paragraph is read on its own, under the lead-in above it
        nodes.extend(read_paragraphs(root.paras, preamble, builder))
    return nodes


def _annex_nodes(lines: list[Line], annex: int, builder: TaskBuilder) -> list[ImportedNode]:
    """One `PL` section per annex after the signature that holds an outline; a set of blank forms holds no duty."""
    nodes: list[ImportedNode] = []
    for first, stop in annex_parts(lines, annex):
        if is_cell_table(lines[first + 1:stop]) and (cells := cell_tasks(lines[first + 1:stop], "PL")):
            # a task table printed one cell per paragraph (`cell_paragraphs`), not an outline
            nodes.append(ImportedNode(label="PL", kind="section", text=lines[first].text, path=["PL"],
                                      children=cells))
            continue
        annex_root = build_tree(join_broken(lines[first + 1:stop]))
        if annex_root.children and not is_form_template([ln.text for ln in lines[first + 1:stop]]):
            holder = ImportedNode(label="PL", kind="section", text=lines[first].text, path=["PL"])
            for child in annex_root.children:
                _prefix_paths(child, "PL")
                holder.children.append(builder.build(child, Context()))
            nodes.append(holder)
    return nodes


def _prefix_paths(node: OutlineNode, prefix: str) -> None:
    for n in node.walk():
        n.path = [prefix, *n.path]


def _settle_tasks(plan: ImportedPlan) -> None:
    """The passes that read the task list as a whole: a task naming another by its number, duties set out as a
    section's items, items that only detail one duty, sections of means, partners that are the issuer or nobody's,
    and a decision publishing a catalogue of standing procedures, which sets no duty."""
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


def _read_targets(plan: ImportedPlan, root: OutlineNode, tables: list[Table]) -> None:
    """The targets (chỉ tiêu) of the body and of the indicator tables; an item that states one is a target."""
    plan.targets = collect_targets(root)
    for k, table in enumerate(tables, start=1):
        plan.targets.extend(indicator_targets(table, f"PL{k}" if len(tables) > 1 else "PL"))
    target_paths = {tuple(t.path) for t in plan.targets}
    for node in plan.walk():
        if node.kind == "text" and tuple(node.path) in target_paths:
            node.kind = "target"
    aims_beside_targets(plan.nodes)
