"""Fuzz the readers much longer than the test does: `python -m bench.fuzz_readers [N]`.

N random and N mutated inputs per reader (default 2,000) — plans (.txt, .md, .docx, .pdf) stored
through `import-plan --db`'s use case, exchange workbooks (.xlsx) through `exchange import`'s,
and N/20 per kind (at least 20) of Word 97-2003 plans (.doc, through LibreOffice, a second or
more each) — into one scratch database, with the same checks as
tests/importers/test_fuzz_readers.py (only typed errors; a refusal leaves the database
byte-identical). Prints how many inputs were tried and why they were refused; exits 1 on the
first failure (the input is kept and named). Not run by `python -m bench` (it takes minutes).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "importers"))  # the fuzz helpers live beside the test

from fuzzing import SLOW_TARGETS, TARGETS, FuzzRun, mutated_inputs, random_inputs, run_fuzz  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    examples = int(args[0]) if args else 2000
    started = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="fuzz-readers-"))  # kept when an input fails: it holds the input
    fuzz = FuzzRun(folder)
    try:
        for suffix, target in {**TARGETS, **SLOW_TARGETS}.items():
            count = examples if suffix in TARGETS else max(20, examples // 20)
            for name, inputs in (("ngẫu nhiên", random_inputs(target)), ("biến đổi", mutated_inputs(target))):
                before = fuzz.tried[suffix]
                run_fuzz(target, inputs, count, fuzz, explore=True)
                print(f"{suffix:6} {name:11} {fuzz.tried[suffix] - before:6} đầu vào", flush=True)
    except Exception as exc:  # AssertionError from a check, or Hypothesis reporting several
        print(f"LỖI: {exc}", file=sys.stderr)
        print(fuzz.summary())
        return 1
    print(fuzz.summary())
    for reason, count in fuzz.reasons.most_common(12):
        print(f"{count:7}  {reason}…")
    print(f"{time.perf_counter() - started:.0f} s")
    shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
