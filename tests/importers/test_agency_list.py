"""Agency lists as offices keep them: a spreadsheet (.xlsx, or .ods through LibreOffice), a CSV
(comma or semicolon, header or not), a plain list; kind and parent optional; anything unreadable
refused in one Vietnamese line."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.errors import InputError
from app.importers.agency_list import GROUP, AgencyRow, format_rows, parse_lines, read_agency_list
from app.importers.exchange.guard import SAVE_AS_XLSX
from app.importers.readers import office
from tests.services.exchange.helpers import convert


def test_spreadsheet_with_header_kind_and_parent(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    for row in (("Tên cơ quan", "Loại", "Cấp trên"), ("Sở Nội vụ", "Sở", None), (None, None, None),
                ("Ban Tổ chức Thành ủy", "Đảng", ""), ("Các sở, ban, ngành", "Nhóm", None),
                ("Sở Tài chính", "sở", "Các sở, ban, ngành"), ("UBND quận Ba Đình", "UBND quận, huyện", None)):
        sheet.append(row)
    path = tmp_path / "danh ba.xlsx"
    book.save(path)
    rows = read_agency_list(path)
    assert rows == [AgencyRow(2, "Sở Nội vụ", "so"), AgencyRow(4, "Ban Tổ chức Thành ủy", "dang"),
                    AgencyRow(5, "Các sở, ban, ngành", GROUP),
                    AgencyRow(6, "Sở Tài chính", "so", "Các sở, ban, ngành"),
                    AgencyRow(7, "UBND quận Ba Đình", "quan_huyen")]
    # the text box shows what will be stored
    assert [(r.name, r.kind, r.parent) for r in parse_lines(format_rows(rows))] == [
        (r.name, r.kind, r.parent) for r in rows]


def test_csv_semicolon_and_plain_list(tmp_path: Path) -> None:
    csv_file = tmp_path / "ds.csv"
    csv_file.write_text("Tên;Loại;Cấp trên\nSở Y tế;Sở;\n\"Phường Điện Biên\";Phường, xã;UBND quận Ba Đình\n",
                        encoding="utf-8-sig")
    assert read_agency_list(csv_file) == [AgencyRow(2, "Sở Y tế", "so"),
                                          AgencyRow(3, "Phường Điện Biên", "xa_phuong", "UBND quận Ba Đình")]
    comma = tmp_path / "comma.csv"
    comma.write_text("Sở Y tế,Sở\nSở Xây dựng,,\n", encoding="utf-8")
    assert [r.name for r in read_agency_list(comma)] == ["Sở Y tế", "Sở Xây dựng"]
    text = tmp_path / "ds.txt"
    text.write_bytes("Sở Nội vụ\r\n  Sở   Tài chính  \r\n\r\nCông an thành phố\r\n".encode("utf-16"))
    assert [(r.name, r.kind) for r in read_agency_list(text)] == [("Sở Nội vụ", None), ("Sở Tài chính", None),
                                                                  ("Công an thành phố", None)]


@pytest.mark.parametrize(("name", "content", "message"), [
    ("rong.txt", b"", "rỗng"),
    ("trang.txt", b"\n\n  \n", "không có nội dung"),
    ("sai.csv", "Sở Nội vụ;Bộ\n".encode(), "Dòng 1: không hiểu loại “Bộ”"),
    ("anh.png", b"\x89PNG....", "“.png”"),
    ("hong.xlsx", b"PK\x03\x04 not a zip", "bảng tính"),
    ("cu.xlsx", bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 64, ".xls"),
])
def test_unreadable_lists_are_refused_clearly(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_agency_list(path)
    assert message in caught.value.message


def test_a_list_the_system_refuses_to_read_says_why_in_vietnamese(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A list another program holds open (refused as EACCES): the cause in Vietnamese, not `Permission denied`."""
    path = tmp_path / "danh-sach.txt"
    path.write_text("Sở Nội vụ", encoding="utf-8")

    def refused(self: Path) -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refused)
    with pytest.raises(InputError) as caught:
        read_agency_list(path)
    assert caught.value.message == "Không đọc được tệp danh-sach.txt: không có quyền truy cập.", caught.value.message


def test_a_huge_list_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lon.txt"
    path.write_text("\n".join(f"Cơ quan số {n}" for n in range(5001)), encoding="utf-8")
    with pytest.raises(InputError, match="quá dài"):
        read_agency_list(path)


def _ods_list(tmp_path: Path) -> Path:
    """An agency list kept in LibreOffice Calc: made as .xlsx, saved as .ods by LibreOffice."""
    book = Workbook()
    for row in (("Tên cơ quan", "Loại", "Cấp trên"), ("Sở Nội vụ", "Sở", None), ("Phường Điện Biên", "Phường, xã",
                                                                                  "Sở Nội vụ")):
        book.active.append(row)
    book.save(tmp_path / "danh ba.xlsx")
    return convert(tmp_path / "danh ba.xlsx", tmp_path / "calc", "ods")


def test_an_ods_list_is_read_through_libreoffice(tmp_path: Path) -> None:
    assert read_agency_list(_ods_list(tmp_path)) == [AgencyRow(2, "Sở Nội vụ", "so"),
                                                     AgencyRow(3, "Phường Điện Biên", "xa_phuong", "Sở Nội vụ")]


def test_an_ods_list_without_libreoffice_says_how_to_save_as_xlsx(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = _ods_list(tmp_path)
    monkeypatch.setattr(office, "office_program", lambda: None)
    with pytest.raises(InputError) as caught:
        read_agency_list(path)
    assert caught.value.message == SAVE_AS_XLSX
    cut = tmp_path / "cut.ods"
    cut.write_bytes(path.read_bytes()[:300])
    with pytest.raises(InputError, match=r"OpenDocument \(\.ods\) hợp lệ"):
        read_agency_list(cut)


def test_numbered_rows_and_a_header_under_a_title_place_the_columns() -> None:
    """An office's list: row numbers first (with or without a header), a title above the header, the
    kind and parent in the columns the header names, a notes column ignored."""
    from app.importers.agency_list import rows_from_cells

    numbered = rows_from_cells([[1, "Sở Tài chính", "Sở"], [2, "Công an tỉnh", None]])
    assert [(r.name, r.kind) for r in numbered] == [("Sở Tài chính", "so"), ("Công an tỉnh", None)]
    titled = rows_from_cells([["DANH SÁCH"], [None], ["TT", "Ghi chú", "Cơ quan, đơn vị", "Cấp trên"],
                              [1, "x", "Sở Xây dựng", "Các sở, ban, ngành"]])
    assert [(r.line, r.name, r.parent) for r in titled] == [(4, "Sở Xây dựng", "Các sở, ban, ngành")]
    plain = rows_from_cells([["Sở Nội vụ", "Sở"], ["Ban Dân tộc", ""]])  # the text box's order, unchanged
    assert [(r.name, r.kind) for r in plain] == [("Sở Nội vụ", "so"), ("Ban Dân tộc", None)]
