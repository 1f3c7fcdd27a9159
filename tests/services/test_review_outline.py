"""The review's outline repairs on an imported outline in memory: every repair keeps the document's
order, nothing under a repaired row is lost, and a moved row keeps the path its targets name."""

from __future__ import annotations

import pytest

from app.importers.result import ImportedNode
from app.services import review_outline


def _outline() -> list[ImportedNode]:
    """I › 1 (a, b), 2 ; II › 3 — as an importer reads a small plan."""
    a = ImportedNode("a", "task", "Rà soát văn bản.", lead=["Sở Tư pháp"], deadline_text="quý I/2025",
                     path=["I", "1", "a"])
    b = ImportedNode("b", "task", "Tổ chức tập huấn.", lead=["Sở Nội vụ"], path=["I", "1", "b"])
    one = ImportedNode("1", "section", "Hoàn thiện thể chế", children=[a, b], path=["I", "1"])
    two = ImportedNode("2", "task", "Tuyên truyền.", lead=["Sở Thông tin và Truyền thông"], path=["I", "2"])
    three = ImportedNode("3", "task", "Kiểm tra.", path=["II", "3"])
    return [ImportedNode("I", "section", "NHIỆM VỤ", children=[one, two], path=["I"]),
            ImportedNode("II", "section", "TỔ CHỨC THỰC HIỆN", children=[three], path=["II"])]


def _shape(roots: list[ImportedNode]) -> list[tuple[int, str]]:
    """(depth, text) of every row in document order."""
    out: list[tuple[int, str]] = []

    def visit(nodes: list[ImportedNode], depth: int) -> None:
        for node in nodes:
            out.append((depth, node.text))
            visit(node.children, depth + 1)

    visit(roots, 0)
    return out


def _find(roots: list[ImportedNode], text: str) -> ImportedNode:
    return next(n for n in review_outline.walk(roots) if n.text.startswith(text))


def test_a_split_row_becomes_two_with_the_label_the_second_starts_with() -> None:
    roots = _outline()
    two = _find(roots, "Tuyên truyền")
    two.text = "Tuyên truyền. b) Tổ chức hội nghị sơ kết."
    new = review_outline.split(roots, two, two.text.index("b)"))
    assert (two.text, new.label, new.text) == ("Tuyên truyền.", "b", "Tổ chức hội nghị sơ kết.")
    assert new.lead == two.lead and new.lead is not two.lead  # the block's agencies, a list of its own
    assert [t for _d, t in _shape(roots)][4:6] == ["Tuyên truyền.", "Tổ chức hội nghị sơ kết."]
    with pytest.raises(ValueError):
        review_outline.split(roots, new, 0)  # nothing before the cursor: no split


def test_merging_joins_the_text_and_agencies_and_keeps_the_sub_rows_in_place() -> None:
    roots = _outline()
    one = _find(roots, "Hoàn thiện")
    target = review_outline.merge_up(roots, _find(roots, "Tuyên truyền"))  # the row above is b), one level deeper
    assert target.text == "Tổ chức tập huấn. Tuyên truyền."
    assert target.lead == ["Sở Nội vụ", "Sở Thông tin và Truyền thông"]
    assert [n.text for n in one.children] == ["Rà soát văn bản.", "Tổ chức tập huấn. Tuyên truyền."]
    merged = review_outline.merge_up(roots, one)  # a heading merged into its parent: its rows take its place
    assert merged.text == "NHIỆM VỤ Hoàn thiện thể chế" and merged.kind == "section"
    assert _shape(roots)[:3] == [(0, "NHIỆM VỤ Hoàn thiện thể chế"), (1, "Rà soát văn bản."),
                                 (1, "Tổ chức tập huấn. Tuyên truyền.")]
    with pytest.raises(ValueError):
        review_outline.merge_up(roots, roots[0])


def test_deleting_a_heading_keeps_its_rows_and_a_deadline_is_taken_when_merging() -> None:
    roots = _outline()
    moved = review_outline.delete(roots, [_find(roots, "Hoàn thiện")])
    assert moved == 2 and _shape(roots)[:4] == [(0, "NHIỆM VỤ"), (1, "Rà soát văn bản."), (1, "Tổ chức tập huấn."),
                                                (1, "Tuyên truyền.")]
    review_outline.delete(roots, [roots[1], roots[1].children[0]])  # a heading and its row, both chosen
    assert [t for _d, t in _shape(roots)] == ["NHIỆM VỤ", "Rà soát văn bản.", "Tổ chức tập huấn.", "Tuyên truyền."]
    target = review_outline.merge_up(roots, _find(roots, "Tổ chức"))
    assert target.deadline_text == "quý I/2025"  # the row above had one: it stays


def test_lowering_and_raising_a_level_keep_the_document_order_and_the_paths() -> None:
    roots = _outline()
    before = [t for _d, t in _shape(roots)]
    two = _find(roots, "Tuyên truyền")
    assert review_outline.lower(roots, [two])  # under 1, after b)
    assert _shape(roots)[4] == (2, "Tuyên truyền.") and [t for _d, t in _shape(roots)] == before
    assert two.path == ["I", "2"]  # the targets naming it still find it
    a = _find(roots, "Rà soát")
    assert review_outline.raise_level(roots, [a])  # a) up a level: b) and 2, which stood below it, go under it
    assert _shape(roots)[2:5] == [(1, "Rà soát văn bản."), (2, "Tổ chức tập huấn."), (2, "Tuyên truyền.")]
    assert [t for _d, t in _shape(roots)] == before
    assert not review_outline.raise_level(roots, [roots[0]]) and not review_outline.lower(roots, [roots[0]])


def test_several_rows_raised_at_once_stay_in_their_order() -> None:
    roots = _outline()
    rows = [_find(roots, "Rà soát"), _find(roots, "Tổ chức")]
    assert review_outline.raise_level(roots, rows)
    assert _shape(roots)[1:4] == [(1, "Hoàn thiện thể chế"), (1, "Rà soát văn bản."), (1, "Tổ chức tập huấn.")]
    assert review_outline.lower(roots, rows)
    assert _shape(roots)[1:4] == [(1, "Hoàn thiện thể chế"), (2, "Rà soát văn bản."), (2, "Tổ chức tập huấn.")]


def test_add_puts_an_empty_task_row_just_after_the_current_row_at_its_level() -> None:
    """A task the importer missed stands where the document prints it: between `a` and `b` under 1
    (it went after I's whole block at the first level); after a row with sub-rows, after them."""
    roots = _outline()
    new = review_outline.add(roots, _find(roots, "Rà soát"))  # current row: I › 1 › a
    assert new.kind == "task" and new.text == "" and new.label == "" and not new.lead and not new.deadline_text
    assert _shape(roots)[:6] == [(0, "NHIỆM VỤ"), (1, "Hoàn thiện thể chế"), (2, "Rà soát văn bản."), (2, ""),
                                 (2, "Tổ chức tập huấn."), (1, "Tuyên truyền.")]
    assert new.path not in [n.path for n in review_outline.walk(roots) if n is not new]  # no target goes to it
    after_block = review_outline.add(roots, _find(roots, "Hoàn thiện"))  # I › 1, with its sub-rows
    assert _shape(roots)[1:7] == [(1, "Hoàn thiện thể chế"), (2, "Rà soát văn bản."), (2, ""),
                                  (2, "Tổ chức tập huấn."), (1, ""), (1, "Tuyên truyền.")]
    assert roots[0].children[1] is after_block


def test_add_to_an_empty_outline_and_at_the_end() -> None:
    roots: list[ImportedNode] = []
    first = review_outline.add(roots)
    second = review_outline.add(roots, first)
    last = review_outline.add(roots)
    assert roots == [first, second, last] and len({id(n) for n in roots}) == 3
    assert len({tuple(n.path) for n in roots}) == 3
    copy = review_outline.clone(roots)  # the review's undo keeps the rows added
    assert [(n.kind, n.path) for n in copy] == [(n.kind, n.path) for n in roots]


def test_a_row_moves_up_or_down_within_its_level_with_its_sub_rows() -> None:
    """window9: the review's Ctrl+↑/↓, the plan tree's meaning — among the rows of one level, never out of it."""
    roots = _outline()
    two = _find(roots, "Tuyên truyền")
    assert review_outline.shift(roots, [two], -1)  # 2 before 1, 1 keeps a) and b)
    assert [t for _d, t in _shape(roots)][1:5] == ["Tuyên truyền.", "Hoàn thiện thể chế", "Rà soát văn bản.",
                                                   "Tổ chức tập huấn."]
    assert not review_outline.shift(roots, [two], -1)  # the first of its level: it does not leave I
    assert two.path == ["I", "2"]
    b = _find(roots, "Tổ chức")
    assert not review_outline.shift(roots, [b], +1)  # the last of 1's rows stays under 1
    assert review_outline.shift(roots, [two], +1) and [t for _d, t in _shape(roots)] == [
        t for _d, t in _shape(_outline())]


def test_rows_moved_together_keep_their_order_and_stop_together() -> None:
    roots = _outline()
    rows = [_find(roots, "Rà soát"), _find(roots, "Tổ chức")]
    assert not review_outline.shift(roots, rows, -1)  # a) is first: b) does not jump over it
    assert not review_outline.shift(roots, rows, +1)
    two = _find(roots, "Tuyên truyền")
    added = review_outline.add(roots, two)  # I › 1, 2, (new)
    added.text = "Việc bỏ sót."
    assert review_outline.shift(roots, [added, two], -1)  # the block above 1, in its order
    assert [n.text for n in roots[0].children] == ["Tuyên truyền.", "Việc bỏ sót.", "Hoàn thiện thể chế"]
    assert not review_outline.shift(roots, [two, added], -1)
