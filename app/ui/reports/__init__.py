"""The report dialog, its form, jobs and the Reports menu."""
