"""Low-level WordprocessingML edits python-docx has no API for.

Kept apart from `docx_writer.py` so the writer reads as "what goes where" while the XML details
(font slots, borders, table flags, fields) live here, each with the reason it is needed.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from app.exporters.layouts import FONT_NAME

_SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
_THEME = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_TWIPS_PER_MM = 1440 / 25.4
# Children of w:sectPr that must follow w:pgNumType (schema order).
_AFTER_PGNUM = (
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:docGrid",
)


def twips(mm: float) -> str:
    """Millimetres as Word's twips, the unit of widths and indents in the XML."""
    return str(round(mm * _TWIPS_PER_MM))


def set_fonts(rpr: BaseOxmlElement) -> None:
    """Name Times New Roman in all four script slots and drop theme fonts, which would win.

    `font.name` writes only ascii/hAnsi; Word then takes Vietnamese letters outside Latin-1 from
    the theme's font unless eastAsia/cs are set and the *Theme attributes removed.
    """
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in _THEME:
        fonts.attrib.pop(qn(attr), None)
    for attr in _SLOTS:
        fonts.set(qn(attr), FONT_NAME)


def fix_styles(doc: DocxDocument, body_size_pt: float, widow_control: bool = True) -> None:
    """Times New Roman on docDefaults, Normal and every style; Vietnamese language; no spacing;
    widow control said outright (absent, Word and LibreOffice take it as off, while a new
    Word document and the PDF writer have it on)."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(rpr)
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is not None:
            el.set(qn("w:val"), str(round(body_size_pt * 2)))
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:val"), "vi-VN")
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    widow = ppr.find(qn("w:widowControl"))
    if widow is None:
        widow = OxmlElement("w:widowControl")
        ppr.insert(0, widow)  # first in pPr's schema order (after pStyle, keepNext, ..., which it lacks)
    widow.set(qn("w:val"), "1" if widow_control else "0")
    spacing = ppr.find(qn("w:spacing"))
    if spacing is not None:
        spacing.set(qn("w:after"), "0")
        spacing.set(qn("w:line"), "240")
    normal = doc.styles["Normal"]
    normal.font.name = FONT_NAME  # creates Normal's rFonts; the loop below completes it
    for fonts in styles.iter(qn("w:rFonts")):
        for attr in _THEME:
            fonts.attrib.pop(qn(attr), None)
        for attr in _SLOTS:
            fonts.set(qn(attr), FONT_NAME)


def add_page_field(paragraph: BaseOxmlElement, size_pt: float) -> None:
    """A PAGE field (`w:fldSimple`) whose cached result is formatted like the header text."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    set_fonts(rpr)
    for tag in ("w:sz", "w:szCs"):
        sz = OxmlElement(tag)
        sz.set(qn("w:val"), str(round(size_pt * 2)))
        rpr.append(sz)
    run.append(rpr)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph.append(fld)


def restart_page_numbers(sect_pr: BaseOxmlElement, start: int = 1) -> None:
    """`w:pgNumType w:start` so an annex section counts its own pages from 1."""
    el = sect_pr.find(qn("w:pgNumType"))
    if el is None:
        el = OxmlElement("w:pgNumType")
        follower = next((c for c in sect_pr if c.tag in {qn(t) for t in _AFTER_PGNUM}), None)
        if follower is None:
            sect_pr.append(el)
        else:
            follower.addprevious(el)
    el.set(qn("w:start"), str(start))


def bottom_border(ppr: BaseOxmlElement, thickness_pt: float) -> None:
    """A paragraph bottom border: with matching indents it is the short centred solid line.

    Word and LibreOffice both draw a paragraph border between the indents, which a floating
    drawn line would not guarantee across the two programs.
    """
    pbdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(max(2, round(thickness_pt * 8))))  # eighths of a point
    bottom.set(qn("w:space"), "0")
    bottom.set(qn("w:color"), "000000")
    pbdr.append(bottom)
    # pBdr comes before spacing/ind/jc in pPr's schema order.
    follower = next(
        (c for c in ppr if c.tag in {qn(t) for t in ("w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc")}), None
    )
    if follower is None:
        ppr.append(pbdr)
    else:
        follower.addprevious(pbdr)


def table_properties(
    tbl: BaseOxmlElement, widths_mm: list[float], borders: float | None, padding_mm: float, padding_v_mm: float = 0.0
) -> None:
    """Fixed layout, exact column widths, all borders (data table) or none (header/footer)."""
    tbl_pr = tbl.tblPr
    for tag in ("w:tblStyle", "w:tblW", "w:jc", "w:tblBorders", "w:tblLayout", "w:tblCellMar", "w:tblLook"):
        for old in tbl_pr.findall(qn(tag)):
            tbl_pr.remove(old)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), twips(sum(widths_mm)))
    width.set(qn("w:type"), "dxa")
    tbl_pr.append(width)
    jc = OxmlElement("w:jc")
    jc.set(qn("w:val"), "center")
    tbl_pr.append(jc)
    bdr = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        if borders is None:
            el.set(qn("w:val"), "nil")
        else:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(max(2, round(borders * 8))))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        bdr.append(el)
    tbl_pr.append(bdr)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    mar = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        pad = padding_mm if side in ("left", "right") else padding_v_mm
        el.set(qn("w:w"), twips(pad))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tbl_pr.append(mar)
    grid = tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths_mm, strict=True):
        col.set(qn("w:w"), twips(w))


def cell_properties(tc: BaseOxmlElement, width_mm: float, valign: str, span: int = 1) -> None:
    """Set a table cell's width, vertical alignment and column span, replacing any earlier setting of each (a cell
    holds one of each)."""
    tc_pr = tc.get_or_add_tcPr()
    for tag in ("w:tcW", "w:gridSpan", "w:vAlign"):
        for old in tc_pr.findall(qn(tag)):
            tc_pr.remove(old)
    width = OxmlElement("w:tcW")
    width.set(qn("w:w"), twips(width_mm))
    width.set(qn("w:type"), "dxa")
    tc_pr.append(width)
    if span > 1:
        gs = OxmlElement("w:gridSpan")
        gs.set(qn("w:val"), str(span))
        tc_pr.append(gs)
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), valign)
    tc_pr.append(va)


def row_flags(tr: BaseOxmlElement, header: bool) -> None:
    """`w:cantSplit` keeps a row on one page; `w:tblHeader` repeats the row on every page."""
    tr_pr = tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))


def allow_split(tr: BaseOxmlElement) -> None:
    """Take `w:cantSplit` off a row taller than a page (kept, it would be clipped)."""
    tr_pr = tr.find(qn("w:trPr"))
    if tr_pr is not None:
        for el in tr_pr.findall(qn("w:cantSplit")):
            tr_pr.remove(el)


def keep_row_with_next(tr: BaseOxmlElement) -> None:
    """Keep-with-next on every paragraph of a row: Word and LibreOffice then move the row to the
    page of the row after it (a paragraph after the table LibreOffice does not keep it with)."""
    for p in tr.iter(qn("w:p")):
        ppr = p.get_or_add_pPr()
        if ppr.find(qn("w:keepNext")) is None:
            style = ppr.find(qn("w:pStyle"))
            ppr.insert(0 if style is None else 1, OxmlElement("w:keepNext"))  # schema: pStyle, keepNext, ...


def open_cell(tc: BaseOxmlElement) -> None:
    """No left, right or bottom border on a cell: the note under a table, whose only rule is the
    table's bottom one above it."""
    tc_pr = tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    follower = next((c for c in tc_pr if c.tag in {qn(t) for t in ("w:shd", "w:noWrap", "w:tcMar", "w:textDirection",
                                                                  "w:tcFitText", "w:vAlign", "w:hideMark")}), None)
    if follower is None:
        tc_pr.append(borders)
    else:
        follower.addprevious(borders)


def set_run_text(r: BaseOxmlElement, text: str) -> None:
    """Replace a run's text; a newline becomes `w:br` (a newline inside `w:t` is not a break)."""
    for old in r.findall(qn("w:t")) + r.findall(qn("w:br")):
        r.remove(old)
    for i, part in enumerate(text.split("\n")):
        if i:
            r.append(OxmlElement("w:br"))
        t = OxmlElement("w:t")
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = part
        r.append(t)


def hairline(p: BaseOxmlElement) -> None:
    """Make an empty paragraph 1 pt high: the one that carries a section break, or ends the
    document after a table. At the body size it is a line the PDF does not have, and where
    the page is full it alone made a blank page in Word and LibreOffice."""
    ppr = p.get_or_add_pPr()
    for old in ppr.findall(qn("w:spacing")):
        ppr.remove(old)
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:before"), "0")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "20")
    spacing.set(qn("w:lineRule"), "exact")
    # schema order in pPr: ... spacing, ind, ..., jc, ..., rPr, sectPr, pPrChange
    sect = ppr.find(qn("w:sectPr"))
    follower = next((c for c in ppr if c.tag in {qn(t) for t in ("w:ind", "w:contextualSpacing", "w:jc",
                                                                 "w:textDirection", "w:outlineLvl")}), None)
    if follower is None:
        follower = sect
    if follower is None:
        ppr.append(spacing)
    else:
        follower.addprevious(spacing)
    mark_size(ppr, 1)


def mark_size(ppr: BaseOxmlElement, size_pt: float) -> None:
    """Set the size of a paragraph's mark: an empty paragraph is one line of its mark's font, the body size
    unless set. An empty table cell (`Thời hạn` of a target without one) made its one-line row a 14 pt line
    tall, 2.3 pt more than the PDF's 12 pt one: LibreOffice put 14 of the 27 targets on the first page, the PDF
    15."""
    for old in ppr.findall(qn("w:rPr")):
        ppr.remove(old)
    rpr = OxmlElement("w:rPr")
    for tag in ("w:sz", "w:szCs"):
        el = OxmlElement(tag)
        el.set(qn("w:val"), str(round(size_pt * 2)))
        rpr.append(el)
    sect = ppr.find(qn("w:sectPr"))  # rPr comes before sectPr and pPrChange
    if sect is None:
        ppr.append(rpr)
    else:
        sect.addprevious(rpr)


# Parts of python-docx's default template that speak for the template, not for our document.
_TEMPLATE_LEFTOVERS = ("/stylesWithEffects", "/thumbnail", "/extended-properties")


def drop_template_leftovers(doc: DocxDocument) -> None:
    """Take out what the default template would still say about a report: `stylesWithEffects.xml` (Word
    2010's copy of the styles, headings in the theme's Cambria and Calibri: `fix_styles` sets Times New
    Roman in `styles.xml` only), `docProps/thumbnail.jpeg` (a blank portrait page, which Windows Explorer
    and Outlook show as the preview of every report) and `docProps/app.xml` (`Microsoft Macintosh Word`,
    1 page, 0 words, in the file's properties). All three are optional parts of a package."""
    for rels in (doc.part.package.rels, doc.part.rels):
        for rel_id in [k for k, rel in rels.items() if rel.reltype.endswith(_TEMPLATE_LEFTOVERS)]:
            rels.pop(rel_id)
