"""Theo dõi Kế hoạch: tracking the tasks of implementation plans and printing official reports."""

__version__ = "0.1.0"
APP_NAME = "Theo dõi Kế hoạch"
APP_ID = "TheoDoiKeHoach"
