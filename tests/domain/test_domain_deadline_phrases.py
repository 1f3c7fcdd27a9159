"""parse_deadline against the phrases printed in corpus/plans and their variants."""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.domain.deadline_phrases import parse_deadline
from app.domain.deadline_recurring import names_rhythm
from app.domain.deadlines import DeadlineKind as K

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"

# (phrase, plan_year, expected kind, expected fields)
CASES: list[tuple[str, int | None, K, dict[str, Any]]] = [
    # one date
    ("xong trước ngày 30/4/2017", None, K.DATE, {"date": date(2017, 4, 30)}),
    ("trước ngày 31/5/2017", None, K.DATE, {"date": date(2017, 5, 31)}),
    ("Hoàn thành trước ngày 30/6/2017", None, K.DATE, {"date": date(2017, 6, 30)}),
    ("Hoàn thành trước ngày 31/3/2017", None, K.DATE, {"date": date(2017, 3, 31)}),
    ("Thời gian hoàn thành: xong trước ngày 30/4/2017", None, K.DATE, {"date": date(2017, 4, 30)}),
    (
        "xong trước ngày 31/5/2017, báo cáo UBND Thành phố kết quả thực hiện",
        None,
        K.DATE,
        {"date": date(2017, 5, 31)},
    ),
    ("30-4-2017", None, K.DATE, {"date": date(2017, 4, 30)}),
    ("  trước   ngày\u00a030 / 4 / 2017 ", None, K.DATE, {"date": date(2017, 4, 30)}),
    (
        "Thời gian thực hiện việc chuyển đổi, sắp xếp lại vị trí công tác theo Nghị định 158/2007/NĐ-CP và "
        "Nghị định số 150/2013/NĐ-CP ngày 01/11/2013 sửa đổi, bổ sung một số điều Nghị định số 158/NĐ-CP "
        "xong trước ngày 31/8/2017.",
        None,
        K.DATE,
        {"date": date(2017, 8, 31)},
    ),
    (
        "theo Quyết định số 12/QĐ-UBND ngày 01/02/2017, hoàn thành 30/6/2017",
        None,
        K.DATE,
        {"date": date(2017, 6, 30)},
    ),
    ("30.4.2017", None, K.DATE, {"date": date(2017, 4, 30)}),
    ("ngày 30 tháng 4 năm 2017", None, K.DATE, {"date": date(2017, 4, 30)}),
    ("Thời gian thực hiện: trước ngày 29/02/2024", None, K.DATE, {"date": date(2024, 2, 29)}),
    ("trước ngày 30/4", 2018, K.DATE, {"date": date(2018, 4, 30), "day": 30, "month": 4}),
    ("trước ngày 30/4", None, K.DATE, {"date": None, "day": 30, "month": 4}),
    ("6 tháng đầu năm 2021", None, K.DATE, {"date": date(2021, 6, 30)}),
    ("trong 6 tháng cuối năm 2021", None, K.DATE, {"date": date(2021, 12, 31)}),
    ("9 tháng năm 2021", None, K.DATE, {"date": date(2021, 9, 30)}),
    ("trong tháng 2/2024", None, K.DATE, {"date": date(2024, 2, 29)}),
    ("tháng 2 năm 2023", None, K.DATE, {"date": date(2023, 2, 28)}),
    ("trong tháng 12", 2021, K.DATE, {"date": date(2021, 12, 31), "month": 12}),
    ("trong tháng 12", None, K.DATE, {"date": None, "month": 12}),
    ("trước 30/6/2017", None, K.DATE, {"date": date(2017, 6, 30)}),
    # quarters
    ("Quý II/2017", None, K.QUARTER, {"year": 2017, "quarter": 2}),
    ("trong Quý II/2017", None, K.QUARTER, {"year": 2017, "quarter": 2}),
    ("trong quý 3 năm 2021", None, K.QUARTER, {"year": 2021, "quarter": 3}),
    ("QUÝ IV - 2022", None, K.QUARTER, {"year": 2022, "quarter": 4}),
    ("trong quý II", 2021, K.QUARTER, {"year": 2021, "quarter": 2}),
    ("trong quý II", None, K.QUARTER, {"year": None, "quarter": 2}),
    ("trong quý II và quý III/2017", 2016, K.QUARTER, {"year": 2017, "quarter": 3}),
    ("Hoàn thành trong quý I", 2024, K.QUARTER, {"year": 2024, "quarter": 1}),
    # years
    ("trong năm 2021", None, K.YEAR, {"year": 2021}),
    ("Hoàn thành trong năm 2023", None, K.YEAR, {"year": 2023}),
    ("Trong năm 2023", None, K.YEAR, {"year": 2023}),
    ("Thời gian thực hiện: Trong năm 2023;", None, K.YEAR, {"year": 2023}),
    ("cuối năm 2022", None, K.YEAR, {"year": 2022}),
    ("năm 2024", None, K.YEAR, {"year": 2024}),
    ("2024", None, K.YEAR, {"year": 2024}),
    ("Trong năm 2022 và năm 2023", None, K.YEAR, {"year": 2023}),
    ("trong năm 2021 và các năm tiếp theo", None, K.YEAR_ONWARD, {"year": 2021}),
    ("Thời gian thực hiện: trong năm 2021 và các năm tiếp theo", None, K.YEAR_ONWARD, {"year": 2021}),
    ("đến năm 2030 và những năm tiếp theo", None, K.YEAR_ONWARD, {"year": 2030}),
    ("Quý III năm 2021 và các năm tiếp theo", None, K.YEARLY_IN_QUARTER, {"year": 2021, "quarter": 3}),
    (
        "trong quý I hằng năm (riêng năm 2021, hoàn thành trong quý II)",
        None,
        K.YEARLY_IN_QUARTER,
        {"quarter": 1, "exceptions": ((2021, 2),)},
    ),
    (
        "trong quý I hàng năm (riêng năm 2021 hoàn thành trong quý 2, riêng năm 2022 trong quý III)",
        None,
        K.YEARLY_IN_QUARTER,
        {"quarter": 1, "exceptions": ((2021, 2), (2022, 3))},
    ),
    ("Quý IV hằng năm", None, K.YEARLY_IN_QUARTER, {"quarter": 4, "exceptions": ()}),
    ("Giai đoạn 2023-2024", None, K.PERIOD_RANGE, {"start_year": 2023, "end_year": 2024}),
    (
        "Thời gian thực hiện: Giai đoạn 2023-2024;",
        None,
        K.PERIOD_RANGE,
        {"start_year": 2023, "end_year": 2024},
    ),
    (
        "Giai đoạn 2022-2026 và giai đoạn 2026-2030",
        None,
        K.PERIOD_RANGE,
        {"start_year": 2022, "end_year": 2030},
    ),
    ("giai đoạn 2022 – 2026", None, K.PERIOD_RANGE, {"start_year": 2022, "end_year": 2026}),
    ("từ năm 2021 đến năm 2025", None, K.PERIOD_RANGE, {"start_year": 2021, "end_year": 2025}),
    ("2021 - 2025", None, K.PERIOD_RANGE, {"start_year": 2021, "end_year": 2025}),
    ("đến năm 2025", None, K.UNTIL_YEAR, {"year": 2025}),
    ("Đến năm 2025", None, K.UNTIL_YEAR, {"year": 2025}),
    ("Theo lộ trình đến năm 2030", None, K.UNTIL_YEAR, {"year": 2030}),
    ("đến hết năm 2026", None, K.UNTIL_YEAR, {"year": 2026}),
    ("Đến đầu nhiệm kỳ 2025 - 2030", None, K.UNTIL_YEAR, {"year": 2025}),
    ("Đến đầu nhiệm kỳ 2030-2035", None, K.UNTIL_YEAR, {"year": 2030}),
    ("đến cuối nhiệm kỳ 2025-2030", None, K.UNTIL_YEAR, {"year": 2030}),
    ("trước năm 2025", None, K.UNTIL_YEAR, {"year": 2024}),
    ("từ năm 2017", None, K.FROM_YEAR, {"year": 2017}),
    ("từ năm 2025", None, K.FROM_YEAR, {"year": 2025}),
    ("trước ngày 15/12 hằng năm, từ năm 2022", None, K.FROM_YEAR, {"year": 2022, "day": 15, "month": 12}),
    # recurring
    ("Hàng năm", None, K.YEARLY, {"day": None, "month": None}),
    ("Hằng năm", None, K.YEARLY, {"day": None, "month": None}),
    ("hang nam", None, K.YEARLY, {}),
    ("trước ngày 15/12 hàng năm", None, K.YEARLY, {"day": 15, "month": 12}),
    ("ngày 15 tháng 12 hằng năm", None, K.YEARLY, {"day": 15, "month": 12}),
    ("trước 30/6 hằng năm", None, K.YEARLY, {"day": 30, "month": 6}),
    ("hằng năm đến năm 2025", None, K.YEARLY, {"end_year": 2025}),
    ("trong tháng 6 hằng năm", None, K.YEARLY, {"month": 6, "day": None}),
    ("ngày 29/2 hằng năm", None, K.YEARLY, {"month": 2, "day": 29}),
    ("ngày 30/2 hằng năm", None, K.UNKNOWN, {}),
    ("Hằng năm (trước ngày 15/12)", None, K.YEARLY, {"month": 12, "day": 15}),
    ("định kỳ cuối năm", None, K.YEARLY, {"day": None, "month": None}),
    ("Định kỳ ngày 25 hằng tháng", None, K.MONTHLY, {"day": 25}),
    ("vào ngày 25 hằng tháng", None, K.MONTHLY, {"day": 25}),
    ("hàng tháng", None, K.MONTHLY, {"day": None}),
    (
        "Hàng tháng (định kỳ trước ngày 25 hàng tháng), hàng quý (định kỳ trước ngày 25 của tháng cuối quý)",
        None,
        K.MONTHLY,
        {"day": 25},
    ),
    ("hằng quý", None, K.QUARTERLY, {"day": None}),
    ("ngày 20 của tháng cuối quý, hằng quý", None, K.QUARTERLY, {"day": 20}),
    # session 3 (real plans): quarter-end day, half-year, daily duties, event and hour phases, month spans
    ("trước ngày 05 của tháng cuối quý", None, K.QUARTERLY, {"day": 5}),
    ("Định kỳ 06 tháng", None, K.HALF_YEARLY, {"day": None}),
    ("định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)", None, K.HALF_YEARLY, {"day": 15}),
    ("hằng quý, 6 tháng và năm", None, K.QUARTERLY, {"day": None}),
    ("6 tháng đầu năm 2021", None, K.DATE, {"date": date(2021, 6, 30)}),
    ("trước 19h00’ hằng ngày và đột xuất khi cần thiết", None, K.ONGOING, {}),
    ("02 lần/ngày (trước 9h00’ và 16h00’)", None, K.ONGOING, {}),
    ("khi tổng kết Đợt thi đua", None, K.CONDITIONAL, {}),
    ("Giai đoạn khẩn cấp (0-48 giờ)", None, K.RELATIVE, {"offset_days": 2, "offset_months": None}),
    ("Giai đoạn 48-72 giờ", None, K.RELATIVE, {"offset_days": 3}),
    ("Giai đoạn sau 72 giờ", None, K.CONDITIONAL, {}),
    ("Từ tháng 4/2026 đến tháng 8/2026", None, K.DATE, {"date": date(2026, 8, 31)}),
    ("Giai đoạn 1 (từ tháng 7/2026 đến tháng 12/2026)", None, K.DATE, {"date": date(2026, 12, 31)}),
    ("trước tháng 10/2026", None, K.DATE, {"date": date(2026, 9, 30)}),
    ("trước tháng 1/2027", None, K.DATE, {"date": date(2026, 12, 31)}),
    ("trước Quý IV/2026", None, K.QUARTER, {"quarter": 3, "year": 2026}),
    ("trước quý I/2027", None, K.QUARTER, {"quarter": 4, "year": 2026}),
    ("Thường xuyên", None, K.ONGOING, {}),
    ("Thời gian thực hiện: Thường xuyên;", None, K.ONGOING, {}),
    ("THƯỜNG XUYÊN", None, K.ONGOING, {}),
    ("Thực hiện thường xuyên, sau khi có hướng dẫn của Bộ quản lý ngành, lĩnh vực", None, K.ONGOING, {}),
    # relative / conditional
    (
        "trong thời hạn 3 tháng kể từ ngày văn bản hướng dẫn có hiệu lực",
        None,
        K.RELATIVE,
        {"offset_months": 3, "offset_days": None},
    ),
    (
        "trong vòng 30 ngày kể từ ngày Kế hoạch được ban hành",
        None,
        K.RELATIVE,
        {"offset_days": 30, "offset_months": None},
    ),
    ("chậm nhất 02 tuần sau khi có quyết định", None, K.RELATIVE, {"offset_days": 14}),
    ("trong thời hạn 01 năm kể từ ngày", None, K.RELATIVE, {"offset_months": 12}),
    ("3 tháng kể từ ngày Quyết định có hiệu lực", None, K.RELATIVE, {"offset_months": 3}),
    ("Sau 15 ngày làm việc kể từ ngày nhận hồ sơ", None, K.RELATIVE, {"offset_days": 15}),
    ("sau khi có văn bản hướng dẫn của Trung ương", None, K.CONDITIONAL, {}),
    ("sau khi kết thúc thời gian thực hiện Kế hoạch", None, K.CONDITIONAL, {}),
    # not understood: kept, flagged
    ("Theo lộ trình sắp xếp đơn vị hành chính cấp xã", None, K.UNKNOWN, {}),
    (
        "Theo kế hoạch tổ chức, sắp xếp lại cơ sở giáo dục mầm non, cơ sở giáo dục phổ thông",
        None,
        K.UNKNOWN,
        {},
    ),
    # a month written `M/YYYY` alone, as a table's time cell prints it: the month's last day
    ("6/2025", None, K.DATE, {"date": date(2025, 6, 30)}),
    ("12/2028", 2025, K.DATE, {"date": date(2028, 12, 31)}),
    ("Tháng 6, 7/2025", 2026, K.DATE, {"date": date(2025, 7, 31)}),  # the year printed beats the plan's
    ("trong tháng 6-7/2025", 2025, K.DATE, {"date": date(2025, 7, 31)}),  # two months, not the 6th of July
    ("Tháng 11 - 12/2025", 2025, K.DATE, {"date": date(2025, 12, 31)}),
    ("trước ngày 30-6-2026", 2026, K.DATE, {"date": date(2026, 6, 30)}),  # a Party document's dashes
    ("6/2025 - 12/2025", None, K.DATE, {"date": date(2025, 12, 31)}),  # a span ends with its last month
    ("13/2025", None, K.UNKNOWN, {}),
    # an event without a figure: due when it happens
    ("Sau hội nghị hiệp thương lần thứ hai", None, K.CONDITIONAL, {}),
    ("Kết thúc cuộc bầu cử", None, K.CONDITIONAL, {}),
    ("Từ ngày thành lập Ủy ban bầu cử đến ngày kết thúc cuộc bầu cử", None, K.CONDITIONAL, {}),
    # while an event lasts (due when it ends), at a session whose day is not printed
    ("trong thời gian phục vụ công tác bầu cử", None, K.CONDITIONAL, {}),
    ("trong thời gian diễn ra Đại hội", 2026, K.CONDITIONAL, {}),
    ("tại Kỳ họp thứ 9, Quốc hội khóa XV", None, K.CONDITIONAL, {}),
    ("ngay sau Lễ mít-tinh kỷ niệm của Thành phố (03/02/2007)", None, K.DATE, {"date": date(2007, 2, 3)}),
    ("trong thời gian tới", None, K.UNKNOWN, {}),
    ("trong thời gian diễn ra Đại hội (tháng 3/2026)", None, K.DATE, {"date": date(2026, 3, 31)}),
    ("sau năm 2025", None, K.YEAR, {"year": 2025}),  # a figure: not an event
    ("theo quy định", None, K.UNKNOWN, {}),
    ("trước ngày 31/2/2021", None, K.UNKNOWN, {}),
    ("ngày 30 tháng 13 năm 2021", None, K.UNKNOWN, {}),
    ("đầu năm 2022", None, K.UNKNOWN, {}),
    ("trong 30 ngày", None, K.UNKNOWN, {}),
    ("Nghị định số 59/2019/NĐ-CP", None, K.UNKNOWN, {}),
    ("hằng tuần", None, K.UNKNOWN, {}),
    ("trước ngày 31/2", 2021, K.UNKNOWN, {}),
    ("trước ngày 31/2", None, K.UNKNOWN, {}),
    ("", None, K.UNKNOWN, {}),
    ("   ", None, K.UNKNOWN, {}),
]


@pytest.mark.parametrize(
    ("phrase", "plan_year", "kind", "fields"), CASES, ids=[c[0][:50] or "empty" for c in CASES]
)
def test_parse_deadline(phrase: str, plan_year: int | None, kind: K, fields: dict[str, Any]) -> None:
    deadline = parse_deadline(phrase, plan_year=plan_year)
    assert deadline.kind is kind
    assert deadline.phrase == phrase
    for name, value in fields.items():
        assert getattr(deadline, name) == value, name
    assert deadline.override is None and deadline.trigger is None


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("trong quý I hằng năm (riêng năm 2021, hoàn thành trong quý II)", K.YEARLY_IN_QUARTER),
        ("Định kỳ ngày 25 hằng tháng", K.MONTHLY),
        ("Đến năm 2025", K.UNTIL_YEAR),
        ("Thường xuyên", K.ONGOING),
    ],
)
def test_unicode_forms_parse_alike(phrase: str, kind: K, form: str) -> None:
    given = unicodedata.normalize(form, phrase)
    deadline = parse_deadline(given)
    assert deadline.kind is kind
    assert deadline.phrase == given


@pytest.mark.parametrize("variant", ["hằng năm", "hàng năm", "Hằng Năm", "HÀNG NĂM", "mỗi năm"])
def test_yearly_spellings(variant: str) -> None:
    assert parse_deadline(f"trước ngày 15/12 {variant}").kind is K.YEARLY


@pytest.mark.parametrize("numeral", ["II", "ii", "2"])
@pytest.mark.parametrize("word", ["Quý", "quý", "QUÝ"])
def test_quarter_spellings(word: str, numeral: str) -> None:
    deadline = parse_deadline(f"trong {word} {numeral}/2017")
    assert (deadline.kind, deadline.year, deadline.quarter) == (K.QUARTER, 2017, 2)


def _gold_phrases() -> list[str]:
    phrases: set[str] = set()
    for path in sorted(CORPUS.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for item in gold.get("tasks", []) + gold.get("targets", []):
            if item.get("deadline_text"):
                phrases.add(item["deadline_text"])
    return sorted(phrases)


# The two `Theo ...` phrases of 003 name no point in time; everything else in the gold must parse.
_GOLD_UNKNOWN = {
    "Theo kế hoạch tổ chức, sắp xếp lại cơ sở giáo dục mầm non, cơ sở giáo dục phổ thông và tình hình "
    "sắp xếp đơn vị hành chính cấp xã",
    "Theo lộ trình sắp xếp đơn vị hành chính cấp xã",
}


def test_every_gold_deadline_is_understood() -> None:
    phrases = _gold_phrases()
    assert len(phrases) > 20
    for phrase in phrases:
        kind = parse_deadline(phrase, plan_year=2021).kind
        assert (kind is K.UNKNOWN) == (phrase in _GOLD_UNKNOWN), (phrase, kind)


@pytest.mark.parametrize(("marker", "day_of"), [
    ("MONTHLY", "MONTHLY_DAY"),
    ("QUARTERLY", "QUARTERLY_DAY"),
])
@pytest.mark.parametrize(("text", "found", "day", "end_year"), [
    ("ngay 25 hang thang", K.MONTHLY, 25, None),
    ("hang thang den nam 2025", K.MONTHLY, None, 2025),
    ("ngay 20 cua thang cuoi quy, hang quy", K.QUARTERLY, 20, None),
    ("hang quy den het nam 2030", K.QUARTERLY, None, 2030),
    ("truoc ngay 31/12/2025", None, None, None),
])
def test_every_period_reads_monthly_and_quarterly_alike(marker: str, day_of: str, text: str, found: K | None,
                                                        day: int | None, end_year: int | None) -> None:
    """One reading (marker, day, end year) serves both periods; each only answers to its own marker."""
    from app.domain import deadline_recurring as recurring

    kind = K.MONTHLY if marker == "MONTHLY" else K.QUARTERLY
    got = recurring.every_period(text, "phrase", kind, getattr(recurring, marker), getattr(recurring, day_of))
    if found is not kind:
        assert got is None
    else:
        assert got is not None
        assert (got.kind, got.phrase, got.day, got.end_year) == (kind, "phrase", day, end_year)


@pytest.mark.parametrize("phrase, rhythm", [
    ("Định kỳ", True), ("định kỳ và đột xuất", True), ("Báo cáo định kỳ, đột xuất", True),
    ("Theo kế hoạch của Học viện", False), ("Theo lộ trình sắp xếp đơn vị hành chính cấp xã", False),
])
def test_a_phrase_not_understood_that_names_a_rhythm(phrase: str, rhythm: bool) -> None:
    assert parse_deadline(phrase, plan_year=2026).kind is K.UNKNOWN
    assert names_rhythm(phrase) is rhythm
