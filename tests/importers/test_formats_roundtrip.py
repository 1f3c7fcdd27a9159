"""Guard for `bench.formats_roundtrip`: a few development plans typed again as Word (labels typed,
then drawn by automatic numbering) and printed to PDF by LibreOffice import as well as their
`.txt`: recall, precision and deadline within a small margin of the text file's."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from scoring import score

from app.importers import import_plan_document
from app.importers.readers.office import convert_with_office, office_program
from bench.plan_docx import write_plan_docx

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# development documents only (never the held-out ones): two short plans of different offices,
# numbered and lettered items, bullets, the two-column header
DOCUMENTS = [FIXTURES / "real2" / "36c03ee6b79291bc.txt", FIXTURES / "real" / "556b2fb4a0149576.txt"]
MARGIN = 0.05
GUARDED = ("recall", "precision", "deadline")


def _scores(text_file: Path, path: Path) -> dict[str, float]:
    gold = json.loads(text_file.with_name(text_file.stem + ".gold.json").read_text(encoding="utf-8"))
    return score(gold, import_plan_document(path)[1].to_annotation_dict())


def _check(text_file: Path, path: Path) -> None:
    expected, got = _scores(text_file, text_file), _scores(text_file, path)
    below = {m: (round(got[m], 3), round(expected[m], 3)) for m in GUARDED if got[m] < expected[m] - MARGIN}
    assert not below, f"{path.name}: (format, .txt) {below}"


@pytest.mark.parametrize("text_file", DOCUMENTS, ids=lambda p: p.stem)
@pytest.mark.parametrize("numbering", [False, True], ids=["typed", "word-numbering"])
def test_word_versions_import_like_the_text(tmp_path: Path, text_file: Path, numbering: bool) -> None:
    path = write_plan_docx(text_file.read_text(encoding="utf-8"), tmp_path / "plan.docx", auto_numbering=numbering)
    _check(text_file, path)


# a 140-row annex table over 26 pages, rows cut by the breaks, no header repeated; an annex whose
# section rows leave the number cell empty
LONG_TABLES = [FIXTURES / "real2" / "2ab9f90ee834d2c1.txt", FIXTURES / "real" / "ad5aff6c13929815.txt"]


@pytest.mark.parametrize("text_file", [DOCUMENTS[1], *LONG_TABLES], ids=lambda p: p.stem)
def test_pdf_printed_by_libreoffice_imports_like_the_text(tmp_path: Path, text_file: Path) -> None:
    docx_path = write_plan_docx(text_file.read_text(encoding="utf-8"), tmp_path / "plan.docx")
    if office_program() is None:  # no LibreOffice to print it: the Word version stands in
        _check(text_file, docx_path)
        return
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(convert_with_office(docx_path.read_bytes(), source="docx", target="pdf",
                                        infilter="MS Word 2007 XML", save_as=""))
    _check(text_file, pdf)
