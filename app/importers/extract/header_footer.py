"""The lines around a plan's body → its header fields, bases, recipients, signer, issuer and format (state or Party).

The header zone is read line by line (`header_lines.read_header`), the footer as `Nơi nhận:` and the signature block
(`header.parse_footer`). Two habits of how plans are issued move these fields: a decision that issues a plan signs
before the plan it attaches, so its signature is in the header zone; and an annex or a plan issued with a decision
names its own number and issuer in a caption (`annex_header`).
"""
from __future__ import annotations

import re

from app.domain.body_kinds import is_party_body, names_party_board
from app.importers.extract import header as hdr
from app.importers.extract.annex_header import fill_from_annex_caption, fill_from_issuing_caption
from app.importers.extract.document_zones import Zones
from app.importers.extract.header_lines import join_header_lines, read_header
from app.importers.extract.outline import Line, wrap_width
from app.importers.result import ImportedPlan

# Party documents are numbered `04-NQ/TU` and issued by Party committees (Hướng dẫn 36-HD/VPTW).
_PARTY_NUMBER = re.compile(r"^\d+-[A-Za-zĐđ]+/")


def read_header_footer(plan: ImportedPlan, lines: list[Line], zones: Zones) -> str:
    """Fill the plan's header and footer fields and its format; return the preamble (the text between the
    subject line and the body, which may name the actors of the whole body)."""
    head = join_header_lines(lines[:zones.body])
    preamble, issuing_line, top_lines = read_header(plan, head, wrap_width(lines))
    plan.bases = hdr.bases_of(preamble)
    plan.recipients, plan.signer = hdr.parse_footer(_printed(lines[zones.footer:zones.annex]))
    if plan.signer.name is None:
        _signature_in_header(plan, head)
    plan.issuer = hdr.issuer_from(preamble, issuing_line, plan.place, plan.signer, top_lines, named=plan.issuer)
    fill_from_annex_caption(plan, [ln.text for ln in lines[:8]])
    fill_from_issuing_caption(plan, [ln.text for ln in lines])
    issued_by = " ".join(filter(None, [plan.signer.authority, plan.issuer, issuing_line, *top_lines]))
    if _PARTY_NUMBER.match(plan.number or "") or is_party_body(issued_by) or names_party_board(issued_by):
        plan.format = "party"
    return preamble


def _signature_in_header(plan: ImportedPlan, head: list[Line]) -> None:
    """A decision that issues the plan signs before the attached plan: its footer is in the header zone, from
    `Nơi nhận:` (or the signing authority) to the attached plan's type line."""
    start = next((i for i, ln in enumerate(head) if hdr.is_footer_start(ln.text)), None)
    if start is None:
        return
    stop = next((i for i in range(start, len(head)) if hdr.type_word(head[i].text)), len(head))
    recipients, signer = hdr.parse_footer(_printed(head[start:stop]))
    plan.recipients = plan.recipients or recipients
    plan.signer = signer


def _printed(lines: list[Line]) -> list[str]:
    """The lines as printed, each with its label."""
    return [ln.text if ln.label is None else f"{ln.label} {ln.text}" for ln in lines]
