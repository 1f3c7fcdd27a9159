"""`python -m bench.formats_roundtrip`: the development plans imported as the files a clerk
receives (Word typed by hand, Word with automatic numbering, Word 97-2003, PDF), scored against
their gold beside the `.txt` import.

For every development document with gold (tests/fixtures/real less the five held aside,
tests/fixtures/real2, shared/corpus/plans; never real3, real4 or the held-out five) it writes, in a
temporary folder, `docx` and `docx-num` (`bench.plan_docx`), and `doc` and `pdf` converted from
`docx` by LibreOffice (`app.importers.readers.office`), imports each through the importer's own
entry (`import_plan_document`, as `import-plan --json`) and scores it with the shared scorer's
functions. Prints, per format and set, the six metrics beside the `.txt` figures, then the
documents that drop most.

Options: `--formats docx,docx-num,doc,pdf,pdf-running` (default all but pdf-running; doc and pdf need LibreOffice;
`pdf-running`: the PDF of a Word file that prints `Kế hoạch số 12/KH-UBND` at the top of every page
and `Trang 2/9` at its foot, so both land inside sentences a page break cuts),
`--sets real,real2,plans,genre,genre2`, `--keep DIR` (keep the generated files), `--worst N`.
`--merged`: every task table laid out as offices print it (`bench.table_layouts.merged_layout`):
the `.txt` with the continuing agency and time cells left empty and the header row again
mid-table (`k.merged_cells`), the Word file with those cells merged (`vMerge`) and the header row
repeating on every page, the PDF printed from it; scored against the unchanged gold, beside the
unchanged `.txt`. Only documents with a table that changes are scored. `--merged middle`: the
merged cells' text centred in its span (the PDF prints it beside a middle row).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from app.errors import InputError
from app.importers import import_plan_document
from app.importers.readers.office import convert_with_office, office_program
from bench.plan_docx import write_plan_docx
from bench.shared_scorer import HELD_ASIDE, load_scorer
from bench.table_layouts import merged_cells

ROOT = Path(__file__).resolve().parent.parent
SETS = {"real": ROOT / "tests/fixtures/real", "real2": ROOT / "tests/fixtures/real2",
        "plans": Path("/work/shared/corpus/plans"), "genre": ROOT / "tests/fixtures/genre",
        "genre2": ROOT / "tests/fixtures/genre2"}
FORMATS = ("txt", "docx", "docx-num", "doc", "pdf", "pdf-running")
DEFAULT_SETS = ("real", "real2", "plans")
SHOWN = ("recall", "precision", "lead", "support", "deadline", "header")




def documents(set_name: str) -> list[Path]:
    """The set's development texts that have gold (the held-out five left out)."""
    folder = SETS[set_name]
    texts = [g.with_name(g.name[: -len(".gold.json")] + ".txt") for g in sorted(folder.glob("*.gold.json"))]
    return [t for t in texts if t.is_file() and t.stem not in HELD_ASIDE]


def render(text_file: Path, fmt: str, folder: Path, merged: str = "") -> Path:
    """The document `text_file` as a file of format `fmt` in `folder` (`merged`: its tables with
    merged cells, see `--merged`)."""
    text = text_file.read_text(encoding="utf-8")
    if fmt == "txt" and merged:
        out = folder / f"{text_file.stem}.merged.txt"
        out.write_text(merged_cells(text, random.Random(0)), encoding="utf-8")
        return out
    if fmt == "txt":
        return text_file
    stem = f"{text_file.stem}.merged-{merged}" if merged else text_file.stem
    docx_path = folder / f"{stem}.docx"
    if fmt == "pdf-running":  # the page header and foot offices print on every page
        out = folder / f"{stem}.running.pdf"
        if not out.exists():
            source = write_plan_docx(text, folder / f"{stem}.running.docx", merged=bool(merged),
                                     middle=merged == "middle", running=True)
            out.write_bytes(convert_with_office(source.read_bytes(), source="docx", target="pdf",
                                                infilter="MS Word 2007 XML", save_as=""))
        return out
    if fmt == "docx-num":
        return write_plan_docx(text, folder / f"{stem}.num.docx", auto_numbering=True, merged=bool(merged),
                               middle=merged == "middle")
    if not docx_path.exists():
        write_plan_docx(text, docx_path, merged=bool(merged), middle=merged == "middle")
    if fmt == "docx":
        return docx_path
    out = folder / f"{stem}.{fmt}"
    if not out.exists():
        out.write_bytes(convert_with_office(docx_path.read_bytes(), source="docx", target=fmt,
                                            infilter="MS Word 2007 XML", save_as=""))
    return out


def predict(path: Path) -> dict:
    """The extraction `import-plan --json` prints, or {} when the import refuses the file."""
    try:
        return import_plan_document(path)[1].to_annotation_dict()
    except InputError:
        return {}


def score_document(scorer, text_file: Path, fmt: str, folder: Path, merged: str = "") -> dict:
    gold = json.loads(text_file.with_name(text_file.stem + ".gold.json").read_text(encoding="utf-8"))
    try:
        pred = predict(text_file if fmt == "txt-as-is" else render(text_file, fmt, folder, merged))
    except InputError as exc:  # a conversion that failed scores as an empty import
        print(f"{text_file.name} {fmt}: {exc}", file=sys.stderr)
        pred = {}
    return scorer.score(gold, pred)


def average(scores: list[dict]) -> dict[str, float]:
    return {m: sum(s[m] for s in scores) / len(scores) for m in SHOWN} if scores else {}


def _has_merged_table(text_file: Path) -> bool:
    text = text_file.read_text(encoding="utf-8")
    return merged_cells(text, random.Random(0)) != text


def run(set_names: list[str], formats: list[str], folder: Path, worst: int, merged: str = "") -> dict:
    """Score every document of the sets in every format; print the table and the worst drops.
    With `merged`, the first row of each set (`txt-as-is`) is the unchanged text, the base."""
    scorer = load_scorer()
    results: dict[tuple[str, str], dict[str, dict]] = {}
    base_fmt = "txt-as-is" if merged else "txt"
    shown = [base_fmt, *(["txt"] if merged else []), *[f for f in formats if f != "txt"]]
    for set_name in set_names:
        texts = [t for t in documents(set_name) if not merged or _has_merged_table(t)]
        for fmt in shown:
            slow = fmt in ("doc", "pdf", "pdf-running")
            with ThreadPoolExecutor(max_workers=2 if slow else 1) as pool:
                scores = list(pool.map(lambda t, f=fmt: score_document(scorer, t, f, folder, merged), texts))
            results[(set_name, fmt)] = {t.stem: s for t, s in zip(texts, scores, strict=True)}
    print(f"{'set':6} {'format':9} {'docs':>4} " + " ".join(f"{m:>9}" for m in SHOWN))
    for set_name in set_names:
        if not results[(set_name, base_fmt)]:
            continue
        base = average(list(results[(set_name, base_fmt)].values()))
        for fmt in shown:
            avg = average(list(results[(set_name, fmt)].values()))
            cells = [f"{avg[m]:.3f}" + ("" if fmt == base_fmt else f"{avg[m] - base[m]:+.2f}".rjust(6))
                     for m in SHOWN]
            n = len(results[(set_name, fmt)])
            print(f"{set_name:6} {fmt:9} {n:>4} " + " ".join(c.rjust(9 if fmt == base_fmt else 12) for c in cells))
    drops = []
    for (set_name, fmt), per_doc in results.items():
        if fmt == base_fmt:
            continue
        for stem, s in per_doc.items():
            b = results[(set_name, base_fmt)][stem]
            drop = sum(b[m] - s[m] for m in SHOWN)
            if drop > 0.005:
                drops.append((drop, set_name, fmt, stem, {m: round(s[m] - b[m], 3) for m in SHOWN if s[m] != b[m]}))
    print(f"\nlargest drops from .txt (sum of the six metrics), {worst} worst:")
    for drop, set_name, fmt, stem, diff in sorted(drops, key=lambda d: d[:2], reverse=True)[:worst]:
        print(f"  {drop:5.2f} {set_name:6} {fmt:9} {stem}  {diff}")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--formats", default=",".join(f for f in FORMATS[1:] if f != "pdf-running"))
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS))
    parser.add_argument("--merged", nargs="?", const="top", default="", choices=["top", "middle"],
                        help="tables with merged cells (see above)")
    parser.add_argument("--keep", type=Path, help="write the generated files here and keep them")
    parser.add_argument("--worst", type=int, default=15)
    args = parser.parse_args(argv)
    formats = [f for f in args.formats.split(",") if f]
    unknown = set(formats) - set(FORMATS) or set(args.sets.split(",")) - set(SETS)
    if unknown:
        parser.error(f"unknown: {sorted(unknown)}")
    if office_program() is None and {"doc", "pdf", "pdf-running"} & set(formats):
        print("LibreOffice not found: doc and pdf left out", file=sys.stderr)
        formats = [f for f in formats if f not in ("doc", "pdf", "pdf-running")]
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        run(args.sets.split(","), formats, args.keep, args.worst, args.merged)
    else:
        with tempfile.TemporaryDirectory(prefix="formats-roundtrip-") as folder:
            run(args.sets.split(","), formats, Path(folder), args.worst, args.merged)
    return 0


if __name__ == "__main__":
    sys.exit(main())
