"""One typed wrapper over QSettings (INI) for everything the window remembers.

Why: scattered `QSettings().value("x")` calls each invent their own default and type; here every
key has one default, one type and one place to migrate renamed keys, and tests point the whole
thing at a temporary INI file instead of the user's real settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1
# what a key holds: the language, sizes Qt saved, the last plan, the recent files, the shortcuts
SettingValue = str | int | bool | QByteArray | list[str] | dict[str, str]
MAX_RECENT = 8


@dataclass(frozen=True)
class Key:
    """A settings key with its type and default."""

    name: str
    default: SettingValue
    kind: type


# The defaults table: the only place a default value is written.
DEFAULTS: dict[str, Key] = {
    k.name: k
    for k in (
        Key("ui/language", "vi", str),
        Key("ui/geometry", QByteArray(), QByteArray),
        Key("ui/window_state", QByteArray(), QByteArray),
        Key("ui/splitter", QByteArray(), QByteArray),
        Key("ui/last_plan_id", 0, int),
        Key("ui/last_node_id", 0, int),  # the last plan's current row when the window closed
        Key("ui/last_view", "tree", str),
        Key("ui/import_plans_panel", False, bool),  # the plans panel beside the import review
        Key("ui/import_splitter", QByteArray(), QByteArray),  # the review's outline | document text
        Key("db/recent", [], list),
        Key("user/name", "", str),
        Key("shortcuts/overrides", {}, dict),
    )
}

# Renamed keys: old name -> new name. Applied once when an older file is opened.
RENAMED: dict[str, str] = {"recent_databases": "db/recent"}


class Settings:
    """Typed access to the program's settings; construct with `path` in tests."""

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                 "TheoDoiKeHoach", "TheoDoiKeHoach")
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self._migrate()

    # -- generic ---------------------------------------------------------------------------
    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def get(self, name: str) -> SettingValue:
        key = DEFAULTS[name]
        raw = self._qs.value(name, None)
        if raw is None:
            return _copy(key.default)
        return _coerce(raw, key)

    def set(self, name: str, value: SettingValue) -> None:
        if name not in DEFAULTS:
            raise KeyError(name)
        self._qs.setValue(name, value)

    def sync(self) -> None:
        self._qs.sync()

    def _migrate(self) -> None:
        version = int(str(self._qs.value("meta/version", 0) or 0))
        if version < SETTINGS_VERSION:
            for old, new in RENAMED.items():
                if self._qs.contains(old) and not self._qs.contains(new):
                    self._qs.setValue(new, self._qs.value(old))
                    self._qs.remove(old)
            self._qs.setValue("meta/version", SETTINGS_VERSION)

    # -- typed properties ------------------------------------------------------------------
    @property
    def language(self) -> str:
        return str(self.get("ui/language"))

    @language.setter
    def language(self, value: str) -> None:
        self.set("ui/language", value)

    @property
    def geometry(self) -> QByteArray:
        return self._bytes("ui/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.set("ui/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        return self._bytes("ui/window_state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.set("ui/window_state", value)

    @property
    def import_plans_panel(self) -> bool:
        """Does the plans panel stay beside the import review (the user showed it there)?"""
        return bool(self.get("ui/import_plans_panel"))

    @import_plans_panel.setter
    def import_plans_panel(self, value: bool) -> None:
        self.set("ui/import_plans_panel", bool(value))

    @property
    def import_splitter(self) -> QByteArray:
        return self._bytes("ui/import_splitter")

    @import_splitter.setter
    def import_splitter(self, value: QByteArray) -> None:
        self.set("ui/import_splitter", value)

    @property
    def last_plan_id(self) -> int:
        return self._int("ui/last_plan_id")

    @last_plan_id.setter
    def last_plan_id(self, value: int) -> None:
        self.set("ui/last_plan_id", int(value))

    @property
    def last_node_id(self) -> int:
        return self._int("ui/last_node_id")

    @last_node_id.setter
    def last_node_id(self, value: int) -> None:
        self.set("ui/last_node_id", int(value))

    @property
    def user_name(self) -> str:
        return str(self.get("user/name"))

    @user_name.setter
    def user_name(self, value: str) -> None:
        self.set("user/name", value)

    @property
    def shortcut_overrides(self) -> dict[str, str]:
        value = self.get("shortcuts/overrides")
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    @property
    def recent_databases(self) -> list[str]:
        value = self.get("db/recent")
        return [str(p) for p in value if p] if isinstance(value, list) else []

    def add_recent_database(self, path: str) -> None:
        """Most recent first, no duplicates, at most MAX_RECENT entries."""
        items = [p for p in self.recent_databases if p != path]
        self.set("db/recent", [path, *items][:MAX_RECENT])


    def _int(self, name: str) -> int:
        value = self.get(name)
        return value if isinstance(value, int) else 0

    def _bytes(self, name: str) -> QByteArray:
        value = self.get(name)
        return value if isinstance(value, QByteArray) else QByteArray()


def _copy(value: SettingValue) -> SettingValue:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, QByteArray):
        return QByteArray(value)
    return value


def _coerce(raw: object, key: Key) -> SettingValue:
    """INI files give back strings (and a lone list item as a string): restore the declared type."""
    try:
        if key.kind is bool:
            return raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
        if key.kind is int:
            return raw if isinstance(raw, int) else int(str(raw))
        if key.kind is list:
            if isinstance(raw, str):
                return [raw] if raw else []
            return [str(item) for item in raw] if isinstance(raw, list | tuple) else _copy(key.default)
        if key.kind is dict:
            return {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else _copy(key.default)
        if key.kind is QByteArray:
            if isinstance(raw, QByteArray):
                return raw
            return QByteArray(raw) if isinstance(raw, bytes | bytearray) else _copy(key.default)
        return str(raw)  # the remaining keys are text
    except (TypeError, ValueError):
        return _copy(key.default)
