"""The DOCX as Word reads it, checked without Word: the parts of the package, the schema order of the
properties Word is strict about, the fonts Word on Windows has, and the keeps the PDF applies."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document as open_docx
from docx.oxml.ns import qn
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# ECMA-376 sequences of the property elements the writer fills (Word refuses a file whose
# children are out of order: "unreadable content")
ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
           "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
           "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
           "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid "
           "vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs "
           "em lang eastAsianLayout specVanish oMath",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing "
             "tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription",
    "sectPr": "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType "
              "pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings",
}


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def test_no_part_of_the_default_template_speaks_for_the_report(state_docx: Path, party_docx: Path) -> None:
    """The template's blank-page thumbnail (Windows Explorer's preview of every report), its Word 2010 styles
    in Cambria and Calibri, and its `Microsoft Macintosh Word, 1 page` properties are gone."""
    for path in (state_docx, party_docx):
        parts = _parts(path)
        assert not {"docProps/thumbnail.jpeg", "word/stylesWithEffects.xml", "docProps/app.xml"} & set(parts)
        for name, data in parts.items():
            if name.endswith(".xml") or name.endswith(".rels"):
                text = data.decode("utf-8")
                assert "Theme=" not in text.replace("themeFontLang", ""), name  # asciiTheme, hAnsiTheme, ...
                assert "thumbnail" not in text and "stylesWithEffects" not in text, name
        open_docx(str(path))  # python-docx reads the package back


def test_properties_are_in_schema_order(state_docx: Path, party_docx: Path) -> None:
    for path in (state_docx, party_docx):
        for name, data in _parts(path).items():
            if not (name.startswith("word/") and name.endswith(".xml")):
                continue
            for el in etree.fromstring(data).iter(*(f"{{{W}}}{tag}" for tag in ORDER)):
                sequence = ORDER[etree.QName(el).localname].split()
                seen = [etree.QName(c).localname for c in el if isinstance(c.tag, str)]
                assert all(s in sequence for s in seen), (name, seen)
                assert [sequence.index(s) for s in seen] == sorted(sequence.index(s) for s in seen), (name, seen)


def test_the_paragraph_before_the_closing_line_goes_over_whole_with_the_signature(state_docx: Path) -> None:
    """The PDF keeps the last paragraph of VI, the closing line and the signature together; Word keeps a
    keep-with-next paragraph's last line only, unless it is also keep-lines."""
    body = open_docx(str(state_docx)).paragraphs
    closing = next(n for n, p in enumerate(body) if p.text.startswith("Trên đây là báo cáo"))
    for paragraph in body[closing - 1 : closing + 1]:
        ppr = paragraph._p.pPr
        assert ppr is not None and ppr.find(qn("w:keepNext")) is not None, paragraph.text
    assert body[closing - 1]._p.pPr.find(qn("w:keepLines")) is not None
