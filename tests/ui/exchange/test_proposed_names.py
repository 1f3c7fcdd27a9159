"""The send window's "another name of…" box (session 15, review3): a bare box asked for the directory's name
of a proposed one; it completes the directory's agencies as typed, as the import review's alias box does."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit

from app.ui.widgets.prompts import text_box


def _offered(box_names, parent, typed: str) -> list[str]:  # noqa: ANN001 - the names filler, a widget
    """What the box `Prompter.get_text` shows with `box_names` offers once `typed` is typed."""
    field = text_box(parent, "", "", names=box_names).findChild(QLineEdit)
    completer = field.completer()
    completer.setCompletionPrefix(typed)
    return [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]


def test_another_name_completes_the_directorys_agencies(window, services, sample_plan, prompter,
                                                        proposed_names) -> None:
    """`Sở NV` (proposed by a plan) is the directory's `Sở Nội vụ`: the box offers `Sở Nội vụ` for `so noi`
    and `snv`, diacritics and the whole name not needed; not the other proposed name, nor the groups (a
    proposed agency merges into an agency); the answer picked settles it."""
    _dup, _other = proposed_names("Sở NV", "Ban Quản lý dự án")
    services.agencies.create_group("Các sở, ngành", [sample_plan["agency"], sample_plan["other"]])
    window.state.set_as_of(dt.date(2021, 12, 20))
    window.registry["plan.exchange_send"].trigger()
    send = window.exchange.dialogs["send"]
    send.period.set_code("2021-Q4")
    send.agencies.setCurrentItem(next(send.agencies.item(r) for r in range(send.agencies.count())
                                      if "Sở NV" in send.agencies.item(r).text()))
    prompter.answers.extend(["Sở Nội vụ", True])  # the name as the completion puts it in the field; merge: yes
    assert send.names.alias_of() and prompter.errors == []
    names = prompter.text_names[-1]
    assert names is not None  # the box was bare
    assert _offered(names, send, "so noi") == ["Sở Nội vụ"]
    assert _offered(names, send, "snv") == ["Sở Nội vụ"]
    assert _offered(names, send, "ban quan ly") == [] and _offered(names, send, "cac so") == []
    assert services.agencies.resolve("Sở NV") == sample_plan["agency"]


def test_the_another_name_list_is_as_wide_as_the_names(qtbot, services, sample_plan) -> None:
    """The box is narrow; its list was as wide as its field and cut a long name of the directory (`Ban Thường
    trực Ủy ban Mặt trận…`): it is as wide as the longest name (within three quarters of the screen)."""
    from PySide6.QtWidgets import QListWidget

    from app.ui.exchange.proposed_names import ProposedNames
    from app.ui.widgets.prompts import Prompter

    long_name = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội"
    services.agencies.create(long_name)
    dup = services.agencies.create("Ban Thường trực UBMTTQ", proposed=True)
    shown = QListWidget()
    qtbot.addWidget(shown)
    names = ProposedNames(shown, services, Prompter(), lambda: dup, lambda _id: None)
    field = text_box(shown, "", "", names=names.fill_names).findChild(QLineEdit)
    assert field.completer().popup().minimumWidth() > field.fontMetrics().horizontalAdvance(long_name)
