"""What the bundle build decides outside the spec (so tests can check it): which collected files
stay out (DROP), the version read from pyproject.toml, and the Windows version resource made from
it (the "Details" tab of the .exe's properties).

Why a text file: PyInstaller reads a version resource from a text file of `VSVersionInfo(...)`
on any platform, while building the object needs `pefile`, which is installed on Windows only.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = "Theo dõi Kế hoạch"
PUBLISHER = "Nhóm phát triển Theo dõi Kế hoạch"
COPYRIGHT = "Phần mềm dùng nội bộ trong cơ quan nhà nước"


# Files the hooks collect but the program never loads. Matched on the bundle path, lower case,
# with "/" separators, so one list serves Linux (libQt6Qml.so.6) and Windows (Qt6Qml.dll).
DROP = re.compile(r"""
    virtualkeyboard                                   # GPL-3 only, pulled in as an input context
  | (^|/)(lib)?qt6\w*(qml|quick)                       # QtQml/QtQuick (only the keyboard needed them)
  | (^|/)(lib)?qt6eglfs                                # embedded-Linux display support
  | (^|/)pyside6/(qt/)?translations/                   # Qt's own catalogues: 99 languages, none used
  | (^|/)opengl32sw\.dll$                              # software OpenGL: widgets do not use OpenGL
  | /plugins/(egldeviceintegrations|generic|networkinformation|tls|qmltooling|virtualkeyboard)/
  | /plugins/platforms/[^/]*(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc)
  | /plugins/platformthemes/[^/]*gtk3                  # drags GTK and cairo in; the portal theme stays
  | /plugins/imageformats/[^/]*q(pdf|tiff|webp|tga|wbmp|icns|gif)\.
  | (^|/)app/resources/translations/[^/]*\.ts$         # sources; the spec compiles the .qm
    # Linux: what only the GTK theme plugin needed (found by walking the libraries' NEEDED
    # entries from every module and plugin left after the lines above).
  | ^lib(gtk-3|gdk-3|gdk_pixbuf-2\.0|atk-1\.0|atk-bridge|atspi|pango\w*-1\.0|cairo|cairo-gobject|pixman-1
        |thai|datrie|fribidi|graphite2|harfbuzz|epoxy|gio-2\.0|gobject-2\.0|gmodule-2\.0|blkid|mount
        |selinux|bsd|md|jpeg|xau|xdmcp|xext|xrender)\.so
""", re.VERBOSE)


def kept(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The entries of a PyInstaller TOC (name, source, kind) that DROP does not match."""
    return [entry for entry in toc if not DROP.search(entry[0].replace("\\", "/").lower())]


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """`1.2.3`, `1.2.3rc1`, `1.2` → four numbers for Windows (which has no room for a suffix)."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_resource(version: str, *, description: str, original_name: str) -> str:
    """The text of a PyInstaller version file for one executable."""
    numbers = numeric_version(version)
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": original_name.removesuffix(".exe"),
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": original_name,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('042A04B0', [
{table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x042A, 1200])])
  ]
)
"""


def write_version_resource(folder: Path, name: str, version: str, description: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"version-{name}.txt"
    path.write_text(version_resource(version, description=description, original_name=f"{name}.exe"),
                    encoding="utf-8")
    return path


if __name__ == "__main__":
    import sys

    # `python installer/build_info.py` prints the version, `... quad` its four-number form.
    text = project_version()
    print(".".join(map(str, numeric_version(text))) if sys.argv[1:] == ["quad"] else text)
