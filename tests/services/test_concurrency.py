"""Two real processes editing the same rows, on SQLite and on PostgreSQL: the second writer gets a
conflict naming who changed the row and when, nothing is lost; a long read never blocks a writer."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from app.models.database import Database
from app.services import Services

# A writer process: one JSON command per stdin line, one answer per stdout line. `hold` keeps the
# transaction open (its UPDATE already sent) for that many seconds before the commit.
WRITER = r"""
import json, sys, time
from app.errors import AppError, DatabaseBusyError, ConflictError
from app.models.database import open_database
from app.services import Services
from app.services.base import Service

db = open_database(sys.argv[1])
services = Services(db, user=sys.argv[2])
hold = 0.0
original = Service.apply_changes
def holding(self, session, row, changes, allowed):
    original(self, session, row, changes, allowed)
    if hold:
        session.flush()
        print("holding", flush=True)
        time.sleep(hold)
Service.apply_changes = holding
for line in sys.stdin:
    cmd = json.loads(line)
    service = {"plan": services.plans, "node": services.nodes, "agency": services.agencies}[cmd["entity"]]
    try:
        if cmd["op"] == "version":
            from app.models import Agency, Plan, PlanNode
            model = {"plan": Plan, "node": PlanNode, "agency": Agency}[cmd["entity"]]
            with db.session() as s:
                print(s.get(model, cmd["id"]).version, flush=True)
            continue
        hold = cmd.get("hold", 0.0)
        update = service.update_plan if cmd["entity"] == "plan" else service.update
        update(cmd["id"], cmd["version"], **cmd["changes"])
        print("ok", flush=True)
    except ConflictError as exc:
        print("conflict " + exc.message, flush=True)
    except DatabaseBusyError as exc:
        print("busy " + exc.message, flush=True)
    except AppError as exc:
        print("error " + exc.message, flush=True)
    finally:
        hold = 0.0
"""

LONG_READER = r"""
import sys, time
from sqlalchemy import text
from app.models.database import open_database
db = open_database(sys.argv[1])
with db.session() as s:
    s.execute(text("SELECT count(*) FROM plans p JOIN plan_nodes n ON n.plan_id = p.id")).scalar()
    s.execute(text("SELECT title FROM plans")).all()
    print("reading", flush=True)
    time.sleep(float(sys.argv[2]))
    s.execute(text("SELECT title FROM plans")).all()
print("done", flush=True)
"""


class Writer:
    def __init__(self, url: str, user: str) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", WRITER, url, user], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)

    def send(self, **command: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()

    def answer(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def ask(self, **command: object) -> str:
        self.send(**command)
        return self.answer()

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture
def writers(database: Database) -> Iterator[tuple[Writer, Writer]]:
    pair = (Writer(database.url, "lan"), Writer(database.url, "minh"))
    yield pair
    for writer in pair:
        writer.stop()


@pytest.fixture
def rows(services: Services) -> dict[str, int]:
    plan = services.plans.create_plan("Kế hoạch chung", number="1/KH-UBND")
    node = services.nodes.add(plan, None, None, label="1", kind="task", text="Nhiệm vụ chung")
    agency = services.agencies.create("Sở Nội vụ", kind="so")
    return {"plan": plan, "node": node, "agency": agency}


NAMED = re.compile(r"này vừa được lan sửa lúc \d\d:\d\d ngày \d\d/\d\d/\d{4}; hãy tải lại")
FIELD = {"plan": "title", "node": "text", "agency": "name"}


@pytest.mark.parametrize("entity", ["plan", "node", "agency"])
def test_second_writer_of_a_stale_read_is_told_who_changed_it_and_when(
        writers: tuple[Writer, Writer], rows: dict[str, int], database: Database, entity: str) -> None:
    lan, minh = writers
    key = rows[entity]
    version = int(lan.ask(op="version", entity=entity, id=key))
    assert int(minh.ask(op="version", entity=entity, id=key)) == version
    assert lan.ask(op="update", entity=entity, id=key, version=version, changes={FIELD[entity]: "Bản của Lan"}) == "ok"
    answer = minh.ask(op="update", entity=entity, id=key, version=version, changes={FIELD[entity]: "Bản của Minh"})
    assert answer.startswith("conflict ") and NAMED.search(answer), answer
    table = {"plan": "plans", "node": "plan_nodes", "agency": "agencies"}[entity]
    with database.session() as s:
        assert s.execute(text(f"SELECT {FIELD[entity]} FROM {table} WHERE id = {key}")).scalar() == "Bản của Lan"


def test_overlapping_writers_never_lose_a_change(writers: tuple[Writer, Writer], rows: dict[str, int],
                                                  services: Services) -> None:
    """Lan's transaction holds its UPDATE open while Minh writes the same plan from the same
    stale version: Minh waits for Lan's commit (row lock on PostgreSQL, write lock on SQLite),
    then is refused with her name; her change stays."""
    lan, minh = writers
    key = rows["plan"]
    version = int(minh.ask(op="version", entity="plan", id=key))
    lan.send(op="update", entity="plan", id=key, version=version, changes={"title": "Bản của Lan"}, hold=1.5)
    assert lan.answer() == "holding"
    answer = minh.ask(op="update", entity="plan", id=key, version=version, changes={"title": "Bản của Minh"})
    assert lan.answer() == "ok"
    assert answer.startswith("conflict ") and NAMED.search(answer), answer
    assert services.plans.plan(key).title == "Bản của Lan"


def test_a_long_read_does_not_block_a_writer(database: Database, rows: dict[str, int], services: Services) -> None:
    reader = subprocess.Popen([sys.executable, "-c", LONG_READER, database.url, "3"], stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "reading"
        started = time.monotonic()
        plan = services.plans.plan(rows["plan"])
        services.plans.update_plan(rows["plan"], plan.version, title="Sửa trong lúc người khác đang đọc")
        services.nodes.update(rows["node"], None, text="Nhiệm vụ đã sửa")
        elapsed = time.monotonic() - started
        assert elapsed < 1.5, f"the writer waited {elapsed:.1f} s for a reader"
        assert reader.stdout.readline().strip() == "done"
    finally:
        reader.kill()
        reader.wait(timeout=30)
    assert services.plans.plan(rows["plan"]).title == "Sửa trong lúc người khác đang đọc"
