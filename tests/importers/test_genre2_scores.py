"""The importer holds on a second genre set whose gold was written before the importer saw it.

`tests/fixtures/genre2/` (GENRE2.md) covers agency-mention styles the first sets lack: a list
sharing one head (`Sở Tài chính, Kế hoạch và Đầu tư`), abbreviations defined in parentheses and
then used alone (`Sở Nội vụ (SNV)` ... `SNV chịu trách nhiệm`), role words, youth and women's
unions, armed forces, Party bodies (`Đảng đoàn HĐND tỉnh`, `Ban cán sự đảng UBND tỉnh`), passive
`do X thực hiện`, `Cơ quan thực hiện: X chủ trì, phối hợp với Y`, and annex cells `X (chủ trì); Y`.
Same bars and scorer as the corpus, on the TOTAL line.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from genre_docx import render_word_numbered, render_word_tables
from score_sets import documents, hold_total, score_renderings
from test_corpus_scores import BARS

GENRE2 = Path(__file__).resolve().parent.parent / "fixtures" / "genre2"
DOCUMENTS = documents(GENRE2)
# (document, renderer): the same plan as a Word file (real annex table; automatic numbering)
WORD_VARIANTS = [("04_thaibinh_cds", render_word_tables), ("02_bokhdt_phapche", render_word_numbered),
                 ("03_haiduong_tinhuy", render_word_numbered)]


def test_genre2_set_is_complete() -> None:
    assert len(DOCUMENTS) >= 6
    assert all((GENRE2 / f"{name}.txt").is_file() for name in DOCUMENTS)


def test_genre2_scores_meet_the_bars(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hold_total(capsys, score_renderings(GENRE2, DOCUMENTS, WORD_VARIANTS, tmp_path), BARS)
