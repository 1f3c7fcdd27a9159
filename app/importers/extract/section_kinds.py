"""Which headings open a section of no duties: purpose, requirements, objectives, situation, criteria.

Items under such a heading are text unless they name a body given a duty; `TARGET_SECTION` marks
the objectives whose figures the targets pass reads.
"""
from __future__ import annotations

import re

_NOT_TASK_SECTION = re.compile(
    r"^(?:(?:CÁC|NHỮNG|MỘT SỐ) )?(?:MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU|CHỈ TIÊU|TÌNH HÌNH|KẾT QUẢ|ĐÁNH GIÁ|QUAN ĐIỂM|"
    r"SỰ CẦN THIẾT|CĂN CỨ|THỰC TRẠNG|BỐI CẢNH|PHẠM VI|ĐỐI TƯỢNG|NGUYÊN TẮC|Một số chỉ tiêu|"
    # an emulation movement's contents, criteria, award forms and quotas are rules, not duties
    r"NỘI DUNG THI ĐUA|TIÊU CHÍ|TIÊU CHUẨN|HÌNH THỨC KHEN THƯỞNG|SỐ LƯỢNG|CHỦ ĐỀ|"
    # a forecast of figures is no duty; nor is a heading that only names the plan's time and scope
    r"DỰ BÁO|(?:THỜI GIAN|ĐỊA ĐIỂM)(?:,| VÀ) (?:PHẠM VI|ĐỊA ĐIỂM|ĐỐI TƯỢNG|THÀNH PHẦN))",
    re.IGNORECASE,
)
# words that make a heading a task section even when it opens like a scope heading
_TASK_WORDS = re.compile(r"NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC THỰC HIỆN|NỘI DUNG(?! THI ĐUA)|PHƯƠNG ÁN", re.IGNORECASE)


_REPORT_ON = re.compile(r"^(?:(?:[IVX]+|\d+)\.\s*)?(?:TÌNH HÌNH|KẾT QUẢ|ĐÁNH GIÁ)(?: (?:KẾT QUẢ|TÌNH HÌNH))? "
                        r"(?:THỰC HIỆN|TRIỂN KHAI)\b", re.IGNORECASE)


def not_task_section(title: str) -> bool:
    """Purpose, requirement, objective, situation headings (`I. MỤC ĐÍCH, YÊU CẦU`, `2. Yêu cầu`)."""
    title = title.strip()
    if _REPORT_ON.match(title) and not re.search(r"giải pháp|phương hướng|tổ chức thực hiện", title, re.IGNORECASE) \
            and not re.search(r"[;.]", title.rstrip(".")) and len(title.split()) <= 25:
        return True  # `I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ … NĂM 2025`: what was done, not what is to be done
    if not _NOT_TASK_SECTION.match(title) or _TASK_WORDS.search(title):
        return False
    letters = [c for c in title if c.isalpha()]
    # `Các chỉ tiêu cụ thể đến năm 2030`: a short heading, not a sentence naming a duty
    return all(c.isupper() for c in letters) or len(title.split()) <= 6 or (
        len(title.split()) <= 10 and bool(re.search(r"chỉ tiêu|mục tiêu", title, re.IGNORECASE)))


TARGET_SECTION = re.compile(r"^(?:[IVX]+\.\s*)?(?:(?:Các|Những|Một số) )?(?:MỤC TIÊU|CHỈ TIÊU)", re.IGNORECASE)
