"""The agency directory: agencies, aliases, groups and their members."""
