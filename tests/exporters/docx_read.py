"""Reading back what the DOCX writer produced (python-docx plus a little XML)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def open_docx(path: Path) -> DocxDocument:
    return docx.Document(str(path))


def paragraph_texts(doc: DocxDocument) -> list[str]:
    """Every paragraph of the body, including those in table cells, in document order."""
    out = []
    for p in doc.element.body.iter(qn("w:p")):
        text = "".join((t.text or "") if t.tag == qn("w:t") else "\n" for t in p.iter(qn("w:t"), qn("w:br")))
        out.append(text)
    return out


def table_cells(doc: DocxDocument) -> list[list[str]]:
    """Rows of the bordered data tables (those with a repeated header row)."""
    rows = []
    for tbl in doc.element.body.iter(qn("w:tbl")):
        trs = tbl.findall(qn("w:tr"))
        if not trs or trs[0].find(f"{W}trPr/{W}tblHeader") is None:
            continue
        for tr in trs:
            rows.append(
                [
                    "\n".join(
                        "".join(t.text or "" if t.tag == qn("w:t") else "\n" for t in p.iter(qn("w:t"), qn("w:br")))
                        for p in tc.iter(qn("w:p"))
                    )
                    for tc in tr.findall(qn("w:tc"))
                ]
            )
    return rows
