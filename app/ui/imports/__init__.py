"""Importing a plan document: read, review, fix, confirm."""
