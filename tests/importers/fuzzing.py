"""Fuzzing the plan readers: random and mutated files through the same path as `import-plan --db`.

The promise (issue 11): whatever bytes a clerk opens, the program answers with one typed error
(`app.errors`) or a parsed plan — never a traceback — and a refused file writes nothing to the
database. `FuzzRun.feed` checks exactly that for one input; `run_fuzz` drives it with Hypothesis.
The test (`test_fuzz_readers.py`) runs a few hundred inputs, `python -m bench.fuzz_readers`
runs many more; both print how many were tried.

A reader joins with one line in `TARGETS` (the exchange workbook is `store_workbook`, what
`exchange import` does). `SLOW_TARGETS` are fuzzed by the benchmark only: a Word 97-2003 file
(.doc) goes through LibreOffice, a second or more per input.
"""
from __future__ import annotations

import functools
import hashlib
import io
import logging
import tempfile
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plan_renderers import render_docx, render_pdf

from app.errors import AppError
from app.models.database import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED_PLANS = (FIXTURES / "corpus" / "000_5d85a5fb6824ef83.txt", FIXTURES / "genre" / "01_nghean_cchc.txt")


def store_plan(database: Path, path: Path) -> object:
    """What `import-plan FILE --db DATABASE` does: read, extract, store in one transaction."""
    from app.services.plan_import import store_plan_file

    return store_plan_file(database, path)


def store_workbook(database: Path, path: Path) -> object:
    """What `exchange import FILE --db DATABASE` does: review the file, refuse it with its error,
    else apply it (the window's "Nhận phiếu báo cáo" does the same two steps)."""
    from app.errors import InputError
    from app.services import Services

    db = open_database(database)
    try:
        services = Services(db, user="fuzz")
        review = services.exchange.review([path])[0]
        if review.error:
            raise InputError(review.error)
        return services.exchange.apply([review])
    finally:
        db.dispose()


@dataclass(frozen=True)
class FuzzTarget:
    """One reader to fuzz: its file suffix, valid files to mutate, and the use case that stores it."""

    suffix: str
    seeds: Callable[[], list[bytes]]
    magic: bytes = b""  # how a real file of this type starts: random bytes get it half the time
    zipped: bool = False  # an Office package: mutate its members too, not only its bytes
    store: Callable[[Path, Path], object] = store_plan


@functools.cache
def _rendered(suffix: str) -> list[bytes]:
    """The seed plans as text, or rendered as Word / PDF files, or Word saved as Word 97-2003 by
    LibreOffice (once per process)."""
    if suffix in (".txt", ".md"):
        return [plan.read_bytes() for plan in SEED_PLANS]
    if suffix == ".doc":
        return _as_doc(_rendered(".docx"))
    render = render_docx if suffix == ".docx" else render_pdf
    with tempfile.TemporaryDirectory() as folder:
        return [render(plan, Path(folder) / f"seed{i}{suffix}").read_bytes() for i, plan in enumerate(SEED_PLANS)]


def _as_doc(documents: list[bytes]) -> list[bytes]:
    from app.importers.readers.office import convert_with_office

    return [convert_with_office(data, source="docx", target="doc", infilter="MS Word 2007 XML",
                                save_as="") for data in documents]


@functools.cache
def _workbooks() -> list[bytes]:
    """Two exchange workbooks as the program writes them (three rows filled, and none)."""
    from datetime import date

    from app.domain.exchange import RowKey
    from app.exporters.exchange_workbook import ExchangeHeader, ExchangeRow, write_exchange_workbook

    header = ExchangeHeader("Sở Nội vụ", "5/KH-UBND", "Kế hoạch", "Sở Tài chính", "2021-Q4", "quý IV năm 2021",
                            date(2021, 9, 15), date(2021, 12, 14), date(2021, 12, 25), "ab" * 16, 1, 2, "cd" * 16,
                            date(2021, 12, 1), "Kế hoạch số 5/KH-UBND")
    out = []
    with tempfile.TemporaryDirectory() as folder:
        for filled in (True, False):
            rows = [ExchangeRow(RowKey("ab" * 16, 1, "2021-Q4", 2, n), str(n), f"Nhiệm vụ {n}", "Chủ trì",
                                "Thường xuyên", "Thường xuyên", "", status="Đang thực hiện" if filled else "",
                                percent=50 if filled else None, result="Kết quả" if filled else "")
                    for n in range(1, 4)]
            path = Path(folder) / f"seed{filled}.xlsx"
            write_exchange_workbook(header, rows, path)
            out.append(path.read_bytes())
    return out


TARGETS: dict[str, FuzzTarget] = {
    ".txt": FuzzTarget(".txt", lambda: _rendered(".txt")),
    ".md": FuzzTarget(".md", lambda: _rendered(".md")),
    ".docx": FuzzTarget(".docx", lambda: _rendered(".docx"), magic=b"PK\x03\x04", zipped=True),
    ".pdf": FuzzTarget(".pdf", lambda: _rendered(".pdf"), magic=b"%PDF-1.7\n"),
    ".xlsx": FuzzTarget(".xlsx", _workbooks, magic=b"PK\x03\x04", zipped=True, store=store_workbook),
}
SLOW_TARGETS: dict[str, FuzzTarget] = {
    ".doc": FuzzTarget(".doc", lambda: _rendered(".doc"), magic=b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
}


class FuzzRun:
    """One database that every input is stored into, and the count of what was tried."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.database = folder / "fuzz.db"
        open_database(self.database).dispose()
        self.tried: Counter[str] = Counter()
        self.refused: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()  # the refusals by the start of their message

    def feed(self, target: FuzzTarget, data: bytes) -> None:
        """Store `data` as a file of the target's type; only a typed error may come out of it, and a
        refusal must leave the database byte-identical. A failing input is kept in `failures/`."""
        path = self.folder / f"input{target.suffix}"
        path.write_bytes(data)
        before = self.fingerprint()
        self.tried[target.suffix] += 1
        noise = _LogNoise()
        try:
            with noise:
                target.store(self.database, path)
        except AppError as exc:
            self.refused[target.suffix] += 1
            self.reasons[exc.message[:48]] += 1
            if not exc.message.strip() or "\n" in exc.message:
                self._fail(target, data, f"message not one line: {exc.message!r}")
            if self.fingerprint() != before:
                self._fail(target, data, f"refused input changed the database: {exc.message}")
        except Exception as exc:
            self._fail(target, data, f"{type(exc).__name__}: {exc}", exc)
        if noise.records:  # log records and warnings would be printed on stderr beside the one `Lỗi:` line
            self._fail(target, data, f"noise on stderr: {noise.records[0]}")

    def _fail(self, target: FuzzTarget, data: bytes, what: str, cause: Exception | None = None) -> None:
        kept = self.folder / "failures" / f"{hashlib.sha256(data).hexdigest()[:16]}{target.suffix}"
        kept.parent.mkdir(exist_ok=True)
        kept.write_bytes(data)
        raise AssertionError(f"{what} (input kept in {kept})") from cause

    def fingerprint(self) -> str:
        digest = hashlib.sha256()
        for suffix in ("", "-wal"):
            part = self.database.with_name(self.database.name + suffix)
            digest.update(part.read_bytes() if part.exists() else b"-")
        return digest.hexdigest()

    def summary(self) -> str:
        total = sum(self.tried.values())
        parts = ", ".join(f"{s} {n} ({self.refused[s]} từ chối)" for s, n in sorted(self.tried.items()))
        return f"fuzz: {total} đầu vào đã thử — {parts}"


class _LogNoise(logging.Handler):
    """Collects WARNING-and-above records that would reach stderr through Python's last-resort
    handler (the command line configures no logging), and the `warnings.warn` calls Python would
    print there (openpyxl warns about a damaged part)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []
        self._warnings = warnings.catch_warnings(record=True)
        self._warned: list[warnings.WarningMessage] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(f"{record.name}: {record.getMessage()[:120]}")

    def __enter__(self) -> _LogNoise:
        logging.getLogger().addHandler(self)
        self._warned = self._warnings.__enter__() or []
        warnings.simplefilter("always")
        return self

    def __exit__(self, *_exc: object) -> None:
        self._warnings.__exit__(None, None, None)
        self.records += [f"{w.category.__name__}: {str(w.message)[:120]}" for w in self._warned]
        logging.getLogger().removeHandler(self)


class FuzzInput:
    """Bytes with a short repr: Hypothesis prints the failing example, a 100 kB repr helps nobody."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __repr__(self) -> str:
        return f"FuzzInput({len(self.data)} bytes, sha256 {hashlib.sha256(self.data).hexdigest()[:16]})"


# ---- inputs ----------------------------------------------------------------------------------------
_CHUNKS = st.one_of(
    st.binary(max_size=64),
    st.text(max_size=32).map(lambda t: t.encode("utf-8", errors="surrogatepass")),
    st.sampled_from([b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"<!DOCTYPE x>", b"\n" * 50, b"|", b"**",
                     b"I.", b"1.", b"a)", b"%%EOF", b"stream\n", b"endobj", b"PK\x03\x04"]),
)


def random_inputs(target: FuzzTarget) -> st.SearchStrategy[bytes]:
    """Random bytes, half of them behind the type's magic so they pass the first check."""
    raw = st.binary(max_size=4096)
    if not target.magic:
        return raw
    return st.one_of(raw, raw.map(lambda rest: target.magic + rest))


@st.composite
def _mutate_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    for _ in range(draw(st.integers(1, 4))):
        pos = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(("flip", "insert", "delete", "truncate", "duplicate")))
        if op == "flip" and pos < len(data):
            data = data[:pos] + bytes([data[pos] ^ draw(st.integers(1, 255))]) + data[pos + 1:]
        elif op == "insert":
            data = data[:pos] + draw(_CHUNKS) + data[pos:]
        elif op == "delete":
            data = data[:pos] + data[pos + draw(st.integers(1, 512)):]
        elif op == "truncate":
            data = data[:pos]
        elif op == "duplicate":
            data = data[:pos] + data[pos:pos + draw(st.integers(1, 2048))] * draw(st.integers(2, 4)) + data[pos:]
    return data


@st.composite
def _mutate_member(draw: st.DrawFn, package: bytes) -> bytes:
    """An Office package with one member's bytes mutated (its XML reaches the parsers)."""
    with zipfile.ZipFile(io.BytesIO(package)) as src:
        names = src.namelist()
        victim = draw(st.sampled_from(names))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for name in names:
                content = src.read(name)
                dst.writestr(name, draw(_mutate_bytes(content)) if name == victim else content)
    return out.getvalue()


def mutated_inputs(target: FuzzTarget) -> st.SearchStrategy[bytes]:
    """Valid files of the type with a few bytes (or, for a package, one member) damaged."""
    seeds = st.sampled_from(target.seeds())
    mutated = seeds.flatmap(lambda seed: _mutate_bytes(seed))
    if not target.zipped:
        return mutated
    return st.one_of(mutated, seeds.flatmap(lambda seed: _mutate_member(seed)))


def run_fuzz(target: FuzzTarget, inputs: st.SearchStrategy[bytes], examples: int, fuzz: FuzzRun,
             *, explore: bool = False) -> None:
    """Feed `examples` inputs drawn from `inputs`; a failure shows the smallest input Hypothesis finds.

    The suite draws the same inputs every run (a red CI must mean a change broke something);
    `explore` draws new ones each time, for the benchmark that hunts for new failures.
    """

    @settings(max_examples=examples, deadline=None, database=None, derandomize=not explore,
              suppress_health_check=list(HealthCheck))
    @given(inputs.map(FuzzInput))
    def check(data: FuzzInput) -> None:
        fuzz.feed(target, data.data)

    check()
