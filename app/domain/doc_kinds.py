"""The kinds of official document a plan can be, by the code its number carries (`177/KH-UBND`, `04-NQ/TU`).

One table for the importer (which reads the kind from the type line in capitals) and for the reports (which cite
the plan by its kind word: `Kết luận số 12-KL/TU`), so a kind the importer learns is never "Văn bản" in a report.
"""
from __future__ import annotations

DOC_KINDS: dict[str, str] = {
    "KH": "Kế hoạch", "NQ": "Nghị quyết", "CTr": "Chương trình", "CT": "Chỉ thị", "QĐ": "Quyết định",
    "BC": "Báo cáo", "HD": "Hướng dẫn", "ĐA": "Đề án", "TB": "Thông báo", "KL": "Kết luận", "CV": "Công văn",
    "QĐi": "Quy định",
    "TT": "Thông tri",  # a Party committee's instruction to its lower committees (Quy định 66-QĐ/TW)
}


def kind_name(code: str | None) -> str:
    """`Kết luận` for KL; `Văn bản` (document) for a code the table does not know or none."""
    return DOC_KINDS.get(code or "", "Văn bản")


def kind_code(text: str | None) -> str | None:
    """The code a plan stores for what the clerk chose or typed: `KH` for `Kế hoạch` or `KH`, any other text as is.

    Why: the properties show the kind's name, not its code, but a code the table does not know (read from an
    unusual number) must survive being shown and saved unchanged.
    """
    text = " ".join((text or "").split())
    if not text:
        return None
    by_name = {name.casefold(): code for code, name in DOC_KINDS.items()}
    return by_name.get(text.casefold(), text)
