"""Generate THIRD-PARTY-NOTICES.txt from the metadata of the packages the program ships.

Why generated: the list must follow the dependencies as they are on the day of the build (a
package added, a version bumped, a licence changed upstream). The walk starts from the
`dependencies` of pyproject.toml (not from the installed project's metadata, which an editable
install leaves stale), follows each installed distribution's requirements with their markers
and requested extras, and copies every licence file the distribution ships. Python itself, the
bundled fonts and PyInstaller's bootloader are added by hand: they are not distributions.

Usage: python installer/notices.py OUTPUT [pyproject.toml]
"""

from __future__ import annotations

import sys
import sysconfig
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LICENCE_WORDS = ("licen", "copying", "notice", "authors")
RULE = "=" * 78


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    url: str
    texts: tuple[tuple[str, str], ...]  # (file name, text)


def runtime_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[Requirement]:
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    return [Requirement(text) for text in data["project"]["dependencies"]]


def _wanted(requirement: Requirement, extras: frozenset[str]) -> bool:
    """Whether a requirement applies here (platform markers) with the extras asked of its parent."""
    if requirement.marker is None:
        return True
    return any(requirement.marker.evaluate({"extra": extra}) for extra in extras | {""})


def runtime_distributions(requirements: list[Requirement]) -> list[metadata.Distribution]:
    """Every installed distribution reachable from `requirements`, each once, sorted by name."""
    found: dict[str, metadata.Distribution] = {}
    visited: set[tuple[str, frozenset[str]]] = set()
    todo = list(requirements)
    while todo:
        requirement = todo.pop()
        key, extras = canonicalize_name(requirement.name), frozenset(requirement.extras)
        if (key, extras) in visited:
            continue
        visited.add((key, extras))
        try:
            dist = found.get(key) or metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError as exc:
            raise SystemExit(f"notices: {requirement.name} is required but not installed") from exc
        found[key] = dist
        todo += [child for child in map(Requirement, dist.requires or []) if _wanted(child, extras)]
    return sorted(found.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def _licence_name(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 100:
        return text
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the licence text below"


def _home(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta.get("Home-page"):
        return str(meta["Home-page"])
    urls = [u.split(",", 1)[1].strip() for u in meta.get_all("Project-URL") or [] if "," in u]
    return urls[0] if urls else ""


def _licence_texts(dist: metadata.Distribution) -> tuple[tuple[str, str], ...]:
    texts = []
    for file in dist.files or []:
        parts = str(file).lower().split("/")
        if ".dist-info" in parts[0] and any(w in parts[-1] for w in LICENCE_WORDS):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                texts.append((file.name, path.read_text(encoding="utf-8", errors="replace").strip()))
    return tuple(texts)


def component(dist: metadata.Distribution) -> Component:
    return Component(dist.metadata["Name"], dist.version, _licence_name(dist), _home(dist), _licence_texts(dist))


def _python() -> Component:
    candidates = [Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"]
    text = next((p.read_text(encoding="utf-8", errors="replace").strip() for p in candidates if p.is_file()), "")
    return Component("Python", sys.version.split()[0], "PSF-2.0", "https://www.python.org/",
                     (("LICENSE.txt", text),) if text else ())


def _extras() -> list[Component]:
    fonts = ROOT / "app" / "resources" / "fonts" / "LICENSE-LiberationSerif-OFL.txt"
    return [
        _python(),
        Component("Liberation Serif fonts", "2.x", "OFL-1.1", "https://github.com/liberationfonts",
                  ((fonts.name, fonts.read_text(encoding="utf-8").strip()),)),
        Component("PyInstaller bootloader", metadata.version("pyinstaller") if _installed("pyinstaller") else "",
                  "GPL-2.0-or-later WITH Bootloader-exception", "https://pyinstaller.org/",
                  (("note", "The bootloader that starts the program is covered by the GPL with an exception "
                            "that allows it to be distributed with programs under any licence."),)),
    ]


def _installed(name: str) -> bool:
    try:
        metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return False
    return True


QT_NOTE = ("Qt and Qt for Python are used under the GNU Lesser General Public License v3 (the text is\n"
           "reproduced under psycopg, which uses the same licence). The program links to the Qt\n"
           "libraries dynamically: the files in the installation folder may be replaced by a\n"
           "modified build. Source code: https://download.qt.io/official_releases/ and\n"
           "https://code.qt.io/cgit/pyside/pyside-setup.git/")


def render(components: list[Component]) -> str:
    lines = ["THIRD-PARTY NOTICES — Theo dõi Kế hoạch", "",
             "The program ships the following components under their own licences.", ""]
    lines += [f"  {c.name} {c.version} — {c.licence}" for c in components]
    for c in components:
        lines += ["", RULE, f"{c.name} {c.version}", f"Licence: {c.licence}"]
        if c.url:
            lines.append(f"Home: {c.url}")
        if canonicalize_name(c.name) in ("pyside6-essentials", "pyside6-addons", "shiboken6"):
            lines += ["", QT_NOTE]
        for name, text in c.texts:
            lines += ["", f"--- {name} ---", "", text]
    return "\n".join(lines) + "\n"


def write_notices(output: Path, pyproject: Path = ROOT / "pyproject.toml") -> Path:
    components = [component(d) for d in runtime_distributions(runtime_requirements(pyproject))] + _extras()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render(components), encoding="utf-8")
    return output


if __name__ == "__main__":
    print(write_notices(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "pyproject.toml"))
