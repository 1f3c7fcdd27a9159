"""Tools ▸ Audit trail…: filters, before/after values, XLSX export; the status bar names the user
and role (app/ui/admin/audit_dialog.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from app.domain.dates import format_vn
from app.ui.admin.audit_dialog import AuditDialog
from app.ui.shell.main_window import MainWindow


def test_menu_entry_and_status_bar(window: MainWindow) -> None:
    action = window.registry["tools.audit"]
    assert action.text().replace("&", "") == "Nhật ký thay đổi…"
    assert action in window.menus["tools"].actions()
    assert window.user_label.text() == "Người dùng: tester (chuyên viên theo dõi)"


def test_dialog_filters_and_exports(window: MainWindow, prompter: Any, services: Any, sample_plan: dict[str, int],
                                    tmp_path: Path) -> None:
    services.plans.update_plan(sample_plan["plan"], services.plans.plan(sample_plan["plan"]).version,
                               title="Kế hoạch đã sửa tên")
    other = services.plans.create_plan("Kế hoạch khác", number="9/KH-UBND")
    seen: dict[str, Any] = {}
    out = tmp_path / "nhat-ky"

    def handle(dialog: AuditDialog) -> bool:
        seen["all"] = dialog.rows()
        dialog.set_filters(plan_id=sample_plan["plan"])
        seen["plan"] = dialog.rows()
        dialog.set_filters(agency_id=sample_plan["agency"])
        seen["agency"] = dialog.rows()
        today = format_vn(dt.date.today())
        dialog.set_filters(user="tester", since=today, until=today)
        seen["today"] = dialog.rows()
        dialog.set_filters(since="31/02/2024")
        seen["bad date"] = list(prompter.errors)
        dialog.set_filters(plan_id=other)
        prompter.answers.append(str(out))
        return dialog.export()

    prompter.dialog_handler = handle
    assert window.commands.audit_trail()
    assert len(seen["all"]) == len(seen["today"]) > len(seen["plan"]) > 0
    renamed = next(r for r in seen["plan"] if r[4] == "trích yếu")
    assert renamed[1:3] == ["tester", "sửa"] and renamed[5:] == [
        "Triển khai Nghị quyết số 04-NQ/TU về cán bộ", "Kế hoạch đã sửa tên"]
    assert all("Kế hoạch khác" not in " ".join(r) for r in seen["plan"])
    assert [r[3].split(" #")[0] for r in seen["agency"]] == ["cơ quan"]
    assert seen["bad date"] == ["Ngày viết dạng ngày/tháng/năm, ví dụ 05/12/2026."]
    rows = list(load_workbook(out.with_suffix(".xlsx")).active.iter_rows(values_only=True))
    assert rows[1][0] == "Thời điểm" and [r[6] for r in rows[2:]] == ["Kế hoạch khác"]
