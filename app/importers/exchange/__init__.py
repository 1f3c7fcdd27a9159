"""Reading exchange workbooks that agencies send back: checked before openpyxl parses anything,
then read into plain rows with typed per-row errors (`read_exchange_workbook`)."""

from app.importers.exchange.reader import ReadRow, ReadWorkbook, read_exchange_workbook

__all__ = ["ReadRow", "ReadWorkbook", "read_exchange_workbook"]
