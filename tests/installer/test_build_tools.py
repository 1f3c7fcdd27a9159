"""The build's own decisions: the drawn icon, the licence notices from package metadata, the
version resource from pyproject, which collected files stay out of the bundle, the extras."""

from __future__ import annotations

import ast
import importlib.util
import sys
import tomllib
from pathlib import Path
from types import ModuleType

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"installer_{name}", ROOT / "installer" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


build_info = _load("build_info")
draw_icon = _load("draw_icon")
notices = _load("notices")


def test_the_icon_has_every_size_windows_asks_for(tmp_path: Path) -> None:
    ico, png = draw_icon.write_icons(tmp_path)
    with Image.open(ico) as image:
        assert set(image.info["sizes"]) >= {(16, 16), (24, 24), (32, 32), (48, 48), (256, 256)}
    with Image.open(png) as image:
        rgba = image.convert("RGBA")
        assert rgba.size == (256, 256)
        assert rgba.getpixel((0, 0))[3] == 0  # a rounded emblem: transparent corners
        assert rgba.getpixel((70, 200))[:3] == (255, 255, 255)  # the sheet
    with Image.open(ROOT / "app" / "resources" / "icons" / "theodoi.ico") as committed:
        assert set(committed.info["sizes"]) == {(s, s) for s in draw_icon.SIZES}, "run `make icon` and commit"


def test_notices_cover_the_runtime_packages_and_only_them(tmp_path: Path) -> None:
    text = notices.write_notices(tmp_path / "NOTICES.txt").read_text(encoding="utf-8")
    listed = text.split("=" * 78)[0]
    for name in ("SQLAlchemy", "PySide6_Essentials", "shiboken6", "psycopg ", "psycopg-binary", "reportlab",
                 "python-docx", "openpyxl", "lxml", "Mako", "Python ", "Liberation Serif"):
        assert name.lower() in listed.lower(), name
    names = {line.split(" — ")[0].rsplit(" ", 1)[0].strip().lower() for line in listed.splitlines()
             if line.startswith("  ")}
    assert "pyinstaller bootloader" in names
    assert not names & {"pytest", "ruff", "mypy", "hypothesis", "pyinstaller", "pytest-qt", "pytest-xdist", "execnet",
                         "sqlite-utils"}
    assert "Permission is hereby granted, free of charge" in text  # the MIT texts themselves
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "download.qt.io" in text
    assert "SIL OPEN FONT LICENSE" in text.upper()


def test_version_resource_is_built_from_pyproject(tmp_path: Path) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert build_info.project_version() == version
    assert build_info.numeric_version("1.2.3rc1") == (1, 2, 3, 0)
    assert build_info.numeric_version("2.0") == (2, 0, 0, 0)
    path = build_info.write_version_resource(tmp_path, "theodoi-cli", "1.4.2", "Theo dõi Kế hoạch — dòng lệnh")
    calls: dict[str, list[object]] = {}

    def record(name: str):  # what PyInstaller's eval() would build, recorded
        def build(*args: object, **kwargs: object) -> str:
            calls.setdefault(name, []).append((args, kwargs))
            return name
        return build

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct")
    eval(compile(ast.parse(path.read_text(encoding="utf-8"), mode="eval"), str(path), "eval"),
         {n: record(n) for n in names})
    assert calls["FixedFileInfo"][0][1]["filevers"] == (1, 4, 2, 0)
    strings = {args[0]: args[1] for args, _ in calls["StringStruct"]}
    assert strings["ProductVersion"] == "1.4.2" and strings["OriginalFilename"] == "theodoi-cli.exe"
    assert strings["FileDescription"] == "Theo dõi Kế hoạch — dòng lệnh"


def test_the_bundle_leaves_out_what_the_program_never_loads() -> None:
    dropped = [
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll",
        "PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/Qt6Quick.dll", "PySide6/Qt6QmlModels.dll",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/translations/qt_fr.qm", "PySide6/opengl32sw.dll", "app/resources/translations/theodoi_vi.ts",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "libgtk-3.so.0", "libcairo.so.2",
        "libpangoft2-1.0.so.0",
    ]
    kept = [
        "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt6PdfWidgets.dll", "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/imageformats/qico.dll", "PySide6/plugins/printsupport/windowsprintersupport.dll",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", "app/resources/translations/theodoi_vi.qm",
        "PySide6/Qt/lib/libicudata.so.73", "libpython3.11.so.1.0", "pillow.libs/libXau-154567c4.so.6.0.0",
        "psycopg_binary/pq.cpython-311-x86_64-linux-gnu.so", "libglib-2.0.so.0",
    ]
    toc = [(name.replace("/", "\\") if name.endswith(".dll") else name, "src", "BINARY") for name in dropped + kept]
    assert [entry[0].replace("\\", "/") for entry in build_info.kept(toc)] == kept


def test_extras_keep_tools_out_of_the_program_and_the_test_run() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = " ".join(project["dependencies"])
    assert "psycopg[binary]" in runtime and "sqlite-utils" not in runtime
    extras = project["optional-dependencies"]
    assert not any(tool in " ".join(extras["test"]) for tool in ("pyinstaller", "ruff", "mypy"))
    assert any(r.startswith("ruff") for r in extras["lint"]) and any(r.startswith("mypy") for r in extras["lint"])
    assert any(r.startswith("pyinstaller") for r in extras["build"])
