"""Small reusable widgets and helpers: date field, period combo, agency picker, prompts, worker, state style."""
