"""The one-line Vietnamese reading of a deadline shown next to the printed phrase."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.deadline_labels import KIND_LABELS, describe
from app.domain.deadline_phrases import parse_deadline
from app.domain.deadlines import DeadlineKind


@pytest.mark.parametrize(
    ("phrase", "reading"),
    [
        ("xong trước ngày 30/4/2017", "Hạn 30/04/2017"),
        ("Quý II/2017", "Cuối quý II/2017 (30/06/2017)"),
        ("trong quý II", "Cuối quý II (chưa rõ năm)"),
        ("trước ngày 30/4", "Ngày 30/4 (chưa rõ năm)"),
        ("trong tháng 12", "Cuối tháng 12 (chưa rõ năm)"),
        ("trong năm 2021", "Đến hết năm 2021"),
        ("Đến năm 2025", "Đến hết năm 2025"),
        ("Giai đoạn 2022-2026 và giai đoạn 2026-2030", "Giai đoạn 2022-2030, hạn cuối năm 2030"),
        ("trong năm 2021 và các năm tiếp theo", "Hằng năm từ năm 2021, hạn cuối tháng 12"),
        ("trước ngày 15/12 hàng năm", "Hằng năm, hạn ngày 15/12"),
        ("trong tháng 6 hằng năm", "Hằng năm, hạn cuối tháng 6"),
        (
            "trong quý I hằng năm (riêng năm 2021, hoàn thành trong quý II)",
            "Cuối quý I hằng năm (năm 2021: quý II)",
        ),
        ("Định kỳ ngày 25 hằng tháng", "Ngày 25 hằng tháng"),
        ("hằng tháng", "Cuối mỗi tháng"),
        ("hằng quý", "Cuối mỗi quý"),
        ("Thường xuyên", "Thường xuyên (không có hạn)"),
        ("Định kỳ 06 tháng", "Cuối tháng 6 và cuối năm, hằng năm"),
        ("định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)", "Ngày 15 tháng 6 và tháng 12 hằng năm"),
        ("trước 19h00’ hằng ngày", "Thường xuyên (không có hạn)"),
        ("Giai đoạn khẩn cấp (0-48 giờ)", "2 ngày kể từ sự kiện (chưa nhập ngày sự kiện)"),
        (
            "trong thời hạn 3 tháng kể từ ngày văn bản có hiệu lực",
            "3 tháng kể từ sự kiện (chưa nhập ngày sự kiện)",
        ),
        ("sau khi có văn bản hướng dẫn của Trung ương", "Sau khi có sự kiện (chưa nhập ngày sự kiện)"),
        ("Theo lộ trình sắp xếp đơn vị hành chính cấp xã", "Chưa hiểu thời hạn: cần nhập hạn bằng tay"),
    ],
)
def test_describe(phrase: str, reading: str) -> None:
    assert describe(parse_deadline(phrase)) == reading


def test_describe_with_override_and_trigger() -> None:
    one_off = parse_deadline("xong trước ngày 30/4/2017").with_override(date(2017, 5, 15))
    assert describe(one_off) == "Hạn nhập tay 15/05/2017 (theo văn bản: Hạn 30/04/2017)"
    yearly = parse_deadline("Hằng năm").with_override(date(2022, 1, 15))
    assert describe(yearly) == "Hằng năm, hạn cuối tháng 12; một kỳ được dời sang 15/01/2022"
    relative = parse_deadline("trong thời hạn 3 tháng kể từ ngày").with_trigger(date(2021, 1, 31))
    assert describe(relative) == "3 tháng kể từ 31/01/2021: hạn 30/04/2021"
    conditional = parse_deadline("sau khi có văn bản").with_trigger(date(2023, 5, 2))
    assert describe(conditional) == "Hạn 02/05/2023 (ngày sự kiện)"


def test_every_kind_has_a_label() -> None:
    assert set(KIND_LABELS) == set(DeadlineKind)
