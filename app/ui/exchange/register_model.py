"""Table model of the register (sổ theo dõi báo cáo): agencies × periods, then the two rates.

A plain view over a `RegisterView` (detached data from the register service): one row per
agency in Vietnamese order and a last row with each period's rate; cells show the same words
as the printed register (`app.services.register_sheet.cell_text`) on a colour per status.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.periods import Period, period_name
from app.domain.register import Rates
from app.domain.reporting import ReportStatus
from app.services.register import RegisterView
from app.services.register_sheet import cell_text, counts_text
from app.ui.exchange.proposed_names import marked

AGENCY_ROLE = Qt.ItemDataRole.UserRole + 1  # the agency id of a row (None on the totals row)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # the ReportStatus of a cell, or None
PERIOD_ROLE = Qt.ItemDataRole.UserRole + 3  # the period code of a column, or None
_COLOURS = {ReportStatus.ON_TIME: "#E2EFDA", ReportStatus.LATE: "#FFF2CC", ReportStatus.MISSING: "#F8CBAD",
            ReportStatus.NOT_DUE: "#EDEDED"}
Index = QModelIndex | QPersistentModelIndex


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


class RegisterModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view: RegisterView | None = None
        self._agencies: list[int] = []
        self._codes: list[str] = []

    def set_view(self, view: RegisterView | None) -> None:
        self.beginResetModel()
        self.view = view
        self._agencies = view.agencies if view else []
        self._codes = [p.code for p in view.register.periods] if view else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.view is None else len(self._agencies) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.view is None else len(self._codes) + 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal or self.view is None:
            return None
        if section == 0:
            return self.tr("Agency")
        if section <= len(self._codes):
            return period_name(Period.parse(self._codes[section - 1]))
        return self.tr("Reporting rate") if section == len(self._codes) + 1 else self.tr("On time")

    def agency_at(self, row: int) -> int | None:
        return self._agencies[row] if 0 <= row < len(self._agencies) else None

    def period_at(self, column: int) -> str | None:
        return self._codes[column - 1] if 1 <= column <= len(self._codes) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.view is None:
            return None
        agency, code = self.agency_at(index.row()), self.period_at(index.column())
        if role == AGENCY_ROLE:
            return agency
        if role == PERIOD_ROLE:
            return code
        reg = self.view.register
        cell = reg.cell(agency, code) if agency is not None and code is not None else None
        if role == STATUS_ROLE:
            return cell.status if cell else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(_COLOURS[cell.status])) if cell is not None and cell.status else None
        rates = reg.by_agency.get(agency, Rates()) if agency is not None else reg.total
        proposed = index.column() == 0 and agency in self.view.proposed
        if role == Qt.ItemDataRole.ToolTipRole and proposed:
            tip = self.tr("A name from the plan that the directory does not know. Right-click: add it to the "
                          "directory, or say which agency it names.")
            if agency in reg.unconfirmed:  # the domain's rule: listed, never expected
                tip = self.tr("Not counted: no report is expected from it and it is left out of every rate, the "
                              "progress report's count and the reminder letters until it is confirmed.") + "\n" + tip
            return tip
        if role == Qt.ItemDataRole.ToolTipRole:
            return counts_text(rates if code is None else reg.by_period[code] if agency is None else rates)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            name = self.view.names.get(agency, "?") if agency is not None else self.tr("Whole plan")
            return marked(name) if proposed else name
        if code is not None:
            if agency is None:
                period = reg.by_period[code]
                return f"{period.received}/{period.assessed} · {_percent(period.reporting_rate)}"
            return cell_text(cell, "\n")
        return _percent(rates.reporting_rate if column == len(self._codes) + 1 else rates.timeliness)
