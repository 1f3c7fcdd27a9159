"""Body items an annex task table restates are tracked by its rows: `extract.annex_restated`."""
from __future__ import annotations

from app.importers.extract.annex_restated import drop_restated
from app.importers.result import ImportedNode

DUTIES = ["Tổ chức tuyên truyền, phổ biến pháp luật về an toàn lao động cho người lao động",
          "Rà soát, sửa đổi quy chế phối hợp kiểm tra an toàn lao động giữa các sở, ngành",
          "Xây dựng cơ sở dữ liệu về tai nạn lao động trên địa bàn tỉnh",
          "Tăng cường kiểm tra việc chấp hành quy định về an toàn lao động tại doanh nghiệp"]


def _node(text: str, kind: str = "task") -> ImportedNode:
    return ImportedNode(label="", kind=kind, text=text, path=[])


def _body(texts: list[str]) -> list[ImportedNode]:
    section = ImportedNode(label="II", kind="section", text="NHIỆM VỤ CỤ THỂ", path=["II"])
    section.children = [_node(t) for t in texts]
    return [section]


def _table(texts: list[str]) -> list[ImportedNode]:
    holder = ImportedNode(label="PL", kind="section", text="PHỤ LỤC", path=["PL"])
    holder.children = [_node(t + ", bảo đảm hiệu quả, thiết thực.") for t in texts]
    return [holder]


def test_body_items_the_annex_rows_restate_become_text() -> None:
    """The body's items set out again as the annex table's rows (with more words): the rows are the tasks; an item
    no row restates stays a task."""
    own = "Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm"
    body = _body([*DUTIES, own])
    drop_restated(body, _table(DUTIES))
    assert [(n.text[:20], n.kind) for n in body[0].children] == [
        *((t[:20], "text") for t in DUTIES), (own[:20], "task")]


def test_one_item_sharing_a_rows_wording_is_no_restatement() -> None:
    """A plan restates many of its items or none: one body item worded like a row (a target the table also lists)
    stays a task."""
    others = [f"Nhiệm vụ riêng số {k} của kế hoạch về một lĩnh vực khác hẳn với phụ lục" for k in range(1, 9)]
    body = _body([DUTIES[0], *others])
    drop_restated(body, _table(DUTIES[:1]))
    assert all(n.kind == "task" for n in body[0].children)


def test_no_annex_table_changes_nothing() -> None:
    body = _body(DUTIES)
    drop_restated(body, [])
    assert all(n.kind == "task" for n in body[0].children)
