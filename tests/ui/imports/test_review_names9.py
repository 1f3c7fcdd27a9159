"""What the review shows is what is stored, walked through the window as clerk8 did (bench/README.md, "Session 16
(clerk8)"): real2 34e1b68dd42b9936, a commune Front's plan naming its standing committee `… xã` without the commune;
the clerk types the issuer `… xã Lương Minh` as a task's lead, adds `… xã` to the directory from the row menu, and
stores. The tasks of the name just added were given the issuer's new proposed agency instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.models import Agency, Assignment
from app.ui.imports.import_view import ImportView
from app.ui.imports.review_model import Column

PLAN = Path(__file__).resolve().parents[2] / "fixtures" / "real2" / "34e1b68dd42b9936.txt"
BODY = "Ban Thường trực Ủy ban MTTQ Việt Nam xã"
ISSUER = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh"


def _add_from_the_row_menu(view: ImportView, row: int, shown: str) -> None:
    menu = view._row_menu(view.view_index(row), QPoint(0, 0))
    action = next(a for a in menu.actions() if a.text() == f"Thêm “{shown}” vào danh bạ")
    menu.close()
    action.trigger()


def test_the_name_added_in_the_review_is_the_agency_its_tasks_get(review_of, services, database) -> None:
    """The row menu offers Lương Minh's committee for `… xã` (`mention_matching.directory_name`); once added, every
    row naming it either way is known, and storing gives every one of those tasks that agency, proposing none."""
    view = review_of(PLAN)
    body_rows = [i for i, n in enumerate(view.nodes) if n.lead == [BODY]]
    typed = next(i for i, n in enumerate(view.nodes) if n.kind == "task" and n.label == "•1")  # III.1 •1
    assert len(body_rows) >= 5 and view.plan is not None and view.plan.place == "Lương Minh"
    view.model.setData(view.model.index_of(typed, Column.LEAD), ISSUER)
    assert view.nodes[typed].lead == [ISSUER] and ISSUER in view.marks[typed].unknown
    _add_from_the_row_menu(view, body_rows[0], ISSUER)
    assert not any({BODY, ISSUER} & set(marks.unknown) for marks in view.marks)  # known on every row
    assert view.checks[BODY].name == view.checks[ISSUER].name == ISSUER
    assert view.confirm() is not None
    with database.session() as s:
        stored = {(m, name, proposed) for m, name, proposed in s.execute(
            select(Assignment.mention, Agency.name, Agency.proposed).join(Agency, Agency.id == Assignment.agency_id))
                  if m in (BODY, ISSUER)}
    assert stored == {(BODY, ISSUER, False), (ISSUER, ISSUER, False)}


def test_the_issuer_typed_in_the_header_is_the_one_the_names_are_matched_with(review_of) -> None:
    """Storing matches the names with the header as typed (the office's own plan, its city, the issuer's level):
    the review reads them with it as soon as the clerk leaves the field, not only at storing."""
    view = review_of(PLAN)
    row = next(i for i, n in enumerate(view.nodes) if n.lead == [BODY])
    view.issuer_edit.setFocus()
    view.issuer_edit.selectAll()
    view.issuer_edit.insert("Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh")  # the clerk's word on the issuer (typed)
    QTest.keyClick(view.issuer_edit, Qt.Key.Key_Return)
    assert view.plan is not None and view.plan.issuer == "Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh"
    _add_from_the_row_menu(view, row, BODY)  # not the commune's body now: the province issued the plan
    assert view.checks[BODY].name == BODY
