"""`ImportedPlan.to_annotation_dict()` follows the schema of corpus/ANNOTATION.md."""
from __future__ import annotations

import datetime as dt

from app.importers.result import ImportedNode, ImportedPlan, ImportedTarget, Signer


def test_annotation_schema() -> None:
    task = ImportedNode(label="•1", kind="task", text="Rà soát", lead=["Sở Nội vụ"], deadline_text="Quý II/2024",
                        path=["I", "1", "•1"])
    section = ImportedNode(label="1", kind="section", text="Sở Nội vụ", path=["I", "1"], children=[task])
    plan = ImportedPlan(number="1/KH-UBND", doc_type="KH", date=dt.date(2024, 1, 2), signer=Signer(name="A"),
                        nodes=[ImportedNode(label="I", kind="section", path=["I"], children=[section])],
                        targets=[ImportedTarget(path=["II"], indicator="cán bộ nữ", comparator=">=", value=15.0,
                                                unit="%")])
    d = plan.to_annotation_dict()
    for key in ("number", "doc_type", "issuer", "place", "date", "title", "bases", "signer", "reporting",
                "tasks", "targets", "partial", "outline", "warnings"):
        assert key in d
    assert d["date"] == "2024-01-02" and d["partial"] is False
    assert d["signer"] == {"authority": None, "title": None, "name": "A"}
    assert d["tasks"] == [{"path": ["I", "1", "•1"], "text": "Rà soát", "lead": ["Sở Nội vụ"], "support": [],
                           "deadline_text": "Quý II/2024"}]
    assert d["targets"][0]["value"] == 15 and d["targets"][0]["baseline_year"] is None
    assert plan.tasks() == [task]
