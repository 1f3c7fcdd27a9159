"""Who may do what: the three roles of the shared office mode and their permissions.

Why a table, not checks spread over the services: the office reads one list to know what a staff
member or a leader can do, and the services ask one question — `allowed(role, permission)` —
before writing. Reading is open to every role; only writes are guarded.
"""

from __future__ import annotations

from enum import Enum


class Permission(Enum):
    """A kind of write; the value is the Vietnamese phrase of the refusal ("không có quyền …")."""

    EDIT_PLANS = "sửa kế hoạch, nhiệm vụ, chỉ tiêu"
    IMPORT_PLANS = "nhập kế hoạch"
    EDIT_AGENCIES = "sửa danh bạ cơ quan"
    RECORD_PROGRESS = "ghi tiến độ"
    IMPORT_EXCHANGE = "nhập biểu mẫu trao đổi"
    PRINT = "in báo cáo"
    APPROVE = "phê duyệt báo cáo kỳ"
    UNLOCK = "mở khóa kỳ đã phê duyệt"
    MANAGE_USERS = "quản lý người dùng"
    SETTINGS = "sửa thiết lập cơ quan"
    RESTORE = "khôi phục cơ sở dữ liệu máy chủ"


ROLES = ("clerk", "staff", "leader")
ROLE_NAMES = {"clerk": "chuyên viên theo dõi", "staff": "cán bộ nhập tiến độ", "leader": "lãnh đạo"}

MATRIX: dict[str, frozenset[Permission]] = {
    "clerk": frozenset(Permission) - {Permission.APPROVE},
    "staff": frozenset({Permission.RECORD_PROGRESS, Permission.IMPORT_EXCHANGE}),
    "leader": frozenset({Permission.PRINT, Permission.APPROVE}),
}
# Staff may be limited to the agencies assigned to them; these permissions are the ones it limits.
AGENCY_SCOPED = frozenset({Permission.RECORD_PROGRESS, Permission.IMPORT_EXCHANGE})


def allowed(role: str, permission: Permission) -> bool:
    return permission in MATRIX.get(role, frozenset())
