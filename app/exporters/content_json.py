"""Report contents to JSON and back, so an exported report can be reproduced exactly.

A snapshot stores the content as it was at export (figures, result texts, status words), not a
query to run again: the database keeps changing, the signed report does not. Dataclasses carry a
`_type` tag; dates are ISO strings; enums their values. Decoding follows the type hints.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from enum import Enum
from typing import Any

from app.exporters import content, document

SCHEMA = 1
_CLASSES: dict[str, type] = {
    name: obj
    for module in (content, document)
    for name, obj in vars(module).items()
    if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == module.__name__
}


def to_json(value: Any) -> Any:
    """A JSON-ready structure (dicts, lists, strings, numbers) of a content dataclass."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {"_type": type(value).__name__}
        for f in dataclasses.fields(value):
            out[f.name] = to_json(getattr(value, f.name))
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    return value


def from_json(data: Any, expected: Any = None) -> Any:
    """Rebuild what `to_json` produced; `expected` is the type hint where the value sits."""
    if isinstance(data, dict) and "_type" in data:
        cls = _CLASSES.get(data["_type"])
        if cls is None:
            raise ValueError(f"unknown content type {data['_type']!r}")
        hints = typing.get_type_hints(cls)
        kwargs = {
            f.name: from_json(data[f.name], hints.get(f.name))
            for f in dataclasses.fields(cls)
            if f.name in data and f.init
        }
        return cls(**kwargs)
    if data is None or expected is None:
        return data
    origin = typing.get_origin(expected)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(expected) if a is not type(None)]
        for option in options:
            try:
                return from_json(data, option)
            except (TypeError, ValueError):
                continue
        return data
    if origin in (list, tuple):
        (item,) = typing.get_args(expected)[:1] or (None,)
        return [from_json(v, item) for v in data]
    if origin is dict:
        _, item = typing.get_args(expected)
        return {k: from_json(v, item) for k, v in data.items()}
    if isinstance(expected, type):
        if issubclass(expected, Enum):
            return expected(data)
        if expected is date:
            if not isinstance(data, str):
                raise TypeError("date expected")
            return date.fromisoformat(data)
        if expected in (int, float, str, bool) and not isinstance(data, expected):
            if expected is float and isinstance(data, int):
                return float(data)
            raise TypeError(f"{expected.__name__} expected")
    return data


def dump(value: Any) -> dict[str, Any]:
    """The snapshot payload: schema version plus the tagged content."""
    return {"schema": SCHEMA, "content": to_json(value)}


def load(payload: dict[str, Any]) -> Any:
    """The report content of a stored snapshot; another schema is refused (ValueError) rather than misread."""
    if payload.get("schema") != SCHEMA:
        raise ValueError(f"unsupported snapshot schema {payload.get('schema')!r}")
    return from_json(payload["content"])
