"""Agency-name perturbations: the same plan as another province would write it after the 2025 reorganisation.

Our development plans come from a few provinces and mostly name the bodies of before mid-2025; an unseen plan
names other places and the reorganised state. Each perturbation here renames bodies consistently through a
document and is applied to the gold the same way (`NAME_GOLD`, with `renamed_gold`), so the scorer compares
names that moved together:

- `n.province`: every province or city name to another one (two- and three-word names, `Thừa Thiên Huế`,
  `Bà Rịa - Vũng Tàu`; a city to another city, `Thành phố Hồ Chí Minh` among them);
- `n.city`: the province a city (`tỉnh` → `thành phố`, `Tỉnh ủy` → `Thành ủy`, `Tỉnh đoàn` → `Thành đoàn`);
- `n.depts2025`: departments, ministries and offices to their 2025 successors (`Sở Nông nghiệp và Môi
  trường`, `Sở Dân tộc và Tôn giáo`, `Thuế tỉnh`, `Cục` for a `Tổng cục`, `Báo và Phát thanh, Truyền hình`);
- `n.communes`: two-level local government: districts to communes and wards (`UBND các xã, phường, đặc khu`,
  `Chủ tịch UBND cấp xã`, `Đảng ủy xã`, `Phòng Văn hóa - Xã hội`);
- `n.party2025`: the new Party and Front bodies (`Đảng ủy UBND tỉnh`, `Đảng ủy các cơ quan Đảng tỉnh`,
  `Ban Tuyên giáo và Dân vận Tỉnh ủy`, `Ủy ban MTTQ Việt Nam tỉnh`);
- `n.all2025`: all of them at once.

Two bodies that merged in 2025 get one name (`Sở Tài nguyên và Môi trường` and `Sở Nông nghiệp và Phát triển
nông thôn` → `Sở Nông nghiệp và Môi trường`): a list of mentions that then names one body twice names it once
in the gold (`renamed_gold`), as the importer does. Every rename works on names of bodies and places by their
kind, never on a document's own wording; the rules are literal (old, new) pairs applied with any first-letter
case, in capitals (a header) and in both tone placements.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from app.importers.extract.spelling import respell, to_old_style

Rename = Callable[[str], str]

# --- places ------------------------------------------------------------------------------------------------------

# the 58 provinces before 2025, in an order where neighbours differ in shape (one, two, three words)
_PROVINCES = [
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
    "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
    "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên",
    "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định",
    "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi",
    "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
    "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
]
# a province goes to the one seven places on (a permutation: two places of a plan never become one)
_SHIFT = 7
# centrally-run cities go to another city; `Hồ Chí Minh` alone is also a person's name (`tư tưởng Hồ Chí Minh`,
# `Đoàn TNCS Hồ Chí Minh`): the city is renamed only where `Thành phố`/`TP.` says it is the city
_CITIES = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ"]
_CITY_TARGETS = ["Huế", "Đà Nẵng", "Cần Thơ", "Hải Phòng"]


def _province_pairs() -> list[tuple[str, str]]:
    n = len(_PROVINCES)
    pairs = [(p, _PROVINCES[(i + _SHIFT) % n]) for i, p in enumerate(_PROVINCES)]
    pairs += list(zip(_CITIES, _CITY_TARGETS, strict=True))
    pairs += [(f"{unit} Hồ Chí Minh", f"{unit} Hà Nội") for unit in ("Thành phố", "TP.", "TP")]
    return pairs


# --- departments, ministries and offices (province and central level) ----------------------------------------

_LABOUR = ["Lao động - Thương binh và Xã hội", "Lao động – Thương binh và Xã hội", "Lao động, Thương binh và Xã hội",
           "Lao động Thương binh và Xã hội"]
_FIELDS = [
    ("Tài nguyên và Môi trường", "Nông nghiệp và Môi trường"),
    ("Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường"),
    ("Thông tin và Truyền thông", "Khoa học và Công nghệ"),
    *((labour, "Nội vụ") for labour in _LABOUR),
    ("Kế hoạch và Đầu tư", "Tài chính"),
    ("Giao thông vận tải", "Xây dựng"),
    ("Giao thông - Vận tải", "Xây dựng"),
]
_DEPTS = [
    *((f"{kind} {old}", f"{kind} {new}") for kind in ("Sở", "Bộ") for old, new in _FIELDS),
    # the abbreviations offices write for the same departments
    ("Sở TN&MT", "Sở NN&MT"), ("Sở TNMT", "Sở NN&MT"), ("Sở NN&PTNT", "Sở NN&MT"), ("Sở NNPTNT", "Sở NN&MT"),
    ("Sở TT&TT", "Sở KH&CN"), ("Sở TTTT", "Sở KH&CN"), ("Sở LĐTB&XH", "Sở Nội vụ"), ("Sở LĐ-TB&XH", "Sở Nội vụ"),
    ("Sở LĐTBXH", "Sở Nội vụ"), ("Sở KH&ĐT", "Sở Tài chính"), ("Sở KHĐT", "Sở Tài chính"),
    ("Sở GTVT", "Sở Xây dựng"),
    ("Ủy ban Dân tộc", "Bộ Dân tộc và Tôn giáo"),
    ("Ban Dân tộc tỉnh", "Sở Dân tộc và Tôn giáo tỉnh"),  # (`Ban Dân tộc HĐND tỉnh`, the council's, stays)
    # the tax and statistics offices of a province lost `Cục`; a district's `Chi cục` became a basic-level office
    ("Cục Thuế tỉnh", "Thuế tỉnh"), ("Cục Thống kê tỉnh", "Thống kê tỉnh"),
    ("Cục Thuế thành phố", "Thuế thành phố"), ("Cục Thống kê thành phố", "Thống kê thành phố"),
    ("Chi cục Thuế khu vực", "Thuế cơ sở"), ("Chi cục Thuế", "Thuế cơ sở"),
    ("Chi cục Thống kê", "Thống kê cơ sở"),
    # general departments of ministries became departments
    ("Tổng cục trưởng", "Cục trưởng"), ("Tổng cục", "Cục"),
    ("Đài Phát thanh và Truyền hình", "Báo và Phát thanh, Truyền hình"),
    ("Đài Phát thanh - Truyền hình", "Báo và Phát thanh, Truyền hình"),
    ("Ban Quản lý các khu công nghiệp", "Ban Quản lý khu kinh tế"),
    ("Ban Quản lý các Khu công nghiệp", "Ban Quản lý khu kinh tế"),
    ("Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("Bộ phận Một cửa", "Trung tâm Phục vụ hành chính công"),
    ("Bộ phận một cửa", "Trung tâm Phục vụ hành chính công"),
]

# --- Party and Front ---------------------------------------------------------------------------------------------

_COMMITTEES = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Trung ương")
_PARTY = [
    *((f"Ban {old} {c}", f"Ban Tuyên giáo và Dân vận {c}") for old in ("Tuyên giáo", "Dân vận") for c in _COMMITTEES),
    ("Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy các cơ quan Đảng tỉnh"),
    ("Đảng ủy Khối Các cơ quan tỉnh", "Đảng ủy các cơ quan Đảng tỉnh"),
    ("Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh", "Đảng ủy UBND tỉnh"),
    ("Đảng ủy Khối Doanh nghiệp tỉnh", "Đảng ủy UBND tỉnh"),
    ("Ban cán sự đảng UBND tỉnh", "Đảng ủy UBND tỉnh"),
    ("Ban cán sự đảng Ủy ban nhân dân tỉnh", "Đảng ủy Ủy ban nhân dân tỉnh"),
    ("Đảng đoàn HĐND tỉnh", "Đảng ủy HĐND tỉnh"),
    ("Đảng đoàn Hội đồng nhân dân tỉnh", "Đảng ủy Hội đồng nhân dân tỉnh"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ Việt Nam"),
    ("Ủy ban MTTQ tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"),
    ("Ủy ban MTTQVN", "Ủy ban MTTQ Việt Nam"),
]

# --- two-level local government ----------------------------------------------------------------------------------

# a list of district-level kinds (`huyện, thị xã, thành phố`) and the old commune level (`xã, phường, thị trấn`),
# matched in any case (a header prints them in capitals)
_SEP = r"(?:,|\s*/|\s+và)\s+"
_DISTRICT_LIST = re.compile(rf"\b(?:huyện|quận|thị xã)(?:{_SEP}(?:huyện|quận|thị xã|thành phố|thị|thành)){{1,3}}\b"
                            r"(?!\s+(?-i:[A-ZĐ]))", re.IGNORECASE)
_COMMUNE_LIST = re.compile(rf"\bxã{_SEP}(?:phường{_SEP})?thị trấn\b", re.IGNORECASE)
# both levels named together (`cấp huyện, cấp xã`, `huyện và xã`): one level is left
_BOTH_LEVELS = re.compile(rf"\b(cấp\s+)?huyện{_SEP}(?:cấp\s+)?xã\b", re.IGNORECASE)
_COMMUNES = [
    # the district committees listed together (`các huyện ủy, thị ủy, thành ủy`) are the communes' committees
    *((f"{a}, {b}", "đảng ủy xã, phường, đặc khu") for a, b in (("huyện ủy", "thị ủy"), ("huyện ủy", "quận ủy"),
                                                                  ("quận ủy", "huyện ủy"))),
    *((f"{a}, {b}, thành ủy", "đảng ủy xã, phường, đặc khu") for a, b in (("huyện ủy", "thị ủy"),
                                                                            ("quận ủy", "huyện ủy"))),
    ("Huyện ủy", "Đảng ủy xã"), ("Quận ủy", "Đảng ủy phường"), ("Thị ủy", "Đảng ủy phường"),
    ("huyện ủy", "đảng ủy xã"), ("quận ủy", "đảng ủy phường"), ("thị ủy", "đảng ủy phường"),
    ("Huyện đoàn", "Đoàn xã"), ("Quận đoàn", "Đoàn phường"),
    ("Phòng Tài chính - Kế hoạch", "Phòng Kinh tế"), ("Phòng Tài chính – Kế hoạch", "Phòng Kinh tế"),
    ("Phòng Kinh tế và Hạ tầng", "Phòng Kinh tế, Hạ tầng và Đô thị"),
    ("Phòng Kinh tế - Hạ tầng", "Phòng Kinh tế, Hạ tầng và Đô thị"),
    ("Phòng Quản lý đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị"),
    ("Phòng Văn hóa và Thông tin", "Phòng Văn hóa - Xã hội"), ("Phòng Văn hóa - Thông tin", "Phòng Văn hóa - Xã hội"),
    ("Văn phòng HĐND và UBND huyện", "Văn phòng HĐND và UBND xã"),
    ("thị xã", "phường"), ("Thị xã", "Phường"), ("huyện", "xã"), ("Huyện", "Xã"), ("quận", "phường"),
    ("Quận", "Phường"),
]

# --- the rename machinery ----------------------------------------------------------------------------------------


def _variants(old: str, new: str) -> list[tuple[str, str]]:
    """The pair as written, with the other first-letter case, in capitals, in the old tone placement."""
    out = [(old, new)]
    if old[:1].isalpha():
        swap = (old[:1].lower(), new[:1].lower()) if old[:1].isupper() else (old[:1].upper(), new[:1].upper())
        out.append((swap[0] + old[1:], swap[1] + new[1:]))
    out.append((old.upper(), new.upper()))
    out += [(to_old_style(a), to_old_style(b)) for a, b in out if to_old_style(a) != a]
    return out


def _literal(pairs: list[tuple[str, str]]) -> Rename:
    """One pass over the text: every old name (longest first, at word edges, any spacing between its
    words) becomes its new name; what one rule wrote is never renamed again by another."""
    table: dict[str, str] = {}
    for old, new in pairs:
        for a, b in _variants(old, new):
            table.setdefault(a, b)
    keys = sorted(table, key=len, reverse=True)
    spaced = {" ".join(k.split()): table[k] for k in keys}
    gap = r"\s+"
    regex = re.compile("|".join(r"(?<!\w)" + gap.join(map(re.escape, k.split())) + r"(?!\w)" for k in keys))

    def put(m: re.Match[str]) -> str:
        found = m.group(0)
        new = spaced.get(" ".join(found.split()), found)
        if "\n" not in found:
            return new
        # a name broken across two lines stays broken after as many of its words (a heading `3. Sở` / `Tư pháp`)
        words, cut = new.split(" "), len(found[: found.index("\n")].split())
        cut = max(1, min(cut, len(words) - 1))
        return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])

    return lambda text: regex.sub(put, text)


def _cased(new: str, found: str) -> str:
    """`new` in the case `found` was written in: capitals, a capital first letter, or as given."""
    if found.isupper():
        return new.upper()
    return new[:1].upper() + new[1:] if found[:1].isupper() else new


def _regex(regex: re.Pattern[str], new: Callable[[re.Match[str]], str]) -> Rename:
    return lambda text: regex.sub(lambda m: _cased(new(m), m.group(0)), text)


_province = _literal(_province_pairs())
_depts = _literal(_DEPTS)
_party = _literal(_PARTY)
_commune_words = _literal(_COMMUNES)
_city_words = _literal([("Tỉnh ủy", "Thành ủy"), ("Tỉnh đoàn", "Thành đoàn"), ("tỉnh ủy", "thành ủy"),
                        ("tỉnh", "thành phố"), ("Tỉnh", "Thành phố")])
_lists = [_regex(_BOTH_LEVELS, lambda m: "cấp xã" if m.group(1) else "xã"),
          _regex(_DISTRICT_LIST, lambda m: "xã, phường, đặc khu"),
          _regex(_COMMUNE_LIST, lambda m: "xã, phường, đặc khu")]


def _communes(text: str) -> str:
    for step in _lists:
        text = step(text)
    return _commune_words(text)


def _city(text: str) -> str:
    return _city_words(_province(text))


def _all2025(text: str) -> str:
    # departments and Party bodies first (their names hold `tỉnh`, `huyện`), then the places
    return _city(_communes(_party(_depts(text))))


NAME_GOLD: dict[str, Rename] = {
    "n.province": _province,
    "n.city": _city,
    "n.depts2025": _depts,
    "n.communes": _communes,
    "n.party2025": _party,
    "n.all2025": _all2025,
}


# what opens a line as a label or bullet: a wrapped line may not start so, nor take words from such a line
_LABEL = re.compile(r"^(?:[-–—+•*](?:\s|$)|\(?(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)/](?:\s|$))")


def _wrap_width(lines: list[str]) -> int:
    """The column a hard-wrapped text (a PDF or mail copy) was cut at, or 0 when its lines are paragraphs."""
    lengths = sorted(len(ln) for ln in lines if ln.strip())
    if len(lengths) < 10:
        return 0
    width = lengths[-1 - len(lengths) // 50]  # past a line or two left unwrapped
    near = sum(width - 15 <= n <= width for n in lengths)
    return width if width <= 120 and near >= len(lengths) // 4 else 0


def _continues(below: str) -> bool:
    """Can the line `below` take words from the line above (no blank, label, bullet or table)?"""
    nxt = below.strip()
    return bool(nxt) and not _LABEL.match(nxt) and not nxt.startswith(("|", "#", "*"))


def _keep_wrap(before: str, after: str) -> str:
    """`after` (the renamed `before`) cut again at the column `before` was hard-wrapped at: a line a longer name
    pushed past it gives its last words to the line below; a full line a shorter name left short takes the first
    words of the line below. Lines the rename left alone keep their breaks (a heading, a title, a short line)."""
    old, lines = before.split("\n"), after.split("\n")
    width = _wrap_width(old)
    if not width or len(old) != len(lines):
        return after
    for i in range(len(lines) - 1):
        if lines[i] == old[i] or not _continues(lines[i + 1]):
            continue
        while len(lines[i]) > width and " " in lines[i].strip():
            head, word = lines[i].rsplit(" ", 1)
            lines[i], lines[i + 1] = head, f"{word} {lines[i + 1].lstrip()}"
        while len(old[i]) >= width - 15 and lines[i + 1].strip():
            first, _, rest = lines[i + 1].strip().partition(" ")
            if len(lines[i]) + 1 + len(first) > width or _LABEL.match(first) or not rest:
                break
            lines[i], lines[i + 1] = f"{lines[i]} {first}", rest
    return "\n".join(lines)


def _perturbation(rename: Rename) -> Callable[[str, random.Random], str]:
    def run(text: str, rng: random.Random) -> str:
        return _keep_wrap(text, rename(text))

    return run


NAME_PERTURBATIONS = {name: _perturbation(fn) for name, fn in NAME_GOLD.items()}


def _key(name: Any) -> str:
    return " ".join(str(name.get("name") if isinstance(name, dict) else name).lower().split())


def _once(names: list[Any], was: list[Any], leads: tuple[set[str], set[str]] = (set(), set())) -> list[Any]:
    """`names` (renamed from `was`) without a name met before in the list, nor a partner the rename made one of
    the task's `leads` (renamed, as written): a body the gold named twice as written stays twice."""
    out: list[Any] = []
    for name, old in zip(names, was, strict=True):
        if _key(name) in {_key(o) for o in out} or (_key(name) in leads[0] and _key(old) not in leads[1]):
            continue
        out.append(name)
    return out


def renamed_gold(gold: dict, rename: Rename) -> dict:
    """The gold with every string renamed; where the rename made two bodies one (a 2025 merger), a task's
    lead and support lists name it once, and a partner that became its task's lead is dropped."""
    out = respell(gold, rename)
    for task, old in zip(out.get("tasks") or [], gold.get("tasks") or [], strict=True):
        task["lead"] = _once(task.get("lead") or [], old.get("lead") or [])
        leads = ({_key(x) for x in task["lead"]}, {_key(x) for x in old.get("lead") or []})
        task["support"] = _once(task.get("support") or [], old.get("support") or [], leads)
    return out
