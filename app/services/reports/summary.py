"""Summaries a leader can read: many agencies' words folded into counts and distinct texts.

A task given to a group (`Các sở, ban, ngành` = 56 agencies) or a remark written by dozens of
agencies must not print every agency name: a report to leaders gives the counts first, then each
distinct text once, naming the agencies only when they are few (`NAME_LIMIT`). Texts are compared
folded (`app.domain.text.fold`), so `Thiếu biên chế.` and `thiếu biên chế` are one remark.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.domain.text import fold

NAME_LIMIT = 5  # at most this many names on one line; more become `A, B, C và N cơ quan khác`
NAMES_SHOWN = 3  # names kept before `và N cơ quan khác`
DISTINCT_LIMIT = 6  # distinct result texts quoted for one task; the rest are counted
AGENCIES = "cơ quan, đơn vị"

# Agency state words in the order a summary lists them (ProgressUpdate.status → words).
STATE_WORDS = {
    "done": "đã hoàn thành",
    "in_progress": "đang thực hiện",
    "not_started": "chưa triển khai",
    "suspended": "tạm dừng",
    None: "chưa báo cáo",
}


@dataclass(frozen=True)
class AgencyResult:
    """One agency's latest word on a task: its state (None: nothing reported) and result."""

    agency: str
    status: str | None
    result: str = ""


def name_list(names: Sequence[str], limit: int = NAME_LIMIT) -> str:
    """`A, B` when few; `A, B, C và 9 cơ quan khác` when more than `limit`."""
    if len(names) <= limit:
        return ", ".join(names)
    shown = min(NAMES_SHOWN, limit)
    return f"{', '.join(names[:shown])} và {len(names) - shown} cơ quan khác"


def _sentence(text: str) -> str:
    text = " ".join(text.split()).rstrip(" .;")
    return f"{text}." if text else ""


def group_texts(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """(agency, text) pairs → [(text, agencies)], identical folded texts merged, the most
    shared first (then first seen); each agency once per text."""
    groups: dict[str, tuple[str, list[str]]] = {}
    order: list[str] = []
    for agency, text in pairs:
        clean = _sentence(text)
        if not clean:
            continue
        key = fold(clean).rstrip(" .;")
        if key not in groups:
            groups[key] = (clean, [])
            order.append(key)
        agencies = groups[key][1]
        if agency not in agencies:
            agencies.append(agency)
    ranked = sorted(order, key=lambda k: (-len(groups[k][1]), order.index(k)))
    return [groups[k] for k in ranked]


def attributed(text: str, agencies: Sequence[str], limit: int = NAME_LIMIT) -> str:
    """`Sở A, Sở B: text` or `12 cơ quan, đơn vị (Sở A, Sở B, Sở C và 9 cơ quan khác): text`."""
    if not agencies:
        return text
    if len(agencies) <= limit:
        return f"{', '.join(agencies)}: {text}"
    return f"{len(agencies)} {AGENCIES} ({name_list(agencies, limit)}): {text}"


def remarks(pairs: Iterable[tuple[str, str]], limit: int = NAME_LIMIT) -> list[str]:
    """Difficulties or proposals: each distinct text once, with who wrote it."""
    return [attributed(text, agencies, limit) for text, agencies in group_texts(pairs)]


def state_counts(results: Sequence[AgencyResult]) -> str:
    """`56 cơ quan, đơn vị: 20 đã hoàn thành, 30 đang thực hiện, 6 chưa báo cáo`."""
    return f"{len(results)} {AGENCIES}: {state_parts(results)}"


def state_parts(results: Sequence[AgencyResult]) -> str:
    """`20 đã hoàn thành, 30 đang thực hiện, 6 chưa báo cáo`."""
    counts: dict[str | None, int] = {}
    for r in results:
        key = r.status if r.status in STATE_WORDS else None
        counts[key] = counts.get(key, 0) + 1
    return ", ".join(f"{counts[k]} {words}" for k, words in STATE_WORDS.items() if counts.get(k))


def group_result(results: Sequence[AgencyResult], limit: int = NAME_LIMIT,
                 distinct_limit: int = DISTINCT_LIMIT, count_rest: bool = True) -> str:
    """A group task's result: the state counts, then each distinct result once (short form).

    A result shared by more than `limit` agencies is followed by its count only: the first
    names in alphabetical order would tell the leader nothing and double the annex row. Results
    beyond `distinct_limit` distinct texts are only counted: the per-agency detail belongs to
    the agencies' own reports, not to the one the leader signs.
    """
    if not results:
        return ""  # a group without members: the task reads `Chưa có báo cáo kết quả.`
    lines = [_sentence(state_counts(results))]
    grouped = group_texts((r.agency, r.result) for r in results)
    for text, agencies in grouped[:distinct_limit]:
        who = ", ".join(agencies) if len(agencies) <= limit else f"{len(agencies)} {AGENCIES}"
        lines.append(f"- {who}: {text}")
    rest = grouped[distinct_limit:]
    if rest and count_rest:
        others = sum(len(agencies) for _text, agencies in rest)
        lines.append(f"- {others} {AGENCIES} khác: {len(rest)} kết quả riêng.")
    return "\n".join(lines)
