"""Fact table rows for checker/packs/patent/facts/claim_structure.py: each check's listing and pointer,
on the clean examples (nothing to report) and on a claim set with that one defect, inline
(pointer /claims/<index>/text) or in a claims file (pointer /claims@LINE:1)."""

from __future__ import annotations

from fact_table import CLIP, row, inline_claims

BASE = "一種發光二極體封裝，包含：一基板（10）；以及一散熱片（40），連接該基板。"
DEP = "如請求項1所述之發光二極體封裝，其中該散熱片為銅。"


def claims(*texts: str) -> dict:
    return {"claims": inline_claims(*texts)}


# fact -> (defective claim set, expected listing, index of the first offending claim)
DEFECTS = {
    "misnumbered_claims": ([{"number": 1, "text": BASE}, {"number": 3, "text": DEP}], "3 (2)", 1),
    "self_referring_claims": (claims(BASE, "如請求項2所述之發光二極體封裝，其中該散熱片為銅。"), "2", 1),
    "forward_claim_references": (claims(BASE, "如請求項3所述之發光二極體封裝，其中該散熱片為銅。", DEP), "2 (→3)", 1),
    "missing_claim_references": (claims(BASE, DEP, "如請求項7所述之發光二極體封裝，其中該散熱片為鋁。"), "3 (→7)", 2),
    "circular_claims": (
        claims(
            BASE,
            "如請求項3所述之發光二極體封裝，其中該散熱片為銅。",
            "如請求項2所述之發光二極體封裝，其中該散熱片為鋁。",
        ),
        "2, 3",
        1,
    ),
    "non_alternative_multiple_claims": (
        claims(BASE, DEP, "如請求項1及2所述之發光二極體封裝，其中該基板為陶瓷。"),
        "3 (請求項1及2)",
        2,
    ),
    "multiple_on_multiple_claims": (
        claims(
            BASE,
            DEP,
            "如請求項1或2所述之發光二極體封裝，其中該基板為陶瓷。",
            "如請求項2或3所述之發光二極體封裝，其中該基板為白色。",
        ),
        "4 (→3)",
        3,
    ),
    "multi_sentence_claims": (claims(BASE, "如請求項1所述之發光二極體封裝。其中該散熱片為銅。"), "2", 1),
    "claims_citing_drawings": (
        claims(BASE, "如請求項1所述之發光二極體封裝，其中該散熱片如圖2所示。"),
        "2 (如圖2所示)",
        1,
    ),
    "omnibus_claims": (claims(BASE, "一種如說明書及圖式所述之發光二極體封裝。"), "2", 1),
    "bare_reference_sign_claims": (
        claims("一種發光二極體封裝，包含：一基板10；以及一散熱片40，連接該基板。"),
        "1 (基板10)",
        0,
    ),
    "claims_lacking_antecedent": (claims(BASE, "如請求項1所述之發光二極體封裝，其中該導熱墊為銅。"), "2 (該導熱墊)", 1),
    "dependent_subject_mismatches": (
        claims(BASE, "如請求項1所述之散熱器，其中該散熱片為銅。"),
        "2 (散熱器 / 1: 發光二極體封裝)",
        1,
    ),
    "simplified_chinese_claims": (
        claims(BASE, "根据权利要求1所述的发光二极体封装，其中该散热片为铜。"),
        "2 (权利要求)",
        1,
    ),
    "indefinite_wording_claims": (
        claims(BASE, "如請求項1所述之發光二極體封裝，其中該散熱片較佳為銅。"),
        "2 (較佳為)",
        1,
    ),
    "open_markush_claims": (
        claims(BASE, "如請求項1所述之發光二極體封裝，其中該散熱片之材質選自包含銅及鋁之群組。"),
        "2 (選自包含銅及鋁之群組)",
        1,
    ),
    "transitory_medium_claims": (
        claims(
            "一種控制方法，包含偵測一溫度。",
            "一種電腦可讀取記錄媒體，儲存一程式以執行如請求項1所述之控制方法。",
            "如請求項2所述之電腦可讀取記錄媒體，其中該程式更調整一電流。",
        ),
        "2 (電腦可讀取記錄媒體)",
        1,
    ),
    "unrelated_independent_claims": (claims(BASE, "一種雨傘，包含：一傘骨；以及一傘布，覆蓋該傘骨。"), "2", 1),
    "unterminated_claims": (claims(BASE, "如請求項1所述之發光二極體封裝，其中該散熱片為銅"), "2", 1),
    "unparsed_dependency_claims": (
        claims(BASE, "如請求項一所述之發光二極體封裝，其中該散熱片為銅。"),
        "2 (如請求項一所述之發光二極體封裝)",
        1,
    ),
}

# A claims file (replaces the LED example's claims.txt): claim 3 on line 5 refers to claim 4.
FORWARD_FILE = (
    "【第1項】\n一種發光二極體封裝，包含一基板（10）。\n"
    "【第2項】\n如請求項1所述之發光二極體封裝，其中該基板為陶瓷。\n"
    "【第3項】\n如請求項4所述之發光二極體封裝，其中該基板為白色。\n"
    "【第4項】\n如請求項1所述之發光二極體封裝，其中該基板為方形。\n"
)
ELEVEN = "\n".join(
    ["1. 一種發光二極體封裝，包含一基板（10）。"]
    + [f"{n}. 如請求項1所述之發光二極體封裝，其中該基板具有第{n}特徵。" for n in range(2, 12)]
)

ROWS = []
for _fact, (_patch, _listing, _index) in DEFECTS.items():
    _patch = _patch if "claims" in _patch else {"claims": _patch}
    ROWS += [
        row(f"claims.{_fact}", "", id="the example"),
        row(f"claims.{_fact}", "", base=CLIP, id="the inline example"),
        row(f"claims.{_fact}", _listing, _patch, base=CLIP, id="defective"),
        row(f"claims.{_fact}@pointer", "", id="the example"),
        row(f"claims.{_fact}@pointer", f"/claims/{_index}/text", _patch, base=CLIP, id="defective, inline"),
    ]

ROWS += [
    row("claims.forward_claim_references", "3 (→4)", files={"claims.txt": FORWARD_FILE}, id="claims file"),
    row(
        "claims.forward_claim_references@pointer",
        "/claims@5:1",
        files={"claims.txt": FORWARD_FILE},
        id="claims file: the claim's line",
    ),
    row(
        "claims.non_alternative_multiple_claims",
        "",
        claims(BASE, DEP, "如請求項1或2所述之發光二極體封裝，其中該基板為陶瓷。"),
        base=CLIP,
        id="或 is alternative",
    ),
    row(
        "claims.forward_claim_references",
        "2 (→3)",
        {
            "claims": [
                {"number": 1, "text": BASE},
                {"number": 2, "text": DEP, "depends_on": [3]},
                {"number": 3, "text": DEP},
            ]
        },
        base=CLIP,
        id="explicit depends_on overrides the text",
    ),
    row(
        "claims.simplified_chinese_claims",
        "",
        {
            "claims": inline_claims(
                "A light-emitting diode package comprising a substrate (10).",
                "The package of claim 1, wherein the substrate is ceramic.",
            )
        },
        base=CLIP,
        id="English claims",
    ),
    row(
        "claims.claims_lacking_antecedent",
        "2 (the lever)",
        {
            "claims": inline_claims(
                "A light-emitting diode package comprising a substrate (10).",
                "The package of claim 1, wherein the lever is ceramic.",
            )
        },
        base=CLIP,
        id="English",
    ),
    row("claims_beyond_ten", 0, id="the example's three claims"),
    row("claims_beyond_ten", 1, files={"claims.txt": ELEVEN}, id="eleven claims"),
]

# Terms the description never mentions: the clip's inline description, the LED's file.
SPRING = claims("一種線材收納夾，包含：一夾體（10）；以及一彈性片（20），以一彈簧結合於該夾體。")
ROWS += [
    row("claims.claim_terms_not_in_description", "", id="the example"),
    row("claims.claim_terms_not_in_description", "", base=CLIP, id="the inline example"),
    row("claims.claim_terms_not_in_description", "1 (彈簧)", SPRING, base=CLIP, id="a spring not described"),
    row(
        "claims.claim_terms_not_in_description",
        "",
        {
            **SPRING,
            "description": {"sections": {"title": "線材收納夾", "embodiments": "夾體10與彈性片20以彈簧22結合。"}},
        },
        base=CLIP,
        id="the description names the spring",
    ),
    row(
        "claims.claim_terms_not_in_description",
        "2 (導熱墊)",
        claims(BASE, "如請求項1所述之發光二極體封裝，更包含一導熱墊。"),
        id="claims file's description lacks the pad",
    ),
    row("claims.claim_terms_not_in_description@pointer", "", id="the example"),
    row("claims.claim_terms_not_in_description@pointer", "/claims/0/text", SPRING, base=CLIP, id="inline"),
    row(
        "claims.open_markush_claims",
        "",
        claims(BASE, "如請求項1所述之發光二極體封裝，其中該散熱片之材質選自由銅及鋁所組成之群組。"),
        base=CLIP,
        id="the closed form",
    ),
    row(
        "claims.transitory_medium_claims",
        "",
        claims(
            "一種控制方法，包含偵測一溫度。", "一種非暫態電腦可讀取記錄媒體，儲存一程式以執行如請求項1所述之控制方法。"
        ),
        base=CLIP,
        id="non-transitory",
    ),
]

# Every claim is an item with its number; three forward references are three items.
THREE_FORWARD = claims(
    BASE,
    "如請求項3所述之發光二極體封裝，其中該基板為陶瓷。",
    "如請求項4所述之發光二極體封裝，其中該基板為白色。",
    "如請求項5所述之發光二極體封裝，其中該基板為方形。",
    DEP,
)
ROWS += [
    row("claims.number", "1, 2, 3", id="the example's three claims"),
    row("claims.number", "1, 2, 3, 4, 5", THREE_FORWARD, base=CLIP, id="five claims"),
    row(
        "claims.forward_claim_references",
        "2 (→3), 3 (→4), 4 (→5)",
        THREE_FORWARD,
        base=CLIP,
        id="three forward references, three claims",
    ),
]

# Independent claims and the two-part form (a firm's house style reads them).
TWO_PART = claims(
    "一種發光二極體封裝，包含一基板（10），其特徵在於：該基板為陶瓷。", DEP, "一種製造方法，包含燒結一基板。"
)
ROWS += [
    row("claims.independent", "True", id="the example: claim 1 only"),
    row("claims.independent", "True, True", TWO_PART, base=CLIP, id="claims 1 and 3"),
    row("claims.independent@pointer", "/claims/0/text", TWO_PART, base=CLIP, id="claim 1 first"),
    row("claims.characterising_clause", "", id="the example has no two-part claim"),
    row("claims.characterising_clause", "True", TWO_PART, base=CLIP, id="其特徵在於"),
    row("claims.characterising_clause@pointer", "/claims/0/text", TWO_PART, base=CLIP, id="claim 1"),
]
