"""Matching an amended outline with the stored one: renumbering, insertion, removal, rewording."""

from __future__ import annotations

from app.domain.outline_match import OutlineItem, match_outlines, similarity, words

TASKS = [
    "Tổ chức quán triệt nghị quyết đến cán bộ, đảng viên",
    "Rà soát, sửa đổi quy chế làm việc của cơ quan",
    "Kiểm tra, giám sát việc thực hiện kỷ luật hành chính",
    "Đào tạo, bồi dưỡng cán bộ làm công tác tổ chức",
    "Tổng hợp, báo cáo kết quả thực hiện hằng năm",
]


def _outline(texts: list[str], start: int = 0) -> list[OutlineItem]:
    return [OutlineItem(start + i, ("III", f"•{i + 1}"), "task", text) for i, text in enumerate(texts)]


def test_same_outline_matches_one_to_one() -> None:
    old = _outline(TASKS)
    assert match_outlines(old, _outline(TASKS, 100)) == {i: 100 + i for i in range(5)}


def test_insertion_renumbers_without_breaking_matches() -> None:
    new = _outline(["Xây dựng chuyên mục tuyên truyền trên cổng thông tin điện tử", *TASKS], 100)
    # every label after the insertion moved by one, yet each task keeps its partner
    assert match_outlines(_outline(TASKS), new) == {i: 101 + i for i in range(5)}


def test_removal_and_rewording() -> None:
    amended = [TASKS[0], TASKS[2].replace("kỷ luật hành chính", "kỷ luật, kỷ cương hành chính"), TASKS[3], TASKS[4]]
    pairs = match_outlines(_outline(TASKS), _outline(amended, 100))
    assert pairs == {0: 100, 2: 101, 3: 102, 4: 103}  # task 1 removed, task 2 reworded and renumbered


def test_unrelated_text_at_the_same_label_does_not_match() -> None:
    old = [OutlineItem(1, ("1",), "task", TASKS[0])]
    new = [OutlineItem(2, ("1",), "task", "Đầu tư trang thiết bị phòng cháy chữa cháy cho trụ sở")]
    assert match_outlines(old, new) == {}


def test_moved_item_is_found_elsewhere() -> None:
    old = _outline(TASKS)
    new = _outline([TASKS[4], TASKS[0], TASKS[1], TASKS[2], TASKS[3]], 100)
    assert match_outlines(old, new) == {0: 101, 1: 102, 2: 103, 3: 104, 4: 100}


def test_bare_headings_match_on_their_place_and_accents_do_not_count() -> None:
    old = [OutlineItem(1, ("I",), "section", ""), OutlineItem(2, ("II",), "section", "")]
    new = [OutlineItem(3, ("I",), "section", ""), OutlineItem(4, ("II",), "section", "")]
    assert match_outlines(old, new) == {1: 3, 2: 4}
    assert similarity(words("Tổ chức quán triệt"), words("To chuc quan triet")) == 1.0


def test_large_outline_with_a_few_amendments() -> None:
    """1,500 items (unchanged ones anchor the alignment, so this takes well under a second)."""
    texts = [f"Nhiệm vụ số {n}: {TASKS[n % 5]} tại đơn vị {n * 7919 % 1000}" for n in range(1500)]
    amended = texts[:700] + ["Nhiệm vụ mới chèn vào giữa kế hoạch"] + texts[701:]  # one replaced
    amended[1200] = amended[1200].replace("tại đơn vị", "ở các đơn vị")  # one reworded
    pairs = match_outlines(_outline(texts), _outline(amended, 10_000))
    assert len(pairs) == 1499 and 700 not in pairs
    assert all(pairs[i] == 10_000 + i for i in pairs)
