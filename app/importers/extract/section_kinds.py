"""Which headings open a section of no duties: purpose, requirements, objectives, situation, criteria.

Items under such a heading are text unless they name a body given a duty; `TARGET_SECTION` marks
the objectives whose figures the targets pass reads.
"""
from __future__ import annotations

import re

# the kind of emulation a heading may name between `NỘI DUNG` and `THI ĐUA`
_MOVEMENT = r"(?:(?:ĐỢT|PHONG TRÀO|CUỘC) )?"
_NOT_TASK_SECTION = re.compile(
    r"^(?:(?:CÁC|NHỮNG|MỘT SỐ) )?(?:MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU|CHỈ TIÊU|TÌNH HÌNH|KẾT QUẢ|ĐÁNH GIÁ|QUAN ĐIỂM|"
    r"SỰ CẦN THIẾT|CĂN CỨ|THỰC TRẠNG|BỐI CẢNH|PHẠM VI|ĐỐI TƯỢNG|NGUYÊN TẮC|Một số chỉ tiêu|"
    # an emulation movement's contents, criteria, award forms and quotas are rules, not duties (the contents of
    # a campaign or a movement too: `NỘI DUNG ĐỢT THI ĐUA`, `NỘI DUNG PHONG TRÀO THI ĐUA`)
    rf"NỘI DUNG {_MOVEMENT}THI ĐUA|TIÊU CHÍ|TIÊU CHUẨN|HÌNH THỨC KHEN THƯỞNG|SỐ LƯỢNG|CHỦ ĐỀ|"
    # a forecast of figures is no duty; nor is a heading that only names the plan's time and scope
    r"DỰ BÁO|(?:THỜI GIAN|ĐỊA ĐIỂM)(?:,| VÀ) (?:PHẠM VI|ĐỊA ĐIỂM|ĐỐI TƯỢNG|THÀNH PHẦN))",
    re.IGNORECASE,
)
# words that make a heading a task section even when it opens like a scope heading
_TASK_WORDS = re.compile(rf"NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC THỰC HIỆN|NỘI DUNG(?! {_MOVEMENT}THI ĐUA)|PHƯƠNG ÁN",
                         re.IGNORECASE)


# `II. NỘI DUNG ĐỢT THI ĐUA`: what an emulation is about. Its intro names who competes (`các sở, ngành, … và mọi
# người dân … tập trung thi đua thực hiện các nội dung sau:`), which hands nobody a duty
_EMULATION_CONTENTS = re.compile(rf"^NỘI DUNG {_MOVEMENT}THI ĐUA\b", re.IGNORECASE)


def emulation_contents(title: str) -> bool:
    """Is this the heading of an emulation's contents (`NỘI DUNG THI ĐUA`, `Nội dung đợt thi đua`)?"""
    return bool(_EMULATION_CONTENTS.match(title.strip()))


# `Căn cứ điểm e khoản 2 Điều 6 Nghị quyết số 101/2025/UBTVQH15:` over a list: the items restate what that
# provision lays down (how a vote is held, how many must attend), rules of the law and not duties of this plan
_RESTATES_PROVISION = re.compile(
    r"^Căn cứ (?:vào )?(?:(?:điểm|khoản|tiết) [\wđ]{1,3},? )*(?:Điều|khoản) \d{1,3}\b[^:]*:$", re.IGNORECASE)


def restates_provision(text: str) -> bool:
    """A lead-in that cites an article or clause of a legal text and opens a list (`Căn cứ khoản 1 Điều 6 …:`)."""
    return bool(_RESTATES_PROVISION.match(text.strip()))


# `Thực hiện Quy chế …, tại Phiên họp Chính phủ, các Bộ đã có báo cáo Chính phủ như sau:` over a list: the reports the
# bodies made at the meeting the resolution records, done and not handed out (a lead-in that also asks, `yêu cầu`,
# `giao`, `đề nghị`, hands out what follows)
_REPORTS_MADE = re.compile(r"\bđã (?:có )?(?:báo cáo|trình bày|trình)\b[^.;:]*:$")
_ASKS = re.compile(r"\b(?:yêu cầu|đề nghị|giao|chỉ đạo)\b", re.IGNORECASE)


def records_reports(text: str) -> bool:
    """A lead-in saying the bodies named below have reported (`… các Bộ đã có báo cáo Chính phủ như sau:`)."""
    return bool(_REPORTS_MADE.search(text.strip())) and not _ASKS.search(text)


_HEADING_WORDS = 25
_ROMAN = re.compile(r"[IVXL]+")  # a heading names a topic; a longer title is a sentence

_REPORT_ON = re.compile(r"^(?:(?:[IVX]+|\d+)\.\s*)?(?:TÌNH HÌNH|KẾT QUẢ|ĐÁNH GIÁ)(?: (?:KẾT QUẢ|TÌNH HÌNH))? "
                        r"(?:THỰC HIỆN|TRIỂN KHAI)\b", re.IGNORECASE)


def not_task_section(title: str, *, top_heading: str | None = None) -> bool:
    """Purpose, requirement, objective, situation headings (`I. MỤC ĐÍCH, YÊU CẦU`, `2. Yêu cầu`).

    `top_heading`: the label of an item that is a heading by its place — a Roman-numbered or
    top-level numbered item of the outline (`top_label`); None for any other item. Offices type
    such headings in capitals or in sentence case (`II. Dự báo các chỉ tiêu …`); for them the
    words decide, not the case, as long as the title reads as a heading (no clause or sentence
    break inside). Elsewhere a long lower-case title may be a duty that opens
    with such a word (`Đánh giá …, báo cáo …`), so only capitals or a short title make it a heading.
    """
    title = title.strip()
    if _REPORT_ON.match(title) and not re.search(r"giải pháp|phương hướng|tổ chức thực hiện", title, re.IGNORECASE) \
            and not re.search(r"[;.]", title.rstrip(".")) and len(title.split()) <= 25:
        return True  # `I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ … NĂM 2025`: what was done, not what is to be done
    if not _NOT_TASK_SECTION.match(title) or _TASK_WORDS.search(title):
        return False
    letters = [c for c in title if c.isalpha()]
    # `Các chỉ tiêu cụ thể đến năm 2030`: a short heading, not a sentence naming a duty
    if all(c.isupper() for c in letters) or len(title.split()) <= 6 or (
            len(title.split()) <= 10 and bool(re.search(r"chỉ tiêu|mục tiêu", title, re.IGNORECASE))):
        return True
    return top_heading is not None and reads_as_heading(title, top_heading)


def top_label(label: str, path: list[str]) -> str | None:
    """The label of an item that is a heading by its place: a Roman-numbered item (`II.`), or a
    numbered item at the outline's top level (`2.` of a plan whose parts are numbered 1, 2, 3)."""
    return label if _ROMAN.fullmatch(label) or (len(path) == 1 and label.isdigit()) else None


def reads_as_heading(title: str, label: str = "") -> bool:
    """A title with no clause or sentence break inside (`;`, `:`, a full stop before more words):
    a heading, not a sentence that states a duty. A Roman-numbered title is a part of the plan
    whatever its length (`II. Dự báo các chỉ tiêu …, cơ cấu thu, chi và khung cân đối …`); a
    top-level number may also open a duty, so there the title must also be of a heading's length."""
    if re.search(r"[;:]|\.\s", title.rstrip(" .")):
        return False
    return bool(_ROMAN.fullmatch(label)) or len(title.split()) <= _HEADING_WORDS


TARGET_SECTION = re.compile(r"^(?:[IVX]+\.\s*)?(?:(?:Các|Những|Một số) )?(?:MỤC TIÊU|CHỈ TIÊU)", re.IGNORECASE)
