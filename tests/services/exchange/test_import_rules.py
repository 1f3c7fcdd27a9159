"""Import rules of issue 8: refusals with reasons, conflicts, out-of-order files, what people do
to spreadsheets (sorted rows, an added column, a renamed sheet, blank rows, text numbers)."""

from __future__ import annotations

import errno
import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.domain import exchange as x
from app.domain.periods import Period
from app.exporters.exchange_fill import paste_foreign_row
from app.models import ProgressUpdate
from app.models.database import open_database
from app.services import Services
from app.services.progress import ProgressEntry
from tests.services.exchange.conftest import AS_OF, make_plan
from tests.services.exchange.helpers import FILLED, HEADER_ROW, columns, fill

Q4 = Period.parse("2021-Q4")


@pytest.fixture
def sent(services: Services, plan, tmp_path: Path) -> dict[str, Path]:
    files = services.exchange.export(plan["plan"], Q4, tmp_path / "out", as_of=AS_OF)
    return {f.agency_name: f.path for f in files}


def _review(services: Services, path: Path):
    [review] = services.exchange.review([path], today=date(2021, 12, 20))
    return review


def _reasons(review) -> list[str]:
    return [r.reason for r in review.rows if r.outcome.value == "refused"]


def test_a_row_copied_into_another_agencys_workbook_is_refused(services: Services, plan, sent, tmp_path) -> None:
    own = [r for r in load_workbook(sent["Sở Tài chính"]).worksheets[0].iter_rows(min_row=HEADER_ROW + 1) if r[0].value]
    line = paste_foreign_row(fill(sent["Sở Nội vụ"], {0: FILLED}), sent["Sở Tài chính"], tmp_path / "moved.xlsx")
    assert line == HEADER_ROW + 1 + len(own), "pasted below the form's own rows"
    review = _review(services, tmp_path / "moved.xlsx")
    assert review.agency_name == "Sở Tài chính"
    [refused] = [r for r in review.rows if r.outcome.value == "refused"]
    assert "cơ quan khác (Sở Nội vụ)" in refused.reason and refused.line == line
    services.exchange.apply([review])
    assert services.progress.history(plan["t1"]) == [], "nothing of the refused row is written"


@pytest.mark.parametrize(("fields", "reason"), [
    ({x.STATUS: "Xong rồi"}, "không có trong danh sách"),
    ({x.STATUS: "Đang thực hiện", x.PERCENT: 120}, "từ 0 đến 100"),
    ({x.STATUS: "Đang thực hiện", x.PERCENT: "nhiều"}, "không phải là số"),
    ({x.STATUS: "Đang thực hiện", x.REPORTED_ON: "31/02/2021"}, "không phải là ngày"),
    ({x.STATUS: "Đang thực hiện", x.REPORTED_ON: "hôm qua"}, "không phải là ngày"),
    ({x.RESULT: "Có kết quả nhưng quên tình trạng"}, "chưa chọn Tình trạng"),
])
def test_bad_values_refuse_the_row_with_its_reason(services: Services, plan, sent, fields, reason) -> None:
    review = _review(services, fill(sent["Sở Nội vụ"], {0: fields}))
    [refused] = _reasons(review)
    assert reason in refused


def test_edited_identity_another_period_and_deleted_task_are_refused(services: Services, plan, sent,
                                                                      tmp_path) -> None:
    path = fill(sent["Sở Nội vụ"], {0: FILLED, 1: FILLED}, out=tmp_path / "edited.xlsx")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    key_col = columns(ws)[x.ROW_KEY]
    first = ws.cell(HEADER_ROW + 1, key_col)
    first.value = first.value.replace("|2021-Q4|", "|2021-Q3|")  # edited, digest no longer matches
    wb.save(path)
    review = _review(services, path)
    assert "mã dòng bị sửa" in _reasons(review)[0]
    # A well-formed key of another period (digest recomputed) is refused for its period.
    key = x.decode_row_key(ws.cell(HEADER_ROW + 2, key_col).value)
    other = x.RowKey(key.database, key.plan_id, "2021-Q3", key.agency_id, key.node_id, key.base)
    ws.cell(HEADER_ROW + 2, key_col).value = other.encode()
    wb.save(path)
    assert "kỳ khác (2021-Q3)" in _reasons(_review(services, path))[1]
    services.nodes.delete(plan["t1"])
    fresh = fill(sent["Sở Nội vụ"], {0: FILLED}, out=tmp_path / "fresh.xlsx")
    assert "không còn trong kế hoạch" in _reasons(_review(services, fresh))[0]


def test_a_workbook_from_another_database_is_refused_whole(services: Services, plan, sent, tmp_path) -> None:
    other_db = open_database(tmp_path / "other.db")
    try:
        other = Services(other_db)
        ids = make_plan(other)
        [foreign, *_] = other.exchange.export(ids["plan"], Q4, tmp_path / "other", as_of=AS_OF)
        review = _review(services, fill(foreign.path, {0: FILLED}))
    finally:
        other_db.dispose()
    assert "cơ sở dữ liệu khác" in review.error and review.rows == []


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_files_that_are_not_exchange_workbooks_are_refused_whole(services: Services, plan, sent, tmp_path) -> None:
    plain = tmp_path / "plain.xlsx"
    Workbook().save(plain)
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    (tmp_path / "text.xlsx").write_text("không phải bảng tính", encoding="utf-8")
    (tmp_path / "empty.xlsx").write_bytes(b"")
    (tmp_path / "bomb.xlsx").write_bytes(_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<w/>",
                                               "xl/big.xml": b" " * (160 * 1024 * 1024)}))
    macro = zipfile.ZipFile(sent["Sở Nội vụ"])
    parts = {i.filename: macro.read(i) for i in macro.infolist()}
    parts["xl/vbaProject.bin"] = b"\0" * 100
    (tmp_path / "macro.xlsm").write_bytes(_zip(parts))
    (tmp_path / "calc.ods").write_bytes(_zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                                             "content.xml": b"<x/>"}))
    data = sent["Sở Nội vụ"].read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    reviews = {Path(r.path).name: r for r in services.exchange.review([tmp_path], today=date(2021, 12, 20))}
    expected = {
        "plain.xlsx": "không có phần nhận dạng", "old.xls": "mật khẩu", "text.xlsx": "Tệp văn bản (CSV)",
        "empty.xlsx": "rỗng", "bomb.xlsx": "độc hại", "macro.xlsm": "macro", "calc.ods": "OpenDocument",
        "cut.xlsx": "hỏng",
    }
    for name, words in expected.items():
        assert words in reviews[name].error, (name, reviews[name].error)
        assert reviews[name].rows == []


def test_a_desk_edit_after_export_is_a_conflict_the_clerk_settles(services: Services, plan, tmp_path) -> None:
    services.progress.record(ProgressEntry(plan["t1"], plan["Sở Nội vụ"], "2021-Q4", "in_progress", 20, "Bắt đầu"),
                             today=date(2021, 11, 20))
    files = services.exchange.export(plan["plan"], Q4, tmp_path / "out", as_of=AS_OF)
    filled = fill(files[0].path, {0: FILLED})
    [history] = services.progress.history(plan["t1"])
    assert history.result == "Bắt đầu"
    # Nobody touched the entry since the export: the workbook's row is a plain change.
    assert _review(services, filled).rows[0].outcome.value == "changed"
    services.progress.record(ProgressEntry(plan["t1"], plan["Sở Nội vụ"], "2021-Q4", "in_progress", 30,
                                           "Sửa tại máy"), expected_version=history.version, today=date(2021, 12, 1))
    review = _review(services, filled)
    conflict = review.rows[0]
    assert conflict.outcome.value == "conflict" and not conflict.selected
    assert conflict.stored.result == "Sửa tại máy" and conflict.incoming.result == FILLED[x.RESULT]
    services.exchange.apply([review])
    assert services.progress.history(plan["t1"])[0].result == "Sửa tại máy", "unticked: the desk's edit stays"
    conflict.selected = True
    services.exchange.apply([review])
    assert services.progress.history(plan["t1"])[0].result == FILLED[x.RESULT], "ticked: the workbook wins"


def test_an_older_file_read_after_a_newer_one_never_overwrites_it(services: Services, plan, sent, tmp_path) -> None:
    older = fill(sent["Sở Nội vụ"], {0: {**FILLED, x.RESULT: "Bản đầu", x.REPORTED_ON: date(2021, 12, 5)}},
                 out=tmp_path / "older.xlsx")
    newer = fill(sent["Sở Nội vụ"], {0: {**FILLED, x.RESULT: "Bản sửa", x.REPORTED_ON: date(2021, 12, 9)}},
                 out=tmp_path / "newer.xlsx")
    services.exchange.apply(services.exchange.review([newer]))
    review = _review(services, older)
    assert "cũ hơn" in _reasons(review)[0]
    services.exchange.apply([review])
    assert services.progress.history(plan["t1"])[0].result == "Bản sửa"
    # In one go, in any order, the newer one wins too.
    services.exchange.undo(services.exchange.apply(services.exchange.review([older])))
    with services.database.session() as s:
        s.query(ProgressUpdate).delete()
    both = services.exchange.review([newer, older])
    services.exchange.apply(both)
    assert services.progress.history(plan["t1"])[0].result == "Bản sửa"


def test_what_people_do_to_spreadsheets_does_not_matter(services: Services, plan, sent, tmp_path) -> None:
    wb = load_workbook(sent["Sở Nội vụ"])
    ws = wb.worksheets[0]
    ws.title = "Báo cáo quý 4"
    cols = columns(ws)
    # Rows sorted (second task first), numbers and percent as text with spaces, a fraction.
    rows = [[ws.cell(r, c).value for c in range(1, ws.max_column + 1)] for r in (HEADER_ROW + 1, HEADER_ROW + 2)]
    for r, values in zip((HEADER_ROW + 2, HEADER_ROW + 1), rows, strict=True):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    ws.cell(HEADER_ROW + 1, cols[x.STATUS]).value = "  đã hoàn thành "
    ws.cell(HEADER_ROW + 2, cols[x.STATUS]).value = "Đang thực hiện"
    ws.cell(HEADER_ROW + 2, cols[x.PERCENT]).value = 0.45
    ws.cell(HEADER_ROW + 2, cols[x.REPORTED_ON]).value = "2021-12-10"
    ws.cell(HEADER_ROW + 2, cols[x.RESULT]).value = "  Đã rà soát 120 thủ tục  "
    ws.insert_rows(HEADER_ROW + 2)  # a blank row in the middle
    ws.insert_cols(1)  # an added column in front
    ws.cell(HEADER_ROW, 1).value = "Ghi chú của đơn vị"
    wb.save(tmp_path / "messy.xlsx")
    review = _review(services, tmp_path / "messy.xlsx")
    assert review.counts["new"] == 2, [r.reason for r in review.rows]
    by_node = {r.node_id: r.incoming for r in review.rows}
    assert by_node[plan["t1"]].percent == 45 and by_node[plan["t1"]].result == "Đã rà soát 120 thủ tục"
    assert by_node[plan["t1"]].reported_on == date(2021, 12, 10)
    assert by_node[plan["t2"]].status == "done" and by_node[plan["t2"]].percent == 100


def test_a_failure_during_apply_rolls_back_everything(services: Services, plan, sent, monkeypatch) -> None:
    review = _review(services, fill(sent["Sở Nội vụ"], {0: FILLED, 1: FILLED}))
    calls = []
    original = services.exchange._write

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk gone")
        return original(*args, **kwargs)

    monkeypatch.setattr(services.exchange, "_write", failing)
    with pytest.raises(OSError):
        services.exchange.apply([review])
    assert services.progress.history(plan["t1"]) == [] and services.progress.history(plan["t2"]) == []


def test_a_fractional_percent_is_rounded_half_up_and_said(services: Services, plan, sent, database, tmp_path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """`45,5`, `44.5 %` or 0.995 in a percent cell: the stored percent is whole (as at the desk), so it is
    rounded half up — never onto 0 or 100 — and the row says so in the preview and the command line
    (it was rounded without a word, 44,5 down to 44)."""
    from app.__main__ import main

    filled = fill(sent["Sở Nội vụ"], {0: {**FILLED, x.PERCENT: "45,5"}, 1: {**FILLED, x.PERCENT: "44.5 %"}},
                  out=tmp_path / "back.xlsx")
    review = _review(services, filled)
    assert review.counts["new"] == 2
    by_line = {r.line: r for r in review.rows}
    first, second = by_line[HEADER_ROW + 1], by_line[HEADER_ROW + 2]
    assert first.incoming.percent == 46 and first.note == "tỷ lệ hoàn thành 45,5% làm tròn thành 46%"
    assert second.incoming.percent == 45 and second.note == "tỷ lệ hoàn thành 44,5% làm tròn thành 45%"
    assert x.read_percent(0.995, percent_format=True) == (99, "tỷ lệ hoàn thành 99,5% làm tròn thành 99%")
    assert x.read_percent(0.6, percent_format=True) == (60, "")  # 60.00000000000001: whole, nothing said
    assert main(["exchange", "import", "--db", database.display_name, str(filled), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"  dòng {HEADER_ROW + 1}: lưu ý — tỷ lệ hoàn thành 45,5% làm tròn thành 46%" in out
    assert main(["exchange", "import", "--db", database.display_name, str(filled), "--json"]) == 0
    import json

    report = json.loads(capsys.readouterr().out)
    assert [n["note"] for n in report["files"][0]["notes"]] == [first.note, second.note]
    services.database.dispose()
    assert {e.node_id: e.percent for e in services.progress.history(plan["t1"]) + services.progress.history(
        plan["t2"])} == {plan["t1"]: 46, plan["t2"]: 45}


def test_a_row_the_agency_adds_is_refused_saying_where_its_report_goes(services: Services, plan, sent,
                                                                        tmp_path) -> None:
    """An agency adds a row below the table for work that came up (`Nhiệm vụ phát sinh`): it was refused as
    "dòng không có mã (dòng thêm tay?)" — the clerk had nothing to tell the agency about where it belongs."""
    path = fill(sent["Sở Nội vụ"], {0: FILLED}, out=tmp_path / "added.xlsx")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    cols = columns(ws)
    line = ws.max_row + 1
    ws.cell(line, 2).value = "Nhiệm vụ phát sinh: tập huấn cán bộ"
    ws.cell(line, cols[x.STATUS]).value = "Đã hoàn thành"
    wb.save(path)
    review = _review(services, path)
    [added] = [r for r in review.rows if r.outcome.value == "refused"]
    assert added.line == line and added.reason == (
        "dòng không có mã (dòng thêm tay?) — không nhận: ghi vào đúng dòng của nhiệm vụ trong phiếu đã gửi; việc "
        "phát sinh ghi ở cột Kết quả thực hiện của nhiệm vụ gần nhất")
    assert review.counts["new"] == 1, "the form's own row is still taken"


def test_a_task_the_plan_no_longer_gives_the_agency_is_taken_with_a_note(services: Services, plan, sent) -> None:
    """A form sent before the plan was replaced by its amended text: the amendment took Sở Tài chính off task 2
    (replacing a plan keeps the matched tasks and sets their assignments from the new text). The report is taken,
    as the agency's work in the period, but it was taken without a word."""
    from app.services.nodes import AssigneeSpec

    services.nodes.set_assignments(plan["t2"], [AssigneeSpec("lead", agency_id=plan["Sở Nội vụ"])])
    filled = fill(sent["Sở Tài chính"], {0: FILLED, 1: FILLED})
    review = _review(services, filled)
    notes = {r.node_id: r.note for r in review.rows}
    assert [r.outcome.value for r in review.rows] == ["new", "new"]
    assert notes == {plan["t2"]: "«Sở Tài chính» không còn được giao nhiệm vụ này (kế hoạch đã sửa hoặc thay thế "
                                 "sau khi gửi phiếu)", plan["t3"]: ""}
    services.exchange.apply([review])
    assert [h.result for h in services.progress.history(plan["t2"])] == [FILLED[x.RESULT]]


def test_a_reply_spilled_over_rows_by_a_paste_says_how_to_paste_it(services: Services, plan, sent, tmp_path) -> None:
    """A reply of two paragraphs copied from Word and pasted into the result cell, not in edit mode: Excel and Calc
    put the second paragraph in the next row's result cell. That row was refused with "chưa chọn Tình trạng" only;
    the agency, told so, would pick a status for a task it had not reported on."""
    filled = fill(sent["Sở Nội vụ"], {0: {x.STATUS: "Đang thực hiện", x.RESULT: "Đoạn một của kết quả."},
                                      1: {x.RESULT: "Đoạn hai của kết quả."}}, out=tmp_path / "spilled.xlsx")
    review = _review(services, filled)
    [refused] = _reasons(review)
    assert refused.startswith("chưa chọn Tình trạng (nếu chữ ở dòng này là phần sau của đoạn dán vào dòng trên")
    assert "bấm đúp vào ô của dòng trên rồi mới dán" in refused
    dated = _review(services, fill(sent["Sở Nội vụ"], {0: {x.RESULT: "Kết quả", x.REPORTED_ON: "10/12/2021"}},
                                   out=tmp_path / "dated.xlsx"))
    assert _reasons(dated) == ["chưa chọn Tình trạng"], "a row with its own day is a report without its status"


def _without_identity(path: Path, out: Path) -> Path:
    """The form as its sheet copied into a new workbook leaves it (Move or Copy Sheet, or the table pasted into a new
    file): the hidden column of row keys comes along, the very hidden identity sheet does not."""
    wb = load_workbook(path)
    wb.remove(wb["_theodoi"])
    wb.save(out)
    return out


def test_a_form_copied_into_a_new_workbook_is_known_by_its_rows_keys(services: Services, plan, sent,
                                                                        tmp_path) -> None:
    """It was refused whole ("không có phần nhận dạng"), though every row key names its form."""
    filled = fill(sent["Sở Nội vụ"], {0: FILLED}, out=tmp_path / "filled.xlsx")
    review = _review(services, _without_identity(filled, tmp_path / "Book1.xlsx"))
    assert not review.error and (review.agency_name, review.period) == ("Sở Nội vụ", "2021-Q4")
    assert [r.outcome.value for r in review.rows] == ["new"]
    services.exchange.apply([review])
    assert [h.result for h in services.progress.history(plan["t1"])] == [FILLED[x.RESULT]]
    moved = paste_foreign_row(fill(sent["Sở Tài chính"], {0: FILLED}, out=tmp_path / "stc.xlsx"), filled,
                              tmp_path / "two.xlsx")
    assert moved
    mixed = _review(services, _without_identity(tmp_path / "two.xlsx", tmp_path / "Book2.xlsx"))
    assert mixed.error.startswith("Tệp không phải phiếu báo cáo do chương trình xuất ra (không có phần nhận dạng, "
                                  "dòng của 2 phiếu khác nhau gộp vào một tệp: hãy gửi lại từng phiếu)")
    assert mixed.rows == []


def test_a_file_received_twice_in_one_go_is_taken_once(services: Services, plan, sent, tmp_path) -> None:
    """The attachment saved twice (`… (1).xlsx`): each copy showed its row as new, the preview counting it twice."""
    filled = fill(sent["Sở Nội vụ"], {0: FILLED}, out=tmp_path / "Sở Nội vụ.xlsx")
    copy = tmp_path / "Sở Nội vụ (1).xlsx"
    copy.write_bytes(filled.read_bytes())
    first, second = services.exchange.review([filled, copy], today=date(2021, 12, 20))
    assert first.counts["new"] == 1 and not first.error
    assert second.error == "cùng nội dung với tệp Sở Nội vụ.xlsx (nhận hai lần): chỉ nhập một lần"
    assert second.rows == []
    assert services.exchange.apply([first, second]).written == 1


def test_a_day_before_the_period_or_after_the_file_was_saved_is_taken_with_a_note(services: Services, plan, sent,
                                                                                    tmp_path) -> None:
    """`10/1/2021` meant as 1 October (month first, as an English Windows writes dates) is read as 10 January, before
    the quarter's data begin; a day after the file was saved is a slip too. The register counts a report on time or
    late by its day: both were taken without a word."""
    filled = fill(sent["Sở Nội vụ"], {0: {**FILLED, x.REPORTED_ON: "10/1/2021"},
                                      1: {**FILLED, x.REPORTED_ON: "01/12/2030"}}, out=tmp_path / "days.xlsx")
    review = _review(services, filled)
    saved = f"{review.saved_at:%d/%m/%Y}"
    assert [r.note for r in review.rows] == [
        "ngày báo cáo 10/01/2021 trước kỳ báo cáo (số liệu từ 15/09/2021): có gõ tháng trước ngày không? Nếu sai, "
        "sửa trong phiếu và gửi lại",
        f"ngày báo cáo 01/12/2030 sau ngày lưu tệp ({saved}): có gõ tháng trước ngày không? Nếu sai, sửa trong "
        "phiếu và gửi lại"]
    assert [r.outcome.value for r in review.rows] == ["new", "new"]
    plain = _review(services, fill(sent["Sở Nội vụ"], {0: FILLED}, out=tmp_path / "plain.xlsx"))
    assert [r.note for r in plain.rows] == [""], "a day inside the period says nothing"


@pytest.mark.parametrize(("typed", "stored", "said", "quiet"), [
    # `Đã hoàn thành` and 80 % (the 79-row form of session 13): done is stored as 100 %, as at the desk — it was
    # without a word, though the agency may have meant the task is under way
    (("Đã hoàn thành", "80%"), ("done", 100), "«Đã hoàn thành» với tỷ lệ 80%: lưu 100% (đã hoàn thành là 100%); nếu "
     "nhiệm vụ chưa xong, sửa Tình trạng thành «Đang thực hiện» và gửi lại", (("hoan thanh", 100), 100)),
    # `Chưa triển khai` with 12 % (typed in Calc, session 15): stored as typed, without a word, though the report
    # counts the task as not started while the percent says work has begun
    (("Chưa triển khai", "12%"), ("not_started", 12), "«Chưa triển khai» với tỷ lệ 12%: lưu như đã gõ (báo cáo tính "
     "là chưa triển khai); nếu đã bắt đầu, sửa Tình trạng thành «Đang thực hiện» và gửi lại",
     (("Chưa triển khai", 0), 0)),
])
def test_a_status_its_percent_contradicts_is_said(services: Services, plan, sent, tmp_path, typed, stored, said,
                                                  quiet) -> None:
    """A row whose percent contradicts its status is taken (done as 100 %, not started as typed) with a note in the
    preview and the command line; the same status with its own percent (100, 0) says nothing."""
    (status, percent), ((quiet_status, quiet_percent), quiet_stored) = typed, quiet
    filled = fill(sent["Sở Nội vụ"], {0: {**FILLED, x.STATUS: status, x.PERCENT: percent},
                                     1: {**FILLED, x.STATUS: quiet_status, x.PERCENT: quiet_percent}},
                  out=tmp_path / "contradicted.xlsx")
    review = _review(services, filled)
    first, second = sorted(review.rows, key=lambda r: r.line)
    assert (first.outcome.value, first.incoming.status, first.incoming.percent) == ("new", *stored)
    assert first.note == said
    assert (second.incoming.percent, second.note) == (quiet_stored, "")


def test_a_form_the_system_refuses_to_read_says_why_in_vietnamese(services: Services, plan, sent,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A form another program holds (Windows refuses the read, as it refuses EACCES here) is refused alone, its cause
    in Vietnamese; before, the system's English words were shown (`Permission denied`)."""
    held = sent["Sở Nội vụ"]
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == held:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    review = _review(services, held)
    assert review.error == f"Không đọc được tệp {held.name}: không có quyền truy cập.", review.error
    assert services.exchange.apply([review]).written == 0


def test_a_result_longer_than_a_cell_is_refused_with_its_row(services: Services, plan, sent, tmp_path: Path) -> None:
    """Excel and openpyxl cut a cell at 32,767 characters, Google Sheets holds 50,000: a form filled there and
    downloaded as .xlsx brought a result no spreadsheet of ours could show again (the next form, the report
    workbooks). Refused in the review with its line, as the desk's progress form refuses it; before, stored whole."""
    filled = fill(sent["Sở Nội vụ"], {0: {x.STATUS: "Đang thực hiện", x.RESULT: "CHO-KET-QUA"}})
    long = tmp_path / "google-sheets.xlsx"
    with zipfile.ZipFile(filled) as source, zipfile.ZipFile(long, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename).replace(b"CHO-KET-QUA", ("Đã làm. " * 5000).encode()))
    review = _review(services, long)
    [refused] = [r for r in review.rows if r.outcome.value == "refused"]
    assert refused.reason.startswith("Ô «Kết quả thực hiện» quá dài (39.999 ký tự"), refused.reason
    assert services.exchange.apply([review]).written == 0
