"""How a task state looks: its words, a symbol and a colour — never colour alone.

Why one table: the tree, the calendar and the agenda must agree, and a colour-blind clerk must
still read the state (words plus a symbol). Keys are the domain's Vietnamese state values; the
English UI translates them through the "TaskState" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.ui.widgets.tr import QT_TRANSLATE_NOOP

# value (as the domain stores it) -> (English source for translation, symbol, colour)
_STATES: dict[str, tuple[str, str, str]] = {
    "Chưa đến hạn": (QT_TRANSLATE_NOOP("TaskState", "Not yet due"), "○", "#5f6b7a"),
    "Đang thực hiện trong hạn": (QT_TRANSLATE_NOOP("TaskState", "In progress, on time"), "▶", "#1f5fa8"),
    "Đang thực hiện quá hạn": (QT_TRANSLATE_NOOP("TaskState", "In progress, overdue"), "⚠", "#b3261e"),
    "Hoàn thành đúng hạn": (QT_TRANSLATE_NOOP("TaskState", "Done on time"), "✔", "#1b7f3b"),
    "Hoàn thành quá hạn": (QT_TRANSLATE_NOOP("TaskState", "Done late"), "✔", "#8a6d00"),
    "Thường xuyên": (QT_TRANSLATE_NOOP("TaskState", "Ongoing"), "↻", "#4a5a8a"),
    "Không thực hiện / tạm dừng": (QT_TRANSLATE_NOOP("TaskState", "Not done / suspended"), "■", "#777777"),
}
# the short words of a narrow column (a 1024-pixel screen): the symbol and colour stay, the full
# words are in the cell's tooltip
_SHORT: dict[str, str] = {
    "Chưa đến hạn": QT_TRANSLATE_NOOP("TaskState", "Not due"),
    "Đang thực hiện trong hạn": QT_TRANSLATE_NOOP("TaskState", "On time"),
    "Đang thực hiện quá hạn": QT_TRANSLATE_NOOP("TaskState", "Overdue"),
    "Hoàn thành đúng hạn": QT_TRANSLATE_NOOP("TaskState", "Done"),
    "Hoàn thành quá hạn": QT_TRANSLATE_NOOP("TaskState", "Done, late"),
    "Thường xuyên": QT_TRANSLATE_NOOP("TaskState", "Ongoing"),
    "Không thực hiện / tạm dừng": QT_TRANSLATE_NOOP("TaskState", "Suspended"),
}


def _key(state: str | None) -> str:
    """The stored value (a `TaskState` is a `StrEnum`: its value is the string itself)."""
    return str(state or "")


def state_text(state: str | None) -> str:
    """The state in the UI language (the Vietnamese value itself in the Vietnamese UI)."""
    value = _key(state)
    if not value:
        return ""
    source = _STATES.get(value)
    if source is None:
        return value
    return QCoreApplication.translate("TaskState", source[0])


def state_label(state: str | None, *, short: bool = False) -> str:
    """Symbol and words, as a cell shows them (`short`: the narrow column's words)."""
    value = _key(state)
    if not value:
        return ""
    words = QCoreApplication.translate("TaskState", _SHORT[value]) if short and value in _SHORT else state_text(value)
    return f"{state_symbol(value)} {words}".strip()


def short_labels() -> list[str]:
    """Every short label (a narrow column is made wide enough for the longest)."""
    return [state_label(value, short=True) for value in _STATES]


def state_symbol(state: str | None) -> str:
    entry = _STATES.get(_key(state))
    return entry[1] if entry else ""


def state_color(state: str | None) -> QColor | None:
    entry = _STATES.get(_key(state))
    return QColor(entry[2]) if entry else None
