"""Every `r.` layout of the bench (`python -m bench.perturb --only r.`) and the gold a re-laid plan is scored
against: the field layouts of session 11 (`bench.perturb_layouts`) and the step and phase layouts
(`bench.perturb_steps`)."""
from __future__ import annotations

from bench.perturb_layouts import FIELD_LAYOUTS, Layout, field_gold
from bench.perturb_steps import STEP_LAYOUTS, steps_gold

LAYOUTS: dict[str, Layout] = {**FIELD_LAYOUTS, **STEP_LAYOUTS}


def relaid_gold(name: str, gold: dict) -> dict:
    """The gold of a plan re-laid by `name`: the same tasks and header, targets dropped (they are not re-written),
    the tasks' text and deadline as the layout prints them."""
    return steps_gold(name, gold) if name in STEP_LAYOUTS else field_gold(name, gold)
