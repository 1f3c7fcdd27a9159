"""Every `r.` layout of the bench (`python -m bench.perturb --only r.`) and the gold a re-laid plan is scored
against: the field layouts of session 11 (`bench.perturb_layouts`), the step and phase layouts
(`bench.perturb_steps`), and the annex table with its equal agency and time cells merged as offices merge them
(`r.merged_table`: `r.table` laid out by `bench.table_layouts.merged_cells`, a website's text leaving the cells a
merged cell spans empty — every development plan as a merged table whose gold is known)."""
from __future__ import annotations

import random

from bench.perturb_layouts import FIELD_LAYOUTS, Layout, field_gold, table
from bench.perturb_steps import STEP_LAYOUTS, steps_gold
from bench.table_layouts import merged_cells


def merged_table(text: str, rng: random.Random, gold: dict) -> str:
    return merged_cells(table(text, rng, gold), rng)


LAYOUTS: dict[str, Layout] = {**FIELD_LAYOUTS, **STEP_LAYOUTS, "r.merged_table": merged_table}


def relaid_gold(name: str, gold: dict) -> dict:
    """The gold of a plan re-laid by `name`: the same tasks and header, targets dropped (they are not re-written),
    the tasks' text and deadline as the layout prints them."""
    return steps_gold(name, gold) if name in STEP_LAYOUTS else field_gold(name, gold)
