"""What every importer bench shares: the shared scorer, imported by path (its rules, never a copy), and the
documents of tests/fixtures/real still held aside as an unseen estimate (a bench may score them, never show them).
Session 8 spent 99c7d8fff9e4572e and ceb89a53c7b93f00: development documents now, benched like the others."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCORER = Path("/work/shared/tools/score_import.py")
HELD_ASIDE = frozenset({"001c610b2efdcf0c", "192068354fd1ffe5", "a83fffe08d7aeed7"})


def load_scorer(path: Path = SCORER) -> ModuleType:
    """The shared scorer module; a clear stop when it is not where the workplace keeps it."""
    spec = importlib.util.spec_from_file_location("score_import", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"scorer not found: {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
