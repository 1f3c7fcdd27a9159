"""The document's closing paragraph, printed after its last item, read apart from that item.

An official text's body ends with the mark `./.`; the paragraph that carries it after the last numbered item is the
document's closing words, not more of that item: a chỉ thị's exhortation (`Đẩy mạnh … là nhiệm vụ cấp bách … .
Thủ tướng Chính phủ yêu cầu … thực hiện nghiêm túc Chỉ thị này./.`) or a plan's last duty addressed to all
(`Hàng năm, các bộ, ngành và Ủy ban nhân dân các tỉnh báo cáo kết quả thực hiện về Bộ …./.`). Read as part of the
item above, it changes that item's text and actors; read at the body's level, it is judged on its own words.

The last item keeps the paragraph when it is what the item says: an item titled by a heading (`4. Chế độ báo cáo`)
whose only paragraph it is, or a field line (`Thời gian thực hiện: …`). It keeps it too when the paragraph names
the document itself (`… triển khai thực hiện Kế hoạch này`, `… thực hiện nghiêm túc Chỉ thị này`): read on its own,
a closing formula asking to carry out the document cannot yet be told from one that adds work (`…, kịp thời báo cáo
những vướng mắc về Sở Nội vụ`), and read as a unit it would be taken for a task of its own.
"""
from __future__ import annotations

import re

from app.importers.extract.fields import attr_kind
from app.importers.extract.outline import OutlineNode

# the mark that ends an official text's body, as printed (`./.`, `./ .`)
TEXT_END = re.compile(r"\.\s*/\s*\.\s*$")
# the document named by itself (`Kế hoạch này`, `Chỉ thị này`)
_THIS_DOCUMENT = re.compile(r"\b(?:Kế hoạch|Chỉ thị|Nghị quyết|Quyết định|Chương trình|Hướng dẫn|Công văn|văn bản) này\b",
                            re.IGNORECASE)
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
    if not TEXT_END.search(closing) or attr_kind(closing) is not None or not closing[:1].isupper() \
            or _THIS_DOCUMENT.search(closing):
        return
    if len(last.paras) == 2 and not _SENTENCE.search(last.paras[0]):
        return  # `4. Chế độ báo cáo` + its one paragraph: the item's own words
    last.paras.pop()
    root.paras.append(closing)
