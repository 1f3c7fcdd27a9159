"""What the review shows is what is stored, walked through the window as clerk8 did (bench/README.md, "Session 16
(clerk8)"): real2 34e1b68dd42b9936, a commune Front's plan naming its standing committee `… xã` without the commune;
the clerk types the issuer `… xã Lương Minh` as a task's lead, adds `… xã` to the directory from the row menu, and
stores. The tasks of the name just added were given the issuer's new proposed agency instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from sqlalchemy import select

from app.models import Agency, Assignment
from app.ui.imports.import_view import ImportView
from app.ui.imports.review_model import Column

PLAN = Path(__file__).resolve().parents[2] / "fixtures" / "real2" / "34e1b68dd42b9936.txt"
BODY = "Ban Thường trực Ủy ban MTTQ Việt Nam xã"
ISSUER = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh"


def _add_from_the_row_menu(view: ImportView, row: int, mention: str) -> None:
    menu = view._row_menu(view.view_index(row), QPoint(0, 0))
    action = next(a for a in menu.actions() if a.text().startswith("Thêm") and mention in a.text())
    menu.close()
    action.trigger()


def test_the_name_added_in_the_review_is_the_agency_its_tasks_get(review_of, services, database) -> None:
    view = review_of(PLAN)
    lead_of = {i: n.lead for i, n in enumerate(view.nodes)}
    body_rows = [i for i, lead in lead_of.items() if lead == [BODY]]
    typed = next(i for i, n in enumerate(view.nodes) if n.kind == "task" and n.label == "•1")  # III.1 •1
    assert len(body_rows) >= 5 and view.plan is not None and view.plan.place == "Lương Minh"
    view.model.setData(view.model.index_of(typed, Column.LEAD), ISSUER)
    assert view.nodes[typed].lead == [ISSUER] and ISSUER in view.marks[typed].unknown
    _add_from_the_row_menu(view, body_rows[0], BODY)
    assert all(BODY not in view.marks[i].unknown for i in body_rows)  # shown known on every row naming it
    assert ISSUER in view.marks[typed].unknown  # and the issuer's full name still new
    assert view.confirm() is not None
    with database.session() as s:
        stored = {(m, name, proposed) for m, name, proposed in s.execute(
            select(Assignment.mention, Agency.name, Agency.proposed).join(Agency, Agency.id == Assignment.agency_id))
                  if m in (BODY, ISSUER)}
    assert stored == {(BODY, BODY, False), (ISSUER, ISSUER, True)}
