"""The audit trail in the clerk's words: the field a change touched and its stored values.

Why at display time: the log keeps what the code wrote (`percent`, `in_progress`, `2026-Q4`), the
same for databases written by every version; the trail a clerk reads, and the workbook exported
from it, showed those English words and codes. Each is named here once, in Vietnamese; a value the
table does not know is shown as stored.
"""

from __future__ import annotations

import re

from app.domain.periods import code_name
from app.domain.task_state import ProgressStatus

FIELD_NAMES = {
    # progress and exchange
    "status": "tình trạng", "percent": "tỷ lệ hoàn thành", "result": "kết quả", "difficulties": "khó khăn",
    "proposals": "đề xuất", "evidence": "minh chứng", "reported_on": "ngày báo cáo", "done_on": "ngày hoàn thành",
    "received_on": "ngày nhận báo cáo", "exchange": "phiếu báo cáo", "period": "kỳ báo cáo", "report": "báo cáo",
    # outline
    "label": "số thứ tự", "kind": "loại mục", "text": "nội dung", "deadline": "thời hạn", "assignments": "giao việc",
    "parent_id": "vị trí", "outline": "đề mục", "source": "văn bản gốc",
    # plan
    "number": "số ký hiệu", "doc_type": "loại văn bản", "issuer": "cơ quan ban hành", "place": "địa danh",
    "issued_on": "ngày ban hành", "title": "trích yếu", "signer_authority": "thẩm quyền ký",
    "signer_title": "chức vụ người ký", "signer_name": "người ký", "recipients": "nơi nhận", "format": "thể thức",
    "focal_agency_id": "cơ quan đầu mối", "followed_from": "theo dõi báo cáo từ ngày",
    # targets
    "indicator": "chỉ tiêu", "comparator": "so sánh", "value": "giá trị", "unit": "đơn vị tính",
    "baseline_year": "năm gốc", "baseline_value": "giá trị gốc", "deadline_phrase": "thời hạn", "scope": "phạm vi",
    "node_id": "nhiệm vụ", "measurement": "số đo",
    # directory and users
    "name": "tên", "short_name": "viết tắt", "active": "đang dùng", "proposed": "thêm khi nhập kế hoạch",
    "alias": "tên khác", "members": "thành viên", "merged": "gộp", "role": "vai trò", "agencies": "cơ quan",
    "password_hash": "mật khẩu",
}
PLAN_STATUSES = {"active": "đang thực hiện", "completed": "đã hoàn thành", "archived": "lưu trữ"}
_STATUS_WORDS = {s.value: s.label for s in ProgressStatus}
_CODE = re.compile(r"\b\d{4}-(?:Q[1-4]|M\d{2}|H[12]|9M|Y)\b")
# a progress entry created: `2026-Q4 in_progress 40` (ProgressService.write_in)
_CREATED = re.compile(r"^(\S+) (" + "|".join(_STATUS_WORDS) + r") (\d+|None)$")


def field_name(field: str | None) -> str:
    return FIELD_NAMES.get(field, field) if field else ""


def readable(field: str | None, value: str | None) -> str:
    """A stored value as the clerk reads it: statuses and period codes in words."""
    if not value:
        return ""
    if field == "status":
        return _STATUS_WORDS.get(value) or PLAN_STATUSES.get(value, value)
    created = _CREATED.match(value)
    if created:
        period, status, percent = created.groups()
        words = f"{_periods(period)}: {_STATUS_WORDS[status]}"
        return words if percent == "None" else f"{words}, {percent}%"
    return _periods(value)


def _periods(text: str) -> str:
    return _CODE.sub(lambda found: code_name(found.group(0)), text)
