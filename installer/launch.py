"""Frozen window entry point (`TheoDoiKeHoach.exe`): PyInstaller needs a script, the program
lives in app.__main__ (subcommands given here work too, but print nowhere on Windows: use
`theodoi-cli.exe` for them)."""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
