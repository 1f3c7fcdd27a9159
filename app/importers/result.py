"""What the plan importer extracts: a header and a tree of outline nodes.

Pure data. `to_annotation_dict()` renders exactly the schema of corpus/ANNOTATION.md so the
scoring tool and the tests can compare an extraction with the gold files.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Literal

NodeKind = Literal["section", "task", "target", "text"]
PlanFormat = Literal["state", "party"]


@dataclass
class Signer:
    """Người ký: authority line (`TM. ỦY BAN NHÂN DÂN`), title (`CHỦ TỊCH`) and name."""

    authority: str | None = None
    title: str | None = None
    name: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"authority": self.authority, "title": self.title, "name": self.name}


@dataclass
class ImportedTarget:
    """One quantified objective (chỉ tiêu): one figure of the document."""

    path: list[str]
    indicator: str
    comparator: str  # ">=", "<=", "=", "reduce_by", "increase_by"
    value: float
    unit: str | None = None
    baseline_year: int | None = None
    deadline_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "path": list(self.path),
            "indicator": self.indicator,
            "comparator": self.comparator,
            "value": value,
            "unit": self.unit,
            "baseline_year": self.baseline_year,
            "deadline_text": self.deadline_text,
        }


@dataclass
class ImportedNode:
    """One item of the outline with the printed label (`III`, `1.1`, `a`, `(1)`, `•2`)."""

    label: str
    kind: NodeKind = "text"
    text: str = ""
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    deadline_text: str | None = None
    deadline: dict | None = None
    warnings: list[str] = field(default_factory=list)
    children: list[ImportedNode] = field(default_factory=list)
    path: list[str] = field(default_factory=list)
    # the item's children are given to a body by a lead-in sentence (`Ban … thực hiện các nội dung sau:`): a
    # request, so they are duties even among the steps of a procedure (`method_sections`); not exported
    assigns_children: bool = field(default=False, compare=False, repr=False)
    # the stored node this item continues when the review replaces a stored plan (`services.replace_review`):
    # storing updates that row, so its progress stays; None for an item read from a document. Not exported
    stored_id: int | None = field(default=None, compare=False, repr=False)

    def walk(self):
        """This node and all descendants, document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def to_outline_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "kind": self.kind,
            "path": list(self.path),
            "text": self.text,
            "children": [c.to_outline_dict() for c in self.children],
        }

    def to_task_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": list(self.path),
            "text": self.text,
            "lead": list(self.lead),
            "support": list(self.support),
            "deadline_text": self.deadline_text,
        }
        if self.deadline is not None:
            out["deadline"] = self.deadline
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


@dataclass
class ImportedPlan:
    """The whole extraction of one plan document."""

    number: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    place: str | None = None
    date: _dt.date | None = None
    title: str | None = None
    bases: list[str] = field(default_factory=list)
    signer: Signer = field(default_factory=Signer)
    recipients: list[str] = field(default_factory=list)
    reporting: list[str] = field(default_factory=list)
    format: PlanFormat = "state"
    nodes: list[ImportedNode] = field(default_factory=list)
    targets: list[ImportedTarget] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def walk(self):
        for root in self.nodes:
            yield from root.walk()

    def tasks(self) -> list[ImportedNode]:
        """Every node of kind task, flat, in document order."""
        return [n for n in self.walk() if n.kind == "task"]

    def is_empty(self) -> bool:
        """No task and no target: nothing the tracker could follow (an annex of indicators alone is
        followed by its targets). Such a plan is reviewed, so the clerk can add its tasks, never stored."""
        return not self.tasks() and not self.targets

    def to_annotation_dict(self) -> dict[str, Any]:
        """Exactly the schema of corpus/ANNOTATION.md, plus the extras `outline` and `warnings`.

        Task entries may carry `deadline` (the parsed meaning) and `warnings` besides the schema's
        keys; `recipients` and `format` stay attributes of the plan."""
        return {
            "number": self.number,
            "doc_type": self.doc_type,
            "issuer": self.issuer,
            "place": self.place,
            "date": self.date.isoformat() if self.date else None,
            "title": self.title,
            "bases": list(self.bases),
            "signer": self.signer.to_dict(),
            "reporting": list(self.reporting),
            "tasks": [t.to_task_dict() for t in self.tasks()],
            "targets": [t.to_dict() for t in self.targets],
            "partial": False,
            "outline": [n.to_outline_dict() for n in self.nodes],
            "warnings": list(self.warnings),
        }
