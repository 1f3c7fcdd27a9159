"""Outputs never land on a database or on a file the user did not agree to replace."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from app.errors import InputError
from app.exporters.atomic import atomic_path
from app.outputs import check_output, check_output_folder, database_files


def _sqlite(path):
    con = sqlite3.connect(path)
    con.execute("create table t(x)")
    con.commit()
    con.close()


def test_the_open_database_and_its_side_files_are_refused_even_with_force(tmp_path):
    db = tmp_path / "theodoi.db"
    _sqlite(db)
    for name in ("theodoi.db", "theodoi.db-wal", "theodoi.db-shm", "theodoi.db-journal"):
        with pytest.raises(InputError, match="cơ sở dữ liệu đang mở"):
            check_output(tmp_path / name, force=True, protected=[db])
    with pytest.raises(InputError, match="cơ sở dữ liệu đang mở"):
        check_output(tmp_path / "sub" / ".." / "theodoi.db", force=True, protected=[f"sqlite:///{db}"])


def test_any_sqlite_file_is_refused_whatever_its_name(tmp_path):
    other = tmp_path / "report.docx"
    _sqlite(other)
    with pytest.raises(InputError, match="tệp cơ sở dữ liệu"):
        check_output(other, force=True)


def test_an_existing_file_needs_force_and_must_be_writable(tmp_path):
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"old")
    with pytest.raises(InputError, match="--force"):
        check_output(target)
    assert check_output(target, force=True) == target
    target.chmod(stat.S_IRUSR)  # read-only for everyone, an administrator included
    with pytest.raises(InputError, match="chỉ đọc"):
        check_output(target, force=True)


def test_a_new_file_is_fine_and_a_folder_is_not_a_file(tmp_path):
    assert check_output(tmp_path / "new.pdf") == tmp_path / "new.pdf"
    with pytest.raises(InputError, match="thư mục"):
        check_output(tmp_path, force=True)
    (tmp_path / "f").write_text("x")
    with pytest.raises(InputError, match="là một tệp"):
        check_output_folder(tmp_path / "f")


def test_database_files_of_urls():
    assert database_files("postgresql://u@h/db") == []
    assert database_files(None) == []
    assert [p.name for p in database_files("sqlite:///x/a.db")] == ["a.db", "a.db-wal", "a.db-shm", "a.db-journal"]


def test_atomic_output_keeps_the_usual_file_mode(tmp_path):
    umask = os.umask(0o022)
    try:
        target = tmp_path / "r.txt"
        with atomic_path(target) as tmp:
            tmp.write_text("x")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
        target.chmod(0o640)
        with atomic_path(target) as tmp:
            tmp.write_text("y")
        assert stat.S_IMODE(target.stat().st_mode) == 0o640
    finally:
        os.umask(umask)


def test_a_file_in_the_path_is_not_a_folder(tmp_path):
    report = tmp_path / "bao-cao.docx"
    report.write_bytes(b"old")
    for target in (report / "thu.docx", report / "con" / "thu.docx"):
        with pytest.raises(InputError, match="không phải thư mục"):
            check_output(target)
    with pytest.raises(InputError, match="không phải thư mục"):
        check_output_folder(report / "letters")


def test_a_percent_or_question_mark_in_a_folder_name_is_the_same_file(tmp_path):
    """`x%20y` must not become `x y`: the URL of a path is quoted, and read back unquoted."""
    from app.models.database import open_database, sqlite_path, to_url

    folder = tmp_path / "bao cao 100%20?"
    folder.mkdir()
    db = folder / "theodoi.db"
    assert sqlite_path(to_url(db)) == db
    database = open_database(db)
    database.dispose()
    assert db.exists() and not (tmp_path / "bao cao 100 ").exists()
    with pytest.raises(InputError, match="cơ sở dữ liệu đang mở"):
        check_output(db, force=True, protected=[to_url(db)])


def test_a_folder_named_like_a_document_is_refused_before_anything_is_made(tmp_path):
    """`report --kind reminder --out x.pdf` writes one letter per agency: it made a folder `x.pdf`."""
    with pytest.raises(InputError, match="cần một thư mục"):
        check_output_folder(tmp_path / "cong-van.pdf")
    assert not (tmp_path / "cong-van.pdf").exists()
    (tmp_path / "old.pdf").mkdir()  # a folder the clerk really named so stays usable
    assert check_output_folder(tmp_path / "old.pdf") == tmp_path / "old.pdf"
    assert check_output_folder(tmp_path / "thu-nhac") == tmp_path / "thu-nhac"
