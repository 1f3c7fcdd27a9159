"""The layer rules of DESIGN.md §6, checked on the source tree: no Qt below the window, no SQL in
it, the window reaches only the services and the domain's value types, and no module imports
itself back through others (an import circle)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"
IMPORT = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.MULTILINE)


def _imports(folder: str) -> dict[Path, set[str]]:
    return {path: set(IMPORT.findall(path.read_text(encoding="utf-8"))) for path in (APP / folder).rglob("*.py")}


def test_no_qt_outside_ui() -> None:
    for folder in ("domain", "models", "services", "importers", "exporters"):
        for path, names in _imports(folder).items():
            assert not any(n.startswith("PySide6") for n in names), f"{path} imports Qt"


def test_no_sql_in_ui() -> None:
    for path, names in _imports("ui").items():
        assert not any(n.startswith(("sqlalchemy", "sqlite3", "sqlite_utils")) for n in names), path


def test_domain_imports_no_other_layer() -> None:
    for path, names in _imports("domain").items():
        bad = {n for n in names if n.startswith("app.") and not n.startswith(("app.domain", "app.errors"))}
        assert not bad, f"{path} imports {bad}"
        assert not any(n.startswith("sqlalchemy") for n in names), path


# what app/ui may import from the program (besides itself); `app` alone is `app.__version__`
UI_MAY_IMPORT = ("app.services", "app.domain", "app.errors", "app.paths", "app.resources", "app.outputs", "app.ui")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in APP.rglob("*.py")}


def _imported(path: Path, *, in_functions: bool) -> Iterator[str]:
    """Every `app` module `path` imports: at module level (including `if TYPE_CHECKING:`) and, with
    `in_functions`, inside functions too. `from p import x` names the module p.x when x is one."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = ast.walk(tree) if in_functions else _outside_functions(tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                yield full if full in MODULES else base


def _outside_functions(node: ast.AST) -> Iterator[ast.AST]:
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            yield child
            yield from _outside_functions(child)


def _graph(*, in_functions: bool, under: str = "app") -> dict[str, set[str]]:
    return {name: {m for m in _imported(path, in_functions=in_functions) if m in MODULES and m != name}
            for name, path in MODULES.items() if name == under or name.startswith(under + ".")}


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next((c for c in children if c in graph), None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_ui_imports_only_services_and_domain_value_types() -> None:
    """Also inside functions and under TYPE_CHECKING: the window never reaches past the services
    into the ORM, the importers or the exporters."""
    for name, path in MODULES.items():
        if not name.startswith("app.ui"):
            continue
        bad = {m for m in _imported(path, in_functions=True)
               if m.startswith("app.") and not m.startswith(tuple(p + "." for p in UI_MAY_IMPORT))
               and m not in UI_MAY_IMPORT}
        assert not bad, f"{name} imports {sorted(bad)}"


def test_no_import_circle_in_app() -> None:
    """No circle anywhere in app/, counting every import: at module level, type-only ones, and
    those inside functions. A deferred import is how a module puts off a heavy or optional one
    (the window's first paint, Alembic), never a way around a circle: two modules that need each
    other share a third (`app.models.sqlite_files`, `app.models.migration_config`), and no panel
    reaches back into the window."""
    assert _circles(_graph(in_functions=True)) == []


def test_the_circle_finder_finds_circles() -> None:
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _circles({"a": {"b"}, "b": set()}) == []
