"""The importer on real7's three body documents, spent in session 18 (real7body, issue #10).

`tests/fixtures/real7/` holds five real documents annotated blind in session 17 (README.md, NOTES.md, SOURCES.md; the
first run on main 4317609 is FIRST_RUN.md's). Its two annex-table documents are held by annex7's test; these are the
other three, whose misses were structure and export habits (tests/fixtures/real/FIRST_RUN.md, "Session 18
(real7body)"):
- 528e3ece4ebdd433 (a UBND công văn, pdftotext -layout): the closing `Căn cứ ý kiến chỉ đạo, yêu cầu các Sở, ngành,
  địa phương triển khai thực hiện./.` read as a task (a short letter is a precision test: one extra costs a third);
- 6113947cd2bc9e5f (a chỉ thị, Công báo text): the dashes announced by an item's last paragraph (`…, theo hướng:`)
  read as four duties; `Ban Thường vụ Tỉnh ủy, Thành ủy` split in two;
- aa9207595bc9782d (a UBND plan, pdftotext -layout): paragraphs marked by first-line indents joined or split where
  the words alone misled; numbered aims read as one task with the paragraph naming who reaches them; the closing
  request in two clauses read as a task.
Deadlines printed `hoàn thành trước/trong …` keep `hoàn thành` in this set's gold and drop it in genre's and
genre2's (31 of them): the importer follows the larger convention, so those stay misses here.
"""
from __future__ import annotations

from pathlib import Path

from score_sets import documents_below

REAL7 = Path(__file__).resolve().parent.parent / "fixtures" / "real7"
# what each document reached in session 18 (real7body), less a margin of about one task (the two-task letter is
# held exact: any extra task or lost field is a third or a half of it)
PER_DOCUMENT = {
    "528e3ece4ebdd433": {"recall": 0.99, "precision": 0.99, "lead": 0.99, "support": 0.99, "deadline": 0.99,
                         "header": 0.99},
    "6113947cd2bc9e5f": {"recall": 0.94, "precision": 0.94, "lead": 0.94, "support": 0.94, "deadline": 0.83,
                         "header": 0.99},
    "aa9207595bc9782d": {"recall": 0.97, "precision": 0.97, "lead": 0.97, "support": 0.88, "deadline": 0.88,
                         "header": 0.99},
}


def test_spent_real7_body_documents_hold_their_scores() -> None:
    low = documents_below(REAL7, PER_DOCUMENT)
    assert not low, low
