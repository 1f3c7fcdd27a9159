"""`python -m app screenshot --db DB --view tree|calendar|agencies|import|…|exchange|register --out FILE.png`.

Renders the main window offscreen at 1366×768 in Vietnamese (or `--lang en`) and saves a PNG: the
acceptance checks and the documentation use it, and it is how we look at the UI without a screen.
Qt is imported inside `run` only, so the other subcommands never load it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from app.cli.common import acting_name, add_db_argument, add_force_argument, parse_day
from app.errors import InputError
from app.outputs import check_output

VIEWS = ("tree", "progress", "calendar", "agencies", "import", "search", "report", "office", "exchange", "register",
         "overdue", "first_run", "help")
OWN_SIZE = ("office", "first_run", "help")  # dialogs shown at their own size


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("screenshot", help="chụp cửa sổ chương trình (không cần màn hình) ra tệp PNG",
                              description="Vẽ cửa sổ chính ngoài màn hình ở cỡ 1366×768 và lưu ra tệp PNG.")
    add_db_argument(p, required=True)
    p.add_argument("--view", choices=VIEWS, default="tree", help="màn hình cần chụp")
    p.add_argument("--out", required=True, help="tệp PNG đầu ra")
    p.add_argument("--plan", help="kế hoạch cần mở: số ký hiệu, mã, tên hiển thị hoặc một đoạn tên "
                                  "(mặc định: kế hoạch đầu tiên)")
    p.add_argument("--as-of", help="ngày tính trạng thái, YYYY-MM-DD (mặc định: hôm nay)")
    p.add_argument("--size", default="1366x768", help="kích thước cửa sổ, ví dụ 1366x768")
    p.add_argument("--document", metavar="TỆP",
                   help="với --view import: văn bản kế hoạch đưa vào trang kiểm tra (mặc định: một kế hoạch mẫu)")
    p.add_argument("--shown-db", metavar="ĐƯỜNG_DẪN",
                   help="đường dẫn cơ sở dữ liệu ghi trên thanh trạng thái (ảnh cho hướng dẫn: đường dẫn trên máy "
                        "chuyên viên, không phải bản sao tạm đang chụp)")
    add_force_argument(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".png":
        raise InputError("Tệp đầu ra phải có đuôi .png.")
    try:
        width, height = (int(x) for x in str(args.size).lower().split("x"))
    except ValueError:
        raise InputError(f"Kích thước “{args.size}” không hợp lệ: dùng dạng 1366x768.") from None
    if not (200 <= width <= 10000 and 200 <= height <= 10000):
        raise InputError(f"Kích thước “{args.size}” không hợp lệ: mỗi chiều từ 200 đến 10000 điểm ảnh.")
    as_of = parse_day(args.as_of, "Ngày")
    db_path = Path(args.db)
    if "://" not in args.db and not db_path.exists():
        raise InputError(f"Không tìm thấy cơ sở dữ liệu {args.db}.")
    document = getattr(args, "document", None)
    if document and not Path(document).is_file():
        raise InputError(f"Không tìm thấy văn bản {document}.")
    check_output(out, force=args.force, protected=[args.db])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return _render(args.db, args.view, out, args.plan, as_of, (width, height), getattr(args, "lang", None) or "vi",
                   document, acting_name(args), getattr(args, "shown_db", None))


def _render(db: str, view: str, out: Path, plan_number: str | None, as_of: dt.date | None,
            size: tuple[int, int], language: str, document: str | None = None, user: str | None = None,
            shown_db: str | None = None) -> int:
    """`user` is the name the status bar shows (`--user`: the guide's pictures show a clerk's name,
    not the account that happened to take them); `shown_db` the database path it shows (`--shown-db`:
    a clerk's `C:\\Users\\…`, not the /tmp copy the pictures are taken on)."""
    import tempfile

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.exporters.atomic import atomic_path
    from app.ui.shell.application import open_services
    from app.ui.shell.i18n import install_translator
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.settings import Settings
    from app.ui.widgets.prompts import Prompter

    app = QApplication.instance() or QApplication(["theodoi-screenshot"])
    install_translator(app, language)
    services, url = open_services(db, user)
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(Path(folder) / "screenshot.ini")  # never the user's real window layout
        window = MainWindow(services=services, database_url=url, settings=settings, prompter=Prompter(),
                            language=language, as_of=as_of)
        window.setWindowState(Qt.WindowState.WindowNoState)  # a picture of the size asked, not the screen's
        window.resize(*size)
        if shown_db:
            window.status_line.shown_database = shown_db
            window.update_status()
        if plan_number:
            window.open_plan(services.plans.find(plan_number))  # its number, id, caption or a piece of its title
        shot = _prepare(window, view, services, db, Path(folder), document) or window
        window.show()
        if view not in OWN_SIZE:
            shot.resize(*size)
        for _ in range(3):
            app.processEvents()  # a CLI snapshot, not a live window: let layouts settle before grabbing
        with atomic_path(out) as tmp:
            if not shot.grab().save(str(tmp), "PNG"):  # the temporary name has no .png to go by
                raise InputError(f"Không ghi được tệp {out}.")
        window.close()
        window.deleteLater()
    print(out)
    return 0


def _prepare(window, view: str, services, db: str, scratch: Path,  # noqa: ANN001, ANN201 - Qt imported lazily
             document: str | None = None):
    """Show `view`; returns the widget to grab when it is not the main window (a dialog)."""
    if view in ("report", "office"):
        return _report_dialog(window, view)
    if view == "first_run":
        from app.ui.onboarding.wizard import FirstRunWizard
        from app.ui.widgets.prompts import Prompter

        wizard = FirstRunWizard(services, Prompter(), window)
        wizard.show()
        return wizard
    if view == "help":
        from app.ui.help.guide import open_guide

        return open_guide(window, "start")
    if view == "overdue":
        window.show_view("tree")
        window.registry["view.filter_overdue"].trigger()
        page = window.daily
        nodes = services.plans.tree(window.tree.plan_id, window.as_of()) if window.tree.plan_id else []
        task = next((n.id for n in nodes if n.kind == "task" and page.proxy.index_of(n.id).isValid()), None)
        if task is not None:
            page.filtered.setCurrentIndex(page.proxy.index_of(task))
        return None
    if view == "exchange":
        return _exchange_preview(window, services, db, scratch)
    if view == "register":
        dialog = window.exchange_menu().open_register()
        if dialog is not None:
            dialog.first.setCurrentIndex(3)
            dialog.refresh()
        return dialog
    if view in ("tree", "progress"):
        window.show_view("tree")
        tree = window.tree
        ids = tree.model.children_ids(None)
        tree.view.expandToDepth(1)
        task = next((n for n in services.plans.tree(tree.plan_id) if n.kind == "task"), None) if tree.plan_id else None
        if task is not None:
            tree.select_node(task.id)
        elif ids:
            tree.select_node(ids[0])
        if view == "progress":  # the clerk's most used form: recording an agency's progress
            window.task_panel.setCurrentWidget(window.task_panel.progress)
    elif view == "calendar":
        window.show_view("calendar")
        busiest = _busiest_month(window)
        if busiest:
            window.calendar.go_to(busiest)
    elif view == "agencies":
        window.show_view("agencies")
        window.agencies.table.selectRow(0)
    elif view == "import":
        window.show_view("import")
        _sample_import(window, document)
    elif view == "search":
        window.show_search()
        window.search.query.setText("can bo")
        window.search.run_search()


def _report_dialog(window, view: str):  # noqa: ANN001, ANN202
    """The report dialog with its preview laid out (waiting for its worker), or the office profile."""
    import time

    from PySide6.QtWidgets import QApplication

    if view == "office":
        from app.ui.admin.office_dialog import OfficeDialog

        dialog = OfficeDialog(window.services.reports.office(window.state.plan_id), window,
                              stored=window.services.reports.stored_office())
        dialog.show()
        return dialog
    dialog = window.report_menu().open_dialog()
    deadline = time.monotonic() + 120
    while dialog is not None and dialog.busy and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)
    return dialog


def _exchange_preview(window, services, db: str, scratch: Path):  # noqa: ANN001, ANN202
    """The receive preview on the forms kept beside a demo database (`<name>-phieu-bao-cao`),
    on a file with a conflict or a refused row when there is one; without such a folder, on
    freshly exported (empty) forms of the open plan."""
    folder = Path(db).with_name(f"{Path(db).stem}-phieu-bao-cao") if "://" not in db else None
    dialog = window.exchange_menu().open_receive()
    if folder is None or not folder.is_dir():
        plan_id = window.tree.plan_id
        if plan_id is None:
            return dialog
        from app.domain.periods import PeriodKind

        period = services.register.current_period(PeriodKind.QUARTER, window.as_of())
        try:
            services.exchange.export(plan_id, period, scratch / "phieu", as_of=window.as_of())
        except InputError:
            return dialog
        folder = scratch / "phieu"
    dialog.load([str(folder)])
    interesting = next((i for i, r in enumerate(dialog.reviews) if r.counts["conflict"] or r.counts["refused"]), 0)
    dialog.files.setCurrentRow(interesting)
    return dialog


def _busiest_month(window) -> dt.date | None:  # noqa: ANN001
    """Show a month with due dates (today's month may be empty in a demo database)."""
    calendar = window.services.calendar
    today = window.as_of()
    items = calendar.due_items(today.replace(day=1), today.replace(day=1) + dt.timedelta(days=40), as_of=today)
    if len([i for i in items if i.kind == "task"]) >= 3:
        return today
    items = calendar.due_items(dt.date(today.year - 6, 1, 1), dt.date(today.year + 1, 12, 31), as_of=today,
                               include_reporting=False)
    counts: dict[tuple[int, int], int] = {}
    for item in items:
        counts[(item.day.year, item.day.month)] = counts.get((item.day.year, item.day.month), 0) + 1
    if not counts:
        return today
    year, month = max(counts, key=lambda k: (counts[k], k))
    return dt.date(year, month, 1)


def _sample_import(window, document: str | None = None) -> None:  # noqa: ANN001
    """Show the review page on `document`, else on a corpus plan when one is available
    (synchronously: no worker), on the first row to check: its reasons show under the outline."""

    root = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "plans"
    sample = Path(document) if document else next(iter(sorted(root.glob("*.txt"))), None) if root.exists() else None
    if sample is None:
        return
    window.importer.path = str(sample)
    window.importer.path_label.setText(str(sample))
    window.importer._parsed(window.services.plan_import.read(sample))
    window.importer.next_to_check()
