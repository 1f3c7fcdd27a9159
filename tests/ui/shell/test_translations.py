"""The Vietnamese catalog is complete, keeps every placeholder, and is what the UI tests run with."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from app.resources import resource_path

TS = resource_path("translations", "theodoi_vi.ts")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\d|%n")


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append((name, msg.findtext("source") or "", msg.find("translation")))
    return out


def test_every_message_is_translated() -> None:
    untranslated = [(c, s) for c, s, t in _messages()
                    if t is None or t.get("type") in ("unfinished",) or not (t.text or "").strip()]
    assert not untranslated, untranslated[:10]
    assert all(c for c, _, _ in _messages()), "a message without context is never found at run time"


def test_placeholders_are_kept() -> None:
    for ctx, source, translation in _messages():
        assert translation is not None
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text or "")), (
            ctx, source, translation.text)


def test_mnemonics_are_kept() -> None:
    """An action with an accelerator (&) keeps one in Vietnamese, so Alt+letter still works."""
    for ctx, source, translation in _messages():
        if re.search(r"&\w", source):
            assert "&" in (translation.text or ""), (ctx, source)


def test_translator_is_active_for_qt_buttons() -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
    assert QCoreApplication.translate("Actions", "&File") == "&Tệp"


def test_no_stale_entry_the_code_never_asks_for() -> None:
    """Every catalog source is a string literal in app/ (a `tr()` text, a QT_TRANSLATE_NOOP or a Qt
    button text in qt_strings): a text dropped from the code leaves no dead entry behind (one was
    "{n} items need checking (highlighted).", left by an old import view)."""
    import ast
    from pathlib import Path

    import app

    literals: set[str] = set()
    for module in Path(app.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
    stale = [(ctx, source) for ctx, source, _t in _messages() if source not in literals]
    assert not stale, stale
