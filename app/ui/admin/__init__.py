"""Administration dialogs: backups, audit trail, users/sign-in, office profile."""
