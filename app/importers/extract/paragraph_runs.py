"""A heading's own paragraphs read one by one: a heading over plain paragraphs, or a list whose labels were lost.

Each paragraph is a unit of its own under the heading's agency (when it names one) or under a paragraph above it
that names only agencies (`agency_headings.heading_runs`). After a bare paragraph heading the steps of a procedure
(`method_sections.steps_heading`: `Trình tự, thủ tục tổ chức cuộc họp:`) the units are steps done by roles in the
procedure, not duties — unless they read as one all the same (`method_sections.duty_among_steps`).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from app.importers.extract import assignments as asg
from app.importers.extract.agency_headings import heading_runs
from app.importers.extract.fields import Context, attr_kind
from app.importers.extract.method_sections import procedure_steps, steps_heading, unit_of_step
from app.importers.extract.other_actors import continues_duty, joined_sentences
from app.importers.extract.outline import OutlineNode
from app.importers.extract.procedure_steps import step_subject
from app.importers.extract.textutil import squash, strip_trailing_punct
from app.importers.result import ImportedNode

# reads one paragraph as a unit: (paragraph, context, path=..., prefer_own=...) → nodes (`TaskBuilder.split_units`)
SplitUnits = Callable[..., list[ImportedNode]]


def own_run(node: OutlineNode) -> list[str]:
    """A heading's own paragraphs read one by one: its fields left out, but not a procedure heading that reads
    like a `Nội dung:` field (`NỘI DUNG, TRÌNH TỰ, THỦ TỤC`), whose steps follow."""
    return [p for p in node.paras[1:] if not attr_kind(p) or steps_heading(p)]


def read_alone(node: OutlineNode, paras: list[str], ctx: Context, heading: asg.Assignment | None,
               split_units: SplitUnits) -> list[ImportedNode]:
    """The heading's plain paragraphs, each read on its own under the heading's agency, if it names one."""
    base = replace(ctx)
    if heading:
        base.lead, base.support = heading.lead, heading.support
    subject = step_subject(node.style, paras)  # a step's subject and period title it, head no paragraphs
    out = [ImportedNode(label="", kind="text", text=strip_trailing_punct(squash(p)), path=list(node.path))
           for p in paras[:subject]]
    units: list[tuple[str, Context]] = []
    steps: list[bool] = []
    # `Trình tự, thủ tục tổ chức cuộc họp:`: the steps of a procedure follow
    for (p, named, is_heading), in_steps in zip(heading_runs(paras[subject:]), procedure_steps(paras[subject:]),
                                                strict=True):
        if is_heading:
            out.append(ImportedNode(label="", kind="text", text=strip_trailing_punct(squash(p)), path=list(node.path)))
            continue
        unit_ctx = replace(base, lead=list(named.lead), support=list(named.support)) if named else base
        if heading and not named and not in_steps and continues_duty(units, p, unit_ctx):
            units[-1] = (joined_sentences(units[-1][0], p), unit_ctx)  # more of the body's one duty
            continue
        units.append((p, unit_ctx))
        steps.append(in_steps)
    for (p, unit_ctx), is_step in zip(units, steps, strict=True):
        read = split_units(p, unit_ctx, path=node.path, prefer_own=not heading and unit_ctx is base)
        out.extend(unit_of_step(u) if is_step else u for u in read)
    return out
