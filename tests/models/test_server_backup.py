"""A server password never leaves memory: not on pg_dump's command line, not in what is shown or kept."""

from __future__ import annotations

from app.models.database import Database, create_configured_engine, without_password
from app.models.server_backup import _connection


def test_the_password_goes_to_pgpassword_not_to_the_command_line() -> None:
    dbname, env = _connection("postgresql+psycopg://theodoi:bi-mat@may-chu:5432/vanphong")
    assert dbname == "postgresql://theodoi@may-chu:5432/vanphong"
    assert env["PGPASSWORD"] == "bi-mat"


def test_what_is_shown_and_kept_has_no_password() -> None:
    url = "postgresql://theodoi:bi-mat@may-chu:5432/vanphong"
    assert without_password(url) == "postgresql://theodoi@may-chu:5432/vanphong"
    engine = create_configured_engine(url)  # no connection is made
    try:
        assert Database(url, engine, None).display_name == "postgresql://theodoi@may-chu:5432/vanphong"  # type: ignore[arg-type]
    finally:
        engine.dispose()
