"""`python -m app exchange export|import` and `register`: the checks of issue 8 as a script would
run them (an agency fills its workbook, LibreOffice re-saves it, the clerk imports it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.__main__ import main
from app.domain import exchange as x
from app.exporters.exchange_fill import paste_foreign_row
from tests.services.exchange.conftest import LibreOfficeCase, copy_database
from tests.services.exchange.helpers import HEADER_ROW, fill


def _json(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out)


def test_export_import_dry_run_idempotence_and_register(libreoffice_case: LibreOfficeCase, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = str(copy_database(libreoffice_case, tmp_path))
    assert main(["exchange", "export", "--db", db, "--plan", "5/KH-UBND", "--period", "2021-Q4",
                 "--out", str(tmp_path / "out"), "--agency", "Sở Tài chính", "--as-of", "2021-12-01",
                 "--json"]) == 0
    exported = _json(capsys)
    assert [f["agency"] for f in exported["files"]] == ["Sở Tài chính"] and exported["files"][0]["rows"] == 2

    resaved = str(libreoffice_case.resaved)
    assert main(["exchange", "import", "--db", db, resaved, "--dry-run", "--json"]) == 0
    dry = _json(capsys)
    [item] = dry["files"]
    assert dry["dry_run"] and dry["written"] == 0
    assert (item["agency"], item["period"]) == ("Sở Nội vụ", "2021-Q4")
    assert item["counts"] == {"new": 2, "changed": 0, "unchanged": 0, "conflict": 0, "refused": 0}
    assert main(["register", "--db", db, "--plan", "5/KH-UBND", "--period", "2021-Q4", "--as-of", "2021-12-30",
                 "--json"]) == 0
    before = {a["agency"]: a for a in _json(capsys)["agencies"]}
    assert before["Sở Nội vụ"]["received"] == 0 and before["Sở Nội vụ"]["missing"] == 1, "the dry run wrote nothing"

    assert main(["exchange", "import", "--db", db, resaved, "--json", "--user", "van-thu"]) == 0
    assert _json(capsys)["written"] == 2
    assert main(["exchange", "import", "--db", db, resaved, "--json"]) == 0
    again = _json(capsys)
    assert again["written"] == 0 and again["files"][0]["counts"]["unchanged"] == 2

    assert main(["register", "--db", db, "--plan", "5/KH-UBND", "--period", "2021-Q4", "--as-of", "2021-12-30",
                 "--json"]) == 0
    register = _json(capsys)
    snv = next(a for a in register["agencies"] if a["agency"] == "Sở Nội vụ")
    assert (snv["expected"], snv["received"], snv["on_time"], snv["late"], snv["missing"]) == (1, 1, 1, 0, 0)
    assert snv["cells"]["2021-Q4"] == {"expected": True, "tasks": 2, "status": "on_time", "received_on": "2021-12-10"}
    assert register["total"]["expected"] == 4 and register["total"]["received"] == 1


def test_a_row_copied_into_another_agencys_workbook_is_refused(libreoffice_case: LibreOfficeCase, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = str(copy_database(libreoffice_case, tmp_path))
    stc = next(p for p in libreoffice_case.exported if "tai-chinh" in p.name)
    assert paste_foreign_row(libreoffice_case.resaved, stc, tmp_path / "stc.xlsx") == HEADER_ROW + 3
    fill(tmp_path / "stc.xlsx", {0: {x.STATUS: "Đang thực hiện", x.RESULT: "Của Sở Tài chính"}})
    assert main(["exchange", "import", "--db", db, str(tmp_path / "stc.xlsx"), "--json"]) == 0
    [item] = _json(capsys)["files"]
    assert item["agency"] == "Sở Tài chính"
    assert item["counts"]["new"] == 1 and item["counts"]["refused"] == 1
    assert "cơ quan khác (Sở Nội vụ)" in item["refused"][0]["reason"] and item["refused"][0]["line"] == HEADER_ROW + 3


def test_register_prints_pdf_and_xlsx_with_charts(libreoffice_case: LibreOfficeCase, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db = str(copy_database(libreoffice_case, tmp_path))
    main(["exchange", "import", "--db", db, str(libreoffice_case.resaved)])
    for fmt in ("pdf", "xlsx"):
        out = tmp_path / f"so-theo-doi.{fmt}"
        assert main(["register", "--db", db, "--plan", "5/KH-UBND", "--period", "2021-Q4", "--since", "2021-Q1",
                     "--as-of", "2021-12-30", "--format", fmt, "--out", str(out)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(str(tmp_path / "so-theo-doi.pdf")).pages)
    assert "SỔ THEO DÕI BÁO CÁO" in text and "Sở Nội vụ" in text and "Đúng hạn 10/12/2021" in text
    assert "Tỷ lệ báo cáo và đúng hạn theo kỳ" in text
    wb = load_workbook(tmp_path / "so-theo-doi.xlsx")
    assert wb.sheetnames == ["Sổ theo dõi báo cáo", "Biểu đồ"] and len(wb["Biểu đồ"]._charts) == 2
    assert main(["register", "--db", db, "--plan", "5/KH-UBND", "--period", "2021-Q4", "--format", "pdf",
                 "--out", str(tmp_path / "so-theo-doi.pdf")]) == 2
    assert main(["register", "--db", db, "--plan", "5/KH-UBND", "--period", "2021-Q4", "--format", "pdf",
                 "--out", db, "--force"]) == 2


def test_bad_input_is_one_line_and_exit_2(libreoffice_case: LibreOfficeCase, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = str(copy_database(libreoffice_case, tmp_path))
    (tmp_path / "x.xlsx").write_text("không phải", encoding="utf-8")
    cases = [
        ["exchange", "import", "--db", db, str(tmp_path / "x.xlsx")],
        ["exchange", "import", "--db", db, str(tmp_path / "none.xlsx")],
        ["exchange", "export", "--db", db, "--plan", "5/KH-UBND", "--period", "2021-Q5", "--out", str(tmp_path)],
        ["exchange", "export", "--db", db, "--plan", "9/KH", "--period", "2021-Q4", "--out", str(tmp_path)],
        ["exchange", "export", "--db", db, "--plan", "5/KH-UBND", "--period", "2021-Q4", "--out", str(tmp_path),
         "--agency", "Sở Không Có"],
        ["register", "--db", db, "--plan", "5/KH-UBND", "--period", "2021-Q4", "--format", "pdf"],
    ]
    for argv in cases:
        capsys.readouterr()
        assert main(argv) == 2, argv
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("Lỗi: "), (argv, err)
    out = tmp_path / "again"
    main(["exchange", "export", "--db", db, "--plan", "5/KH-UBND", "--period", "2021-Q4", "--out", str(out)])
    before = {p: p.stat().st_mtime_ns for p in out.iterdir()}
    assert main(["exchange", "export", "--db", db, "--plan", "5/KH-UBND", "--period", "2021-Q4",
                 "--out", str(out)]) == 2, "existing workbooks are not replaced without --force"
    assert {p: p.stat().st_mtime_ns for p in out.iterdir()} == before


def test_when_no_file_can_be_imported_each_files_reason_is_said(libreoffice_case: LibreOfficeCase, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Two agencies' files refused for different reasons: only the first one's was said."""
    db = str(copy_database(libreoffice_case, tmp_path))
    (tmp_path / "a.xlsx").write_text("không phải", encoding="utf-8")
    (tmp_path / "b.ods").write_bytes(b"")
    capsys.readouterr()
    assert main(["exchange", "import", "--db", db, str(tmp_path / "a.xlsx"), str(tmp_path / "b.ods")]) == 2
    printed = capsys.readouterr()
    assert printed.out.splitlines() == [
        f"{tmp_path / 'a.xlsx'}: KHÔNG NHẬP — Tệp văn bản (CSV), không phải bảng tính: lưu dạng CSV làm mất mã dòng "
        "ẩn của phiếu; đề nghị cơ quan gửi lại chính tệp phiếu (.xlsx) đã điền, lưu dạng Excel (.xlsx).",
        f"{tmp_path / 'b.ods'}: KHÔNG NHẬP — Tệp rỗng (0 byte): không phải phiếu báo cáo."]
    assert printed.err.strip() == "Lỗi: Không tệp nào nhập được (2 tệp; lý do của từng tệp in ở trên)."


def test_a_refused_row_says_what_the_agency_typed(libreoffice_case: LibreOfficeCase, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """agency10: `dòng 10: chưa chọn Tình trạng` said nothing of what the row held; the clerk, on the phone to the
    agency, could not read it out. The line below it now does, and `--json` gives it by column."""
    db = str(copy_database(libreoffice_case, tmp_path))
    form = fill(libreoffice_case.exported[0], {0: {x.STATUS: "Xong rồi", x.PERCENT: 40, x.RESULT: "Đã họp"},
                                               1: {x.DIFFICULTIES: "Thiếu cán bộ", x.PROPOSALS: "Bổ sung biên chế"}},
                out=tmp_path / "back.xlsx")
    assert main(["exchange", "import", "--db", db, str(form), "--dry-run"]) == 0
    said = capsys.readouterr().out
    assert f"    (đã điền: {x.STATUS} «Xong rồi»; {x.PERCENT} «40»; {x.RESULT} «Đã họp»)" in said, said
    assert f"  dòng {HEADER_ROW + 2}: chưa chọn Tình trạng\n    (đã điền: {x.DIFFICULTIES} «Thiếu cán bộ»; " in said
    assert main(["exchange", "import", "--db", db, str(form), "--dry-run", "--json"]) == 0
    refused = _json(capsys)["files"][0]["refused"]
    assert refused[1]["typed"] == {x.DIFFICULTIES: "Thiếu cán bộ", x.PROPOSALS: "Bổ sung biên chế"}
