"""A plan's outline: the tree model, the tree panel, search, the daily views (filter bar and
filter proxy) and the marks shown on assignments (groups without members)."""
