"""A duty done case by case is one task (session 13, precision; ANNOTATION: descriptive sub-bullets stay in the item).

Made-up snippets: `…, cụ thể:` + `- Đối với <a kind of petition>: …` bullets say how one duty is done for each case,
so the item is the task, the cases stay in its text and a case's own time is not the duty's; bullets that open with
the bodies addressed (`- Đối với Công an xã:` + its bullets) hand each its own duty."""
from __future__ import annotations

from app.importers.extract import extract_plan
from app.importers.readers.textfile import parse_text

HEAD = ("ỦY BAN NHÂN DÂN XÃ Y\n\nSố: 08/KH-UBND\n\nY, ngày 10 tháng 12 năm 2025\n\nKẾ HOẠCH\n\n"
        "Tiếp công dân phục vụ bầu cử\n\nII. NỘI DUNG THỰC HIỆN\n\n")
CASES = """1. Tổ tiếp công dân tiếp nhận và xử lý đơn thư của công dân theo quy trình, cụ thể:

- Đối với khiếu nại về danh sách cử tri: Chuyển đơn đến Ủy ban nhân dân xã (trong thời hạn 05 ngày kể từ ngày nhận đơn).

- Đối với đơn thư liên quan đến người ứng cử:

+ Nếu liên quan đến hồ sơ người ứng cử: Chuyển ngay đến Ủy ban Bầu cử xã.

+ Nếu liên quan đến người được giới thiệu: Tổ tiếp công dân chủ trì xác minh.

- Đối với kiến nghị về công tác tổ chức bầu cử: Chuyển đến Tổ bầu cử để khắc phục ngay.

2. Văn phòng Ủy ban nhân dân xã bảo đảm điều kiện làm việc cho Tổ tiếp công dân.
"""


def _tasks(body: str) -> list[tuple[list[str], list[str], str | None]]:
    return [(t.path, t.lead, t.deadline_text) for t in extract_plan(parse_text(HEAD + body)).tasks()]


def test_cases_of_a_thing_stay_in_their_duty_and_their_time_is_theirs() -> None:
    tasks = _tasks(CASES)
    assert tasks[0] == (["II", "1"], ["Tổ tiếp công dân"], None)
    assert [t[0] for t in tasks] == [["II", "1"], ["II", "2"]]


def test_bullets_naming_the_bodies_addressed_are_duties_of_their_own() -> None:
    body = ("1. Tổ chức tuyên truyền về bầu cử, cụ thể:\n\n"
            "- Đối với Công an xã:\n\n+ Bảo đảm an ninh, trật tự tại các điểm tiếp công dân.\n\n"
            "- Đối với Văn phòng Ủy ban nhân dân xã:\n\n+ Đăng tải tin bài trên trang thông tin điện tử của xã.\n\n")
    assert [t[1] for t in _tasks(body)] == [["Công an xã"], ["Văn phòng Ủy ban nhân dân xã"]]
