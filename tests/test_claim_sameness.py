"""checker.language.new_matter.claim_sameness: whether a divisional claim claims what an allowed
claim claims (identical wording, or the same terms and values in another order)."""

from __future__ import annotations

import pytest

from checker.language.new_matter import claim_sameness

ALLOWED = "一種發光二極體封裝，包含：一基板（10）；一發光晶片（20），設置於該基板上；以及一散熱片（40），連接該基板。"


@pytest.mark.parametrize(
    "later,expected",
    [
        (ALLOWED, "identical"),
        # reference signs, full-width forms, punctuation and spacing do not count
        ("一種發光二極體封裝,包含: 一基板; 一發光晶片,設置於該基板上; 以及一散熱片,連接該基板.", "identical"),
        ("一種發光二極體封裝，包含：一散熱片，連接一基板；以及一發光晶片，設置於該基板上。", "same_terms"),
        # a feature more (from the description) or less is another claim
        ("一種發光二極體封裝，包含：一基板；一發光晶片，設置於該基板上；以及一散熱片，連接該基板並具有多個鰭片。", ""),
        ("一種發光二極體封裝，包含：一基板；以及一發光晶片，設置於該基板上。", ""),
        # a numeric limit is a feature
        ("一種發光二極體封裝，包含：一厚度為0.5 mm之基板；一發光晶片，設置於該基板上；以及一散熱片，連接該基板。", ""),
        ("", ""),
    ],
    ids=["same text", "signs and punctuation", "reordered", "extra feature", "feature dropped", "extra value", "empty"],
)
def test_chinese_claims(later, expected):
    assert claim_sameness(later, ALLOWED) == expected


def test_claim_references_are_ignored():
    earlier = "如請求項1所述之發光二極體封裝，其中該散熱片之材質為銅。"
    assert claim_sameness("如請求項2所述之發光二極體封裝，其中該散熱片之材質為銅。", earlier) == "identical"


def test_values_must_match():
    earlier = "如請求項1所述之散熱結構，其中相鄰鰭片之間距為1至3 mm。"
    assert claim_sameness("如請求項1所述之散熱結構，其中相鄰鰭片之間距為1至3 mm。", earlier) == "identical"
    assert claim_sameness("如請求項1所述之散熱結構，其中相鄰鰭片之間距為2至3 mm。", earlier) == ""


def test_english_claims():
    earlier = "A light-emitting diode package comprising a substrate and a heat sink connected to the substrate."
    assert (
        claim_sameness(
            "A Light-Emitting Diode package comprising a substrate and a heat sink (40) connected to the substrate.",
            earlier,
        )
        == "identical"
    )
    assert (
        claim_sameness("A light-emitting diode package comprising a heat sink connected to a substrate.", earlier)
        == "same_terms"
    )
    assert (
        claim_sameness("A light-emitting diode package comprising a substrate and a heat sink with fins.", earlier)
        == ""
    )


def test_a_different_count_is_another_claim():
    earlier = "如請求項1所述之散熱結構，其中該散熱片具有3個鰭片。"
    assert claim_sameness("如請求項1所述之散熱結構，其中該散熱片具有5個鰭片。", earlier) == ""
    assert claim_sameness("如請求項1所述之散熱結構，其中具有3個鰭片之該散熱片。", earlier) == "same_terms"
