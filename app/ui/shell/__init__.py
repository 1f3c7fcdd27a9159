"""The window's frame: application start, main window, menus and actions, window-wide commands,
settings, translations."""
