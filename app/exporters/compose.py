"""Turn a neutral `Document` and its format's `Layout` into concrete, measured page content.

This is where every layout decision is taken once: which texts a header block prints, at what
size, where the short lines go and how long they are. The DOCX and PDF writers only render these
primitives (a styled line, a short rule, a borderless grid, a bordered data table), which is
what keeps the two files identical in content and layout.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.domain.text import nfc
from app.exporters import fonts, title_lines
from app.exporters.column_widths import fit_widths, two_line_width
from app.exporters.document import (
    Addressees,
    Align,
    AnnexTitle,
    Authority,
    Block,
    Document,
    HeaderBlock,
    Heading,
    Orientation,
    Paragraph,
    Role,
    RowKind,
    Run,
    SignatureBlock,
    Table,
    TableRow,
    TitleBlock,
)
from app.exporters.layouts import Layout, TextStyle, layout_for
from app.exporters.resolved import (
    CellItem,
    DataTable,
    Grid,
    Item,
    Line,
    PageSpec,
    Resolved,
    ResolvedSection,
    Rule,
)

_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """NFC (tone marks on their letters) without the control characters XML cannot hold."""
    return _BAD_XML.sub("", nfc(text)).replace("\r\n", "\n").replace("\r", "\n")


def _line(text: str, style: TextStyle, align: Align = Align.CENTER, **kw: float | bool | None) -> Line:
    run = Run(clean(text), style.bold, style.italic, style.underline)
    return Line([run], style.size, align, **kw)  # type: ignore[arg-type]


def _text_rule(text: str, style: TextStyle, fraction: float, max_width: float, thickness: float) -> Rule:
    """A line `fraction` of the (longest wrapped line of the) text's printed width."""
    lines = fonts.split_lines(clean(text), max_width, style.size, style.bold, style.italic)
    longest = max(fonts.text_width_mm(x, style.size, style.bold, style.italic) for x in lines)
    return Rule(round(min(max_width, longest * fraction), 1), thickness)


def _balanced(text: str, style: TextStyle, width: float) -> str:
    """A letterhead name or a title too long for its width, broken where both writers print the same
    balanced lines (`title_lines`), not where each one's greedy wrap leaves a word alone or splits a name.
    A text on one line is printed as written (its names bound only where a line breaks)."""
    text = clean(text)
    lines = title_lines.balanced_lines(title_lines.bound(text), width, style.size, style.bold, style.italic)
    return text if len(lines) == 1 else "\n".join(lines)


class _Composer:
    def __init__(self, layout: Layout) -> None:
        self.lay = layout

    def section_page(self, landscape: bool) -> PageSpec:
        lay = self.lay
        if landscape:
            return PageSpec(lay.page_height, lay.page_width, lay.landscape_margins, lay.header_distance)
        return PageSpec(lay.page_width, lay.page_height, lay.margins, lay.header_distance)

    def block(self, block: Block, width: float) -> list[Item]:
        lay = self.lay
        if isinstance(block, Paragraph):
            return [self.paragraph(block)]
        if isinstance(block, Heading):
            style = {1: lay.heading1, 2: lay.heading2}.get(block.level, lay.heading3)
            text = block.text.upper() if block.level == 1 else block.text
            return [
                _line(
                    text,
                    style,
                    Align.JUSTIFY,
                    first_indent=lay.first_line_indent,
                    space_before=lay.heading_space_before,
                    space_after=lay.paragraph_space_after,
                    line_spacing=lay.line_spacing,
                    keep_with_next=True,
                    exact=lay.line_exact,
                )
            ]
        if isinstance(block, HeaderBlock):
            return [self.header(block, width)]
        if isinstance(block, TitleBlock):
            return self.title(block, width)
        if isinstance(block, Addressees):
            return self.addressees(block, width)
        if isinstance(block, SignatureBlock):
            return [self.signature(block, width)]
        if isinstance(block, AnnexTitle):
            return self.annex_title(block, width)
        if isinstance(block, Table):
            return [self.table(block, width)]
        raise TypeError(f"unknown block {type(block).__name__}")

    def paragraph(self, p: Paragraph) -> Line:
        lay = self.lay
        runs = [replace(r, text=clean(r.text)) for r in p.runs]
        if runs:  # the text's end mark is the format's (`./.` or `.`)
            last = runs[-1]
            runs[-1] = replace(last, text=lay.end_text(last.text))
        indent = lay.first_line_indent if p.role is Role.BODY else 0.0
        return Line(
            runs,
            lay.body.size,
            p.align,
            first_indent=indent,
            space_after=lay.paragraph_space_after,
            line_spacing=lay.line_spacing,
            keep_with_next=p.keep_with_next,
            exact=lay.line_exact,
        )

    def header(self, h: HeaderBlock, width: float) -> Grid:
        lay = self.lay
        left_w, right_w = _fit(lay.header_widths, width)
        left: list[CellItem] = []
        if h.parent_body:
            left.append(_line(_balanced(h.parent_body.upper(), lay.parent_body, left_w), lay.parent_body))
        issuing = _balanced(h.issuing_body.upper(), lay.issuing_body, left_w)
        left.append(_line(issuing, lay.issuing_body))
        if lay.issuing_mark == "star":
            left.append(_line("*", lay.issuing_body))
        else:
            left.append(_text_rule(issuing, lay.issuing_body, lay.issuing_rule_fraction, left_w, lay.rule_pt))
        right: list[CellItem] = []
        if lay.national_name:
            right.append(_line(lay.national_name, lay.national_style))
        right.append(_line(lay.motto, lay.motto_style))
        right.append(_text_rule(lay.motto, lay.motto_style, lay.motto_rule_fraction, right_w, lay.rule_pt))
        number: list[CellItem] = [_line(lay.number_line(h.number), lay.number, space_before=lay.number_date_space)]
        if h.letter_subject:
            # balanced as offices set it: `… Ủy ban nhân dân tỉnh Lào` / `Cai` split the place's name
            subject = _balanced(lay.letter_subject_text(h.letter_subject), lay.letter_subject, left_w)
            number.append(_line(subject, lay.letter_subject, space_before=lay.letter_subject_space))
        when: list[CellItem] = [
            _line(lay.date_line(h.place, h.date), lay.date_style, space_before=lay.number_date_space)
        ]
        return Grid([left_w, right_w], [[left, right], [number, when]])

    def title(self, t: TitleBlock, width: float) -> list[Item]:
        lay = self.lay
        # balanced, as the letter's V/v: the same breaks in both writers, none inside a bound group
        subject = _balanced(lay.subject_text(t.subject), lay.subject, width)
        mark: Item
        if lay.subject_mark == "dashes":
            mark = _line("-----", lay.subject, space_after=lay.paragraph_space_after * 2)
        else:
            mark = Rule(
                _text_rule(subject, lay.subject, lay.subject_rule_fraction, width, lay.rule_pt).width,
                lay.rule_pt,
                space_after=lay.paragraph_space_after * 2,
            )
        return [
            _line(t.type_name.upper(), lay.type_name, space_before=lay.type_name_space, keep_with_next=True),
            _line(subject, lay.subject, keep_with_next=True),
            mark,
        ]

    def addressees(self, a: Addressees, width: float) -> list[Item]:
        lay = self.lay
        names = [n.strip().rstrip(";.") for n in a.names if n.strip()]
        if len(names) == 1:
            return [_line(f"Kính gửi: {names[0]}.", lay.addressee, space_before=6, space_after=12)]
        label: list[CellItem] = [_line("Kính gửi:", lay.addressee, Align.RIGHT)]
        items: list[CellItem] = [
            _line(f"- {n}{'.' if i == len(names) - 1 else ';'}", lay.addressee, Align.LEFT) for i, n in enumerate(names)
        ]
        items[-1].space_after = 12  # type: ignore[union-attr]
        return [Grid(_fit((45.0, 120.0), width), [[label, items]])]

    def signature(self, s: SignatureBlock, width: float) -> Grid:
        lay = self.lay
        left_w, right_w = _fit(lay.footer_widths, width)
        left: list[CellItem] = [_line("Nơi nhận:", lay.recipients_label, Align.LEFT)]
        left += [
            _line(x, lay.recipients_item, Align.LEFT) for x in lay.recipients_lines(s.recipients, s.archive, s.upward)
        ]
        if s.note:
            left.append(_line(s.note, replace(lay.recipients_item, italic=True), Align.LEFT,
                              space_before=lay.paragraph_space_after))
        right: list[CellItem] = []
        if s.signer.on_behalf and s.signer.authority is Authority.KT:
            right.append(_line(f"{lay.authority_prefix[Authority.TM]} {s.signer.on_behalf.upper()}", lay.authority))
        authority = lay.authority_line(s.signer.authority, s.signer.authority_body)
        if authority:
            right.append(_line(authority, lay.authority))
        right.append(_line(s.signer.title.upper(), lay.signer_title))
        right.append(_line(s.signer.name, lay.signer_name, space_before=lay.signature_space))
        grid = Grid([left_w, right_w], [[left, right]])
        left[0].space_before = lay.footer_space_before  # type: ignore[union-attr]
        right[0].space_before = lay.footer_space_before  # type: ignore[union-attr]
        return grid

    def annex_title(self, a: AnnexTitle, width: float) -> list[Item]:
        lay = self.lay
        items: list[Item] = [
            _line(a.label, lay.annex_label, keep_with_next=True),
            _line(_balanced(a.title.upper(), lay.annex_title, width), lay.annex_title, keep_with_next=True),
        ]
        if a.reference:  # `(Kèm theo Báo cáo số … của Sở Khoa học và Công` / `nghệ)` left a word alone
            items.append(_line(_balanced(a.reference, lay.annex_reference, width), lay.annex_reference,
                               keep_with_next=True))
        items.append(Rule(lay.annex_rule_width, lay.rule_pt, space_after=6))
        return items

    def table(self, t: Table, width: float) -> DataTable:
        lay = self.lay
        rows = [
            TableRow([clean(c) for c in r.cells][: 1 if r.kind is RowKind.GROUP else len(t.columns)], r.kind)
            for r in t.rows
        ]
        for r in rows:
            if r.kind is RowKind.TASK and len(r.cells) < len(t.columns):
                r.cells.extend([""] * (len(t.columns) - len(r.cells)))
        widths = _fit(tuple(c.width for c in t.columns), width)
        # a column keeps its longest word, and its title on two lines within its nominal share
        words = [max(_widest_word([clean(c.title)], lay.table_header),
                     two_line_width(clean(c.title), w, lay.table_header, lay.table_padding) - 2 * lay.table_padding)
                 for c, w in zip(t.columns, widths, strict=True)]
        for i in range(len(t.columns)):
            cells = [r.cells[i] for r in rows if r.kind is RowKind.TASK]
            words[i] = max(words[i], min(_widest_word(cells, lay.table_text), WORD_CAP))
        task_cells = [r.cells for r in rows if r.kind is RowKind.TASK]
        widths = fit_widths(widths, [w + 2 * lay.table_padding + WORD_SLACK for w in words], task_cells,
                            lay.table_text, lay.table_padding)
        return DataTable(
            widths,
            [c.align for c in t.columns],
            [clean(c.title) for c in t.columns],
            rows,
            lay.table_text,
            lay.table_header,
            lay.table_padding,
            lay.table_rule_pt,
            padding_v=lay.table_padding_v,
            paragraph_space=lay.table_paragraph_space,
            widow_control=lay.widow_control,
            note=clean(t.note) if t.note else None,
            note_style=lay.table_note,
            end_rows=lay.table_end_rows,
        )


# A column is never narrower than its longest word (of the header, or of its cells up to
# WORD_CAP mm, so that a date, `Xong` or a number `177/KH-UBND` is not broken between letters, while a long link
# still is); WORD_SLACK mm covers the rule and rounding.
WORD_CAP = 32.0
WORD_SLACK = 0.6


def _widest_word(texts: list[str], style: TextStyle) -> float:
    """mm of the widest space-separated word in `texts` (each distinct word measured once)."""
    distinct = {w for t in texts for w in t.split()}
    return max((fonts.text_width_mm(w, style.size, style.bold, style.italic) for w in distinct), default=0.0)


def _fit(widths: tuple[float, ...], total: float) -> list[float]:
    """Scale relative widths to exactly the text width (rounded to 0.1 mm)."""
    scale = total / sum(widths)
    out = [round(w * scale, 1) for w in widths]
    out[-1] = round(total - sum(out[:-1]), 1)
    return out


def resolve(document: Document) -> Resolved:
    """Lay the document out with its format's measurements."""
    lay = layout_for(document.format)
    comp = _Composer(lay)
    sections = []
    for sec in document.sections:
        landscape = sec.orientation is Orientation.LANDSCAPE
        page = comp.section_page(landscape)
        items: list[Item] = []
        for block in sec.blocks:
            items.extend(comp.block(block, page.text_width))
        sections.append(ResolvedSection(page, landscape, sec.restart_numbering, items))
    return Resolved(sections, lay.page_number, clean(document.title), clean(document.author), lay.widow_control)
