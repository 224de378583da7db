"""checker/claim_analysis.py on its own: dependency phrasing, each structural check, and
whole claim sets written in the office's style (tests/data/claims/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.claim_analysis import (ALTERNATIVE, CUMULATIVE, SINGLE, ClaimSet, drawing_reference,
                                    extra_sentence_stops, indefinite_wording, is_omnibus, listing,
                                    missing_antecedents, parse_dependency, simplified_wording,
                                    subject, technical_features, unbracketed_sign)
from checker.texts import Claim, parse_claims

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "claims"
CHECKS = ("misnumbered", "self_references", "forward_references", "missing_references", "circular",
          "cumulative_multiple", "multiple_on_multiple", "several_sentences", "omnibus",
          "drawing_references", "bare_reference_signs", "lacking_antecedent", "subject_mismatches",
          "simplified", "indefinite", "unrelated_independent")


def claim_set(*texts: str) -> ClaimSet:
    return ClaimSet([Claim(i, text) for i, text in enumerate(texts, 1)])


@pytest.mark.parametrize("text,number,targets,joiner", [
    ("如請求項1所述之裝置，其中", 2, (1,), SINGLE),
    ("如請求項1或2所述之裝置", 3, (1, 2), ALTERNATIVE),
    ("如請求項１至３中任一項所述之裝置", 4, (1, 2, 3), ALTERNATIVE),
    ("如請求項1、2或3所述之裝置", 4, (1, 2, 3), ALTERNATIVE),
    ("依據申請專利範圍第2項之裝置", 3, (2,), SINGLE),
    ("如申請專利範圍第1項所述之裝置", 2, (1,), SINGLE),
    ("如請求項1及2所述之裝置", 3, (1, 2), CUMULATIVE),
    ("如請求項1和3所述之裝置", 4, (1, 3), CUMULATIVE),
    ("如請求項1、2所述之裝置", 3, (1, 2), CUMULATIVE),
    ("如前述任一請求項所述之裝置", 4, (1, 2, 3), ALTERNATIVE),
    ("如第1項所述之裝置，其中", 2, (1,), SINGLE),
    ("依第2或3項之裝置", 4, (2, 3), ALTERNATIVE),
    ("根据权利要求1所述的装置", 2, (1,), SINGLE),
    ("The device of claim 1, wherein", 2, (1,), SINGLE),
    ("The device according to claim 1", 2, (1,), SINGLE),
    ("The device as claimed in claim 2", 3, (2,), SINGLE),
    ("The device according to any one of claims 1 to 3", 4, (1, 2, 3), ALTERNATIVE),
    ("The device of claims 1 or 2", 3, (1, 2), ALTERNATIVE),
    ("The device of claims 1 and 2", 3, (1, 2), CUMULATIVE),
    ("The device as claimed in any preceding claim", 4, (1, 2, 3), ALTERNATIVE),
])
def test_dependency_phrasing(text, number, targets, joiner):
    found = parse_dependency(text, number)
    assert found is not None and (found.targets, found.joiner) == (targets, joiner)


@pytest.mark.parametrize("text", ["一種裝置，包含一基板（10）。", "A device comprising a lever (12).",
                                  "一種發光二極體封裝，包含一基板厚1.5 mm。"])
def test_independent_claims_refer_to_nothing(text):
    assert parse_dependency(text, 1) is None


def test_an_absurd_range_is_not_expanded():
    assert parse_dependency("如請求項1至999999999中任一項所述之裝置", 3).targets == (1, 999999999)
    assert listing(claim_set("一種裝置。", "如請求項1至999999999中任一項所述之裝置。").missing_references) == "2 (→999999999)"


def test_explicit_depends_on_overrides_the_text():
    claims = ClaimSet([Claim(1, "一種裝置，包含一基板。"), Claim(2, "如請求項1所述之裝置。", depends_on=(3,)),
                       Claim(3, "如請求項1所述之裝置。")])
    assert listing(claims.forward_references) == "2 (→3)"
    assert ClaimSet([Claim(1, "A device."), Claim(2, "The device, wherein it is red.", depends_on=(1,))]
                    ).dependencies[1].targets == (1,)


def test_numbering_reports_the_first_break_with_the_number_expected():
    assert listing(ClaimSet([Claim(1, "a"), Claim(2, "b"), Claim(4, "c")]).misnumbered) == "4 (3)"
    assert listing(ClaimSet([Claim(2, "a")]).misnumbered) == "2 (1)"
    assert ClaimSet([Claim(1, "a"), Claim(2, "b")]).misnumbered == []


def test_references_to_itself_later_and_missing_claims():
    claims = claim_set("一種裝置，包含一基板。", "如請求項2所述之裝置。", "如請求項4所述之裝置。",
                       "如請求項1所述之裝置。", "如請求項9所述之裝置。")
    assert listing(claims.self_references) == "2"
    assert listing(claims.forward_references) == "3 (→4)"
    assert listing(claims.missing_references) == "5 (→9)"
    assert claims.circular == []


def test_circular_dependencies_name_every_claim_in_the_circle():
    claims = claim_set("一種裝置，包含一基板。", "如請求項3所述之裝置。", "如請求項2所述之裝置。")
    assert listing(claims.circular) == "2, 3"


def test_multiple_dependent_claims_on_multiple_dependent_claims_directly_and_indirectly():
    claims = claim_set("一種裝置，包含一基板。", "如請求項1所述之裝置。", "如請求項1或2所述之裝置。",
                       "如請求項3所述之裝置。", "如請求項2或4所述之裝置。")
    assert listing(claims.multiple_on_multiple) == "5 (→3)"  # through claim 4
    assert claim_set("A device.", "The device of claim 1.", "The device of claim 1 or 2.").multiple_on_multiple == []


@pytest.mark.parametrize("text,stops", [
    ("一種裝置，包含一基板。", 0),
    ("一種裝置，其中該基板厚1.5 mm。", 0),
    ("A device as shown in Fig. 1, e.g. red.", 0),
    ("一種裝置。其中該基板為銅。", 1),
    ("A device. The device has a lever.", 1),
])
def test_sentences(text, stops):
    assert extra_sentence_stops(text) == stops


def test_drawings_description_and_omnibus():
    assert drawing_reference("其中該夾體如圖1所示") == "如圖1所示"
    assert drawing_reference("wherein the lever is shaped as shown in Fig. 2") == "as shown in Fig. 2"
    assert drawing_reference("如說明書第3頁所述之結構") != ""
    assert drawing_reference("一種裝置，包含一基板（10）。") == ""
    assert is_omnibus("一種如說明書及圖式所述之線材收納夾。")
    assert is_omnibus("A clip substantially as described herein with reference to the drawings.")
    assert not is_omnibus("一種線材收納夾，包含一夾體，其形狀如圖1所示。")
    claims = claim_set("一種如說明書及圖式所述之線材收納夾。")
    assert listing(claims.omnibus) == "1" and claims.drawing_references == []  # reported once


@pytest.mark.parametrize("text,sign", [
    ("一種封裝，包含一基板10及一晶片20。", "基板10"),
    ("The package of claim 1, wherein the lever 12 is movable.", "lever 12"),
    ("一種封裝，包含一基板（10）及3個晶片（20），厚度為1.5 mm。", ""),
    ("The package of claim 1, wherein the layer is 5 mm thick and has 3 holes.", ""),
    ("如請求項10所述之封裝，其中該基板具有2層。", ""),
    ("一種方法，包含：步驟1，提供一基板；及步驟2，加熱該基板。", ""),
])
def test_reference_signs_outside_parentheses(text, sign):
    assert unbracketed_sign(text) == sign


def test_antecedent_basis_in_the_claim_and_up_its_chain():
    parent = "一種發光二極體封裝，包含：一基板（10）；一散熱片（40），連接該基板。"
    assert missing_antecedents("如請求項1所述之發光二極體封裝，其中該散熱片具有多個鰭片（41）。", parent) == []
    assert missing_antecedents("如請求項1所述之發光二極體封裝，其中該導熱墊位於該基板上。", parent) == ["該導熱墊"]
    assert missing_antecedents("一種裝置，包含複數個鰭片，該等鰭片平行，該些鰭片等距。", "") == []
    en_parent = "A light-emitting diode package comprising a substrate and heat sinks."
    assert missing_antecedents("The package of claim 1, wherein the heat sink is on the surface of the substrate.",
                               en_parent) == []
    assert missing_antecedents("The package of claim 1, wherein said lever is movable.", en_parent) == ["the lever"]


def test_antecedent_follows_every_parent_of_a_chain():
    claims = claim_set("一種裝置，包含一基板。", "如請求項1所述之裝置，更包含一蓋板。",
                       "如請求項2所述之裝置，其中該蓋板覆蓋該基板。", "如請求項1所述之裝置，其中該蓋板為銅。")
    assert listing(claims.lacking_antecedent) == "4 (該蓋板)"


def test_dependent_subjects():
    assert subject("如請求項1所述之發光二極體封裝，其中", dependent=True) == "發光二極體封裝"
    assert subject("The battery pack of claim 1, wherein", dependent=True) == "battery pack"
    claims = claim_set("一種發光二極體封裝，包含一基板。", "如請求項1所述之散熱器，其中該基板為銅。",
                       "如請求項1所述之封裝，其中該基板為鋁。", "一種製造如請求項1所述之發光二極體封裝之方法。")
    assert listing(claims.subject_mismatches) == "2 (散熱器 / 1: 發光二極體封裝)"


def test_simplified_and_indefinite_wording():
    assert simplified_wording("根据权利要求1所述的装置") == "权利要求"
    assert simplified_wording("如請求項1所述之裝置，其中該殼體為鋁") == ""
    assert indefinite_wording("其中該厚度約5 mm") == "約"
    assert indefinite_wording("其中該材質較佳為銅") == "較佳為"
    assert indefinite_wording("wherein the arm rotates about an axis") == ""
    assert indefinite_wording("wherein the layer is about 5 mm thick") == "about"
    assert indefinite_wording("一種約束裝置，包含一基板") == ""


def test_unity_compares_the_independent_claims_only():
    related = claim_set("一種發光二極體封裝，包含一基板。", "一種製造發光二極體封裝之方法，包含提供一基板。")
    unrelated = claim_set("一種發光二極體封裝，包含一基板。", "一種雨傘，包含一傘骨及一傘布。")
    assert related.unrelated_independent == [] and listing(unrelated.unrelated_independent) == "2"
    assert "基板" in technical_features("一種封裝，包含一基板") and "包含" not in technical_features("包含")


# --- realistic claim sets -------------------------------------------------------------

CLEAN_SETS = ["zh-bicycle-brake.txt", "en-battery-pack.txt", "zh-hinge-utility-model.txt", "en-dispensing-method.txt"]


@pytest.mark.parametrize("name", CLEAN_SETS)
def test_office_style_claim_sets_raise_no_alarm(name):
    claims = ClaimSet(parse_claims((DATA / name).read_text(encoding="utf-8")))
    assert len(claims.claims) >= 10
    assert {check: listing(getattr(claims, check)) for check in CHECKS if getattr(claims, check)} == {}


@pytest.mark.parametrize("path", [ROOT / "examples/invention-led-package/claims.txt"])
def test_the_examples_claims_raise_no_alarm(path):
    claims = ClaimSet(parse_claims(path.read_text(encoding="utf-8")))
    assert all(getattr(claims, check) == [] for check in CHECKS)


def test_office_style_dependencies_are_read():
    claims = ClaimSet(parse_claims((DATA / "zh-bicycle-brake.txt").read_text(encoding="utf-8")))
    assert [d.targets if d else () for d in claims.dependencies] == [
        (), (1,), (1,), (3,), (1, 2), (5,), (1, 2, 3), (7,), (1,), (), (10,)]


def test_a_converted_cnipa_claim_set_shows_every_defect():
    claims = ClaimSet(parse_claims((DATA / "zh-cnipa-defective.txt").read_text(encoding="utf-8")))
    found = {check: listing(getattr(claims, check)) for check in CHECKS if getattr(claims, check)}
    assert found == {
        "forward_references": "4 (→5)",
        "circular": "4, 5",
        "cumulative_multiple": "3 (請求項1及2)",
        "multiple_on_multiple": "4 (→3)",
        "several_sentences": "5",
        "omnibus": "7",
        "drawing_references": "4 (如圖1所示)",
        "bare_reference_signs": "1 (壳体10)",
        "lacking_antecedent": "3 (該散熱片), 4 (該殼體), 5 (該殼體)",
        "subject_mismatches": "3 (電池模組 / 1: 电池模组)",
        "simplified": "1 (其特征在于), 2 (权利要求)",
        "indefinite": "3 (較佳為), 5 (約)",
        "unrelated_independent": "6",
    }


def test_any_one_of_claims_including_a_multiple_dependent_claim_is_multiple_on_multiple():
    text = (DATA / "en-dispensing-method.txt").read_text(encoding="utf-8").replace(
        "5. The method according to claim 1 or 2,", "5. The method according to any one of claims 1 to 3,")
    assert listing(ClaimSet(parse_claims(text)).multiple_on_multiple) == "5 (→3)"


@pytest.mark.parametrize("kept_as", ["（刪除）", "(canceled)", "(Deleted).", "  "])
def test_a_claim_kept_only_for_its_number_is_not_an_independent_claim(kept_as):
    """After an amendment or correction a claim may stay as 「（刪除）」 to keep the
    numbering: it claims nothing, so unity and the other checks must not judge it."""
    claims = claim_set("一種發光二極體封裝，包含一基板。", kept_as, "如請求項1所述之發光二極體封裝，其中該基板為陶瓷。")
    assert claims.independent() == [0]
    assert claims.unrelated_independent == []
