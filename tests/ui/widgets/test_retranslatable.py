"""Every window and dialog that uses `Retranslatable` sets its texts again on `LanguageChange`:
built in Vietnamese, switched to English (the translator taken out, the event sent), and back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.widgets.retranslatable import Retranslatable

AS_OF = dt.date(2021, 11, 1)

# what a case builds: the widget to close after the test, the one that receives the event, its texts
Built = tuple[QWidget, QWidget, Callable[[], str]]


def _audit(services: Any, **_: Any) -> Built:
    from app.ui.admin.audit_dialog import AuditDialog

    dialog = AuditDialog(prompter=_.get("prompter"), services=services)
    return dialog, dialog, lambda: dialog.plan_label.text() + " | " + dialog.windowTitle()


def _backups(**_: Any) -> Built:
    from app.ui.admin.backups_dialog import BackupsDialog

    dialog = BackupsDialog(_["prompter"], lambda: [], lambda: None, lambda _path: None, lambda _path: False)
    return dialog, dialog, lambda: dialog.windowTitle() + " | " + dialog.folder_label.text()


def _office(services: Any, **_: Any) -> Built:
    from app.ui.admin.office_dialog import OfficeDialog

    dialog = OfficeDialog(services.reports.office(None))
    return dialog, dialog, dialog.windowTitle


def _send(services: Any, plans: list[Any], plan: int, **_: Any) -> Built:
    from app.ui.exchange.exchange_dialogs import SendDialog

    dialog = SendDialog(services, plans, _["prompter"], as_of=AS_OF, plan_id=plan)
    return dialog, dialog, lambda: dialog.windowTitle() + " | " + dialog.plan_label.text()


def _receive(services: Any, **_: Any) -> Built:
    from app.ui.exchange.exchange_dialogs import ReceiveDialog

    dialog = ReceiveDialog(services, _["prompter"], apply=lambda _reviews: True)
    return dialog, dialog, lambda: dialog.windowTitle() + " | " + dialog.apply_button.text()


def _register(services: Any, plans: list[Any], plan: int, **_: Any) -> Built:
    from app.ui.exchange.register_view import RegisterDialog

    dialog = RegisterDialog(services, plans, _["prompter"], as_of=AS_OF, plan_id=plan)
    return dialog, dialog, lambda: dialog.windowTitle() + " | " + dialog.refresh_button.text()


def _help(**_: Any) -> Built:
    from app.ui.help.guide import HelpWindow

    window = HelpWindow()
    return window, window, window.windowTitle


def _wizard(services: Any, **_: Any) -> Built:
    from app.ui.onboarding.wizard import FirstRunWizard

    wizard = FirstRunWizard(services, _["prompter"])
    return wizard, wizard, wizard.windowTitle


def _report(services: Any, plans: list[Any], **_: Any) -> Built:
    from app.ui.reports.report_dialog import ReportDialog

    dialog = ReportDialog(services.reports, plans, _["prompter"], as_of=AS_OF)
    return dialog, dialog, dialog.windowTitle


def _plan(services: Any, plan: int, **_: Any) -> Built:
    from app.ui.plans.plan_dialog import PlanDialog

    dialog = PlanDialog(services.plans.plan(plan))
    return dialog, dialog, lambda: dialog.windowTitle() + " | " + dialog.labels["number"].text()


def _main(services: Any, **_: Any) -> Built:
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(services=services, database_url="ui.db", settings=_["settings"], prompter=_["prompter"],
                        as_of=AS_OF)
    return window, window, lambda: window.menus["file"].title() + " | " + window.tabs.tabText(1)


def _daily(services: Any, **_: Any) -> Built:
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(services=services, database_url="ui.db", settings=_["settings"], prompter=_["prompter"],
                        as_of=AS_OF)
    page = window.daily
    return window, page, lambda: page.agency_label.text() + " | " + page.state_label.text()


CASES: dict[str, tuple[Callable[..., Built], str, str]] = {
    "AuditDialog": (_audit, "Plan: | Audit trail", "Kế hoạch: | Nhật ký thay đổi"),
    "BackupsDialog": (_backups, "Automatic backups | Folder: (none)", "Bản sao lưu tự động | Thư mục: (không có)"),
    "OfficeDialog": (_office, "Issuing office", "Cơ quan ban hành"),
    "SendDialog": (_send, "Send report forms | Plan:", "Gửi phiếu báo cáo | Kế hoạch:"),
    "ReceiveDialog": (_receive, "Receive report forms | &Apply ticked rows",
                      "Nhận phiếu báo cáo | &Nhập các dòng đã chọn"),
    "RegisterDialog": (_register, "Reporting register | &Show", "Sổ theo dõi báo cáo | &Xem"),
    "HelpWindow": (_help, "User guide — Theo dõi Kế hoạch", "Hướng dẫn sử dụng — Theo dõi Kế hoạch"),
    "FirstRunWizard": (_wizard, "First-run assistant", "Trợ lý thiết lập ban đầu"),
    "ReportDialog": (_report, "Reports leaders sign", "In báo cáo, văn bản"),
    "PlanDialog": (_plan, "Plan properties | Number:", "Thuộc tính kế hoạch | Số ký hiệu:"),
    "MainWindow": (_main, "&File | Calendar", "&Tệp | Lịch"),
    "DailyTreePage": (_daily, "A&gency: | S&tate:", "Cơ &quan: | Tình t&rạng:"),
}


def _language_change(widget: QWidget) -> None:
    QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


@contextmanager
def _english(qapp: QApplication) -> Iterator[None]:
    """The Vietnamese catalog taken out (English is the source language) and put back after.
    The translators installed are the application's children (a language switch replaces them)."""
    translators = qapp.findChildren(QTranslator)
    assert translators, "the Vietnamese catalog must be installed for the UI tests"
    for translator in translators:
        qapp.removeTranslator(translator)
    try:
        yield
    finally:
        for translator in translators:
            qapp.installTranslator(translator)
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # the ones Qt posted itself


@pytest.mark.parametrize("name", sorted(CASES))
def test_language_change_retranslates(name: str, qtbot: Any, qapp: QApplication, services: Any,
                                      sample_plan: dict[str, int], prompter: Any, settings: Any) -> None:
    build, english, vi = CASES[name]
    plans = services.plans.list_plans(AS_OF, with_progress=False)
    owner, widget, text = build(services=services, plans=plans, plan=sample_plan["plan"], prompter=prompter,
                                settings=settings)
    qtbot.addWidget(owner)
    assert isinstance(widget, Retranslatable) and type(widget).__name__ == name
    assert text() == vi
    with _english(qapp):
        _language_change(widget)
        assert text() == english
    _language_change(widget)
    assert text() == vi


def test_every_class_that_changes_language_is_tested() -> None:
    """No window or dialog of app/ui reacts to LanguageChange on its own, and each one that uses the
    mixin is in CASES."""
    import importlib
    import pkgutil

    import app.ui

    users: set[str] = set()
    for module in pkgutil.walk_packages(app.ui.__path__, "app.ui."):
        loaded = importlib.import_module(module.name)
        for value in vars(loaded).values():
            if isinstance(value, type) and value.__module__ == loaded.__name__:
                assert "changeEvent" not in vars(value) or value is Retranslatable, value
                if issubclass(value, Retranslatable) and value is not Retranslatable:
                    users.add(value.__name__)
    assert users == set(CASES)
