"""The first-run assistant: office profile, agency directory, groups' members.

`first_start(window)` opens it on a fresh database (no office profile, no agency) and otherwise
falls back to the one-time office question; `open_assistant(window)` is the Help menu's entry.
"""

from app.ui.onboarding.start import connect_actions, first_start, open_assistant

__all__ = ["connect_actions", "first_start", "open_assistant"]
