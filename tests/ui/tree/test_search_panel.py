"""The search panel's lines: a plan without a number (a resolution, a plan typed in) shows no
empty number — `Nghị quyết: …`, not `Kế hoạch : …` — and its items name it by its kind and title, not `[]`
nor nothing (window10: `app.domain.plan_names`). Each plan is named once, as a bold heading above its hits,
and a hit reads its task over the dock's width (window12: `[Nghị quyết “…”] 1.2 Rà…` left a few letters)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.ui.shell.state import AppState
from app.ui.tree.search_panel import HIT_ROLE, SearchPanel

LONG = ("Rà soát, đánh giá đội ngũ cán bộ diện Ban Thường vụ quản lý về phẩm chất chính trị, đạo đức, lối sống, "
        "năng lực công tác và uy tín")


def _panel(qtbot: Any, services: Any) -> SearchPanel:
    panel = SearchPanel(AppState(services))
    qtbot.addWidget(panel)
    QAbstractItemModelTester(panel.results.model(), QAbstractItemModelTester.FailureReportingMode.Fatal)
    return panel


def test_hits_of_a_plan_without_number_show_no_empty_number(qtbot: Any, services: Any, sample_plan: Any) -> None:
    plan = services.plans.create_plan("Nghị quyết về nâng cao chất lượng đội ngũ cán bộ", doc_type="NQ")
    services.nodes.add(plan, None, None, label="1", kind="task", text="Rà soát cán bộ diện quản lý")
    panel = _panel(qtbot, services)
    panel.query.setText("can bo")
    hits = panel.run_search()
    lines = panel.lines()
    assert panel.status.text() == f"{len(hits)} kết quả"
    assert sorted(panel.results.item(i).data(HIT_ROLE) for i in range(panel.results.count())
                  if panel.results.item(i).data(HIT_ROLE) is not None) == list(range(len(hits)))  # each hit once
    assert "Nghị quyết: Nghị quyết về nâng cao chất lượng đội ngũ cán bộ" in lines  # its kind, not `Kế hoạch`
    assert "Kế hoạch số 177/KH-UBND: Triển khai Nghị quyết số 04-NQ/TU về cán bộ" in lines
    # the item under its plan's heading, the task's words first
    heading = lines.index("Nghị quyết: Nghị quyết về nâng cao chất lượng đội ngũ cán bộ")
    assert lines[heading + 1] == "1 Rà soát cán bộ diện quản lý"
    assert not [line for line in lines if " :" in line or line.startswith("[")], lines
    tips = [panel.results.item(i).toolTip() for i in range(panel.results.count())]
    assert "Nghị quyết “Nghị quyết về nâng cao chất…”\nRà soát cán bộ diện quản lý" in tips


def test_a_hit_reads_its_task_in_a_narrow_dock(qtbot: Any, services: Any) -> None:
    """440 px (the dock beside the task panel at 1366×768): a numberless plan's hit shows its task's words from
    the first, wrapped over lines rather than cut; the plan is its bold heading, once for its hits; Enter in the
    query opens the first hit, a task, not the heading."""
    plan = services.plans.create_plan("Nghị quyết về nâng cao chất lượng đội ngũ cán bộ diện Ban Thường vụ quản lý",
                                      doc_type="NQ")
    first = services.nodes.add(plan, None, None, label="1.2", kind="task", text=LONG)
    services.nodes.add(plan, None, None, label="1.3", kind="task", text="Đánh giá cán bộ hằng năm")
    panel = _panel(qtbot, services)
    panel.resize(440, 400)
    panel.show()
    qtbot.waitExposed(panel)
    opened: list[tuple[int, int]] = []
    panel.open_node.connect(lambda p, n: opened.append((p, n)))
    panel.query.setText("danh gia")
    panel.query.returnPressed.emit()
    assert panel.lines() == ["Nghị quyết “Nghị quyết về nâng cao chất…”", f"1.2 {LONG}",
                             "1.3 Đánh giá cán bộ hằng năm"]
    assert panel.results.item(0).font().bold() and not panel.results.item(1).font().bold()
    assert opened == [(plan, first)] and panel.results.currentRow() == 1
    qtbot.waitUntil(lambda: panel.results.visualItemRect(panel.results.item(1)).height()
                    >= 2 * panel.results.fontMetrics().height())
    one_line = panel.results.visualItemRect(panel.results.item(2)).height()
    assert panel.results.visualItemRect(panel.results.item(1)).height() > one_line
    assert panel.results.wordWrap() and panel.results.textElideMode() == Qt.TextElideMode.ElideRight


def test_a_word_found_late_in_a_long_task_is_shown(qtbot: Any, services: Any) -> None:
    """`thong tin` found at the end of a long task: the line shows the task's first words, `…`, and the words
    around what was found (it showed the task's first lines, and the clerk saw no reason for the hit); the tooltip
    still holds the whole text."""
    plan = services.plans.create_plan("Kế hoạch phát triển khu công nghiệp", number="134/KH-UBND")
    text = ("Việc triển khai thực hiện Kế hoạch phải đồng bộ, thống nhất, có sự phối hợp chặt chẽ giữa các cấp, "
            "các ngành, địa phương và các đơn vị liên quan với phương thức thực hiện linh hoạt, phù hợp với tình "
            "hình thực tế; bảo đảm hạ tầng điện, nước, thông tin liên lạc đến chân hàng rào các khu công nghiệp.")
    services.nodes.add(plan, None, None, label="2", kind="task", text=text)
    panel = _panel(qtbot, services)
    panel.query.setText("thong tin")
    panel.run_search()
    line = panel.lines()[1]
    assert line.startswith("2 Việc triển khai thực hiện Kế hoạch phải đồng bộ, thống nhất… ")
    assert line.endswith("thông tin liên lạc đến chân hàng rào các khu công nghiệp.")
    assert len(line) <= 182 and panel.results.item(1).toolTip().endswith(text)
    panel.query.setText("dong bo")  # found early: the task's start, cut at its end
    panel.run_search()
    assert panel.lines()[1].startswith("2 Việc triển khai thực hiện Kế hoạch phải đồng bộ")
    assert panel.lines()[0] == "134/KH-UBND"
