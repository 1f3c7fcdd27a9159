"""Issue 11 replayed on copies of the demo database: every mistake on the command line is
answered by exactly one `Lỗi:` line and exit 2, and nothing is touched — the database (no -wal
left either), the target files and their folders are byte-identical afterwards.

Each case runs `app.__main__.main` in-process on a fresh copy; a few also run as a real process
(`python -m app`), where exit status and stderr are the operating system's.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
PLAN_TEXT = ROOT / "tests" / "fixtures" / "corpus" / "000_5d85a5fb6824ef83.txt"
PLAN = "177/KH-UBND"


@pytest.fixture(scope="session")
def demo(demo_file: Path) -> Path:
    """The session's demo database (tests/conftest.py; its copies are what the cases damage):
    building a second one here cost about 11 s."""
    return demo_file


@pytest.fixture(scope="session")
def letter_names(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The files `report --kind reminder` writes for the demo plan (a real run on a copy)."""
    folder = tmp_path_factory.mktemp("letters")
    shutil.copy(demo, folder / "x.db")
    assert main(["report", "--db", str(folder / "x.db"), "--plan", PLAN, "--period", "2021-Q3",
                 "--kind", "reminder", "--out", str(folder / "out")]) == 0
    names = sorted(p.name for p in (folder / "out").iterdir())
    assert len(names) >= 2
    return names


@dataclass
class Case:
    """One mistake: the arguments (given the case folder, which holds `x.db`), what to prepare,
    and a word the one-line answer must contain."""

    args: Callable[[Path], list[str]]
    says: str
    setup: Callable[[Path], None] = field(default=lambda folder: None)


def _report(*extra: str) -> Callable[[Path], list[str]]:
    def args(folder: Path) -> list[str]:
        resolved = [e.replace("{dir}", str(folder)) for e in extra]
        return ["report", "--db", str(folder / "x.db"), "--plan", PLAN, *resolved]

    return args


def _old_file(name: str, mode: int | None = None) -> Callable[[Path], None]:
    def setup(folder: Path) -> None:
        (folder / name).write_bytes(b"a file the user keeps")
        if mode is not None:
            (folder / name).chmod(mode)

    return setup


def _other_database(folder: Path) -> None:
    shutil.copy(folder / "x.db", folder / "other.db")


NON_UTF8_NAME = b"k\xe9-ho\xff.txt" if os.name == "posix" else "k\udcff.txt"  # Windows: a lone surrogate


def _non_utf8_plan(folder: Path) -> None:
    target = os.path.join(os.fsencode(folder) if os.name == "posix" else str(folder), NON_UTF8_NAME)
    with open(target, "wb") as handle:
        handle.write(PLAN_TEXT.read_bytes())


def _non_utf8_args(folder: Path) -> list[str]:
    name = os.fsdecode(os.path.join(os.fsencode(folder), NON_UTF8_NAME)) if os.name == "posix" \
        else str(folder / NON_UTF8_NAME)
    return ["import-plan", name, "--db", str(folder / "x.db")]


CASES: dict[str, Case] = {
    "report-out-the-database": Case(_report("--period", "2021-Q3", "--out", "{dir}/x.db"), "cơ sở dữ liệu đang mở"),
    "report-out-the-database-force": Case(_report("--period", "2021-Q3", "--out", "{dir}/x.db", "--force"),
                                          "cơ sở dữ liệu đang mở"),
    "report-out-its-wal": Case(_report("--period", "2021-Q3", "--out", "{dir}/x.db-wal"), "cơ sở dữ liệu đang mở"),
    "report-out-another-database": Case(_report("--period", "2021-Q3", "--out", "{dir}/other.db", "--force"),
                                        "cơ sở dữ liệu", _other_database),
    "report-out-existing-file": Case(_report("--period", "2021-Q3", "--out", "{dir}/bc.docx"), "--force",
                                     _old_file("bc.docx")),
    "report-read-only-target-force": Case(_report("--period", "2021-Q3", "--out", "{dir}/bc.docx", "--force"),
                                          "chỉ đọc", _old_file("bc.docx", 0o444)),
    "reminder-out-existing-file": Case(_report("--period", "2021-Q3", "--kind", "reminder", "--out", "{dir}/bc.docx"),
                                       "không phải thư mục", _old_file("bc.docx")),
    "kind-summary": Case(_report("--period", "2021-Q3", "--kind", "summary", "--out", "{dir}/bc.docx"), "--kind"),
    "format-odt": Case(_report("--period", "2021-Q3", "--format", "odt", "--out", "{dir}/bc.odt"), "--format"),
    "number-12a": Case(_report("--period", "2021-Q3", "--number", "12a", "--out", "{dir}/bc.docx"), "--number"),
    "missing-out": Case(_report("--period", "2021-Q3"), "--out"),
    "period-9999-M12-calendar": Case(_report("--period", "9999-M12", "--kind", "calendar", "--out", "{dir}/l.docx"),
                                     "9999"),
    "period-2021-M13": Case(_report("--period", "2021-M13", "--out", "{dir}/bc.docx"), "tháng"),
    "as-of-0001-01-01": Case(_report("--period", "2021-Q3", "--as-of", "0001-01-01", "--out", "{dir}/bc.docx"),
                             "01/01/0001"),
    "date-30-february": Case(_report("--period", "2021-Q3", "--date", "2021-02-30", "--out", "{dir}/bc.docx"),
                             "tháng 2 năm 2021 chỉ có 28 ngày"),
    "import-plan-non-utf8-name": Case(_non_utf8_args, "UTF-8", _non_utf8_plan),
    "backup-onto-existing-file": Case(lambda d: ["backup", "--db", str(d / "x.db"), "--out", str(d / "cu.bak")],
                                      "--force", _old_file("cu.bak")),
    "backup-onto-a-database-force": Case(lambda d: ["backup", "--db", str(d / "x.db"), "--out", str(d / "other.db"),
                                                    "--force"], "cơ sở dữ liệu", _other_database),
    "screenshot-onto-existing-png": Case(lambda d: ["screenshot", "--db", str(d / "x.db"), "--out", str(d / "a.png")],
                                         "--force", _old_file("a.png")),
    "unknown-subcommand": Case(lambda d: ["frobnicate", "--db", str(d / "x.db")], "frobnicate"),
    "unknown-option": Case(lambda d: ["check", "--db", str(d / "x.db"), "--fast"], "--fast"),
}


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` (the database, its -wal/-shm if any, targets) and its hash."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def case_folder(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for variable in ("XDG_DATA_HOME", "APPDATA", "LOCALAPPDATA"):  # logs land here, not in the user's folder
        monkeypatch.setenv(variable, str(tmp_path / "data"))
    folder = tmp_path / "case"
    folder.mkdir()
    shutil.copy(demo, folder / "x.db")
    yield folder
    for path in folder.rglob("*"):
        path.chmod(0o644 if path.is_file() else 0o755)  # let pytest clean up a read-only file


def _one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("Lỗi: "), lines[0]
    return lines[0]


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_mistake_is_one_line_exit_2_and_touches_nothing(name: str, case_folder: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    case = CASES[name]
    case.setup(case_folder)
    before = _snapshot(case_folder)
    code = main(case.args(case_folder))
    out, err = capsys.readouterr()
    line = _one_line(err)
    assert code == 2, line
    assert case.says.lower() in line.lower(), line
    assert "Traceback" not in out + err and out == ""
    assert _snapshot(case_folder) == before  # database, its side files and every target unchanged
    assert not (case_folder / "x.db-wal").exists()


def test_reminders_into_a_folder_with_an_existing_letter_write_none(
        case_folder: Path, letter_names: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """All or nothing: one letter already there → refused before the first letter is written."""
    letters = case_folder / "letters"
    letters.mkdir()
    (letters / letter_names[-1]).write_bytes(b"the letter sent last week")
    before = _snapshot(case_folder)
    code = main(_report("--period", "2021-Q3", "--kind", "reminder", "--out", str(letters))(case_folder))
    line = _one_line(capsys.readouterr().err)
    assert code == 2 and "--force" in line and letter_names[-1] in line
    assert _snapshot(case_folder) == before


def test_the_same_commands_with_force_or_a_new_name_work(case_folder: Path, letter_names: list[str],
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """The refusals are about the target, not the command: with --force or a new name it works."""
    (case_folder / "bc.docx").write_bytes(b"old")
    assert main(_report("--period", "2021-Q3", "--out", str(case_folder / "bc.docx"), "--force")(case_folder)) == 0
    assert (case_folder / "bc.docx").read_bytes()[:2] == b"PK"
    letters = case_folder / "letters"
    letters.mkdir()
    (letters / letter_names[0]).write_bytes(b"old letter")
    assert main(_report("--period", "2021-Q3", "--kind", "reminder", "--out", str(letters),
                        "--force")(case_folder)) == 0
    assert sorted(p.name for p in letters.iterdir()) == letter_names
    assert main(["backup", "--db", str(case_folder / "x.db"), "--out", str(case_folder / "b.db")]) == 0
    capsys.readouterr()


def test_a_busy_database_gets_no_report_file(case_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Another program holds the write lock: the report says so and writes no file at all."""
    holder = sqlite3.connect(case_folder / "x.db", isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code = main(_report("--period", "2021-Q3", "--out", str(case_folder / "bc.docx"))(case_folder))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    line = _one_line(capsys.readouterr().err)
    assert code == 2 and "bận" in line
    assert sorted(p.name for p in case_folder.iterdir() if not p.name.startswith("x.db")) == []


@pytest.mark.parametrize("name", ["report-out-the-database", "kind-summary", "import-plan-non-utf8-name",
                                  "report-read-only-target-force"])
def test_as_a_real_process(name: str, case_folder: Path) -> None:
    """The same answer from `python -m app`: exit status 2, stderr one line, nothing touched."""
    case = CASES[name]
    case.setup(case_folder)
    before = _snapshot(case_folder)
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    args = case.args(case_folder)
    if name == "import-plan-non-utf8-name" and os.name == "posix":
        args = [os.fsencode(a) for a in args]  # the bytes exactly as a Linux shell passes them
    result = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env, capture_output=True,
                            timeout=120)
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2, err
    assert case.says.lower() in _one_line(err).lower()
    assert result.stdout == b""
    assert _snapshot(case_folder) == before


def test_help_still_works(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["--help"], ["report", "--help"], ["backup", "--help"]):
        with pytest.raises(SystemExit) as info:
            main(args)
        assert info.value.code == 0
        assert "--force" in capsys.readouterr().out or args == ["--help"]


