"""The plan tree's feature package: the daily views (filter bar and filter proxy) and the marks
shown on assignments (groups without members)."""
