"""What the build reads from pyproject.toml: the version, and the Windows version resource made
from it (the "Details" tab of the .exe's properties, and what Apps & features shows).

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
