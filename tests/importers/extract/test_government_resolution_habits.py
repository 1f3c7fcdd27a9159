"""A Government resolution's articles, as the Công báo prints them (session 18, govdev; real16's first run).

Made-up snippet in the Government's manner: an article whose numbered items open with the case they cover and hand
the work over after it (`1. Đối với …, giao Cơ quan A …`), and a `Tổ chức thực hiện` article that opens with the
resolution's effect, assigns by `Giao …` and by subject, and gives one item a second paragraph for another case
(`Đối với …, yêu cầu Bộ B, Cơ quan A …`). The case clause is no actor: the body handed the work after it is the lead;
the effect clause speaks of the resolution itself, no duty; the paragraph asking bodies by name for its own case is a
duty of its own."""
from __future__ import annotations

from app.importers.extract import extract_plan
from app.importers.extract.assignments import from_text
from app.importers.readers.textfile import parse_text

RESOLUTION = """CHÍNH PHỦ

Số: 07/NQ-CP

Hà Nội, ngày 02 tháng 3 năm 2026

NGHỊ QUYẾT

Về xử lý các khoản chi vượt kế hoạch của quỹ X

CHÍNH PHỦ

QUYẾT NGHỊ:

Điều 1. Các khoản chi vượt kế hoạch giai đoạn 2019 - 2023 được xử lý từ nguồn dự phòng, trong đó:

1. Đối với các khoản chi vượt kế hoạch năm 2019 - 2021, giao Cơ quan quỹ X tổ chức thanh toán theo quy định.

2. Đối với các khoản chi vượt kế hoạch năm 2022 - 2023, Cơ quan quỹ X khẩn trương rà soát, thanh toán.

Điều 2. Tổ chức thực hiện

1. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.

2. Giao Bộ Kế hoạch hướng dẫn các bộ, cơ quan, địa phương sử dụng các khoản được thanh toán đúng quy định.

3. Bộ Kế hoạch chỉ đạo Cơ quan quỹ X thực hiện Điều 1 Nghị quyết này xong trước ngày 30 tháng 6 năm 2026.

Đối với các khoản chi năm 2024, yêu cầu Bộ Kế hoạch, Cơ quan quỹ X rà soát, thanh toán xong trước ngày 30/9/2026.

4. Ủy ban nhân dân các tỉnh chịu trách nhiệm về tính chính xác của số liệu đề nghị thanh toán./.
"""


def test_the_body_handed_the_work_after_the_case_clause_leads() -> None:
    said = from_text("Đối với các khoản chi năm 2019 - 2021, giao Cơ quan quỹ X tổ chức thanh toán.")
    assert said.lead == ["Cơ quan quỹ X"] and said.explicit
    asked = from_text("Đối với các khoản chi năm 2024, yêu cầu Bộ Kế hoạch, Cơ quan quỹ X rà soát, thanh toán.")
    assert asked.lead == ["Bộ Kế hoạch", "Cơ quan quỹ X"]
    # a `giao` inside the case clause itself hands nothing over
    assert not from_text("Các khoản chi được Thủ tướng giao năm 2019 được thanh toán từ nguồn dự phòng.").explicit


def test_a_resolutions_articles_give_their_duties_and_not_its_effect() -> None:
    tasks = extract_plan(parse_text(RESOLUTION)).tasks()
    got = [(t.path, t.lead, t.deadline_text) for t in tasks]
    assert got == [
        (["Điều 1", "1"], ["Cơ quan quỹ X"], None),
        (["Điều 1", "2"], ["Cơ quan quỹ X"], None),
        (["Điều 2", "2"], ["Bộ Kế hoạch"], None),
        (["Điều 2", "3"], ["Bộ Kế hoạch"], "xong trước ngày 30 tháng 6 năm 2026"),
        (["Điều 2", "3"], ["Bộ Kế hoạch", "Cơ quan quỹ X"], "xong trước ngày 30/9/2026"),
        (["Điều 2", "4"], ["Ủy ban nhân dân các tỉnh"], None),
    ]
    assert tasks[4].text.startswith("Đối với các khoản chi năm 2024")


# the Công báo's layout: page headers, lines wrapped with a trailing space, the annex captioned `Phụ lục` in
# sentence case on a line of its own after the signature, its numbered agency groups over lettered duties
MEETING = " \n".join((
    "CÔNG BÁO/Số 100/Ngày 02-03-2026",
    "10",
    "CHÍNH PHỦ",
    "Số: 09/NQ-CP",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Hà Nội, ngày 02 tháng 3 năm 2026",
    "NGHỊ QUYẾT",
    "Phiên họp Chính phủ thường kỳ tháng 2 năm 2026",
    "CHÍNH PHỦ",
    "QUYẾT NGHỊ:",
    "I. Về tình hình kinh tế - xã hội",
    "1. Các bộ, cơ quan, địa phương thực hiện các nhiệm vụ cụ thể tại Phụ lục kèm theo",
    "Nghị quyết này./.",
    "TM. CHÍNH PHỦ",
    "THỦ TƯỚNG",
    "Nguyễn Văn A",
    "CÔNG BÁO/Số 100/Ngày 02-03-2026",
    "11",
    "Phụ lục",
    "NHIỆM VỤ CỤ THỂ CỦA CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG",
    "(Kèm theo Nghị quyết số 09/NQ-CP ngày 02 tháng 3 năm 2026 của Chính phủ)",
    "1. Bộ Kế hoạch chủ trì, phối hợp với các cơ quan, địa phương:",
    "a) Rà soát các quy định về quản lý quỹ X, bảo đảm đồng bộ, thống nhất, hoàn",
    "thành trong tháng 6 năm 2026.",
    "b) Xây dựng đề án phát triển ngành Y, trình Thủ tướng Chính phủ trong quý III",
    "năm 2026.",
    "2. Bộ Y tế khẩn trương hoàn thiện hồ sơ dự thảo Nghị định về quản lý trang",
    "thiết bị y tế, trình Chính phủ trong tháng 3 năm 2026.",
)) + " \n"


def test_an_annex_captioned_in_sentence_case_after_the_signature_gives_its_duties() -> None:
    tasks = extract_plan(parse_text(MEETING)).tasks()
    annex = [(t.path[1:], t.lead, t.support) for t in tasks if t.path[0] != "I"]
    assert annex == [
        (["1", "a"], ["Bộ Kế hoạch"], ["Các cơ quan, địa phương"]),
        (["1", "b"], ["Bộ Kế hoạch"], ["Các cơ quan, địa phương"]),
        (["2"], ["Bộ Y tế"], []),
    ]
