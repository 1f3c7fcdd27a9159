"""Frozen console entry point (`theodoi-cli.exe`): the subcommands, printing into the console.

Why a second program: the window's `TheoDoiKeHoach.exe` is built without a console, so on
Windows its standard output does not exist and every subcommand would print nothing. Without a
command this one prints the help instead of opening the window.
"""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["--help"]))
