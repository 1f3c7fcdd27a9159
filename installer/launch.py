"""Frozen entry point: PyInstaller needs a script, the program lives in app.__main__."""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
