"""Fact rows for checker/packs/patent/facts/substance.py: amendments, corrections, divisionals and
conversions compared with the texts as filed and the claims as published."""

from __future__ import annotations

from bundle_patch import Replace
from fact_table import CLIP, LED, ROOT, inline_claims, row

AMEND = "examples/amendment-led-package/bundle.yaml"  # narrowing from the filed description
CORR = "examples/correction-led-package/bundle.yaml"  # claim 2 moved into claim 1 and deleted
CORR_BAD = "examples/defective/correction-broadens/bundle.yaml"  # drops 封裝膠體, adds claim 5
DIV_BAD = "examples/defective/divisional-beyond-parent/bundle.yaml"

METAL = inline_claims(
    "一種發光二極體封裝，包含：一基板；一發光晶片，設置於該基板上；一封裝膠體，包覆該發光晶片；以及一散熱片，連接該基板。",
    "（刪除）",
    "如請求項1所述之發光二極體封裝，其中該散熱片之材質為金屬。",
)
GRAPHENE = inline_claims(
    "一種發光二極體封裝，包含：一基板；一發光晶片，設置於該基板上；一封裝膠體，包覆該發光晶片；以及一散熱片，連接該基板。",
    "如請求項1所述之發光二極體封裝，其中該散熱片之材質為石墨烯。",
)
ENGLISH = inline_claims("A light-emitting diode package comprising a substrate and a heat sink.")
FILED_EN = {"application": {"as_filed": {"claims": ENGLISH, "description": None}}}
TITANIUM = (
    (ROOT / "examples/amendment-led-package/description.txt")
    .read_text(encoding="utf-8")
    .replace("銅或鋁", "銅、鋁或鈦")
)
CAPTIONS = {
    "drawings": [
        {"figure": "1", "description": "剖面示意圖"},
        {"figure": "2", "description": "石墨烯散熱片之立體示意圖"},
    ]
}

ROWS = [
    row("has_as_filed", True, base=AMEND),
    row("has_as_filed", False, base=LED),
    row(
        "has_as_filed",
        False,
        {"application": {"as_filed": {"claims": inline_claims("  ")}, "number": "1"}},
        id="blank claims as filed",
    ),
    row("text_script", "zh", base=AMEND),
    row(
        "text_script",
        "latin",
        {"claims": ENGLISH, "description": Replace({"sections": {"title": "LED package"}})},
        base=AMEND,
        id="English texts",
    ),
    row(
        "text_script",
        "ja",
        {"claims": inline_claims("発光ダイオードパッケージであって、基板と、ヒートシンクとを備える。")},
        base=CLIP,
        id="Japanese claims",
    ),
    row("as_filed_script", "zh", base=AMEND),
    row("as_filed_script", "latin", FILED_EN, base=AMEND, id="English claims as filed"),
    row("as_filed_script", "", base=LED),
    row("application_language", "zh-TW", base=AMEND),
    row("application_language", "en", {"application": {"language": "en"}}, base=AMEND, id="filed in English"),
    row("new_matter_compared", True, base=AMEND),
    row("new_matter_compared", False, FILED_EN, base=AMEND, id="Chinese text, English filing"),
    row("new_matter_compared", False, base=LED),
    row("new_matter_count", 0, base=AMEND),
    row("new_matter_count", 1, {"claims": GRAPHENE}, base=AMEND, id="adds graphene"),
    row("new_matter_count", 2, base=DIV_BAD),
    row("new_terms.term", "", base=AMEND),
    row("new_terms.term", "石墨烯", {"claims": GRAPHENE}, base=AMEND, id="adds graphene"),
    row("new_terms.term", "0.2至0.5 mm, 氮化硼粒子", base=DIV_BAD),
    row("new_terms.term@pointer", "/claims/1/text", {"claims": GRAPHENE}, base=AMEND, id="inline claims"),
    row("new_terms.term@pointer", "/claims@7:24", base=DIV_BAD),
    row("new_terms.numeric", "", {"claims": GRAPHENE}, base=AMEND, id="a word"),
    row("new_terms.numeric", "True", base=DIV_BAD),
    row("new_terms.section", "claims, claims", base=DIV_BAD),
    row("new_terms.section", "embodiments", files={"description.txt": TITANIUM}, base=AMEND, id="adds titanium"),
    row("new_terms.claim", "2, 3", base=DIV_BAD),
    row("new_terms.claim", "", files={"description.txt": TITANIUM}, base=AMEND, id="not in a claim"),
    row("new_terms.figure", "", base=DIV_BAD),
    row("new_terms.figure", "2", CAPTIONS, base=AMEND, id="a new term in a caption"),
    row("new_terms.figure@pointer", "/drawings/1/description", CAPTIONS, base=AMEND, id="a caption"),
    row("new_terms.place", "claim 2, claim 3", base=DIV_BAD),
    row("new_terms.place", "embodiments", files={"description.txt": TITANIUM}, base=AMEND, id="adds titanium"),
    row("new_terms.place", "figure 2", CAPTIONS, base=AMEND, id="a new term in a caption"),
    row("reference_claims", "as_filed", base=AMEND),
    row("reference_claims", "granted", base=CORR),
    row("reference_claims", "", base=LED),
    row("claims_added_count", 0, base=CORR),
    row("claims_added_count", 1, base=CORR_BAD),
    row("claims_beyond_reference.number", "", base=CORR),
    row("claims_beyond_reference.number", "1, 5", base=CORR_BAD),
    row("claims_beyond_reference.number@pointer", "/claims@1:1", base=CORR_BAD),
    row(
        "claims_beyond_reference.number@pointer",
        "/claims/0/text",
        {"claims": [{"number": 1, "text": "一種發光二極體封裝，包含一基板。"}, {"number": 5, "text": "一種基板。"}]},
        base=AMEND,
        id="inline claim 1 losing limitations, then claim 5 of 4 filed",
    ),
    row(
        "claims_beyond_reference.number@pointer",
        "/claims/2/text",
        {"claims": METAL},
        base=CORR,
        id="copper or aluminium widened to metal",
    ),
    row("claims_beyond_reference.change", "broadened, added", base=CORR_BAD),
    row("claims_beyond_reference.change", "broadened", {"claims": METAL}, base=CORR, id="widened to metal"),
    row("claims_beyond_reference.dropped", "封裝膠體、包覆", base=CORR_BAD),
    row("claims_beyond_reference.dropped", "銅、鋁、鰭片", {"claims": METAL}, base=CORR, id="widened to metal"),
    row("claims_beyond_reference.declared_kind", "correct_error, clarify", base=CORR_BAD),
    row(
        "claims_beyond_reference.declared_kind",
        "",
        {"correction": {"changes": []}},
        base=CORR_BAD,
        id="no change declared",
    ),
    row(
        "claims_beyond_reference.declared_kind",
        "broaden, unstated",
        {
            "correction": {
                "changes": [{"kind": "broaden", "target": "claims", "claim": 1}, {"target": "claims", "claim": 5}]
            }
        },
        base=CORR_BAD,
        id="declared for claims 1 and 5",
    ),
    row(
        "claims_beyond_reference.declared_kind",
        "",
        {"correction": {"changes": [{"kind": "broaden", "target": "description", "claim": 1}]}},
        base=CORR_BAD,
        id="a change of the description names no claim",
    ),
    row("claims_deleted_count", 1, base=AMEND),
    row("claims_deleted_count", 1, base=CORR),
    row("claims_deleted_count", 0, base=CORR_BAD),
    row("claim_count_increase", -1, base=CORR),
    row("claim_count_increase", 1, base=CORR_BAD),
    row("claim_count_increase", 0, base=LED),
    row("claims_broadened_count", 0, base=CORR),
    row("claims_broadened_count", 1, base=CORR_BAD),
    row(
        "claims_broadened_count",
        0,
        {
            "claims": inline_claims(
                "一種發光二極體封裝，包含：一基板；一發光晶片，設置於該基板上；一封裝膠體，包覆該發光晶片；以及一散熱片，連接該基板。",
                "如請求項1所述之發光二極體封裝，其中該基板為陶瓷基板。",
            )
        },
        base=CORR,
        id="renumbered after deleting claims 2 and 3",
    ),
    row("amendment_responding_to", "office_action", base=AMEND),
    row("final_notice_on", 0, base=AMEND),
    row(
        "final_notice_on",
        20250801,
        {
            "application": {
                "events": [{"type": "final_notice", "on": "2025-05-02"}, {"type": "final_notice", "on": "2025-08-01"}]
            }
        },
        base=AMEND,
        id="the later of two final notices",
    ),
    row("conversion_from_type", "", base=LED),
    row(
        "conversion_from_type",
        "utility_model",
        {"procedure": "conversion", "conversion": {"from_type": "utility_model"}},
        id="converted from a utility model",
    ),
]
