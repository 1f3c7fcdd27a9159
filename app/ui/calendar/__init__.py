"""The calendar of due items."""
