"""checker/language/new_matter.py on realistic claim sets and descriptions (tests/data/new_matter/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.language.new_matter import (
    Passage,
    Reference,
    claim_passages,
    compare,
    numeric_limits,
    normalise,
    removed_terms,
    stem,
)
from checker.language.texts import is_deleted_claim as is_deleted
from checker.language.texts import parse_claims, parse_description

DATA = Path(__file__).parent / "data" / "new_matter"


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def filed() -> Reference:
    return Reference([read("filed_description.txt"), read("filed_claims.txt")])


def new_terms(reference: Reference, name: str) -> list:
    text = read(name)
    return compare(claim_passages(parse_claims(text), "/claims", text), reference)


def test_pure_deletion_adds_nothing(filed):
    assert new_terms(filed, "amended_deletion.txt") == []


def test_narrowing_by_features_of_the_description_adds_nothing(filed):
    # 導熱膠層, 平行排列 and the 1至3 mm pitch are all in the filed description
    assert new_terms(filed, "amended_narrowing.txt") == []


def test_rewording_with_the_same_terms_adds_nothing(filed):
    assert new_terms(filed, "amended_reworded.txt") == []


def test_graphene_is_new_and_located_in_its_claim_and_line(filed):
    found = new_terms(filed, "amended_graphene.txt")
    assert [(t.term, t.kind, t.passage.section, t.passage.number) for t in found] == [("石墨烯", "term", "claims", "3")]
    assert found[0].location == "/claims@13:1"  # the line after the claim's opening line


def test_a_new_range_endpoint_is_new_matter(filed):
    found = new_terms(filed, "amended_range.txt")
    assert [(t.term, t.kind) for t in found] == [("0.5至1.5 mm", "number")]
    assert (found[0].passage.section, found[0].passage.number) == ("claims", "2")


def test_a_range_within_disclosed_values_is_not_new():
    reference = Reference(["間距為1至3 mm，較佳為2 mm。"])
    assert reference.new_in("間距為2至3 mm") == []
    assert [t for t, *_ in reference.new_in("間距為2至4 mm")] == ["2至4 mm"]


def test_english_new_phrases_and_numbers():
    reference = Reference([read("filed_description_en.txt"), read("filed_claims_en.txt")])
    text = read("amended_en.txt")
    found = compare(claim_passages(parse_claims(text), "/claims", text), reference)
    assert [(t.term, t.kind, t.passage.number) for t in found] == [
        ("coated", "term", "2"),
        ("graphene film", "term", "2"),
        ("thickness", "term", "2"),
        ("5 to 20 nm", "number", "2"),
    ]
    line = text.splitlines()[7]
    assert line.startswith("2. ") and found[1].location == f"/claims@8:{line.find('graphene') + 1}"


def test_inline_claims_point_at_the_claim_text(filed):
    claims = [type("C", (), {"number": 1, "text": "一種發光二極體封裝，包含一石墨烯基板。", "line": None})()]
    found = compare(claim_passages(claims, "/claims"), filed)
    assert [(t.term, t.location) for t in found] == [("石墨烯", "/claims/0/text")]


def test_a_term_is_reported_once_at_its_first_passage(filed):
    passages = [
        Passage("claims", "1", "/claims/0/text", "其中該散熱片為石墨烯"),
        Passage("claims", "2", "/claims/1/text", "其中該基板為石墨烯"),
    ]
    assert [t.location for t in compare(passages, filed)] == ["/claims/0/text"]


def test_description_sections_as_passages(filed):
    sections = parse_description(read("filed_description.txt").replace("銅或鋁", "銅、鋁或鈦"))
    passages = [Passage(s.key, "", "/description/sections/" + s.key, s.text) for s in sections]
    found = compare(passages, filed)
    assert [(t.term, t.passage.section) for t in found] == [("鈦", "embodiments")]


def test_reference_signs_claim_and_figure_references_are_ignored(filed):
    assert filed.new_in("如請求項1至4中任一項所述之發光二極體封裝（1），如圖2所示，散熱片（40）") == []
    assert "請求項" not in normalise("如請求項1至3中任一項所述之")


def test_bare_numbers_are_not_limits():
    assert numeric_limits("散熱片40連接基板10") == []
    assert [v for _, v, *_ in numeric_limits("厚度為0.5至2 mm，溫度300℃")] == [["0.5", "2"], ["300"]]


def test_stemming():
    assert [stem(w) for w in ("layers", "batteries", "boxes", "glass", "fins")] == [
        "layer",
        "battery",
        "box",
        "glass",
        "fin",
    ]


def test_removed_terms_find_a_dropped_limitation():
    granted = "如請求項1所述之發光二極體封裝，其中該散熱片之材質為銅。"
    assert removed_terms(granted, "如請求項1所述之發光二極體封裝，其中該散熱片之材質為銅，且具有鰭片。") == []
    assert removed_terms(granted, "如請求項1所述之發光二極體封裝。") != []
    assert is_deleted("（刪除）") and is_deleted("(canceled)") and not is_deleted("一種基板。")


def _lines(name: str) -> list[str]:
    return [line for line in read(name).splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("claim", _lines("paraphrases.txt"))
def test_paraphrases_keeping_the_filed_terms_raise_no_false_alarm(filed, claim):
    assert filed.new_in(claim) == []


@pytest.mark.parametrize("claim,term", [tuple(line.split("\t")) for line in _lines("new_matter.txt")])
def test_each_added_feature_is_reported(filed, claim, term):
    assert term in [found for found, *_ in filed.new_in(claim)]


def test_one_new_character_is_shown_with_its_word(filed):
    assert [t for t, *_ in filed.new_in("其中該散熱片為一散熱器")] == ["散熱器"]
    assert [t for t, *_ in filed.new_in("其中該散熱片之材質為鐵")] == ["鐵"]


def test_ordinal_labels_are_not_features(filed):
    assert filed.new_in("該散熱片具有一第一鰭片及一第二鰭片") == []
