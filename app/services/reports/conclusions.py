"""Sections III–VI of the periodic report, drafted from the period's data: shortcomings and their
causes (III), the difficulties and proposals the agencies wrote, each once with who wrote it (IV, VI),
and the direction for the next period (V).

Why apart from `condense.py` (section II and Phụ lục II): these are the judgements the clerk edits
in the dialog before printing, drafted so that they state facts, never filler; section II only
condenses what the agencies reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.task_state import TaskState
from app.domain.text import fold, sort_key
from app.exporters.content import AgencyReport, NextTask, ReportingStatus
from app.exporters.layouts import short_date
from app.models import Agency
from app.services.reports.condense import Said, in_sentence, sentence, short_task
from app.services.reports.summary import AGENCIES
from app.services.views import NodeView

NAMES_IN_REMARK = 5  # agencies named with a difficulty or proposal; more are counted by kind
UPCOMING = 3  # tasks due next period named in V; the rest are counted
KIND_WORDS = {"so": "sở", "ban": "ban", "nganh": "ngành", "quan_huyen": "UBND quận, huyện, thị xã",
              "dang": "cơ quan Đảng", "doan_the": "tổ chức chính trị - xã hội"}


def remark_lines(pairs: Iterable[tuple[int, str]], names: dict[int, str], kinds: dict[int, str]) -> list[str]:
    """Each distinct difficulty or proposal once, the most shared first, with who wrote it: the
    names when few, else the count by kind of body (`30 cơ quan, đơn vị: 12 sở, 15 UBND quận,
    huyện, thị xã và 3 cơ quan, đơn vị khác`), which tells a leader whom to direct."""
    groups: dict[str, tuple[str, list[int]]] = {}
    for agency, text in pairs:
        if not text:
            continue
        key = fold(text)
        entry = groups.setdefault(key, (text, []))
        if agency not in entry[1]:
            entry[1].append(agency)
    out = []
    for text, agencies in sorted(groups.values(), key=lambda g: (-len(g[1]), fold(g[0]))):
        who = sorted((names.get(a, "?") for a in agencies), key=sort_key)
        if len(who) <= NAMES_IN_REMARK:
            out.append(f"{sentence(text)[:-1]} ({', '.join(who)}).")
            continue
        by_kind = Counter(KIND_WORDS.get(kinds.get(a, ""), "") for a in agencies)
        others = by_kind.pop("", 0)
        parts = [f"{n} {word}" for word, n in by_kind.most_common()]
        if others:
            parts.append(f"{others} {AGENCIES} khác")
        spread = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " và " + parts[-1]
        out.append(f"{sentence(text)[:-1]} ({len(who)} {AGENCIES} nêu: {spread}).")
    return out


def draft_shortcomings(views: list[NodeView], reporting: list[AgencyReport], period_label: str,
                       difficulties: list[str], reports_due: bool = True,
                       reports_as_of: date | None = None) -> list[str]:
    """Section III: overdue and late tasks with the leads most concerned, the agencies that reported late or not at
    all (only when their reports were due by the report's date, `reports_due`: a report printed before then does
    not blame them), and a pointer to IV for the causes; a plain sentence when there is nothing to report."""
    tasks = [v for v in views if v.kind == "task"]
    overdue = [v for v in tasks if v.state is TaskState.IN_PROGRESS_OVERDUE]
    late = [v for v in tasks if v.state is TaskState.DONE_LATE]
    out = []
    if overdue:
        leads = Counter(name for v in overdue for name in v.lead_names)
        most = leads.most_common(3)
        top = ", ".join(in_sentence(name) for name, _n in most)
        # a concentration only when the named leads hold more than one each, or others hold the rest: one task, or
        # two tasks of two leads, are no concentration
        where = " tập trung ở các nhiệm vụ" if len(overdue) > len(most) else ""
        out.append(f"Còn {len(overdue)}/{len(tasks)} nhiệm vụ đang thực hiện quá hạn" +
                   (f",{where} do {top} chủ trì." if top else "."))
    if late:
        out.append(f"Có {len(late)} nhiệm vụ hoàn thành nhưng chậm so với thời hạn.")
    missing = [r.agency for r in reporting if r.submitted_on is None] if reports_due else []
    late_reports = [r.agency for r in reporting if r.status is ReportingStatus.LATE]
    if missing:
        named = ", ".join(missing[:8]) + (f" và {len(missing) - 8} {AGENCIES} khác" if len(missing) > 8 else "")
        by = f"ngày {short_date(reports_as_of)}" if reports_as_of else "ngày chốt số liệu"
        out.append(f"{len(missing)}/{len(reporting)} {AGENCIES} chưa gửi báo cáo {period_label} đến {by}: {named} "
                   "(chi tiết tại Phụ lục II).")
    if late_reports:
        out.append(f"{len(late_reports)} {AGENCIES} gửi báo cáo chậm so với thời hạn: {', '.join(late_reports[:8])}"
                   + (f" và {len(late_reports) - 8} {AGENCIES} khác." if len(late_reports) > 8 else "."))
    if out and difficulties:  # IV lists them, each with who raised it: not repeated here
        out.append("Nguyên nhân chủ yếu: các khó khăn, vướng mắc do các cơ quan, đơn vị báo cáo, nêu tại Mục IV.")
    if not out:
        out.append(f"Trong {period_label}, không có nhiệm vụ quá hạn; các cơ quan, đơn vị được giao nhiệm vụ "
                   "gửi báo cáo đầy đủ, đúng hạn.")
    return out


def draft_direction(views: list[NodeView], upcoming: list[NextTask], next_label: str) -> list[str]:
    """V: the overdue tasks first (by lead: section II names them), then those due next period,
    then the work that goes on."""
    tasks = [v for v in views if v.kind == "task"]
    overdue = [v for v in tasks if v.state is TaskState.IN_PROGRESS_OVERDUE]
    out = []
    if overdue:  # section II names them with their lead: counted here, not listed again
        out.append(f"Tập trung chỉ đạo hoàn thành {len(overdue)} nhiệm vụ đang thực hiện quá hạn nêu tại Mục II.")
    if upcoming:
        shown = "; ".join(short_task(t.text, 14) + (f" ({t.lead})" if t.lead else "") for t in upcoming[:UPCOMING])
        more = f" và {len(upcoming) - UPCOMING} nhiệm vụ khác" if len(upcoming) > UPCOMING else ""
        # "từ nay đến hết": the window starts the day after the cut-off, so a task due 31/12 of this
        # year is among them and "đến hạn trong năm 2025" would misdate it to the leader who signs
        out.append(f"Triển khai {len(upcoming)} nhiệm vụ đến hạn từ nay đến hết {next_label}: {shown}{more}.")
    # each kind named only when there is one (`1 nhiệm vụ đang triển khai trong hạn và thường xuyên` is neither)
    kinds = [(sum(v.state is state for v in tasks), words) for state, words in
             ((TaskState.IN_PROGRESS_ON_TIME, "đang triển khai trong hạn"), (TaskState.ONGOING, "thường xuyên"))]
    going = sum(n for n, _words in kinds)
    if going:
        said = " và ".join(words for n, words in kinds if n)
        out.append(f"Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện {going} nhiệm vụ {said}, báo cáo kết quả "
                   f"{next_label} đúng hạn.")
    if not out:
        out.append("Tiếp tục theo dõi, đôn đốc các cơ quan, đơn vị duy trì kết quả đã đạt được và báo cáo "
                   "theo định kỳ.")
    return out


def draft_proposals(agency_proposals: list[str], views: list[NodeView], addressee: str, next_label: str) -> list[str]:
    """Section VI: the agencies' proposals (a task held up by a difficulty comes with its agency's), then what the
    overdue tasks call for; a plain sentence only when there is neither. Addressed (Kính gửi), the report asks its
    addressee to direct them; a report with no addressee (a Party report, a plan the office issued itself) is
    signed by the body that directs those agencies, so it asks them itself: `không có đề xuất` beside overdue
    tasks is what a leader would ask about."""
    out = list(agency_proposals)
    late = [v for v in views if v.kind == "task" and v.state is TaskState.IN_PROGRESS_OVERDUE]
    if late:
        # one lead for all of them is named: `các cơ quan, đơn vị chủ trì` for one agency reads as a blank form
        leads = {name for v in late for name in v.lead_names}
        one = in_sentence(leads.pop()) if len(leads) == 1 and all(v.lead_names for v in late) else ""
        tasks = f"{len(late)} nhiệm vụ đang quá hạn" + ("" if addressee else " nêu tại Mục II")
        asked = (f"{one} khẩn trương hoàn thành {tasks}" if one
                 else f"các cơ quan, đơn vị chủ trì {tasks} khẩn trương hoàn thành")
        out.append(f"Đề nghị {addressee} chỉ đạo {asked}, báo cáo kết quả." if addressee
                   else f"Đề nghị {asked}, báo cáo kết quả trong {next_label}.")
    if not out:
        out.append("Trong kỳ, các cơ quan, đơn vị không có đề xuất, kiến nghị.")
    return out


def agency_kinds(s: Session) -> dict[int, str]:
    """Every agency's kind by id, to count the authors of a remark by kind of body."""
    return dict(s.execute(select(Agency.id, Agency.kind)).all())


def first_said(said: list[Said], field_name: str) -> list[tuple[int, str]]:
    """(agency, text) pairs of one field, agencies in Vietnamese order."""
    pairs = [(x.agency_id, getattr(x, field_name)) for x in said if getattr(x, field_name)]
    names = {x.agency_id: x.agency for x in said}
    return sorted(pairs, key=lambda p: sort_key(names.get(p[0], "")))
