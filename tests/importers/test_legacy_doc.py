"""Word 97-2003 files (.doc) and tracked changes in .docx.

A .doc goes through LibreOffice when it is installed (it is on the development machine); without
it, the clerk gets one line saying how to save as .docx. A .docx with tracked changes is read as
if every change were accepted: insertions kept, deletions dropped.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx_factory import DocxBuilder

from app.errors import InputError
from app.importers import read_plan_file
from app.importers.extract import extract_plan
from app.importers.readers import legacydoc, office, read_blocks


def _word_plan(path: Path) -> Path:
    b = DocxBuilder()
    b.paragraph("KẾ HOẠCH")
    b.paragraph("Triển khai công tác chuyển đổi số năm 2026")
    b.paragraph("1. Sở Khoa học và Công nghệ chủ trì xây dựng kho dữ liệu dùng chung, hoàn thành trước ngày 30/6/2026.")
    return b.save(path)


def _as_doc(docx_path: Path, program: str) -> Path:
    """The same plan saved as Word 97-2003 by LibreOffice (the test's own fixture)."""
    profile = docx_path.parent / "profile"
    subprocess.run([program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "doc",
                    "--outdir", str(docx_path.parent), str(docx_path)], capture_output=True, timeout=180, check=True)
    return docx_path.with_suffix(".doc")


def test_doc_is_converted_through_libreoffice(tmp_path: Path) -> None:
    program = office.office_program()
    docx_path = _word_plan(tmp_path / "plan.docx")
    if program is None:  # a machine without LibreOffice: the clerk is told how to save as .docx
        doc = tmp_path / "plan.doc"
        doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
        with pytest.raises(InputError, match="Save As"):
            read_blocks(doc)
        return
    doc = _as_doc(docx_path, program)
    plan = extract_plan(read_blocks(doc))
    tasks = plan.tasks()
    assert [t.lead for t in tasks] == [["Sở Khoa học và Công nghệ"]]
    assert tasks[0].deadline_text == "trước ngày 30/6/2026"


def test_doc_without_libreoffice_says_how_to_save_as_docx(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office, "office_program", lambda: None)
    doc = tmp_path / "plan.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    with pytest.raises(InputError) as raised:
        read_blocks(doc)
    assert str(raised.value) == legacydoc.SAVE_AS_DOCX


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    b = DocxBuilder()
    para = b.paragraph("1. Sở Tài chính chủ trì ")
    ins = parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z">'
                    '<w:r><w:t xml:space="preserve">rà soát kinh phí, </w:t></w:r></w:ins>')
    dele = parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z">'
                     '<w:r><w:delText xml:space="preserve">hủy bỏ dự án, </w:delText></w:r></w:del>')
    para._p.append(ins)
    para._p.append(dele)
    para.add_run("báo cáo trước ngày 15/12/2026.")
    path = b.save(tmp_path / "tracked.docx")
    texts = [blk.text for blk in read_plan_file(path)]
    assert texts == ["1. Sở Tài chính chủ trì rà soát kinh phí, báo cáo trước ngày 15/12/2026."]
