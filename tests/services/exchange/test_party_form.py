"""The form as a Party office sends it (agency10's walk: Tỉnh ủy Lào Cai's programme for Kết luận 75-KL/TW, its
number lost with the digital signature). A plan without a number or a day is named by its kind, issuer and title;
the form printed that title in the bold line and again in the italic line below it."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.domain.periods import Period
from app.services import Services
from app.services.nodes import AssigneeSpec
from tests.services.exchange.conftest import AS_OF

TITLE = "thực hiện Kết luận số 75-KL/TW của Ban Chấp hành Trung ương Đảng về bảo vệ môi trường"


def test_a_numberless_plans_title_is_printed_once(services: Services, tmp_path: Path) -> None:
    ban = services.agencies.create("Ban Tuyên giáo Tỉnh ủy", kind="dang")
    plan = services.plans.create_plan(TITLE, doc_type="CTr", issuer="Tỉnh ủy Lào Cai", format="party")
    task = services.nodes.add(plan, None, None, label="1", text="Tuyên truyền sâu rộng Kết luận số 75-KL/TW")
    services.nodes.set_assignments(task, [AssigneeSpec("lead", agency_id=ban)])
    services.nodes.set_deadline(task, "Thường xuyên")
    [form] = services.exchange.export(plan, Period.parse("2021-Q4"), tmp_path, as_of=AS_OF, office="Tỉnh ủy Lào Cai")
    ws = load_workbook(form.path).active
    header = [ws.cell(row, 1).value for row in range(1, 8)]
    assert header[1] == f"PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH CỦA TỈNH ỦY LÀO CAI VỀ {TITLE.upper()}", header
    assert sum(TITLE.lower() in (line or "").lower() for line in header) == 1, header
    assert header[2] is None and ws.row_dimensions[3].height < 8
    assert header[0] == "TỈNH ỦY LÀO CAI" and not any("UBND" in (line or "") for line in header)
