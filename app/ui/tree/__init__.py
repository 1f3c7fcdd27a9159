"""A plan's outline: the tree model, the tree panel and search."""
