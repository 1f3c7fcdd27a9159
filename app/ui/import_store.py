"""Storing a reviewed import through `app.services.plan_import.PlanImportService` (one transaction).

Why the fallback: until `app.services.plan_import` exists, the wizard still works by building the
plan through the ordinary services and deleting the half-built plan if any step fails — so a
failed confirm leaves nothing behind, even though it is several transactions instead of one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def store_import(services: Any, imported: Any, path: str, source_text: str) -> int:
    """Store the reviewed plan in one transaction (PlanImportService); returns its id."""
    try:
        from app.services.plan_import import PlanImportService
    except ImportError:
        return _store_with_basic_services(services, imported)
    service = getattr(services, "plan_import", None) or PlanImportService(services.database, services.user)
    original = Path(path).read_bytes() if Path(path).is_file() else None
    outcome = service.store(imported, original=original, filename=Path(path).name, extracted_text=source_text)
    return int(outcome.plan_id)


def _store_with_basic_services(services: Any, imported: Any) -> int:
    from app.services.nodes import AssigneeSpec

    plan_id = services.plans.create_plan(imported.title or imported.number or "Kế hoạch", number=imported.number,
                                         doc_type=imported.doc_type, issuer=imported.issuer,
                                         issued_on=imported.date, format=imported.format)
    try:
        cache: dict[str, int] = {}

        def agency(mention: str) -> int:
            if mention not in cache:
                found = services.agencies.resolve(mention)
                cache[mention] = found if found is not None else services.agencies.create(mention, proposed=True)
            return cache[mention]

        def add(node: Any, parent: int | None) -> None:
            node_id = services.nodes.add(plan_id, parent, None, label=node.label, kind=node.kind, text=node.text)
            specs = [AssigneeSpec("lead", agency_id=agency(m), mention=m) for m in node.lead]
            specs += [AssigneeSpec("support", agency_id=agency(m), mention=m) for m in node.support]
            if specs:
                services.nodes.set_assignments(node_id, specs)
            if node.deadline_text:
                services.nodes.set_deadline(node_id, node.deadline_text)
            for child in node.children:
                add(child, node_id)

        for root in imported.nodes:
            add(root, None)
    except Exception:
        services.plans.delete_plan(plan_id)
        raise
    return int(plan_id)
