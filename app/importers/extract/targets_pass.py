"""Walk the outline and collect targets: every figure in objective sections, and `%` figures
stated as objectives (`phấn đấu`, `mục tiêu`, `giảm ... so với năm`) elsewhere."""
from __future__ import annotations

import re

from app.importers.extract.outline import OutlineNode
from app.importers.extract.section_kinds import TARGET_SECTION
from app.importers.extract.targets import find_targets
from app.importers.result import ImportedTarget

_OBJECTIVE = re.compile(r"mục tiêu|chỉ tiêu|ph[ấâầ]n đ[ấầ]u|so với năm", re.IGNORECASE)
_EXCLUDED = re.compile(r"^(?:MỤC ĐÍCH|YÊU CẦU|TÌNH HÌNH|THỰC TRẠNG|KẾT QUẢ|Mục tiêu tổng quát)", re.IGNORECASE)
_DEADLINE_HEAD = re.compile(r"^(?:[Đđ]ến|[Gg]iai đoạn|[Tt]rong (?:năm|giai đoạn)|[Nn]ăm \d{4})")


def collect_targets(root: OutlineNode) -> list[ImportedTarget]:
    out: list[ImportedTarget] = []

    def visit(node: OutlineNode, in_targets: bool, excluded: bool, deadline: str | None) -> None:
        title = node.title.strip()
        if TARGET_SECTION.match(title) and not _EXCLUDED.match(title):
            in_targets = True
            excluded = False  # `I. MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU` … `3. Mục tiêu`: the objectives count
        elif _EXCLUDED.match(title):
            excluded = True
        if _DEADLINE_HEAD.match(title) and len(title) < 80:
            deadline = title.rstrip(":. ")
        if not excluded and node.style != "root":
            for para in node.paras:
                if in_targets or _OBJECTIVE.search(para):
                    lead_dl = re.match(r"^([Đđ]ến (?:năm|đầu nhiệm kỳ|cuối năm) [\d\s\-–]+\d)", para)
                    out.extend(find_targets(para, node.path, lead_dl.group(1) if lead_dl else deadline,
                                            counts=in_targets))
        for child in node.children:
            visit(child, in_targets, excluded, deadline)

    visit(root, False, False, None)
    return out
