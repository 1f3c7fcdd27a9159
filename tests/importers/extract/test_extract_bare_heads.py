"""A head noun with no name after it is no body (`Cơ quan chủ trì, thành phần … hội nghị`: a point to check).
Synthetic, from a plan that lists what an inspection looks at under a numbered sub-item."""
from __future__ import annotations

from pathlib import Path

from app.importers.extract import extract_plan
from app.importers.extract.subjects import subject_mentions
from app.importers.readers import read_blocks

_PLAN = """KẾ HOẠCH
Kiểm tra, giám sát công tác bầu cử

I. NỘI DUNG

1. Kiểm tra việc vận động bầu cử

1.1. Kiểm tra việc vận động bầu cử thông qua hội nghị tiếp xúc cử tri

- Cơ quan chủ trì, thành phần, số lượng cử tri tham dự hội nghị.

- Cách bố trí, sắp xếp địa điểm tổ chức hội nghị tiếp xúc cử tri.

1.2. Giám sát việc vận động bầu cử thông qua phương tiện thông tin đại chúng

- Trách nhiệm của các cơ quan trong việc đăng tải nội dung vận động bầu cử.

2. Giám sát trình tự bỏ phiếu, việc kiểm phiếu
"""


def test_bare_head_noun_is_no_subject() -> None:
    assert subject_mentions("Cơ quan chủ trì, thành phần, số lượng cử tri tham dự hội nghị.") == []
    assert subject_mentions("Đơn vị chủ trì, thời gian tổ chức hội nghị.") == []
    assert subject_mentions("Sở Tư pháp chủ trì, phối hợp với các sở tổ chức hội nghị.") == ["Sở Tư pháp"]


def test_point_to_check_naming_a_presiding_body_is_no_task(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(_PLAN, encoding="utf-8")
    tasks = extract_plan(read_blocks(path)).to_annotation_dict()["tasks"]
    assert all(t["lead"] != ["Cơ quan"] for t in tasks)
    assert not any(t["text"].startswith("Cơ quan chủ trì") for t in tasks)
