"""Three readings of a replaced plan (app/domain/outline_merge.py): the stored document read again tells the
clerk's corrections from the issuer's amendments, value by value and item by item."""

from __future__ import annotations

from app.domain.outline_match import OutlineItem
from app.domain.outline_merge import Outcome, merge_value, reconcile


def test_a_value_takes_the_documents_change_and_keeps_the_clerks() -> None:
    assert merge_value("UBND", "UBND", "UBND", has_base=True) == ("UBND", Outcome.SAME)
    assert merge_value("UBND", "Sở Nội vụ", "UBND", has_base=True) == ("Sở Nội vụ", Outcome.AMENDED)
    assert merge_value("Sở Tư pháp", "UBND", "UBND", has_base=True) == ("Sở Tư pháp", Outcome.KEPT)
    assert merge_value("Sở Tư pháp", "Sở Nội vụ", "UBND", has_base=True) == ("Sở Tư pháp", Outcome.CONFLICT)
    # no base: a difference cannot be told apart, the clerk's value stays
    assert merge_value("Sở Tư pháp", "UBND", None, has_base=False) == ("Sở Tư pháp", Outcome.CONFLICT)
    assert merge_value("quý  II", "quý II", None, has_base=False, key=lambda v: " ".join(str(v).split()))[1] \
        is Outcome.SAME


def _items(*texts: str) -> list[OutlineItem]:
    return [OutlineItem(i, (str(i + 1),), "task", text) for i, text in enumerate(texts)]


A = "Tổ chức hội nghị quán triệt nghị quyết đến cán bộ chủ chốt"
B = "Xây dựng kế hoạch kiểm tra giám sát việc thực hiện hằng năm"
C = "Tổng kết đánh giá kết quả thực hiện báo cáo Ban Thường vụ"
D = "Rà soát sửa đổi bổ sung quy chế làm việc của cơ quan đơn vị"
SPLIT = "Đẩy mạnh tuyên truyền trên báo đài địa phương"


def test_items_the_document_dropped_go_and_those_the_clerk_made_or_removed_stay_so() -> None:
    base = _items(A, B, C)
    ours = _items(A, SPLIT, C)  # the clerk removed B and typed a task of their own
    theirs = _items(A, B, D)  # the issuer dropped C and added D
    fate = reconcile(ours, theirs, base)
    assert fate.persist == {0: 0}
    assert fate.own == [1] and fate.gone == [2]
    assert fate.removed_by_clerk == [1] and fate.new == [2]
    assert fate.base_of[0] == 0


def test_without_a_base_unmatched_items_are_gone_or_new() -> None:
    fate = reconcile(_items(A, SPLIT, C), _items(A, B, D), None)
    assert fate.persist == {0: 0} and fate.gone == [1, 2] and fate.new == [1, 2] and fate.own == []


def test_the_stored_file_again_is_its_own_base() -> None:
    """The document re-imported as stored: `theirs` is the base; the clerk's own and removed items stay so."""
    theirs = _items(A, B, C)
    fate = reconcile(_items(A, SPLIT, C), theirs, theirs)
    assert fate.persist == {0: 0, 2: 2} and fate.own == [1] and fate.gone == []
    assert fate.removed_by_clerk == [1] and fate.new == []
