"""The importer on a second set of real plans (issue 10): `tests/fixtures/real2/`.

Twelve documents with gold written before any run (NOTES.md, SOURCES.md). They were scored once
as a held-out set (FIRST_RUN.md: recall 0.694, precision 0.778, lead 0.716, support 0.828,
deadline 0.734, header 0.933) and then became a development set: the rules found on them are
general ones (a party cell `Tổ đảng ...` heading its bullets, fields printed after an item's
sub-bullets, a decision's articles, an annex-only file's caption; in session 4 the level that
carries the duties decided over a whole list, means and procedure steps, forms). The floors below are the
figures reached, less a small margin, so that no later change slides back; they no longer
estimate what an unseen plan gets (seven of the twelve come from one issuer). Session 7 moved two
held-out documents of real4 here (NQ 03/NQ-CP with its programme, and its indicator annex): the fourteen
have floors of their own, and the first twelve keep theirs. Session 8 moved a third (a provincial Fatherland Front
guidance whose list numbering was lost): it has floors of its own, the fourteen keep theirs. Session 9 moved a
fourth (a commune Fatherland Front guidance with an annex and blank forms, mostly procedure): floors of its own too.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from score_sets import below, documents, hold_totals, score_file

REAL2 = Path(__file__).resolve().parent.parent / "fixtures" / "real2"
DOCUMENTS = documents(REAL2)
# figures reached on the first twelve documents (per-document mean, as the shared scorer), less a margin
# (session 5 structure: 0.954/0.934/0.941/0.928/0.936/1.000; session 6 leadsup 0.958/0.935/0.936/0.935/0.931;
# session 7 actors 0.966/0.936/0.962/0.937/0.932; deadlines3 0.962/0.940/0.932/0.931/0.946; both merged
# 0.970/0.940/0.958/0.934/0.947; session 9 leads: support 0.951, a group named again as its own partner)
TWELVE_FLOORS = {"recall": 0.96, "precision": 0.925, "lead": 0.96, "support": 0.94, "deadline": 0.935,
                 "header": 0.98}
# the two documents spent from real4 in session 7 (tests/fixtures/real4/README.md)
SPENT = ("45566926c4cf93ee", "dbbae835c49bf497")
# the document spent from real4 in session 8 (tests/fixtures/real4/README.md): floors of its own in PER_DOCUMENT
SPENT8 = ("997dae6b99cea1fd",)
# the document spent from real4 in session 9 (tests/fixtures/real4/README.md): floors of its own in PER_DOCUMENT
SPENT9 = ("a095b7d9d45fed2a",)
# the fourteen before session 8, less a margin (session 7 ngcp: before its change
# 0.963/0.869/0.806/0.872/0.868/1.000, after 0.964/0.944/0.874/0.872/0.867/1.000; with actors and deadlines3
# merged 0.974/0.949/0.893/0.871/0.881; session 8 inherit 0.974/0.949/0.904/0.871/0.881, the first twelve lead
# 0.971; the indicator annex has no task, so its lead, support and deadline are 0
# by the scorer's definition and cost the fourteen's mean 0.07 each whatever the importer does; session 9 leads
# 0.974/0.952/0.904/0.886/0.881)
FLOORS = {"recall": 0.96, "precision": 0.94, "lead": 0.895, "support": 0.875, "deadline": 0.865, "header": 0.98}
# documents whose failure the session fixed, each held to what it reached (less a margin)
PER_DOCUMENT = {
    "8689cafda4051690": {"lead": 0.90, "recall": 0.95},   # `a) Tổ đảng ở Thường trực Ủy ban ...` headings
    "8f60c46a7d537060": {"recall": 0.95, "lead": 0.93, "deadline": 0.95},  # fields after the sub-bullets; members
    # `1.1. Nội dung: ...` items; `Thành phần:` a field; forms; an item with `Nội dung:` and fields before sub-items
    # session 7: `ngay sau khi tổ chức hội nghị 01 ngày` is the item's own event, over its block's date
    "2069bdd980825270": {"recall": 0.95, "precision": 0.87, "deadline": 0.99, "lead": 0.93},
    "35e4e5f84e96e332": {"recall": 0.45, "precision": 0.75},  # items carrying their own time field (duty level)
    "41948a0a051ddfcb": {"recall": 0.95, "precision": 0.95,  # `Đồng chí …:` members; propaganda messages/forms
                         "support": 0.99},  # session 9: the members' `phối hợp với các thành viên khác …` no partner
    "056e907e1eeb0fb2": {"precision": 0.88, "deadline": 0.99},  # procedure steps; `vào ngày ...`
    # `Khách mời:`; `... trong khoảng từ ... đến ...:`; a dash over `+` steps that name no actor nor deadline
    # session 6 leadsup: `IV/2 … thì cơ quan, tổ chức, đơn vị giới thiệu người ứng cử có trách nhiệm …` is now
    # found (recall 0.714 → 0.762) without the section's `Chậm nhất …` time, so the deadline share fell 0.933 → 0.875
    # session 7: the last item `4. Chậm nhất là ngày ..., việc xác minh ... phải được tiến hành xong.` dates the
    # three above and is no item of its own (recall 0.762 → 0.810, precision 0.889 → 0.944, deadline 1.000)
    # session 7 actors: dated lines `Từ ngày …: Ban …` are tasks dated by their time; with deadlines3 merged
    # 0.905/0.950, deadline 1.000
    # `Đối với … thì X`; session 16 names10: `1. Nội dung: …` among the items read as one (recall 0.905 → 0.952);
    # session 17 leftovers10: `Sau hội nghị …, trên cơ sở …, Ban … ban hành …` names its actor and time (→ 1.000)
    "34e1b68dd42b9936": {"recall": 0.97, "precision": 0.92, "deadline": 0.97, "lead": 0.99},
    "36c03ee6b79291bc": {"recall": 0.99, "lead": 0.99},     # `Điều 2. Nhiệm vụ của Tổ ...:`
    "2ab9f90ee834d2c1": {"header": 0.99},                   # an annex-only file's caption
    "f65cdafb62bc6900": {"deadline": 0.95, "precision": 0.95},  # `Đợt 2: …`; the forms of supervision
    "cb6d70ae2211e944": {"support": 0.99},                  # the partner stops at its own verb
    # session 7 ngcp: the lead-in's `các Bộ, cơ quan ngang Bộ, …` one group; `… để:` dashes stay in the duty
    "dbbae835c49bf497": {"lead": 0.97, "recall": 0.99, "precision": 0.99},
    "45566926c4cf93ee": {"precision": 0.99, "targets": 0.95},  # an indicator table with a monitoring agency
    # session 8 spendguide: the provincial guidance moved from real4; its first run (main 0181b2f to b8cfc3e)
    # 0.532/0.610/0.760/0.840/0.280; after step headings, lone labels of a lost numbering, procedure steps,
    # dated steps and the subject after a fronted time 1.000/0.904/0.702/0.894/0.936 — floors that, less a margin
    # (lead stays below its first run: 22 more tasks found, most of them led by a qualified group or a person);
    # session 9 leads: section titles repeated bare kept (precision 0.959), `… cấp tổ chức hội nghị hiệp thương`
    # and `Chậm nhất …, người ứng cử phải …` leads (lead 0.872)
    "997dae6b99cea1fd": {"recall": 0.97, "precision": 0.94, "lead": 0.85, "support": 0.86, "deadline": 0.90},
    # session 9 spenda095: the commune guidance moved from real4; on main c5dee93 0.286/0.095/1.000/0.500/1.000 (its
    # body read as the header, its forms as items); after the signed body before an annex numbered Phần/I, annexes
    # judged one by one, what a procedure is, a lead-in's request among steps 0.857/1.000/1.000/0.667/1.000 (6 of 7
    # gold tasks, none false) — floors that, less a margin of one task where one task moves a figure by 0.14-0.17
    "a095b7d9d45fed2a": {"recall": 0.83, "precision": 0.95, "lead": 0.95, "support": 0.6, "deadline": 0.95},
}


@pytest.fixture(scope="module")
def real2_scores() -> dict[str, dict[str, float]]:
    return {name: score_file(REAL2, name) for name in DOCUMENTS}


def test_real2_set_is_complete() -> None:
    assert len(DOCUMENTS) == 16
    assert all(name in DOCUMENTS for name in SPENT + SPENT8 + SPENT9)
    assert all((REAL2 / f"{name}.txt").is_file() for name in DOCUMENTS)


def test_real2_plans_hold_their_scores(real2_scores: dict[str, dict[str, float]],
                                       capsys: pytest.CaptureFixture[str]) -> None:
    fifteen = [name for name in real2_scores if name not in SPENT9]
    fourteen = [name for name in fifteen if name not in SPENT8]
    twelve = [name for name in fourteen if name not in SPENT]
    hold_totals(capsys, real2_scores, [("TOTAL real2 (12)", twelve, TWELVE_FLOORS),
                                       ("TOTAL real2 (14)", fourteen, FLOORS),
                                       ("TOTAL real2 (15)", fifteen, {}),
                                       ("TOTAL real2 (16)", list(real2_scores), {})])


@pytest.mark.parametrize("name", sorted(PER_DOCUMENT))
def test_fixed_documents_stay_fixed(real2_scores: dict[str, dict[str, float]], name: str) -> None:
    low = below(real2_scores[name], PER_DOCUMENT[name])
    assert not low, f"{name}: {low} below {PER_DOCUMENT[name]}"
