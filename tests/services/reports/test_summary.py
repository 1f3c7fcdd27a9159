"""What a leader reads for a group task or a remark shared by many agencies: counts, then each
distinct text once, agencies named only when few."""

from __future__ import annotations

from app.services.reports.summary import (
    NAME_LIMIT,
    AgencyResult,
    group_result,
    group_texts,
    name_list,
    remarks,
    state_counts,
)

SOS = [f"Sở số {i:02d}" for i in range(1, 41)]


def test_names_are_listed_only_up_to_the_limit() -> None:
    assert name_list(SOS[:2]) == "Sở số 01, Sở số 02"
    assert name_list(SOS[:NAME_LIMIT]).count(",") == NAME_LIMIT - 1
    many = name_list(SOS[:12])
    assert many == "Sở số 01, Sở số 02, Sở số 03 và 9 cơ quan khác"


def test_identical_remarks_are_merged_folded_with_counts() -> None:
    pairs = [(name, "Thiếu biên chế làm công tác tham mưu.") for name in SOS[:30]]
    pairs += [("Sở số 31", "thiếu biên chế làm công tác tham mưu"), ("Sở số 32", "Kinh phí được giao chậm")]
    pairs += [("Sở số 01", "Thiếu biên chế làm công tác tham mưu.")]  # the same agency twice
    lines = remarks(pairs)
    assert lines == [
        "31 cơ quan, đơn vị (Sở số 01, Sở số 02, Sở số 03 và 28 cơ quan khác): Thiếu biên chế làm công tác tham mưu.",
        "Sở số 32: Kinh phí được giao chậm.",
    ]
    assert remarks([("A", ""), ("B", "  ")]) == []


def test_distinct_texts_are_ordered_by_how_many_share_them() -> None:
    grouped = group_texts([("A", "x"), ("B", "y"), ("C", "y")])
    assert grouped == [("y.", ["B", "C"]), ("x.", ["A"])]


def test_group_result_counts_states_then_short_distinct_results() -> None:
    results = [AgencyResult(n, "done", "Đã hoàn thành nhiệm vụ.") for n in SOS[:20]]
    results += [AgencyResult(n, "in_progress", "Đang rà soát, dự thảo văn bản.") for n in SOS[20:30]]
    results += [AgencyResult("Sở số 31", "in_progress", "Đã tổ chức hội nghị quán triệt.")]
    results += [AgencyResult("", None) for _ in range(6)]
    text = group_result(results)
    lines = text.splitlines()
    assert lines[0] == "37 cơ quan, đơn vị: 20 đã hoàn thành, 11 đang thực hiện, 6 chưa báo cáo."
    assert lines[1:] == [
        "- 20 cơ quan, đơn vị: Đã hoàn thành nhiệm vụ.",
        "- 10 cơ quan, đơn vị: Đang rà soát, dự thảo văn bản.",
        "- Sở số 31: Đã tổ chức hội nghị quán triệt.",
    ]
    assert "Sở số 01" not in text  # nobody is named in a crowd


def test_group_result_caps_the_distinct_texts() -> None:
    results = [AgencyResult(n, "in_progress", f"Kết quả riêng số {i}.") for i, n in enumerate(SOS[:10])]
    lines = group_result(results, distinct_limit=4).splitlines()
    assert len(lines) == 1 + 4 + 1
    assert lines[-1] == "- 6 cơ quan, đơn vị khác: 6 kết quả riêng."


def test_group_without_members_has_no_result() -> None:
    assert group_result([]) == ""
    assert state_counts([AgencyResult("A", "suspended")]) == "1 cơ quan, đơn vị: 1 tạm dừng"
