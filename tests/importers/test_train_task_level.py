"""Session 6 (learned): the training bench of a learned list-level decision, on small written lists.

The experiment (bench/train_task_level.py) was measured and not kept in the importer; these tests pin
what its figures rest on: the features of a list, the label the gold gives it, a deterministic fit, and
that installing a model for one run replaces the importer's decision and then restores it.
"""
from __future__ import annotations

from outline_trees import outline_tree
from scoring import PREFIX, norm

from app.importers.extract import task_level, tasks
from bench.train_task_level import (
    FEATURES,
    ITEMS,
    NONE,
    SUBITEMS,
    Example,
    decide,
    examples_of,
    fit,
    gold_label,
    installed,
    list_features,
)

OWN_FIELDS = ["III. NỘI DUNG", "1. Giám sát việc lập danh sách cử tri", "- Việc niêm yết danh sách;",
              "- Thời gian thực hiện: Tháng 3/2026.", "2. Giám sát bỏ phiếu", "- Thẻ cử tri;",
              "- Thời gian thực hiện: Ngày 15/3/2026."]
TITLES_OVER_AGENCIES = ["II. NHIỆM VỤ", "1. Công tác tuyên truyền", "- Sở Văn hóa chủ trì tổ chức triển lãm;",
                        "- Đài Phát thanh chủ trì mở chuyên mục;", "2. Công tác đào tạo",
                        "- Sở Nội vụ chủ trì mở lớp bồi dưỡng;", "- Sở Giáo dục chủ trì tập huấn giáo viên."]


def _prefixes(texts: list[str]) -> list[str]:
    return [norm(t)[:PREFIX] for t in texts]


def test_features_of_a_list_whose_items_end_with_their_own_time_field() -> None:
    items = task_level.list_items(outline_tree(OWN_FIELDS).children[0])
    feats = dict(zip(FEATURES, list_features(items), strict=True))
    assert feats["fields_after_details"] == 1.0 and feats["with_subs"] == 1.0
    assert feats["sub_carries"] == 0.0 and feats["sub_bullets"] == 1.0
    assert feats["top_level"] == 0.0 and feats["item_colon"] == 0.0


def test_features_of_titles_over_dashes_that_name_their_agency() -> None:
    items = task_level.list_items(outline_tree(TITLES_OVER_AGENCIES).children[0])
    feats = dict(zip(FEATURES, list_features(items), strict=True))
    assert feats["item_heading"] == 1.0 and feats["sub_carries"] == 1.0
    assert feats["fields_after_details"] == 0.0 and feats["item_carries"] == 0.0


def test_the_gold_says_at_which_level_the_tasks_are() -> None:
    root = outline_tree(TITLES_OVER_AGENCIES)
    items = task_level.list_items(root.children[0])
    dashes = ["Sở Văn hóa chủ trì tổ chức triển lãm", "Sở Nội vụ chủ trì mở lớp bồi dưỡng"]
    assert gold_label(items, _prefixes(dashes)) == SUBITEMS
    assert gold_label(items, _prefixes(["Công tác tuyên truyền", "Công tác đào tạo"])) == ITEMS
    assert gold_label(items, _prefixes(["Một việc khác hẳn không có trong danh sách"])) == NONE
    found = examples_of("doc", "written", root, {"tasks": [{"text": t} for t in dashes]})
    assert [(ex.label, ex.hand) for ex in found] == [(SUBITEMS, SUBITEMS)]


def test_the_fit_is_deterministic_and_learns_a_clear_toy_set() -> None:
    def ex(feats: dict[str, float], label: str) -> Example:
        return Example("d", "g", [feats.get(f, 0.0) for f in FEATURES], label, None)

    data = [ex({"fields_after_details": 1.0, "with_subs": 1.0}, ITEMS)] * 3 \
        + [ex({"sub_carries": 1.0, "item_heading": 1.0, "with_subs": 1.0}, SUBITEMS)] * 3 \
        + [ex({"item_heading": 1.0}, NONE)] * 3
    model = fit(data)
    assert model == fit(data)
    assert decide(model, data[0].features) == ITEMS
    assert decide(model, data[3].features) == SUBITEMS
    assert decide(model, data[6].features) is None


def test_an_installed_model_decides_for_one_run_then_the_hand_set_weights_return() -> None:
    items = task_level.list_items(outline_tree(TITLES_OVER_AGENCIES).children[0])
    always_items = {"classes": [ITEMS, SUBITEMS, NONE], "min_prob": 0.5,
                    "weights": [[0.0] * len(FEATURES) + [5.0], [0.0] * (len(FEATURES) + 1),
                                [0.0] * (len(FEATURES) + 1)]}
    with installed(always_items):
        assert tasks.choose_level(items)[0] == ITEMS
    assert tasks.choose_level is task_level.choose_level
    assert tasks.choose_level(items)[0] == SUBITEMS
