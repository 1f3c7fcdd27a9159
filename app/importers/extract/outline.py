"""Printed numbering → a tree of outline nodes of any depth.

Each label style (`I.`, `1.`, `1.1.`, `a)`, `(1)`, `-`, `+`, `•`) is one level; a label of a
style already open closes everything below it (sibling), a new style opens a child level.
Unlabelled paragraphs belong to the item above them, and a line broken inside a sentence is
joined back to the line it continues.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from app.importers.extract.textutil import ends_dangling
from app.importers.readers.lines import STEP_COUNT

_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
# the count of a step heading: `BƯỚC MỘT`, `Bước 2`, `BƯỚC THỨ BA`
# a step heading printed alone on its line (`BƯỚC MỘT`), its subject and period on the lines below: the steps of a
# procedure a guidance document walks through; a `Bước 1: Nộp hồ sơ` run into its wording is an item's step, not one
_STEP = re.compile(rf"^(?P<lab>(?:BƯỚC|Bước)\s+{STEP_COUNT})\s*[.:]?\s*$")
# a step run into its wording (`Bước 1: Rà soát …`, `Bước 2. Lập …`): numbered as a list numbers its items, the
# count is the label and the wording the item's own (a level of its own, as `a)` is)
_STEP_ITEM = re.compile(rf"^(?P<lab>(?:BƯỚC|Bước)\s+{STEP_COUNT})\s*[.:]\s*(?=\S)")
# a phase of a schedule heading the items done in it, alone on its line with its time (`Giai đoạn 1 (từ … đến …):`,
# `Đợt 2: Từ ngày … đến ngày …`, `Lần thứ nhất (Quý II/2026):`): a level of its own, its whole line its title
_PHASE = re.compile(rf"^(?P<lab>(?:Giai đoạn|GIAI ĐOẠN|Đợt|ĐỢT|Lần|LẦN)\s+{STEP_COUNT})\s*(?=[:(]|[.\-–]\s|$)")
_LABEL_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("step", _STEP),
    ("step_item", _STEP_ITEM),
    ("phase", _PHASE),
    # `Phần 1.` alone on its line (its title on the next, as a .docx extraction prints it) is a part all the same
    ("part", re.compile(r"^(?:PHẦN|Phần)\s+(?P<lab>[IVX]+|\d+|THỨ [A-ZĐÀ-Ỹ]+)\s*(?:[.:\-–]?\s+(?=\S)|[.:]?\s*$)")),
    # `Mục I. MỤC ĐÍCH, YÊU CẦU`: a roman heading named by the word a Markdown conversion or a portal prints before it
    # (a legal text's own `Mục 1` between `Chương` and `Điều` is numbered in digits: not this)
    ("roman", re.compile(rf"^(?:MỤC|Mục)\s+(?P<lab>{_ROMAN})\s*[.\-–:]\s*(?=[A-ZĐÀ-Ỹ])")),
    ("roman", re.compile(rf"^(?P<lab>{_ROMAN})\s*[.\-–:)/]\s*(?=\S)")),
    ("dec", re.compile(r"^(?P<lab>\d{1,2}(?:\.\d{1,2}){1,4})\.?\s+(?=\S)")),
    ("dec", re.compile(r"^(?P<lab>\d{1,2})\s*[.)]\s*(?=\S)")),
    ("dec", re.compile(r"^(?P<lab>\d{1,2})\s*-\s+(?=[A-ZĐÀ-Ỹ])")),
    ("dec", re.compile(r"^(?P<lab>\d{1,2})\s*/\s+(?=[A-ZĐÀ-Ỹ])")),
    ("alpha", re.compile(r"^(?P<lab>[a-zđ])\s*[).]\s*(?=\S)")),
    ("alpha", re.compile(r"^(?P<lab>[a-zđ])\s*/\s+(?=\S)")),
    ("ALPHA", re.compile(r"^(?P<lab>[A-HJ-UW-ZĐ])\s*[.)]\s+(?=[A-ZĐÀ-Ỹ])")),
    ("paren", re.compile(r"^(?P<lab>\(\d{1,2}\))\s*(?=\S)")),
    ("paren_roman", re.compile(r"^(?P<lab>\((?:i{1,3}|iv|vi{0,3}|ix|x)\))\s*(?=\S)")),
    ("roman_low", re.compile(r"^(?P<lab>(?:ii|iii|iv|vi|vii|viii|ix))\s*\)\s*(?=\S)")),
    ("paren_alpha", re.compile(r"^(?P<lab>\([a-zđ]\))\s*(?=\S)")),
    ("bullet-", re.compile(r"^(?P<lab>[-–—])\s*(?=\S)")),
    ("bullet+", re.compile(r"^(?P<lab>\+)\s*(?=\S)")),
    ("bullet•", re.compile(r"^(?P<lab>[•●])\s*(?=\S)")),
    ("bullet◦", re.compile(r"^(?P<lab>[◦○]|o(?=\s+[A-ZĐÀ-Ỹ]))\s*(?=\S)")),
    ("bullet▪", re.compile(r"^(?P<lab>[▪■□➢►✓])\s*(?=\S)")),
    ("bullet*", re.compile(r"^(?P<lab>[*·])\s*(?=\S)")),
]


@dataclass
class Line:
    text: str
    label: str | None = None   # printed label without trailing dot/parenthesis ("a", "(1)", "1.1")
    style: str | None = None   # "roman", "dec1", "dec2", "alpha", "paren", "bullet-", ...
    bold: bool = False


def split_label(text: str) -> tuple[str | None, str | None, str]:
    """(label, style, rest) of a printed line; (None, None, text) when it has no label."""
    for style, pattern in _LABEL_PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        lab = m.group("lab")
        if style == "step":
            lab = " ".join(lab.upper().split())
            return lab, style, lab  # the heading is its own title; its subject and period follow as paragraphs
        if style == "phase":
            return " ".join(lab.upper().split()), style, text.strip()
        if style == "step_item":
            return " ".join(lab.upper().split()), style, text[m.end():].strip()
        if style == "roman":
            if not lab:
                continue
            rest = text[m.end():]
            # `I.` headings are followed by capitals; avoid reading a sentence "I" or "V" oddly.
            if not rest[:1].isupper():
                continue
            if re.match(r"V/V\s", text):
                continue  # `V/V HỖ TRỢ …`: a subject line's `về việc` in capitals, not item V
        if style == "dec":
            style = f"dec{lab.count('.') + 1}"
            if int(lab.split(".")[0]) > 60:
                continue
        if style.startswith("bullet"):
            lab = style[-1]
        return lab, style, text[m.end():].strip()
    return None, None, text


def label_from_numbering(numbering: str) -> tuple[str | None, str | None]:
    lab, style, _ = split_label(numbering.strip() + " X")
    return lab, style


@dataclass
class OutlineNode:
    label: str
    style: str
    paras: list[str] = field(default_factory=list)   # first = the labelled text, then continuations
    children: list[OutlineNode] = field(default_factory=list)
    parent: OutlineNode | None = None
    path: list[str] = field(default_factory=list)
    bold: bool = False
    # what the item covers, printed as dashes between its wording and its fields (`duty_level`):
    # kept for the reader (the dashes with their labels and sub-dashes, and the item's own unlabelled
    # `Cụ thể:` paragraphs), not part of the duty's wording and not duties of their own
    details: list[OutlineNode] = field(default_factory=list)
    # the time a sentence after the item's sub-items states for all of them (`closing_times`)
    closing_time: str | None = None

    @property
    def title(self) -> str:
        return self.paras[0] if self.paras else ""

    def walk(self) -> Iterator[OutlineNode]:
        """This node and every node below it, in document order (children read as the walk reaches them)."""
        yield self
        for c in list(self.children):
            yield from c.walk()


def wrap_width(lines: list[Line]) -> int | None:
    """The width a text was hard-wrapped at (PDF, e-mail), or None when lines are paragraphs."""
    lengths = sorted(len(ln.text) + (len(ln.label) + 2 if ln.label else 0) for ln in lines if ln.text)
    if len(lengths) < 20:
        return None
    width = lengths[int(len(lengths) * 0.95) - 1]
    near = sum(1 for n in lengths if 0.8 * width <= n <= width * 1.05)
    return width if width >= 40 and near >= 0.35 * len(lengths) else None


def join_broken(lines: list[Line]) -> list[Line]:
    """Join a line to the previous one when the previous stops inside a sentence."""
    width = wrap_width(lines)
    out: list[Line] = []
    raw_prev_len = 0
    for line in lines:
        prev_len, raw_prev_len = raw_prev_len, len(line.text) + (len(line.label) + 2 if line.label else 0)
        if out and line.label is None and out[-1].label and not out[-1].text:
            # a label printed alone on its line (`Phần 1.`): the next line is its title
            out[-1] = Line(line.text, out[-1].label, out[-1].style, out[-1].bold or line.bold)
            continue
        if out and line.label is None and out[-1].text:
            prev = out[-1]
            first = line.text[:1]
            end = prev.text.rstrip()[-1:]
            wrapped = width is not None and (
                (prev_len >= 0.85 * width and end not in ".;:!?") or (prev_len >= 0.93 * width and end != ":"))
            if (first.islower() and not prev.text.rstrip().endswith((":", "."))) \
                    or ends_dangling(prev.text, line.text) or wrapped:
                out[-1] = Line(prev.text.rstrip() + " " + line.text, prev.label, prev.style, prev.bold)
                continue
        out.append(line)
    return out


def _close_to_parent_number(stack: list[OutlineNode], label: str) -> None:
    """A decimal label names its parent (`7.1` is under `7`): when that item is open, whatever was
    opened below it since (the dashes of `7.`) closes, so `7.` + `- …` + `7.1. …` puts 7.1 under 7,
    not under the last dash."""
    parent = label.rsplit(".", 1)[0]
    at = next((i for i in range(len(stack) - 1, 0, -1) if stack[i].label == parent
               and stack[i].style.startswith("dec")), None)
    if at is not None:
        del stack[at + 1:]


_ALPHA_ORDER = "abcdđefghiklmnopqrstuvxy"


def _ordinal(label: str, style: str) -> int | None:
    """The position a label states in its list (`2.` → 2, `1.3` → 3, `c)` → 3, `IV` → 4), None for
    bullets and labels whose position is not a count."""
    if style.startswith("dec"):
        return int(label.rsplit(".", 1)[-1])
    if style in ("alpha", "ALPHA") and label.lower() in _ALPHA_ORDER:
        return _ALPHA_ORDER.index(label.lower()) + 1
    if style == "roman":
        values = {"I": 1, "V": 5, "X": 10}
        total = 0
        for i, ch in enumerate(label):
            v = values[ch]
            total += -v if i + 1 < len(label) and values[label[i + 1]] > v else v
        return total
    return None


def _continues_a_list(label: str, style: str) -> bool:
    """A numbered label past the first (`2. Yêu cầu`) whose style is not open: its earlier siblings
    were printed without their label (an unlabelled `Mục đích` paragraph), so it continues a list at
    its own level and never starts a list under a dash (a list under a dash starts at 1 / a)."""
    ordinal = _ordinal(label, style) if label and not style.startswith("bullet") else None
    return ordinal is not None and ordinal > 1


def _close_bullets(stack: list[OutlineNode]) -> None:
    """Close the open dashes (and unlabelled heading paragraphs) on top of the stack: the next item
    attaches to the nearest numbered ancestor."""
    while len(stack) > 1 and (stack[-1].style.startswith("bullet") or stack[-1].style == "plain"):
        stack.pop()


def build_tree(lines: list[Line], is_heading: Callable[[str], bool] | None = None) -> OutlineNode:
    """Nest labelled lines by style; unlabelled lines continue the innermost open item.

    `is_heading` recognises an unlabelled line that heads the bullets after it (`Sở Tài chính:`
    between two groups of bullets); it closes the open bullets instead of continuing the last one."""
    root = OutlineNode(label="", style="root")
    stack: list[OutlineNode] = [root]
    for line in lines:
        if line.label is None:
            top = stack[-1]
            # right after a line ending in a colon (`- Cơ quan chủ trì:`) a name alone is that line's value
            if is_heading is not None and (top.style.startswith("bullet") or top.children) \
                    and is_heading(line.text) and (line.text.rstrip().endswith(":")
                                                   or not (top.paras or [""])[-1].rstrip().endswith(":")):
                _close_bullets(stack)
                parent = stack[-1]
                node = OutlineNode(label="", style="plain", paras=[line.text], parent=parent,
                                   path=list(parent.path), bold=line.bold)
                parent.children.append(node)
                stack.append(node)
                continue
            top.paras.append(line.text)
            continue
        style = line.style or ""
        depth = next((i for i in range(len(stack) - 1, 0, -1) if stack[i].style == style), None)
        if depth is None and style.startswith("dec"):
            # `2.1` after `1.3`: close the deeper decimal levels of the previous branch.
            level = int(style[3:])
            depth = next((i for i in range(len(stack) - 1, 0, -1)
                          if stack[i].style.startswith("dec") and int(stack[i].style[3:]) > level), None)
            if depth is not None:
                while depth > 1 and stack[depth - 1].style.startswith("dec") \
                        and int(stack[depth - 1].style[3:]) > level:
                    depth -= 1
                del stack[depth:]
                depth = None
        if depth is not None:
            del stack[depth:]
        elif style.startswith("dec") and "." in (line.label or ""):
            _close_to_parent_number(stack, line.label or "")
        if depth is None and _continues_a_list(line.label or "", style):
            _close_bullets(stack)
        parent = stack[-1]
        label = line.label
        if style.startswith("bullet"):
            label = f"•{len(parent.children) + 1}"
        node = OutlineNode(label=label, style=style, paras=[line.text], parent=parent, bold=line.bold)
        node.path = [*parent.path, label] if parent.style != "root" else [label]
        parent.children.append(node)
        stack.append(node)
    return root
