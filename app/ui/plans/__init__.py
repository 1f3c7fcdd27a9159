"""The list of plans and the plan properties dialog."""
