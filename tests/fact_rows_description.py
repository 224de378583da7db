"""Fact rows: description structure, figures, reference signs, abstract, design views and
declared or claimed subject matter (checker/packs/patent/facts/description_structure.py)."""

from __future__ import annotations

from pathlib import Path

from bundle_patch import Replace
from fact_table import CHAIR, CLIP, DERIV, inline_claims, row

DATA = Path(__file__).resolve().parent / "data" / "descriptions"
ZH_CLEAN = (DATA / "zh_clean.txt").read_text(encoding="utf-8")
ZH_DEFECTS = (DATA / "zh_defects.txt").read_text(encoding="utf-8")
EN_CLEAN = (DATA / "en_clean.txt").read_text(encoding="utf-8")

# ZH_CLEAN and ZH_DEFECTS describe figures 1, 2, 3A, 3B / 1, 3.
BOTTLE_DRAWINGS = {
    "drawings": [{"figure": f} for f in ("1", "2", "3A", "3B")],
    "abstract": {"representative_figure": "2"},
}
LIGHT_DRAWINGS = {"drawings": [{"figure": "1"}, {"figure": "2"}]}
DEFECTS = {"files": {"description.txt": ZH_DEFECTS}}
CLEAN = {"files": {"description.txt": ZH_CLEAN}}


def _sections(**changes) -> dict:
    return {"description": {"sections": changes}}


ROWS = [
    # --- items and order
    row(
        "description_sections.name",
        "title, technical_field, prior_art, summary, drawings_description, embodiments, reference_signs",
        id="LED: all items, in order",
    ),
    row(
        "description_sections.name",
        "title, article_use, design_description",
        base=CHAIR,
        id="design: its three items",
    ),
    row(
        "description_sections.heading",
        "新型名稱, 技術領域, 先前技術, 新型內容, 圖式簡單說明, 實施方式, 符號說明",
        base=CLIP,
    ),
    row(
        "description_sections.heading",
        "發明名稱, 技術領域, 發明內容, 先前技術, 實施方式, 圖式簡單說明, 符號說明",
        **DEFECTS,
        id="file order",
    ),
    row("description_sections.required", "always, always, always, always, with_drawings, always, with_drawings"),
    row("description_sections.required", "", base=CHAIR, id="designs: ER 17 does not apply"),
    row("description_sections.present", "True, True, True, True, True, True, True", id="LED"),
    row(
        "description_sections.present",
        "True, True, True, True, True",
        _sections(technical_field=None, prior_art=" "),
        base=CLIP,
        id="inline: no field, blank prior art",
    ),
    row(
        "description_sections.name@pointer",
        "/description",
        files={"description.txt": "燈。\n"},
        id="no heading: every item missing, at the description",
    ),
    row("description_sections.in_order", "True, True, True, True, True, True, True", id="LED in order"),
    row(
        "description_sections.in_order",
        "True, True, True, True, True",
        **DEFECTS,
        id="prior art and drawings misplaced: both",
    ),
    row(
        "description_sections.in_order",
        "True",
        {"description": Replace({"file": "description.txt"})},
        base=CHAIR,
        files={"description.txt": "【設計說明】\n虛線不主張。\n【物品用途】\n供坐。\n【設計名稱】\n椅子\n"},
        id="design: use and title after design description",
    ),
    row("description_sections.heading@pointer", "/description@1:1", id="LED: the title heading"),
    row("description_sections.heading@pointer", "/description/sections/title", base=CLIP, id="inline"),
    row("description_has_title_section", True, base=CHAIR),
    row("description_has_title_section", False, _sections(title=None), base=CHAIR, id="design without title"),
    # --- title
    row("title_length", 13, id="LED title"),
    row("title_length", 37, **DEFECTS, id="long title"),
    row("title_length", 5, _sections(title=None), base=CLIP, id="falls back to `title`"),
    row("title_length", 0, {"title": None, **_sections(title=None)}, base=CLIP, id="no title"),
    row(
        "title_length",
        14,
        {"title": "AIML positioning receiver for flexible carrier aggregation", **_sections(title=None)},
        base=CLIP,
        id="English: 7 words of 52 letters (issue 13)",
    ),
    row("title.length", "13", id="LED title"),
    row("title.length", "", {"title": None, **_sections(title=None)}, base=CLIP, id="no title: no item"),
    row("title.unrelated_words", "", id="LED"),
    row("title.unrelated_words", "專利, 最新, 革命性", **DEFECTS, id="praise in the title"),
    row(
        "title.unrelated_words",
        "XR-200, ®",
        files={"description.txt": "【發明名稱】\nXR-200型Acme®吹風機\n"},
        id="a model number and a trademark sign (issue 13)",
    ),
    row(
        "title.unrelated_words",
        "Novel",
        {"language": "en"},
        files={"description.txt": EN_CLEAN.replace("Thermally conductive", "Novel thermally conductive")},
        id="English",
    ),
    row("title.length@pointer", "/description@1:1", id="file title"),
    row(
        "title.length@pointer",
        "/title",
        {"description": {"sections": {"title": None}}},
        base=CHAIR,
        id="no title item: the request's",
    ),
    row("title.names_article", "True", base=CHAIR),
    row("title.names_article", "", _sections(title="座具"), base=CHAIR, id="other word"),
    row(
        "title.names_article",
        "True",
        {"article": {"name": "Chair"}, "description": {"sections": {"title": "Folding chair"}}},
        base=DERIV,
        id="case and spaces ignored",
    ),
    # --- paragraph numbers
    row("paragraph_number_count", 9, id="LED"),
    row("paragraph_number_count", 0, base=CLIP, id="none inline"),
    row("irregular_paragraph_numbers.label", "", id="LED consecutive"),
    row("irregular_paragraph_numbers.label", "【0004】, 【005】", **DEFECTS, id="gap and three digits"),
    row("irregular_paragraph_numbers.problem", "", id="LED consecutive"),
    row("irregular_paragraph_numbers.problem", "sequence, digits", **DEFECTS, id="gap and three digits"),
    row(
        "irregular_paragraph_numbers.label",
        "【0002】",
        files={"description.txt": "【發明名稱】\n燈\n【技術領域】\n【0002】燈。\n"},
        id="does not start at 0001",
    ),
    row("irregular_paragraph_numbers.label@pointer", "", id="LED none"),
    row("irregular_paragraph_numbers.label@pointer", "/description@11:1", **DEFECTS, id="first problem line"),
    # --- figures
    row("has_drawings_description", True),
    row("has_drawings_description", False, _sections(drawings_description=""), base=CLIP, id="blank"),
    row("figure_references.figure", "1, 2, 1, 2", id="LED: described, then referred to"),
    row(
        "figure_references.figure",
        "12A, 3, 1",
        files={"description.txt": ("【發明名稱】\n燈\n【實施方式】\n請參閱圖12(A)，如第3圖所示，並參閱圖1。\n")},
        id="圖12(A), 第3圖, 圖1",
    ),
    row(
        "figure_references.part",
        "drawings_description, drawings_description, embodiments, embodiments",
        id="LED",
    ),
    row("figure_references.part", "", base=CHAIR, id="design: neither item"),
    row("figure_references.drawn", "True, True, True, True", id="LED: all drawn"),
    row("figure_references.drawn", "True, True", {"drawings": [{"figure": "1"}]}, **DEFECTS, id="figure 3 not drawn"),
    row(
        "figure_references.drawn",
        "True, True, True, True, True, True, True, True",
        BOTTLE_DRAWINGS,
        **CLEAN,
        id="3A and 3B drawn",
    ),
    row(
        "figure_references.drawn",
        "True, True",
        {"drawings": [{"figure": "１"}], **_sections(drawings_description="第一圖為立體圖；第二圖為側視圖。")},
        base=CLIP,
        id="第二圖 and a full-width １",
    ),
    row("figure_references.figure@pointer", "/description@15:1", id="LED: its line"),
    row(
        "figure_references.figure@pointer",
        "/description/sections/drawings_description",
        base=CLIP,
        id="inline",
    ),
    row("drawings.figure", "1, 2", id="LED"),
    row("drawings.figure", "1", {"drawings": [{"figure": "圖１"}]}, id="a full-width label"),
    row("drawings.described", "True, True", id="LED all described"),
    row("drawings.described", "True", LIGHT_DRAWINGS, **DEFECTS, id="figure 2 never named"),
    row(
        "drawings.described",
        "",
        {"drawings": [{"figure": "1"}, {"figure": "9"}]},
        files={"description.txt": "【發明名稱】\n燈\n"},
        id="no 圖式簡單說明 names any",
    ),
    row("drawings.described@pointer", "/drawings/0", id="LED"),
    # --- reference signs
    row("has_reference_signs_section", True),
    row("has_reference_signs_section", False, base=CHAIR, id="design"),
    row("embodiment_signs.sign", "1, 10, 20, 30, 40, 41", id="LED"),
    row("embodiment_signs.sign", "", base=CHAIR, id="design: no embodiments"),
    row("embodiment_signs.listed", "True, True, True, True, True, True", id="LED: every sign listed"),
    row("embodiment_signs.listed", "True, True, True", **DEFECTS, id="燈具50 not listed"),
    row(
        "embodiment_signs.sign",
        "R1, R2, 10, 90",
        files={
            "description.txt": (
                "【發明名稱】\n電源\n【實施方式】\n電路包含電阻R1及電阻R2，框架(90)固定於基板10上；步驟(1)完成。\n"
                "【符號說明】\n10：基板\nR1：電阻\n"
            )
        },
        id="電阻R2 and 框架(90) are signs, 步驟(1) is not (issue 13)",
    ),
    row(
        "embodiment_signs.listed",
        "True, True, True, True, True, True",
        {"language": "en"},
        files={"description.txt": EN_CLEAN},
        id="English clean, 5 mm is no sign",
    ),
    row("embodiment_signs.sign@pointer", "/description@19:1", id="LED: the line of its first use"),
    row("embodiment_signs.sign@pointer", "/description/sections/embodiments", base=CLIP, id="inline"),
    row("listed_signs.used", "True, True, True, True, True, True, True, True, True, True, True", **CLEAN, id="clean"),
    row("listed_signs.used", "True, True, True", **DEFECTS, id="電源60 never used"),
    row("listed_signs.sign", "1, 10, 20, 30, 40, 41", id="LED"),
    row("listed_signs.sign", "1, 10, 11, 20, 21", base=CLIP, id="inline"),
    row(
        "listed_signs.used",
        "True, True, True, True, True",
        {"language": "en"},
        files={"description.txt": EN_CLEAN.replace("and an encapsulant 30 covering the LED chip 20", "")},
        id="English: 30 listed, never used",
    ),
    row("listed_signs.sign@pointer", "/description@24:1", id="LED: its line"),
    row("listed_signs.sign@pointer", "/description/sections/reference_signs", base=CLIP, id="inline"),
    row("claims.unlisted_signs", "", id="LED claims file"),
    row(
        "claims.unlisted_signs",
        "30, 31",
        {
            "claims": inline_claims(
                "一種線材收納夾，包含一夾體（10）。", "如請求項1所述之線材收納夾，另含磁鐵（30、31）。"
            )
        },
        base=CLIP,
        id="inline",
    ),
    row("claims.unlisted_signs@pointer", ""),
    row(
        "claims.unlisted_signs@pointer",
        "/claims@1:1",
        files={"claims.txt": "【第1項】\n一種發光二極體封裝，包含一反射杯（50）。\n"},
        id="claims file",
    ),
    row("abstract_signs.sign", ""),
    row("abstract_signs.sign", "10, 50", {"abstract": {"text": "一種封裝，含基板(10)及反射杯(50)。"}}, id="10, 50"),
    row(
        "abstract_signs.listed",
        "True",
        {"abstract": {"text": "一種封裝，含基板(10)及反射杯(50)。"}},
        id="50 not listed",
    ),
    row("abstract_signs.listed", "", base=CHAIR, id="design: no abstract"),
    row(
        "abstract_signs.sign@pointer",
        "/abstract@2:1",
        {"abstract": {"text": None, "file": "abstract.txt"}},
        files={"abstract.txt": "一種封裝。\n含反射杯(50)。\n"},
        id="abstract file: the line",
    ),
    # --- claims referred to in the description
    row("claim_references.reference", "", id="LED"),
    row("claim_references.reference", "如請求項1", **DEFECTS, id="如請求項1所述"),
    row("claim_references.reference@pointer", "/description@8:1", **DEFECTS, id="file line"),
    row(
        "claim_references.reference@pointer",
        "/description/sections/summary",
        _sections(summary="本新型之結構如申請專利範圍第1項所述。"),
        base=CLIP,
        id="inline section",
    ),
    # --- abstract
    row("abstract_character_count", 88, id="LED"),
    row("abstract_character_count", 8, {"abstract": {"text": "一種 燈，\n含　燈泡。"}}, id="whitespace not counted"),
    row("abstract_character_count", 0, base=CHAIR, id="design: no abstract"),
    row("abstract.characters", "88", id="LED"),
    row("abstract.characters", "", base=CHAIR, id="design: no abstract, no item"),
    row("abstract.characters@pointer", "/abstract/text"),
    row(
        "abstract.characters@pointer",
        "/abstract@1:1",
        {"abstract": {"text": None, "file": "abstract.txt"}},
        files={"abstract.txt": "一種燈。"},
        id="abstract file: its first line",
    ),
    row("abstract_promotional_words.word", ""),
    row(
        "abstract_promotional_words.word",
        "業界第一, 革命性",
        {"abstract": {"text": "第一基板上之業界第一革命性結構，經最佳化設計。"}},
        id="ordinal 第一 and 最佳化 are not promotional",
    ),
    row("abstract_promotional_words.word", "best", {"abstract": {"text": "The best LED package."}}, id="English"),
    row(
        "abstract_promotional_words.word@pointer",
        "/abstract@2:1",
        {"abstract": {"text": None, "file": "abstract.txt"}},
        files={"abstract.txt": "一種燈。\n業界第一之燈。\n"},
        id="abstract file: the line",
    ),
    row("representative_figure", "1"),
    row("representative_figure", "", {"abstract": {"representative_figure": None}}, id="none"),
    row("representative_figure", "2", {"abstract": {"representative_figure": "圖２"}}, id="圖２ spelled"),
    row("representative_figure_drawn", True),
    row("representative_figure_drawn", False, {"abstract": {"representative_figure": "5"}}, id="figure 5"),
    row("representative_figure_drawn", False, {"abstract": {"representative_figure": None}}, id="none designated"),
    # --- design views
    row("has_perspective_view", True, base=CHAIR),
    row("has_perspective_view", False, {"drawings": [{"figure": "1", "view": "front"}]}, base=CHAIR, id="front only"),
    row("design_views.view", "front, back, left, right, top, bottom", base=CHAIR),
    row("design_views.drawn", "True, True, True, True, True, True", base=CHAIR, id="all six"),
    row(
        "design_views.drawn",
        "True, True, True, True",
        {
            "drawings": [
                {"figure": str(i), "view": v}
                for i, v in enumerate(["perspective", "front", "right", "top", "bottom"], 1)
            ]
        },
        base=CHAIR,
        id="back and left omitted",
    ),
    row("design_views.view", "", {"drawings": None}, base=CHAIR, id="no drawings: no views to judge"),
    row("design_views.view@pointer", "/drawings", base=CHAIR),
    row("drawings.view_given", "", id="LED figures have no view"),
    row(
        "drawings.view_given",
        "True",
        {"drawings": [{"figure": "1", "view": "perspective"}, {"figure": "2"}]},
        base=CHAIR,
        id="the first of two",
    ),
    row(
        "drawings.view_given@pointer",
        "/drawings/0",
        {"drawings": [{"figure": "1", "view": "perspective"}, {"figure": "2"}]},
        base=CHAIR,
        id="the first",
    ),
    row("representative_view_count", 1, base=CHAIR),
    row("representative_view_count", 0, id="LED marks none"),
    row(
        "representative_view_count",
        2,
        {
            "drawings": [
                {"figure": "1", "view": "perspective", "representative": True},
                {"figure": "2", "view": "front", "representative": True},
            ]
        },
        base=CHAIR,
        id="two marked",
    ),
    row("representative_views", "1", base=CHAIR),
    row(
        "representative_views",
        "",
        {"drawings": [{"figure": "1", "view": "perspective", "representative": False}]},
        base=CHAIR,
        id="false is not a designation",
    ),
    row("design_description_states_omitted_views", False, base=CHAIR),
    row(
        "design_description_states_omitted_views",
        True,
        _sections(design_description="左側視圖與右側視圖對稱，故省略之。"),
        base=CHAIR,
        id="symmetrical",
    ),
    row("design_description.states_disclaimer", "True", base=CHAIR),
    row("design_description.states_disclaimer", "", base=DERIV, id="derivative: no broken lines"),
    row("design_description.states_change_order", "", base=CHAIR),
    row(
        "design_description.states_change_order",
        "True",
        _sections(design_description="圖1至圖3依序為圖像之變化過程。"),
        base=CHAIR,
        id="order stated",
    ),
    row(
        "design_description.states_disclaimer@pointer",
        "/description/sections/design_description",
        base=CHAIR,
    ),
    # --- subject matter
    row("declared_medical_methods", ""),
    row(
        "declared_medical_methods",
        "diagnostic_method, surgical_method",
        {"subject_matter": ["surgical_method", "method", "diagnostic_method"]},
        id="two declared",
    ),
    row("declared_subject_matter.value", ""),
    row(
        "declared_subject_matter.value",
        "plant, microbiological_process",
        {"subject_matter": ["plant", "microbiological_process"]},
        id="two declared",
    ),
    row(
        "declared_subject_matter.value@pointer",
        "/subject_matter/0",
        {"subject_matter": ["pure_art", "ic_layout"]},
        base=CHAIR,
        id="the first entry",
    ),
    row("declares_microbiological_process", False),
    row("declares_microbiological_process", True, {"subject_matter": ["microbiological_process"]}, id="declared"),
    row("declares_contrary_to_public_order", False),
    row("declares_contrary_to_public_order", True, {"subject_matter": ["contrary_to_public_order"]}, id="declared"),
    row("declares_partial_design", False, base=CHAIR),
    row("declares_partial_design", True, {"subject_matter": ["partial_design"]}, base=CHAIR, id="declared"),
    row("declares_gui", False, base=CHAIR),
    row("declares_gui", True, {"subject_matter": ["gui"]}, base=CHAIR, id="declared"),
    row("claims.medical_method", ""),
    row(
        "claims.medical_method",
        "True, True",
        {
            "claims": inline_claims(
                "一種醫藥組合物，包含一活性成分。",
                "一種治療高血壓之方法，包含投予如請求項1所述之醫藥組合物。",
                "A method of treating hypertension, comprising administering the composition of claim 1.",
            )
        },
        id="Chinese and English treatment methods, not the composition",
    ),
    row(
        "claims.medical_method",
        "",
        {"claims": inline_claims("一種用於治療高血壓之醫藥組合物，包含一活性成分。")},
        id="a product for treatment is not a method",
    ),
    row("claims.medical_method@pointer", ""),
    row(
        "claims.medical_method@pointer",
        "/claims/1/text",
        {"claims": inline_claims("一種醫藥組合物。", "一種診斷癌症之方法，包含量測一標記。")},
        id="inline",
    ),
    row(
        "claims.medical_method@pointer",
        "/claims@4:1",
        files={"claims.txt": "【第1項】\n一種探針。\n\n【第2項】\n一種外科手術方法，包含切開皮膚。\n"},
        id="claims file line",
    ),
]
