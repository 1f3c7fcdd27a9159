"""The importer holds for the genre, not only for the five corpus plans.

`tests/fixtures/genre/` holds plans written for this purpose in the genre's styles (other
provinces and districts, ministries with Vụ/Cục, Party committees, Chương trình hành động, a
Sở; annex task tables as markdown, with `<br>` cells and two-row headers, and flattened one cell
per line; hard-wrapped PDF text at 60–88 columns), each with a gold file made by hand under
corpus/ANNOTATION.md and STATS.md's conventions before the importer was run on it
(GENRE.md lists the judgement calls). Some are also rendered as
Word documents (automatic numbering; real tables with merged group rows). Same bars and scorer
as the corpus (`test_corpus_scores.py`), on the TOTAL line.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from genre_docx import render_word_numbered, render_word_tables
from score_sets import documents, hold_total, score_renderings
from test_corpus_scores import BARS

GENRE = Path(__file__).resolve().parent.parent / "fixtures" / "genre"
DOCUMENTS = documents(GENRE)
# (document, renderer): the same plan as a Word file
WORD_VARIANTS = [("03_bonn_tccb", render_word_tables), ("04_binhduong_ctr", render_word_numbered),
                 ("06_danang_dnnvv", render_word_numbered), ("02_thanhhoa_tinhuy", render_word_numbered),
                 ("07_botuphap_luat", render_word_tables), ("09_cuchi_pctn", render_word_numbered)]


def test_genre_set_is_complete() -> None:
    assert len(DOCUMENTS) >= 6
    assert all((GENRE / f"{name}.txt").is_file() for name in DOCUMENTS)


def test_genre_scores_meet_the_bars(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hold_total(capsys, score_renderings(GENRE, DOCUMENTS, WORD_VARIANTS, tmp_path), BARS)
