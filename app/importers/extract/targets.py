"""Quantified objectives (chỉ tiêu): one target per figure.

`tối thiểu 15%`, `từ 18% trở lên`, `trên 30%` → `>=`; an unqualified `100% cán bộ ...` → `=`;
`giảm ... so với năm 2021` → `reduce_by` with the baseline year; a range `15-20 người` gives its
lower bound with `>=` and keeps the range in the indicator. Age qualifiers, durations and
counts of activities are not targets.
"""
from __future__ import annotations

import re

from app.importers.result import ImportedTarget

_NUM = r"\d{1,3}(?:\.\d{3})+(?!\d)|\d+(?:[.,]\d+)?"
_COUNT_UNITS = (r"(?:người|lao động|cán bộ|đảng viên|tổ chức cơ sở đảng|tổ chức đảng|chi bộ|đơn vị|cơ quan|xã|"
                r"phường|huyện|thôn|doanh nghiệp|hộ|trường|cơ sở|học viên|học sinh|sinh viên|lượt|điểm|"
                r"tỷ đồng|triệu đồng|hợp tác xã|sản phẩm|dự án|giường bệnh|bác sĩ)")
_FIGURE = re.compile(
    rf"(?P<lo>{_NUM})\s*(?:[-–]|đến)\s*(?P<hi>{_NUM})\s*(?P<runit>%|{_COUNT_UNITS}\b)"
    rf"|(?P<val>{_NUM})\s*(?P<unit>%|{_COUNT_UNITS}\b)"
)
_GE_BEFORE = re.compile(r"(?:tối thiểu|ít nhất|trên|đạt trên|từ|không dưới|đạt tối thiểu|hơn|≥|>=|>)\s*$",
                        re.IGNORECASE)
_LE_BEFORE = re.compile(r"(?:tối đa|dưới|không quá|không vượt quá|≤|<=|<)\s*$", re.IGNORECASE)
# A clause that states an objective: its counts (`có ít nhất 300 doanh nghiệp`) are targets too.
_OBJECTIVE_CUE = re.compile(r"ph[ấâầ]n đ[ấầ]u|mục tiêu|chỉ tiêu", re.IGNORECASE)
_GE_AFTER = re.compile(r"^\s*(?:trở lên)")
_LE_AFTER = re.compile(r"^\s*(?:trở xuống)")
_DEADLINE_IN = re.compile(
    r"(?:[Đđ]ến (?:đầu |cuối |hết )?(?:năm|nhiệm kỳ) [\d\s\-–]+\d|(?:[Tt]rong )?[Gg]iai đoạn \d{4}\s*[-–]\s*\d{4})"
)
_LEAD_WORDS = re.compile(
    r"^(?:(?:và|,|;|phấn đấu|phân đấu|phần đầu|phấn đầu|có|đạt|trong đó|cụ thể|tiếp tục|"
    r"hoàn thành mục tiêu|mục tiêu|đến năm \d{4},?|\s)+)", re.IGNORECASE)


_TRAILING_COMP = re.compile(r"(?:\s*\b(?:đạt|từ|tối thiểu|ít nhất|trên|dưới|tối đa|không quá|giảm|tăng|là|ở mức|"
                            r"chiếm|bằng|bình quân|trung bình|mỗi năm|hằng năm|hàng năm)\b)+\s*$", re.IGNORECASE)


def _indicator_clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:.")
    text = _DEADLINE_IN.sub("", text).strip(" ,;:.")
    prev = None
    while prev != text:
        prev = text
        text = _LEAD_WORDS.sub("", text).strip(" ,;:.")
    text = re.sub(r"\s*(?:đạt|là|ở mức|chiếm)?\s*$", "", text)
    return text.strip(" ,;:.")


# `tăng` raises a figure; `giá trị tăng thêm` (value added) and `tăng trưởng` (growth) are nouns, and so is the rate
# of a rise (`tốc độ tăng tổng thu … đạt 12%`: the rate is the indicator, 12% the level it reaches).
_RISE = re.compile(r"(?<!tốc độ )\btăng\b(?! thêm| trưởng)", re.IGNORECASE)


def _number(printed: str) -> float:
    """`50.000` is fifty thousand (dots group thousands), `2,5` two and a half."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", printed):
        return float(printed.replace(".", ""))
    return float(printed.replace(",", "."))


# shared with the reader of indicator tables (indicator_tables.py)
NUM = _NUM
GE_BEFORE = _GE_BEFORE
LE_BEFORE = _LE_BEFORE
parse_number = _number


# `Tỷ lệ hồ sơ trực tuyến toàn trình: 80%`: a label whose value is one figure is one clause, the label
# its indicator (a colon before words opens a new clause)
_LABELLED_FIGURE = re.compile(rf":\s+(?=(?:đạt|trên|dưới|tối thiểu|tối đa|ít nhất|khoảng|≥|>=|≤|<=)?\s*(?:{_NUM})"
                              rf"\s*(?:%|{_COUNT_UNITS})?\s*(?:\([^()]*\))?\s*[;.]?\s*(?:;|$))", re.IGNORECASE)


def _clauses(text: str) -> list[str]:
    text = _LABELLED_FIGURE.sub(" ", text)
    return [c for c in re.split(r";\s*|\.\s+(?=[A-ZĐÀ-Ỹ])|:\s+(?=\S)", text) if c.strip()]


def find_targets(text: str, path: list[str], deadline_text: str | None, counts: bool) -> list[ImportedTarget]:
    """Targets in one paragraph. `counts`: accept count units (người, cán bộ) besides `%`."""
    out: list[ImportedTarget] = []
    for clause in _clauses(text):
        figures = list(_FIGURE.finditer(clause))
        if not figures:
            continue
        base = re.search(r"so với (?:năm )?(\d{4})", clause)
        dl = _DEADLINE_IN.search(clause)
        clause_deadline = dl.group(0) if dl else deadline_text
        chain_comp: str | None = None
        clause_counts = counts or bool(_OBJECTIVE_CUE.search(clause))
        for i, fig in enumerate(figures):
            unit = fig.group("runit") or fig.group("unit")
            if unit != "%" and not clause_counts:
                continue
            after = clause[fig.end():]
            if re.match(r"^\s*(?:tuổi|năm|tháng|ngày|lần|nhiệm kỳ|hội nghị|nội dung)", after):
                continue
            before = clause[:fig.start()]
            is_range = fig.group("lo") is not None
            value = _number(fig.group("lo") or fig.group("val"))
            comp = "="
            if is_range or _GE_BEFORE.search(before) or _GE_AFTER.match(after):
                comp = ">="
            elif _LE_BEFORE.search(before) or _LE_AFTER.match(after):
                comp = "<="
            prev_end = figures[i - 1].end() if i else 0
            window = before[prev_end:] if i else before
            # `giảm 5% biên chế công chức, 10% số người ...`: the second figure shares the verb
            chained = i > 0 and comp == "=" and (not window.strip(" ,") or window.rstrip().endswith(",")) \
                and not re.search(r"\b(?:đạt|tối thiểu|trên|dưới|tối đa|từ|có)\b", window)
            # `giảm xuống dưới 30%`, `giảm xuống còn 20%`: the level to reach, not how much to cut
            if re.search(r"\bgiảm\b(?! xuống)", window, re.IGNORECASE) or (chain_comp == "reduce_by" and chained):
                comp = "reduce_by"
            elif _RISE.search(window) or (chain_comp == "increase_by" and chained):
                comp = "increase_by"
            chain_comp = comp
            # indicator: words after the figure, else words before it
            nxt = figures[i + 1].start() if i + 1 < len(figures) else len(clause)
            tail = clause[fig.end():nxt]
            tail = re.sub(r"^\s*(?:trở lên|trở xuống)", "", tail)
            tail = re.sub(r"\s*\([^()]*\)[\s.;,]*$", "", tail)  # `(Sở A chủ trì)` closing the clause: an aside
            tail = re.split(r",\s*(?=\d)|\s+so với\b|,\s*(?=[^,]*\d+\s*%)", tail)[0]
            tail = re.sub(r"^\s*(?:số lượng|số)?\s*$", "", tail)
            part = window
            if i:  # `..., trong đó tỷ lệ lao động có bằng cấp, chứng chỉ đạt 35%`: from the cue on
                cue = list(re.finditer(r"\btrong đó\b|\b(?:tỷ lệ|số lượng)\b", window))
                part = window[cue[-1].start():] if cue else re.split(r"[,;]\s*(?=[^,;]*$)", window)[-1]
            head = _indicator_clean(part)
            head = _TRAILING_COMP.sub("", head).strip(" ,")
            if is_range:
                indicator = _indicator_clean(clause[len(before) - len(window):fig.end()] + tail)
                indicator = _indicator_clean(window + clause[fig.start():fig.end()] + tail)
            elif _indicator_clean(tail) and len(_indicator_clean(tail).split()) >= 2 and (
                    not head or comp in ("reduce_by", "increase_by") or before.strip().endswith(
                        ("trên", "có trên", "có")) or not before.strip()
                    or re.search(r"(?:^|[,;]|\bvà)\s*$", window) or len(head.split()) <= 1):
                # `95% chất thải … đô thị và 85% chất thải … ở nông thôn`: after `và` the words before the figure are
                # the previous figure's
                indicator = _indicator_clean(tail)
            elif head and unit != "%":
                # `Kết nạp ít nhất 1.500 đảng viên mới`: the counted noun belongs to the indicator
                # ... unless the indicator names it already (`Số doanh nghiệp công nghệ số: 500 doanh nghiệp`)
                counted = "" if re.search(rf"\b{re.escape(unit)}\b", head, re.IGNORECASE) else unit
                indicator = _indicator_clean(f"{head} {counted} {_indicator_clean(tail)}")
            else:
                indicator = head or _indicator_clean(tail)
            if not indicator:
                continue
            out.append(ImportedTarget(path=list(path), indicator=indicator, comparator=comp, value=value,
                                      unit=unit, baseline_year=int(base.group(1)) if base else None,
                                      deadline_text=clause_deadline))
    return out
