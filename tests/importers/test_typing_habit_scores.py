"""A guard on `bench.perturb`: a few development plans typed another way (other label punctuation,
glued bullets, tab indentation, old-style tones, decomposed Unicode, Windows line ends) or exported
another way (HTML entities, Markdown stripped with tables as tab-separated lines or one cell per
line, a PDF's page numbers, running header and footnotes, a quoted mail, Windows-1258 and UTF-16) or naming
the bodies of another province after the 2025 reorganisation score as they do as written. Real documents, the
suite's scorer (tests/importers/scoring.py)."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from bench.export_habits import ENCODERS, EXPORTS
from bench.perturb import perturbed, predict
from bench.perturbations import PERTURBATIONS, expected_gold
from tests.importers.scoring import score, worst_drop

FIX = Path(__file__).resolve().parent.parent / "fixtures"
DOCS = ["genre/01_nghean_cchc", "genre/08_bacninh_ctr_tu", "genre/14_bocongthuong_ctr", "genre2/05_binhphuoc_atvsld",
        "real/556b2fb4a0149576"]
CHEAP = ["a.nfd", "a.tone_old", "b.dash_glued", "b.star_glued", "b.round(•/o)", "c.a/", "c.1/", "c.I/",
         "e.crlf", "e.indent_tab",
         "g.entities", "g.plain_tsv", "g.plain_cells", "h.pdf_pages", "j.mail_quote", "i.cp1258", "i.utf16",
         # session 10 (names): the plan as another province writes it after the 2025 reorganisation
         "n.province", "n.city", "n.depts2025", "n.communes", "n.party2025", "n.all2025"]
ALL = {**PERTURBATIONS, **EXPORTS}
# known, not yet read: none (session 7 read a PDF page break inside a table copied one cell per
# line, and a running header printed only twice beside its page numbers, cutting a sentence)
KNOWN: set[tuple[str, str]] = set()
METRICS = ("recall", "precision", "lead", "support", "deadline", "header")
MARGIN = 0.02


@pytest.mark.parametrize("doc", DOCS)
def test_typing_habits_do_not_move_the_scores(doc: str) -> None:
    text = (FIX / f"{doc}.txt").read_text(encoding="utf-8")
    gold = json.loads((FIX / f"{doc}.gold.json").read_text(encoding="utf-8"))
    base = score(gold, predict(text))
    drops = {}
    for name in (n for n in CHEAP if (doc, n) not in KNOWN):
        variant = ALL[name](text, random.Random(1))
        expected = expected_gold(name, gold)
        if drop := worst_drop(base, score(expected, predict(variant, ".txt", ENCODERS.get(name))), MARGIN):
            drops[name] = drop
    assert not drops, drops


# session 9 (habits): a development document and the habit `bench.perturb` (its own seed) found it losing to
FIXED_S9 = [("real/ceb89a53c7b93f00", "h.running_header"), ("real/99c7d8fff9e4572e", "h.footnotes"),
            ("real/31fb08f34535fce3", "h.pdf_pages"), ("real/86367f2ddb2225cd", "e.no_blank")]


@pytest.mark.parametrize(("doc", "name"), FIXED_S9)
def test_habits_fixed_in_session_9_stay_fixed(doc: str, name: str) -> None:
    _assert_still_fixed(doc, name, 0.0)


# session 10: line breaks that are not the author's (wraps) — blank lines removed from a web export that cuts its
# paragraphs' first lines short, a hard wrap over paragraphs, a mail program's re-wrap; and (tables) a header slid
# left over its pipe table, bare page numbers counting pages (one inside a sentence, one with its running title
# inside a bordered table's cell), a title's lines without bold, a bordered table's empty cells printed as spaces
# once the emphasis is stripped (its item headings' joins still lean on bold: within the margin); a running header
# cutting sentences with one page opening on a capital after a line without a stop (lead's merge)
# (session 12: f004d93b as written gained `**10. Bộ Chỉ huy Quân sự tỉnh:**` / `Chủ trì …` from its blank lines; with
# them removed nothing tells that label run on from a heading over its body: one task, within the margin)
FIXED_S10 = [("real/31fb08f34535fce3", "e.no_blank", 0.0), ("real/f004d93b21e7fc5f", "e.no_blank", MARGIN),
             ("real/6bac4a0d92da936d", "e.no_blank", 0.0), ("real/ad5aff6c13929815", "e.no_blank", 0.0),
             ("real2/41948a0a051ddfcb", "e.wrap70-90", 0.0), ("real2/a095b7d9d45fed2a", "j.mail_wrap", 0.0),
             ("real/689f49d25e51cbaa", "j.mail_wrap", 0.0), ("real/689f49d25e51cbaa", "e.no_blank", 0.0),
             ("real/f004d93b21e7fc5f", "f.cells_to_pipe", 0.0), ("real/9b7eebadf7081069", "h.pdf_pages", 0.0),
             ("real/d5ffa6afac124d52", "h.pdf_pages", 0.0), ("real2/8689cafda4051690", "d.no_emphasis", 0.0),
             ("real/f004d93b21e7fc5f", "d.no_emphasis", MARGIN), ("real/9b7eebadf7081069", "h.running_header", 0.0)]


@pytest.mark.parametrize(("doc", "name", "margin"), FIXED_S10)
def test_habits_fixed_in_session_10_stay_fixed(doc: str, name: str, margin: float) -> None:
    _assert_still_fixed(doc, name, margin)


def _assert_still_fixed(doc: str, name: str, margin: float) -> None:
    """No metric of `doc` under the habit `name` falls more than `margin` below the text as written."""
    text = (FIX / f"{doc}.txt").read_text(encoding="utf-8")
    gold = json.loads((FIX / f"{doc}.gold.json").read_text(encoding="utf-8"))
    base = score(gold, predict(text))
    now = score(gold, predict(perturbed(name, ALL[name], doc.split("/")[1], text), ".txt", ENCODERS.get(name)))
    assert {m: round(now[m] - base[m], 3) for m in METRICS if base[m] - now[m] > margin + 1e-9} == {}


def test_a_renamed_plan_and_its_gold_move_together() -> None:
    """`bench.perturb_names`: a body renamed in the text is renamed in the gold; two bodies merged in 2025 are one
    mention; a hard-wrapped paragraph is cut again at its column, so the rename moves no line break."""
    gold = {"place": "Nghệ An", "tasks": [{"text": "Sở Tài nguyên và Môi trường chủ trì", "lead": [
        "Sở Tài nguyên và Môi trường"], "support": ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Y tế"]}]}
    renamed = expected_gold("n.all2025", gold)
    assert renamed["tasks"][0]["lead"] == ["Sở Nông nghiệp và Môi trường"]
    assert renamed["tasks"][0]["support"] == ["Sở Y tế"] and renamed["place"] != "Nghệ An"
    line = "Ủy ban nhân dân tỉnh giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với các sở, ngành"
    text = "\n".join([line[:76], line[76:].strip() + " liên quan tổ chức thực hiện kế hoạch trên địa bàn."] * 10)
    wrapped = ALL["n.city"](text, random.Random(1))
    assert "thành phố" in wrapped and max(len(ln) for ln in wrapped.split("\n")) <= max(len(ln) for ln in
                                                                                          text.split("\n"))


# session 12 (misses3): the sentence dash a wrap put at a line's start is no bullet the clerk retypes; headings
# typed without a full stop over long items a hard wrap broke (the wrapped support line `Vụ Pháp chế, Báo Đầu tư
# phối hợp.` under a field ending in `;` at the column is still lost: within the margin)
FIXED_S12 = [("real/9b7eebadf7081069", "b.round(•/o)", 0.0), ("real/9b7eebadf7081069", "b.swap(-/+)", 0.0),
             ("genre2/02_bokhdt_phapche", "e.wrap70-90", 0.1)]


@pytest.mark.parametrize(("doc", "name", "margin"), FIXED_S12)
def test_habits_fixed_in_session_12_stay_fixed(doc: str, name: str, margin: float) -> None:
    _assert_still_fixed(doc, name, margin)


def test_other_bullets_keep_a_sentence_dash() -> None:
    """`Trên đây là Kế hoạch tài chính` / `- ngân sách nhà nước …`: the dash carries on the sentence above; only
    the bullets are retyped."""
    text = "- Tiếp tục bố trí dự toán.\nTrên đây là Kế hoạch tài chính\n- ngân sách nhà nước 03 năm."
    assert ALL["b.round(•/o)"](text, random.Random(1)).split("\n") == [
        "• Tiếp tục bố trí dự toán.", "Trên đây là Kế hoạch tài chính", "- ngân sách nhà nước 03 năm."]
