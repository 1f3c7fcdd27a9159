"""Argument helpers shared by the subcommands."""

from __future__ import annotations

import argparse


def add_db_argument(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    """`--db` after the subcommand; SUPPRESS keeps a `--db` given before it (argparse would reset it)."""
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        required=required,
        help="đường dẫn tệp SQLite hoặc URL PostgreSQL",
    )
