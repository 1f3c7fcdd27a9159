"""The user guide inside the program: F1 opens it at the part about the panel being used."""

from app.ui.help.guide import SECTIONS, HelpWindow, connect_help, section_for

__all__ = ["SECTIONS", "HelpWindow", "connect_help", "section_for"]
