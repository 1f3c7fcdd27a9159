"""Names a phrase holds (extract/subjects.py `names_in`): a person named by the fields they cover is one mention."""
from __future__ import annotations

from app.importers.extract.subjects import names_in


def test_a_person_named_by_the_fields_they_cover_is_one_mention() -> None:
    assert names_in("Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng") == \
        ["Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng"]
    assert names_in("Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng") == \
        ["Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng"]


def test_bodies_listed_are_still_split() -> None:
    assert names_in("Sở Nội vụ, Sở Tài chính và Văn phòng UBND tỉnh") == ["Sở Nội vụ", "Sở Tài chính",
                                                                        "Văn phòng UBND tỉnh"]
    # a list that goes on after a semicolon names another body
    assert names_in("Chuyên viên phụ trách lĩnh vực Hành chính; Văn phòng") == \
        ["Chuyên viên phụ trách lĩnh vực Hành chính", "Văn phòng"]
