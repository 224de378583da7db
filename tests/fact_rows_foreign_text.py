"""Fact rows for checker/packs/patent/facts/foreign_text.py: the Chinese translation against
the foreign-language text as filed (`foreign_text`)."""

from __future__ import annotations

from fact_table import LED, ROOT, inline_claims, row

FOREIGN = "examples/foreign-language-invention/bundle.yaml"  # English filing, faithful translation
CLAIMS = (ROOT / "examples/foreign-language-invention/claims.txt").read_text(encoding="utf-8")
ADDED = CLAIMS.replace("由Al2O3製成", "由SiO2製成").replace("2至5 mm", "2至8 mm")
OMITTED = CLAIMS.replace("，由Al2O3製成", "")
ENGLISH_OWN = {
    "claims": inline_claims("A light emitting diode package comprising a substrate (10) of Al2O3."),
    "description": None,
    "drawings": None,
}
DESCRIPTION = (ROOT / "examples/foreign-language-invention/description.txt").read_text(encoding="utf-8")
FIGURE_3 = DESCRIPTION.replace("散熱片之立體示意圖。", "散熱片之立體示意圖；圖3為其側視圖。")
ROUGH = DESCRIPTION.replace("厚度為0.5毫米", "厚度為0.5毫米，表面粗糙度為0.2 μm")
NO_CURING = DESCRIPTION.replace("，並於150℃固化30分鐘", "")
ESD = {"claims": inline_claims("一種發光二極體封裝，包含一基板（10）及一ESD保護元件。")}

ROWS = [
    row("foreign_text_given", True, base=FOREIGN),
    row("foreign_text_given", False, base=LED),
    row("foreign_text_given", False, {"foreign_text": {"claims": inline_claims(" ")}}, base=LED, id="blank"),
    row("foreign_text_compared", True, base=FOREIGN),
    row("foreign_text_compared", False, ENGLISH_OWN, base=FOREIGN, id="own claims not Chinese"),
    row("foreign_claim_count", 3, base=FOREIGN),
    row("foreign_claim_count", 0, base=LED),
    row("foreign_claims_compared", True, base=FOREIGN),
    row("foreign_claims_compared", False, {"foreign_text": {"claims": None}}, base=FOREIGN, id="no foreign claims"),
    row("foreign_figure_count", 2, base=FOREIGN),
    row("foreign_figure_count", 0, base=LED),
    row("translation_figure_count", 2, base=FOREIGN),
    row("translation_figure_count", 0, base=LED),
    row("translation_figure_count", 3, files={"description.txt": FIGURE_3}, base=FOREIGN, id="figure 3 added"),
    row("foreign_figures_compared", True, base=FOREIGN),
    row("foreign_figures_compared", False, base=LED),
    row("translation_additions.mark", "", base=FOREIGN),
    row("translation_additions.mark", "SiO2, 8 mm", files={"claims.txt": ADDED}, base=FOREIGN, id="SiO2 and 8 mm"),
    row("translation_additions.mark_kind", "formula, value", files={"claims.txt": ADDED}, base=FOREIGN, id="kinds"),
    row("translation_additions.mark@pointer", "/claims@3:10", files={"claims.txt": ADDED}, base=FOREIGN, id="where"),
    row(
        "translation_additions.mark@pointer",
        "/claims/0/text",
        ESD,
        base=FOREIGN,
        id="inline claim",
    ),
    row("translation_omissions.mark", "", base=FOREIGN),
    row("translation_omissions.mark", "Al2O3", files={"claims.txt": OMITTED}, base=FOREIGN, id="Al2O3 left out"),
    row("translation_omissions.section", "claims", files={"claims.txt": OMITTED}, base=FOREIGN, id="section"),
    row(
        "translation_omissions.mark@pointer",
        "/foreign_text/claims@2:26",
        files={"claims.txt": OMITTED},
        base=FOREIGN,
        id="at",
    ),
    row("translation_additions.mark_kind", "term", ESD, base=FOREIGN, id="an acronym"),
    row(
        "translation_additions.section", "claims, claims", files={"claims.txt": ADDED}, base=FOREIGN, id="in the claims"
    ),
    row(
        "translation_additions.section",
        "description",
        files={"description.txt": ROUGH},
        base=FOREIGN,
        id="in the description",
    ),
    row(
        "translation_omissions.mark",
        "150 °C, 30 minutes",
        files={"description.txt": NO_CURING},
        base=FOREIGN,
        id="curing",
    ),
    row("translation_omissions.mark_kind", "formula", files={"claims.txt": OMITTED}, base=FOREIGN, id="a formula"),
    row(
        "translation_omissions.mark_kind",
        "value, value",
        files={"description.txt": NO_CURING},
        base=FOREIGN,
        id="values",
    ),
    row(
        "translation_omissions.section",
        "description, description",
        files={"description.txt": NO_CURING},
        base=FOREIGN,
        id="description",
    ),
    row(
        "translation_omissions.mark@pointer",
        "/foreign_text/description@19:297",
        files={"description.txt": NO_CURING},
        base=FOREIGN,
        id="at the foreign line",
    ),
]
