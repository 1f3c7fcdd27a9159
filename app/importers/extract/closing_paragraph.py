"""The document's closing paragraph, printed after its last item, read apart from that item.

An official text's body ends with the mark `./.`; the paragraph that carries it after the last numbered item is the
document's closing words, not more of that item: a chỉ thị's exhortation (`Đẩy mạnh … là nhiệm vụ cấp bách … .
Thủ tướng Chính phủ yêu cầu … thực hiện nghiêm túc Chỉ thị này./.`) or a plan's last duty addressed to all
(`Hàng năm, các bộ, ngành và Ủy ban nhân dân các tỉnh báo cáo kết quả thực hiện về Bộ …./.`). Read as part of the
item above, it changes that item's text and actors; read at the body's level, it is judged on its own words (a
request to carry out the document as a whole is no task: `taskcues.asks_to_carry_out`).

The last item keeps the paragraph when it is what the item says: an item titled by a heading (`4. Chế độ báo cáo`)
whose only paragraph it is, or a field line (`Thời gian thực hiện: …`).
"""
from __future__ import annotations

import re

from app.importers.extract.fields import attr_kind
from app.importers.extract.outline import OutlineNode
from app.importers.extract.taskcues import asks_how_only
from app.importers.result import ImportedNode

# the mark that ends an official text's body, as printed (`./.`, `./ .`)
TEXT_END = re.compile(r"\.\s*/\s*\.\s*$")
# an item's own wording that is a sentence (a duty, not a heading)
_SENTENCE = re.compile(r"[.;]\s*$")


def detach_closing_paragraph(root: OutlineNode) -> None:
    """Move the body's closing paragraph from the last item, where the outline put it, to the body itself."""
    last = root
    while last.children:
        last = last.children[-1]
    if last is root or len(last.paras) < 2:
        return
    closing = last.paras[-1]
    if not TEXT_END.search(closing) or attr_kind(closing) is not None or not closing[:1].isupper():
        return
    if len(last.paras) == 2 and not _SENTENCE.search(last.paras[0]):
        return  # `4. Chế độ báo cáo` + its one paragraph: the item's own words
    last.paras.pop()
    root.paras.append(closing)


def drop_closing_request(body: list[ImportedNode]) -> None:
    """The body's last words, when they only ask the addressees to carry the document out (`Đề nghị Ủy ban nhân dân
    tỉnh và các tổ chức đảng nghiêm túc triển khai thực hiện.`, a letter's closing request with no `./.` to mark
    it): the closing formula, no task. Only the last node is asked: elsewhere the same words may be an item's duty."""
    if not body:
        return
    last = body[-1]
    while last.children:
        last = last.children[-1]
    if last.kind == "task" and asks_how_only(last.text):
        last.kind, last.lead, last.support, last.deadline_text = "text", [], [], None
