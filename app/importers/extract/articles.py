"""The articles of a decision (`Điều 1.`, `Điều 2.` …) as the top level of its outline.

A decision or a council's resolution is numbered by its articles only: each `Điều N.` is a top-level
item, so `Điều 2. Nhiệm vụ của Tổ …:` heads the bullets below it instead of continuing the last member
listed in `Điều 1`.

A web page copied without its line breaks runs the articles together on one line (`… QUYẾT ĐỊNH Điều 1.
Ban hành kèm theo … . Điều 2. Quyết định này thay thế … . Điều 3. Giao Văn phòng … ./. Nơi nhận: …`).
Read as one paragraph, the whole decision is one item and its one assignment is lost in it. Articles
numbered one after the other (`Điều 1.`, `Điều 2.`, … each opening a sentence) are the articles whatever
the line breaks, so such a line is cut before each of them; the `./.` that ends every official text ends
the last article (what follows is the footer: `Nơi nhận:`, the signature).
"""
from __future__ import annotations

import re

from app.importers.extract.outline import Line

# `Điều 2. Nhiệm vụ của Tổ ...:`: an article of a decision
_ARTICLE = re.compile(r"^(Điều\s+\d{1,2})\s*[.:]\s+(?=[A-ZĐÀ-Ỹ])")
# an article printed without a title, its clauses on the lines below (`Điều 1.` alone, the Công báo's habit for a
# resolution's first article): the article all the same
_BARE_ARTICLE = re.compile(r"^(Điều\s+\d{1,2})\s*[.:]?\s*$")
# the same article marker inside a line, opening a sentence (`khoản 3 Điều 2;` is a reference, not one)
_INLINE_ARTICLE = re.compile(r"\bĐiều\s+(?P<n>\d{1,2})\s*[.:]\s+(?=[A-ZĐÀ-Ỹ])")
# the mark that ends an official text's body (`… căn cứ Quyết định thi hành./.`)
_TEXT_END = re.compile(r"\./\.\s*")


def _run_together(text: str) -> list[int]:
    """Where the articles numbered one after the other begin inside one line (at least two), else []."""
    starts: list[int] = []
    expected: int | None = None
    for m in _INLINE_ARTICLE.finditer(text):
        number = int(m.group("n"))
        if expected is None or number == expected:
            starts.append(m.start())
            expected = number + 1
    return starts if len(starts) >= 2 else []


def _split_articles(line: Line) -> list[Line]:
    """A line holding several articles run together → the text before them, one line per article and the
    footer after the `./.` that ends the last one."""
    starts = _run_together(line.text)
    if line.label is not None or not starts:
        return [line]
    bounds = [*starts, len(line.text)]
    parts = [line.text[:starts[0]]] + [line.text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    last = parts[-1]
    if (end := _TEXT_END.search(last)) and last[end.end():].strip():
        parts[-1:] = [last[:end.start() + 3], last[end.end():]]
    return [Line(part.strip(), None, None, line.bold) for part in parts if part.strip()]


def _article(text: str) -> re.Match[str] | None:
    return _ARTICLE.match(text) or _BARE_ARTICLE.match(text)


def article_labels(lines: list[Line]) -> list[Line]:
    """A decision numbered by its articles (`Điều 1.`, `Điều 2.`): each article is a top-level item labelled
    `Điều N`. Where the document also has an `I.`/`A.`/`Phần` outline, only when that outline lies inside its
    articles (a decision approving an Đề án in its `Điều 1`, sections I–VI, then `Điều 2. Quyết định này có hiệu lực
    …`): the articles after it are no words of its last item. An outline before the first article or after the last
    (a plan issued after the decision's signature) keeps its own levels."""
    outline = [i for i, ln in enumerate(lines) if ln.style in ("roman", "ALPHA", "part")]
    if not outline:
        lines = [part for line in lines for part in _split_articles(line)]
    hits = [i for i, ln in enumerate(lines) if ln.label is None and _article(ln.text)]
    if len(hits) < 2 or (outline and not hits[0] < outline[0] <= outline[-1] < hits[-1]):
        return lines
    out = list(lines)
    for i in hits:
        m = _article(lines[i].text)
        assert m is not None
        out[i] = Line(lines[i].text[m.end():], " ".join(m.group(1).split()), "article", lines[i].bold)
    return out
