"""An argument parser that answers every mistake on the command line with one Vietnamese line.

argparse prints its English usage and `error: ...` and exits itself. The promise of the command
line is one `Lỗi: …` line and exit 2 for every mistake, so `error` raises an `InputError` with
the message translated; `app.__main__` prints it like every other user error. Subparsers are
made of the same class (argparse creates them with the parent's class).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from typing import Any, NoReturn

from app.errors import InputError

COMMAND_METAVAR = "LỆNH"


def _names(text: str) -> str:
    """`'progress', 'tasklist'` → `progress, tasklist` (argparse quotes each choice)."""
    return ", ".join(part.strip().strip("'\"") for part in text.split(","))


def _type_error(match: re.Match[str]) -> str:
    kind, value = match["type"], match["value"]
    if kind == "int" or kind.endswith("_int"):  # int, or our positive_int
        return f"«{value.strip(chr(39))}» không phải số nguyên"
    if kind == "float":
        return f"«{value.strip(chr(39))}» không phải số"
    return f"giá trị «{value.strip(chr(39))}» không hợp lệ"


_MESSAGES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"^invalid choice: (?P<value>.+?) \(choose from (?P<choices>.*)\)$"),
     lambda m: f"giá trị «{m['value'].strip(chr(39))}» không hợp lệ; chọn một trong: {_names(m['choices'])}"),
    (re.compile(r"^invalid (?P<type>\w+) value: (?P<value>.+)$"), _type_error),
    (re.compile(r"^the following arguments are required: (?P<names>.+)$"),
     lambda m: f"thiếu tham số bắt buộc {m['names']}"),
    (re.compile(r"^expected one argument$"), lambda m: "cần một giá trị đi kèm"),
    (re.compile(r"^expected at most one argument$"), lambda m: "chỉ nhận tối đa một giá trị"),
    (re.compile(r"^expected at least one argument$"), lambda m: "cần ít nhất một giá trị"),
    (re.compile(r"^expected (?P<n>\d+) arguments?$"), lambda m: f"cần {m['n']} giá trị"),
    (re.compile(r"^unrecognized arguments: (?P<names>.+)$"),
     lambda m: f"không nhận ra tham số {m['names']}"),
    (re.compile(r"^ambiguous option: (?P<option>\S+) could match (?P<matches>.+)$"),
     lambda m: f"tùy chọn {m['option']} chưa rõ, có thể là {m['matches']}"),
    (re.compile(r"^not allowed with argument (?P<other>.+)$"), lambda m: f"không dùng cùng với {m['other']}"),
    (re.compile(r"^one of the arguments (?P<names>.+) is required$"),
     lambda m: f"cần một trong các tham số {m['names']}"),
    (re.compile(r"^ignored explicit argument (?P<value>.+)$"),
     lambda m: f"không nhận giá trị «{m['value'].strip(chr(39))}»"),
]
_ARGUMENT = re.compile(r"^argument (?P<name>[^:]+): (?P<message>.*)$", re.DOTALL)
_UNKNOWN_COMMAND = re.compile(r"^invalid choice: '(?P<value>.*)' \(choose from (?P<choices>.*)\)$")


def translate(message: str) -> str:
    """argparse's English error message → one Vietnamese sentence (unknown ones kept, marked)."""
    argument = _ARGUMENT.match(message)
    if argument:
        name, inner = argument["name"], argument["message"]
        command = _UNKNOWN_COMMAND.match(inner) if name == COMMAND_METAVAR else None
        if command:
            return f"Không có lệnh «{command['value']}»; các lệnh: {_names(command['choices'])}."
        return f"Tham số {name}: {_sentence(inner)}."
    text = _sentence(message)
    return text[:1].upper() + text[1:] + "."


def _sentence(message: str) -> str:
    for pattern, render in _MESSAGES:
        match = pattern.match(message.strip())
        if match:
            return render(match)
    return message.strip().rstrip(".")  # a message of our own (ArgumentTypeError) or an unknown one


class CommandLineParser(argparse.ArgumentParser):
    """`ArgumentParser` whose errors are `InputError`s in Vietnamese, not English usage + exit,
    and whose help has Vietnamese headings."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("add_help", False)  # our own -h, with a Vietnamese description
        super().__init__(*args, **kwargs)
        self._positionals.title = "tham số"
        self._optionals.title = "tùy chọn"
        self.add_argument("-h", "--help", action="help", help="in hướng dẫn này rồi thoát")

    def error(self, message: str) -> NoReturn:
        raise InputError(f"{translate(message)} Xem: {self.prog} --help")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage: ", "Cách dùng: ", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage: ", "Cách dùng: ", 1)
