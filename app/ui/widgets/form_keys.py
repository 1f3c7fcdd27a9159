"""Tab through a form as the clerk reads it: row by row, and out of a multi-line box.

Why: a form whose line edits were built before its combo boxes tabbed in the order the widgets were
made (the first-run assistant's office page went from "Cơ quan chủ quản" to "Thay mặt", skipping
"Thẩm quyền ký", and came back to it after "Địa danh"); and a QPlainTextEdit keeps Tab as a
character, so the clerk pressing Tab to leave "Nơi nhận" typed a tab into the recipients instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QPlainTextEdit, QWidget


def chain(widgets: Sequence[QWidget]) -> None:
    """Tab visits `widgets` in this order (left to right, top to bottom as on the screen)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def tab_in_rows(form: QFormLayout) -> list[QWidget]:
    """Chain Tab through the form's fields in row order (a line box lets Tab go on); the fields."""
    fields: list[QWidget] = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        widget = item.widget() if item is not None else None
        if widget is None:
            continue
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)
        fields.append(widget)
    chain(fields)
    return fields


def tab_leaves(*views: QAbstractItemView) -> None:
    """Tab goes on to the next field instead of from cell to cell (a table's default; arrows move in it): in
    the receive window Tab walked the nine cells of every row and never reached "Nhập các dòng đã chọn"."""
    for view in views:
        view.setTabKeyNavigation(False)
