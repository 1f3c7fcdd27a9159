"""Section II's parts on real plan shapes: a plan's annex `Phụ lục` with its own `I.`, `II.` must
not read as the plan's `Phần I`, `Phần II` printed after its `Phần VI` (seen on 78-KH/HU and
179/KH-UBND imported from tests/fixtures/genre and tests/fixtures/real)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.task_state import TaskState
from app.services.reports.condense import part_summaries
from app.services.views import NodeView

AS_OF = date(2024, 12, 14)


class _Tree:
    def __init__(self) -> None:
        self.views: list[NodeView] = []

    def add(self, parent: NodeView | None, label: str, text: str, kind: str = "section") -> NodeView:
        view = NodeView(id=len(self.views) + 1, plan_id=1, parent_id=parent.id if parent else None,
                        position=len(self.views), depth=0, label=label, kind=kind, text=text, assignees=(),
                        deadline=None, due_date=None, state=TaskState.NOT_DUE if kind == "task" else None,
                        percent=None, version=1)
        self.views.append(view)
        return view

    def tasks(self, parent: NodeView, count: int) -> None:
        for n in range(count):
            self.add(parent, str(n + 1), f"Nhiệm vụ {parent.label}.{n + 1}", "task")


def _headings(tree: _Tree) -> list[tuple[str, int, bool]]:
    return [(p.heading, p.depth, bool(p.counts)) for p in part_summaries(tree.views, [], AS_OF)]


def test_the_annex_of_a_plan_keeps_its_heading_above_its_own_numbering() -> None:
    tree = _Tree()
    tree.add(None, "I", "MỤC ĐÍCH, YÊU CẦU")
    tree.tasks(tree.add(None, "II", "NHIỆM VỤ, GIẢI PHÁP"), 1)
    tree.tasks(tree.add(None, "III", "TỔ CHỨC THỰC HIỆN"), 3)
    annex = tree.add(None, "PL", "Phụ lục")
    tree.tasks(tree.add(annex, "I", "HẠ TẦNG KỸ THUẬT VÀ AN TOÀN THÔNG TIN"), 3)
    tree.tasks(tree.add(annex, "II", "NỀN TẢNG SỐ VÀ NGUỒN NHÂN LỰC"), 3)
    assert _headings(tree) == [
        ("Nhiệm vụ, giải pháp (Phần II của Kế hoạch)", 0, True),
        ("Tổ chức thực hiện (Phần III của Kế hoạch)", 0, True),
        # not `PL. Phụ lục`, nor a bare `Phụ lục` the leader reads as the report's own; no counts: its sections follow
        ("Phụ lục kèm theo Kế hoạch", 0, False),
        ("I. Hạ tầng kỹ thuật và an toàn thông tin", 1, True),
        ("II. Nền tảng số và nguồn nhân lực", 1, True),
    ]


def test_the_headings_between_an_annex_parts_are_printed() -> None:
    """`A.`, `B.` hold no task of their own (the annex table's group rows) but tell its two `I.` apart."""
    tree = _Tree()
    tree.tasks(tree.add(None, "III", "NHIỆM VỤ TRỌNG TÂM"), 1)
    annex = tree.add(None, "PL", "Phụ lục")
    tree.add(annex, "A", "PHÁT TRIỂN NỀN MÓNG")
    tree.tasks(tree.add(annex, "I", "Hoàn thiện thể chế"), 2)
    tree.tasks(tree.add(annex, "II", "Phát triển hạ tầng"), 2)
    tree.add(annex, "B", "PHÁT TRIỂN NGÀNH, LĨNH VỰC")
    tree.tasks(tree.add(annex, "I", "Nông nghiệp"), 2)
    tree.add(annex, "C", "GHI CHÚ")  # after the last part: nothing to place
    assert [h for h, _, _ in _headings(tree)] == [
        "Nhiệm vụ trọng tâm (Phần III của Kế hoạch)", "Phụ lục kèm theo Kế hoạch", "A. Phát triển nền móng",
        "I. Hoàn thiện thể chế",
        "II. Phát triển hạ tầng", "B. Phát triển ngành, lĩnh vực", "I. Nông nghiệp"]


def test_the_usual_plan_opens_its_one_big_part_without_its_heading() -> None:
    """`III. NHIỆM VỤ, GIẢI PHÁP` holding every task: its sections are the parts, as before."""
    tree = _Tree()
    tree.add(None, "I", "MỤC ĐÍCH, YÊU CẦU")
    tasks = tree.add(None, "III", "NHIỆM VỤ, GIẢI PHÁP")
    tree.tasks(tree.add(tasks, "1", "Công tác tuyên truyền"), 2)
    tree.tasks(tree.add(tasks, "2", "Công tác cán bộ"), 2)
    assert _headings(tree) == [("1. Công tác tuyên truyền", 0, True), ("2. Công tác cán bộ", 0, True)]


def test_a_plan_part_numbered_in_arabic_opens_without_its_heading_beside_another_part() -> None:
    """177/KH-UBND: `III.` (its `1.` … `5.`) and `IV.`; announcing `Phần III` took a line that pushed the
    signature of its 2024-Q4 report onto a 14th page, and `1.` cannot be taken for a part of the plan."""
    tree = _Tree()
    tasks = tree.add(None, "III", "NHIỆM VỤ, GIẢI PHÁP")
    tree.tasks(tree.add(tasks, "1", "Công tác tuyên truyền"), 2)
    tree.tasks(tree.add(tasks, "2", "Công tác cán bộ"), 3)
    tree.tasks(tree.add(None, "IV", "TỔ CHỨC THỰC HIỆN"), 1)
    assert _headings(tree) == [("1. Công tác tuyên truyền", 0, True), ("2. Công tác cán bộ", 0, True),
                               ("Tổ chức thực hiện (Phần IV của Kế hoạch)", 0, True)]


def test_an_overdue_task_naming_its_lead_is_not_prefixed_with_it_again() -> None:
    """15-CTr/TU: `Ban Tổ chức Tỉnh ủy chủ trì: Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với …`."""
    from app.services.reports.condense import overdue_lines
    from app.services.views import AssigneeView

    tree = _Tree()
    part = tree.add(None, "II", "NHIỆM VỤ")
    own = tree.add(part, "1", "Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với các huyện ủy rà soát cơ sở đảng",
                   "task")
    other = tree.add(part, "2", "Rà soát, kiện toàn các chi bộ trực thuộc", "task")
    lead = AssigneeView("lead", "Ban Tổ chức Tỉnh ủy", agency_id=1)
    views = [replace(v, state=TaskState.IN_PROGRESS_OVERDUE, assignees=(lead,)) for v in (own, other)]
    assert overdue_lines(views[:1], AS_OF) == [
        "Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với các huyện ủy rà soát cơ sở đảng."]
    assert overdue_lines(views, AS_OF) == [
        "Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với các huyện ủy rà soát cơ sở đảng.",
        "Ban Tổ chức Tỉnh ủy chủ trì: Rà soát, kiện toàn các chi bộ trực thuộc."]


def test_an_overdue_task_whose_words_give_its_date_is_not_followed_by_it_again() -> None:
    """78-KH/HU: `… hoàn thành trước ngày 15/6/2024 (thời hạn 15/6/2024)` read as a slip to the signer; a task whose
    words give no date, or another one, still gets the date it missed."""
    from datetime import date

    from app.services.reports.condense import overdue_lines
    from app.services.views import AssigneeView

    tree = _Tree()
    part = tree.add(None, "III", "TỔ CHỨC THỰC HIỆN")
    said = tree.add(part, "1", "Xây dựng kế hoạch thực hiện, hoàn thành trước ngày 15/06/2024", "task")
    unsaid = tree.add(part, "2", "Tổ chức hội nghị quán triệt", "task")
    lead = AssigneeView("lead", "Các chi, đảng bộ trực thuộc", agency_id=1)
    views = [replace(v, state=TaskState.IN_PROGRESS_OVERDUE, assignees=(lead,), due_date=date(2024, 6, 15))
             for v in (said, unsaid)]
    assert overdue_lines(views, AS_OF) == [
        "Các chi, đảng bộ trực thuộc chủ trì: Xây dựng kế hoạch thực hiện, hoàn thành trước ngày 15/06/2024; "
        "Tổ chức hội nghị quán triệt (thời hạn 15/6/2024)."]


def test_a_suspended_task_is_counted_in_words_not_with_a_slash() -> None:
    from app.services.reports.condense import state_counts

    tree = _Tree()
    part = tree.add(None, "I", "NHIỆM VỤ")
    tree.tasks(part, 2)
    views = [replace(v, state=TaskState.SUSPENDED) if v.label == "2" else v for v in tree.views]
    assert state_counts(v for v in views if v.kind == "task") == (
        "Có 2 nhiệm vụ: 1 chưa đến hạn, 1 không thực hiện hoặc tạm dừng.")


def test_a_section_of_text_only_is_no_heading_between_the_parts() -> None:
    """Session 16's walk (45-KH/TU, genre 02): `1. Nâng cao nhận thức …` holds two paragraphs of aims and no task;
    section II printed its heading with nothing under it, straight above `2. Tổ chức học tập, quán triệt Quy định`.
    A heading alone (`A.`, above) announces the parts after it; a section with text of its own is one of them."""
    tree = _Tree()
    tree.add(None, "I", "MỤC ĐÍCH, YÊU CẦU")
    tasks = tree.add(None, "II", "NHIỆM VỤ, GIẢI PHÁP")
    aims = tree.add(tasks, "1", "Nâng cao nhận thức về vị trí, vai trò của đạo đức cách mạng")
    tree.add(aims, "•1", "Đổi mới nội dung, phương thức giáo dục chính trị", "text")
    tree.tasks(tree.add(tasks, "2", "Tổ chức học tập, quán triệt Quy định"), 2)
    tree.tasks(tree.add(tasks, "3", "Kiểm tra, giám sát việc thực hiện"), 2)
    tree.tasks(tree.add(None, "III", "TỔ CHỨC THỰC HIỆN"), 1)
    assert [h for h, _, _ in _headings(tree)] == [
        "2. Tổ chức học tập, quán triệt Quy định", "3. Kiểm tra, giám sát việc thực hiện",
        "Tổ chức thực hiện (Phần III của Kế hoạch)"]


def test_the_tasks_outside_any_part_come_after_the_parts() -> None:
    """The plan's closing request after its last part (`UBND Thành phố yêu cầu các sở, ban, ngành … khẩn trương tổ chức
    triển khai thực hiện Kế hoạch này./.`) is a task outside any section since session 16: read first, its
    `Các nhiệm vụ khác` stood before `Phần II` as if the plan opened with it (seen on the demo's 69/KH-UBND)."""
    tree = _Tree()
    tree.add(None, "I", "MỤC ĐÍCH, YÊU CẦU")
    tree.tasks(tree.add(None, "II", "NỘI DUNG KẾ HOẠCH"), 3)
    tree.tasks(tree.add(None, "III", "TỔ CHỨC THỰC HIỆN"), 2)
    tree.add(None, "", "UBND Thành phố yêu cầu các sở, ban, ngành khẩn trương triển khai thực hiện Kế hoạch này",
             "task")
    assert _headings(tree) == [
        ("Nội dung kế hoạch (Phần II của Kế hoạch)", 0, True),
        ("Tổ chức thực hiện (Phần III của Kế hoạch)", 0, True),
        ("Các nhiệm vụ khác", 0, True),
    ]


def test_a_plan_part_beside_the_opened_one_is_named_as_the_plans_not_as_a_report_section() -> None:
    """Session 18's walk (69/KH-UBND on the Party profile): section II printed the plan's `1.` … `6.` of its opened
    `II. NỘI DUNG KẾ HOẠCH`, then `Phần III. Tổ chức thực hiện` right above the report's own `III. TỒN TẠI, HẠN CHẾ` —
    a section among the report's numbered sections. The part is the plan's: its title first, then whose part it is,
    in the plan's own kind (`của Nghị quyết` for a Nghị quyết)."""
    tree = _Tree()
    tree.add(None, "I", "MỤC ĐÍCH, YÊU CẦU")
    content = tree.add(None, "II", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU")
    tree.tasks(tree.add(content, "1", "Đổi mới công tác lãnh đạo"), 3)
    tree.tasks(tree.add(content, "2", "Hoàn thiện hạ tầng"), 3)
    tree.tasks(tree.add(None, "III", "TỔ CHỨC THỰC HIỆN"), 2)
    headings = [p.heading for p in part_summaries(tree.views, [], AS_OF, "Nghị quyết")]
    assert headings == ["1. Đổi mới công tác lãnh đạo", "2. Hoàn thiện hạ tầng",
                        "Tổ chức thực hiện (Phần III của Nghị quyết)"]
