"""Puts this folder on the import path before any test below it is imported, so the tests in
`extract/` share its helper modules (`outline_trees`, `docx_factory`, `scoring`) with the ones here."""
