"""Walk the outline and collect targets: every figure in objective sections, and `%` figures
stated as objectives (`phấn đấu`, `mục tiêu`, `giảm ... so với năm`) elsewhere, or as the result a numbered item
aims at over the duties that reach it."""
from __future__ import annotations

import re

from app.importers.extract.outline import OutlineNode
from app.importers.extract.section_kinds import TARGET_SECTION
from app.importers.extract.subjects import subject_mentions
from app.importers.extract.target_breakdowns import labelled_figures, opens_with_labelled_figure
from app.importers.extract.targets import find_targets
from app.importers.result import ImportedTarget

_OBJECTIVE = re.compile(r"mục tiêu|chỉ tiêu|ph[ấâầ]n đ[ấầ]u|so với năm", re.IGNORECASE)
_EXCLUDED = re.compile(r"^(?:MỤC ĐÍCH|YÊU CẦU|TÌNH HÌNH|THỰC TRẠNG|KẾT QUẢ|Mục tiêu tổng quát)", re.IGNORECASE)
_DEADLINE_HEAD = re.compile(r"^(?:[Đđ]ến|[Gg]iai đoạn|[Tt]rong (?:năm|giai đoạn)|[Nn]ăm \d{4})")
# a purpose section (not a report of the past): a clause in it that names itself an objective is one
_PURPOSE = re.compile(r"^(?:MỤC ĐÍCH|YÊU CẦU)", re.IGNORECASE)
_NAMED_OBJECTIVE = re.compile(r"\b(?:mục tiêu|chỉ tiêu|ph[ấâầ]n đ[ấầ]u)\b[^.;]*", re.IGNORECASE)
# `Trong giai đoạn 2026 - 2030, …`, `Đến năm 2030, …` opening a paragraph: the time of what it states
_LEADING_TIME = re.compile(r"^((?:[Tt]rong )?[Gg]iai đoạn \d{4}\s*[-–]\s*\d{4}|[Đđ]ến (?:hết )?năm \d{4})")


def _aim_over_duties(node: OutlineNode) -> bool:
    """`6. Tỷ lệ các khu công nghiệp … đạt chuẩn 100%.` over `Ban Quản lý … triển khai xây dựng …`: a numbered item
    whose sub-items or paragraphs each open with the body doing its part (a pointer `(chi tiết Phụ lục …)` aside)
    heads them with the result they reach — an objective, as a `Mục tiêu` section's items are."""
    if not node.label or node.style.startswith("bullet"):
        return False
    below = [c.title for c in node.children] + [p for p in node.paras[1:] if not p.startswith("(")]
    return bool(below) and all(subject_mentions(x) for x in below)


def collect_targets(root: OutlineNode) -> list[ImportedTarget]:
    out: list[ImportedTarget] = []

    def visit(node: OutlineNode, in_targets: bool, excluded: bool, deadline: str | None,
              announced: bool = False, purpose: bool = False) -> None:
        title = node.title.strip()
        if TARGET_SECTION.match(title) and not _EXCLUDED.match(title):
            in_targets = True
            excluded = False  # `I. MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU` … `3. Mục tiêu`: the objectives count
        elif _EXCLUDED.match(title):
            excluded = True
            purpose = bool(_PURPOSE.match(title)) or purpose
        if _DEADLINE_HEAD.match(title) and len(title) < 80:
            deadline = title.rstrip(":. ")
        joined = " ".join(node.paras)
        if excluded and purpose and node.style != "root":
            # `…, mục tiêu tỷ lệ phủ sóng … đến năm 2030 đạt 100%.` in a purpose: the clause names itself
            for para in node.paras:
                for m in _NAMED_OBJECTIVE.finditer(para):
                    out.extend(find_targets(m.group(0), node.path, deadline, counts=False))
        elif not excluded and not in_targets and announced and node.label and opens_with_labelled_figure(joined):
            out.extend(labelled_figures(joined, node.path, deadline))
        elif not excluded and node.style != "root":
            aim = _aim_over_duties(node)
            for k, para in enumerate(node.paras):
                if in_targets or _OBJECTIVE.search(para) or (aim and k == 0):
                    lead_dl = re.match(r"^([Đđ]ến (?:năm|đầu nhiệm kỳ|cuối năm) [\d\s\-–]+\d)", para)
                    out.extend(find_targets(para, node.path, lead_dl.group(1) if lead_dl else deadline,
                                            counts=in_targets))
        for para in node.paras:
            if not excluded and para.rstrip().endswith(":") and _OBJECTIVE.search(para):
                # `…, phấn đấu phát triển …, cụ thể như sau:`: the items below spell out the objective
                announced = True
                if (time := _LEADING_TIME.match(para)) and deadline is None:
                    deadline = time.group(1)
        for child in node.children:
            visit(child, in_targets, excluded, deadline, announced, purpose)

    visit(root, False, False, None)
    return out
