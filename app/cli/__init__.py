"""Headless subcommands. Each module in SUBCOMMANDS offers `add_parser(subparsers)` and
`run(args) -> int`; `app.__main__` wires them up and turns `AppError` into one clean line."""

SUBCOMMANDS = (
    "app.cli.storage",      # backup, restore, check
    "app.cli.import_plan",  # import-plan
    "app.cli.demo",         # demo
    "app.cli.report",       # report
    "app.cli.screenshot",   # screenshot
    "app.cli.exchange",     # exchange export, exchange import
    "app.cli.register",     # register
    "app.cli.users",        # users add|list|set-role|set-password|disable
    "app.cli.approve",      # approve, unlock
)
