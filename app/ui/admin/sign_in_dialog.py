"""Sign in to a shared (PostgreSQL) database: the user's name and password.

Why only for a server: on a single-desk SQLite file the operating-system user is the clerk and
nothing is asked. The password is checked by `app.services.users.UserService.sign_in` once the
database is open; this dialog only collects it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class SignInDialog(QDialog):
    def __init__(self, database: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        layout = QFormLayout(self)
        self.where = QLabel(database, self)
        self.name_edit = QLineEdit(name, self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.name_label, self.password_label, self.database_label = QLabel(self), QLabel(self), QLabel(self)
        layout.addRow(self.database_label, self.where)
        layout.addRow(self.name_label, self.name_edit)
        layout.addRow(self.password_label, self.password_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.setWindowTitle(self.tr("Sign in"))
        self.database_label.setText(self.tr("Database:"))
        self.name_label.setText(self.tr("User name:"))
        self.password_label.setText(self.tr("Password:"))
        self.password_edit.setFocus()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def password(self) -> str:
        return self.password_edit.text()
