"""The structure of the description, abstract and drawings (Enforcement Rules arts. 17,
21, 50-54; Patent Act arts. 24, 124): which items are there and in what order, paragraph
numbers, figures and reference signs, the abstract's length and wording, design views,
and the declared or claimed subject matter. The analysis is in
``checker/language/description_analysis.py``; these facts only name its results.

Location facts hold a JSON pointer; for a description read from a file it is
``/description@LINE:1`` (the line of the section heading), for inline sections
``/description/sections/<key>``.
"""

from __future__ import annotations

from checker.language import description_analysis as da
from checker.language.texts import Claim, Section
from checker.core.listing import shown_list
from checker.packs.patent.facts.registry import REGISTRY, FactContext, blank, fact

# The office headings, for messages (the keys are format 1's `sections` keys).
HEADINGS = {
    "title": "發明名稱",
    "technical_field": "技術領域",
    "prior_art": "先前技術",
    "summary": "發明內容",
    "drawings_description": "圖式簡單說明",
    "embodiments": "實施方式",
    "reference_signs": "符號說明",
    "article_use": "物品用途",
    "design_description": "設計說明",
}
DESIGN_TITLE_HEADING = "設計名稱"


def _heading(ctx: FactContext, key: str) -> str:
    if key == "title" and ctx.data.get("patent_type") in ("design", "derivative_design"):
        return DESIGN_TITLE_HEADING
    if key == "title" and ctx.data.get("patent_type") == "utility_model":
        return "新型名稱"
    if key == "summary" and ctx.data.get("patent_type") == "utility_model":
        return "新型內容"
    return HEADINGS.get(key, key)


def _from_file(ctx: FactContext) -> bool:
    return "/description" in ctx.bundle.texts


def _section_pointer(ctx: FactContext, section: Section | None) -> str:
    if section is None:
        return ""
    if _from_file(ctx):
        return f"/description@{section.line}:1"
    return f"/description/sections/{section.key}"


def _line_pointer(ctx: FactContext, line: int) -> str:
    return f"/description@{line}:1" if _from_file(ctx) else "/description"


def _text_of(ctx: FactContext, key: str) -> str:
    found = da.section(ctx.sections, key)
    return found.text if found else ""


def _join(items: list[str]) -> str:
    return shown_list(items)


# --- description items and order (ER 17(1)-(2), 50) ----------------------------------


@fact("description_missing_sections", "str")
def description_missing_sections(ctx: FactContext) -> str:
    """The headings of the description items every invention or utility model description
    has under ER 17(1) (名稱, 技術領域, 先前技術, 發明/新型內容, 實施方式) that are missing or
    empty, joined by ", "; "" when all are there."""
    return _join([_heading(ctx, k) for k in da.missing_sections(ctx.sections, da.INVENTION_ALWAYS)])


@fact("description_missing_drawing_sections", "str")
def description_missing_drawing_sections(ctx: FactContext) -> str:
    """Which of 圖式簡單說明 and 符號說明 (the items ER 17(1) asks for when there are
    drawings) are missing or empty, joined by ", "; "" when both are there."""
    return _join([_heading(ctx, k) for k in da.missing_sections(ctx.sections, da.INVENTION_WITH_DRAWINGS)])


@fact("description_missing_pointer", "str")
def description_missing_pointer(ctx: FactContext) -> str:
    """Where a missing item is reported: the first line of the description file, or its
    `sections`; "" for a description given otherwise."""
    if _from_file(ctx):
        return "/description@1:1"
    return "/description/sections" if ctx.sections else ""


@fact("description_out_of_order_section", "str")
def description_out_of_order_section(ctx: FactContext) -> str:
    """The heading of the first description item that comes after an item it should
    precede in the order of ER 17(1) (inventions, utility models) or ER 50(1) (designs);
    "" when the items are in that order."""
    found = da.first_out_of_order(ctx.sections, _order(ctx))
    return _heading(ctx, found.key) if found else ""


@fact("description_out_of_order_pointer", "str")
def description_out_of_order_pointer(ctx: FactContext) -> str:
    """Pointer to the heading of the first item out of order; "" when none is."""
    return _section_pointer(ctx, da.first_out_of_order(ctx.sections, _order(ctx)))


def _order(ctx: FactContext) -> tuple[str, ...]:
    if ctx.data.get("patent_type") in ("design", "derivative_design"):
        return da.DESIGN_ORDER
    return da.INVENTION_ORDER


@fact("description_has_title_section", "bool")
def description_has_title_section(ctx: FactContext) -> bool:
    """The description has a title item (發明名稱, 新型名稱, 設計名稱) with text."""
    return not blank(_text_of(ctx, "title"))


# --- title (ER 17(4), 51(1)) ---------------------------------------------------------


def _title(ctx: FactContext) -> str:
    return _text_of(ctx, "title").strip() or str(ctx.data.get("title") or "").strip()


@fact("title_character_count", "int")
def title_character_count(ctx: FactContext) -> int:
    """Characters in the title (the description's title item, else `title`), whitespace
    not counted."""
    return sum(1 for ch in _title(ctx) if not ch.isspace())


@fact("title_unrelated_words", "str")
def title_unrelated_words(ctx: FactContext) -> str:
    """Words in the title that say nothing about the subject (最新, 新穎, 專利, best, novel…),
    joined by ", "; "" when there are none."""
    return _join(da.title_unrelated_words(_title(ctx)))


@fact("title_pointer", "str")
def title_pointer(ctx: FactContext) -> str:
    """Pointer to the description's title item, else to `title`."""
    found = da.section(ctx.sections, "title")
    return _section_pointer(ctx, found) if found else "/title"


@fact("design_title_names_article", "bool")
def design_title_names_article(ctx: FactContext) -> bool:
    """The design title contains the name of the designated article (`article.name`),
    compared without spaces; false when either is missing."""
    article = str((ctx.data.get("article") or {}).get("name") or "").replace(" ", "").lower()
    return bool(article) and article in _title(ctx).replace(" ", "").lower()


# --- paragraph numbers (ER 17(3)) ----------------------------------------------------


@fact("paragraph_number_count", "int")
def paragraph_number_count(ctx: FactContext) -> int:
    """How many paragraph numbers (【0001】…) the description has."""
    return da.paragraph_number_count(ctx.description_text)


@REGISTRY.item_kind(
    "irregular_paragraph_numbers",
    {"label": "str", "problem": "str"},
    labels={"zh-TW": "段落編號", "en": "paragraph number"},
)
def irregular_paragraph_number_items(ctx: FactContext) -> list[dict]:
    """Each paragraph number that is not four digits, does not start at 【0001】 or breaks the
    sequence, at its line of the description file (`/description@LINE:1`; `/description`
    for inline sections): its ``label`` as written and the ``problem``: `digits`, `start`
    or `sequence`. No item when the numbers are regular (or there are none)."""
    return [
        {"pointer": _line_pointer(ctx, p.line), "label": p.label, "problem": p.reason}
        for p in da.paragraph_number_problems(ctx.description_text)
    ]


# --- figures and drawings --------------------------------------------------------------


def _drawings(ctx: FactContext) -> list[dict]:
    return [d for d in ctx.data.get("drawings") or [] if isinstance(d, dict)]


def _drawn_labels(ctx: FactContext) -> list[str]:
    return [da.figure_label(d.get("figure", "")) for d in _drawings(ctx)]


def _described_labels(ctx: FactContext) -> list[str]:
    return da.figures_mentioned(_text_of(ctx, "drawings_description"))


@fact("has_drawings_description", "bool")
def has_drawings_description(ctx: FactContext) -> bool:
    """The description has a 圖式簡單說明 item with text."""
    return not blank(_text_of(ctx, "drawings_description"))


@fact("figures_described_not_drawn", "str")
def figures_described_not_drawn(ctx: FactContext) -> str:
    """Figures named in 圖式簡單說明 (圖1, 第2圖, FIG. 3) that are not among `drawings`,
    joined by ", "; "" when every one is."""
    drawn = set(_drawn_labels(ctx))
    return _join([label for label in _described_labels(ctx) if label not in drawn])


@REGISTRY.item_kind(
    "drawings", {"figure": "str", "described": "bool", "view_given": "bool"}, labels={"zh-TW": "圖式", "en": "drawing"}
)
def drawing_items(ctx: FactContext) -> list[dict]:
    """Every entry of `drawings`, at `/drawings/<i>`: its ``figure`` label (圖1, 第一圖, FIG. 1
    and 圖１ are "1"); ``described``: 圖式簡單說明 names it (false when there is no such item
    to name it); ``view_given``: its `view` is stated."""
    described = set(_described_labels(ctx)) if not blank(_text_of(ctx, "drawings_description")) else set()
    return [
        {
            "pointer": f"/drawings/{index}",
            "figure": da.figure_label(drawing.get("figure", "")),
            "described": da.figure_label(drawing.get("figure", "")) in described,
            "view_given": not blank(drawing.get("view")),
        }
        for index, drawing in enumerate(ctx.data.get("drawings") or [])
        if isinstance(drawing, dict)
    ]


@fact("embodiment_figures_not_drawn", "str")
def embodiment_figures_not_drawn(ctx: FactContext) -> str:
    """Figures 實施方式 refers to (請參閱圖12(A), 如第3圖所示, FIG. 4) that are not among
    `drawings`, joined by ", "; "" when every one is, or when the bundle lists no drawings."""
    drawn = set(_drawn_labels(ctx))
    if not drawn:
        return ""
    return _join([label for label in da.figures_mentioned(_text_of(ctx, "embodiments")) if label not in drawn])


@fact("embodiments_pointer", "str")
def embodiments_pointer(ctx: FactContext) -> str:
    """Pointer to the 實施方式 item; "" when there is none."""
    return _section_pointer(ctx, da.section(ctx.sections, "embodiments"))


@fact("drawings_description_pointer", "str")
def drawings_description_pointer(ctx: FactContext) -> str:
    """Pointer to the 圖式簡單說明 item; "" when there is none."""
    return _section_pointer(ctx, da.section(ctx.sections, "drawings_description"))


# --- reference signs (符號說明) -----------------------------------------------------------


@fact("has_reference_signs_section", "bool")
def has_reference_signs_section(ctx: FactContext) -> bool:
    """The description has a 符號說明 item with text."""
    return not blank(_text_of(ctx, "reference_signs"))


@fact("reference_signs_not_listed", "str")
def reference_signs_not_listed(ctx: FactContext) -> str:
    """Reference signs that 實施方式 uses after a name (基板10, substrate 10) but 符號說明
    does not list, joined by ", ". A heuristic: numbers with units, figure, claim and
    paragraph numbers are not taken as signs."""
    listed = set(da.listed_signs(_text_of(ctx, "reference_signs")))
    return _join([s for s in da.used_signs(_text_of(ctx, "embodiments")) if s not in listed])


@fact("reference_signs_not_used", "str")
def reference_signs_not_used(ctx: FactContext) -> str:
    """Reference signs listed in 符號說明 that 實施方式 never mentions, joined by ", "."""
    return _join(da.unused_signs(da.listed_signs(_text_of(ctx, "reference_signs")), _text_of(ctx, "embodiments")))


@fact("reference_signs_pointer", "str")
def reference_signs_pointer(ctx: FactContext) -> str:
    """Pointer to the 符號說明 item; "" when there is none."""
    return _section_pointer(ctx, da.section(ctx.sections, "reference_signs"))


def _listed(ctx: FactContext) -> set[str]:
    return set(da.listed_signs(_text_of(ctx, "reference_signs")))


def claims_with_unlisted_signs(ctx: FactContext) -> list[tuple[int, Claim, list[str]]]:
    listed = _listed(ctx)
    found = []
    for index, claim in enumerate(ctx.claims):
        unlisted = [s for s in da.parenthesised_signs(claim.text) if s not in listed]
        if unlisted:
            found.append((index, claim, unlisted))
    return found


@fact("abstract_signs_not_listed", "str")
def abstract_signs_not_listed(ctx: FactContext) -> str:
    """Reference signs the abstract gives in parentheses that 符號說明 does not list,
    joined by ", "; "" when every one is listed."""
    listed = _listed(ctx)
    return _join([s for s in da.parenthesised_signs(_abstract(ctx)) if s not in listed])


# --- the description refers to claims --------------------------------------------------


@fact("description_claim_reference_count", "int")
def description_claim_reference_count(ctx: FactContext) -> int:
    """Lines of the description that refer to a claim by number (如請求項1所述,
    申請專利範圍第2項, as claimed in claim 1)."""
    return len(da.claim_reference_lines(ctx.description_text))


@fact("description_claim_reference_pointer", "str")
def description_claim_reference_pointer(ctx: FactContext) -> str:
    """Pointer to the first line of the description that refers to a claim; "" if none."""
    lines = da.claim_reference_lines(ctx.description_text)
    if not lines:
        return ""
    if _from_file(ctx):
        return f"/description@{lines[0]}:1"
    # Inline sections: the section holding the reference.
    for section in ctx.sections:
        if da.claim_reference_lines(section.text):
            return f"/description/sections/{section.key}"
    return "/description"


# --- abstract (ER 21) -------------------------------------------------------------------


def _abstract(ctx: FactContext) -> str:
    return ctx.bundle.abstract_text() or ""


@fact("abstract_character_count", "int")
def abstract_character_count(ctx: FactContext) -> int:
    """Characters in the abstract, counted as 字: every character except whitespace and
    line breaks (including the full-width space); punctuation, full-width or not, Latin
    letters and digits count one each."""
    return da.abstract_character_count(_abstract(ctx))


@fact("abstract_promotional_words", "str")
def abstract_promotional_words(ctx: FactContext) -> str:
    """Commercial or promotional words in the abstract (最佳, 業界第一, 領先, 革命性, best,
    revolutionary…), joined by ", "; "" when there are none. 第一 as an ordinal (第一基板)
    and 最佳化 (optimisation) are not promotional."""
    return _join(da.promotional_words(_abstract(ctx)))


@fact("abstract_pointer", "str")
def abstract_pointer(ctx: FactContext) -> str:
    """Pointer to the abstract's text (`/abstract/text`), or to its `{file: …}`."""
    abstract = ctx.data.get("abstract")
    if isinstance(abstract, dict) and "text" in abstract:
        return "/abstract/text"
    return "/abstract"


@fact("representative_figure", "str")
def representative_figure(ctx: FactContext) -> str:
    """The figure designated as representative (`abstract.representative_figure`), in
    one spelling (１ → 1, 圖2 → 2); "" when none is designated."""
    abstract = ctx.data.get("abstract")
    value = abstract.get("representative_figure") if isinstance(abstract, dict) else None
    return "" if blank(value) else da.figure_label(value)


@fact("representative_figure_drawn", "bool")
def representative_figure_drawn(ctx: FactContext) -> bool:
    """The designated representative figure is among `drawings`."""
    label = representative_figure(ctx)
    return bool(label) and label in _drawn_labels(ctx)


# --- design views (ER 53, 54) and 設計說明 (ER 51) --------------------------------------------


def _views(ctx: FactContext) -> list[str]:
    return [str(d.get("view") or "").strip().lower() for d in _drawings(ctx)]


@fact("has_perspective_view", "bool")
def has_perspective_view(ctx: FactContext) -> bool:
    """A drawing's `view` is `perspective` (立體圖)."""
    return "perspective" in _views(ctx)


@fact("design_missing_views", "str")
def design_missing_views(ctx: FactContext) -> str:
    """Which of the six views (front, back, left, right, top, bottom) no drawing shows,
    joined by ", "; "" when all six are there."""
    views = set(_views(ctx))
    return _join([v for v in da.SIX_VIEWS if v not in views])


@fact("representative_view_count", "int")
def representative_view_count(ctx: FactContext) -> int:
    """How many drawings are marked `representative: true` (the design's representative
    view)."""
    return sum(1 for d in _drawings(ctx) if d.get("representative") is True)


@fact("representative_views", "str")
def representative_views(ctx: FactContext) -> str:
    """The figures marked `representative: true`, joined by ", "; "" when none is."""
    return _join([da.figure_label(d.get("figure", "")) for d in _drawings(ctx) if d.get("representative") is True])


@fact("design_description_states_omitted_views", "bool")
def design_description_states_omitted_views(ctx: FactContext) -> bool:
    """設計說明 says views are omitted as identical or symmetrical (相同, 對稱, 省略,
    identical, symmetrical, omitted)."""
    return da.states_omitted_views(_text_of(ctx, "design_description"))


@fact("design_description_states_disclaimer", "bool")
def design_description_states_disclaimer(ctx: FactContext) -> bool:
    """設計說明 explains disclaimed parts shown in the drawings (虛線, 不主張設計之部分,
    broken lines)."""
    return da.states_disclaimer(_text_of(ctx, "design_description"))


@fact("design_description_states_change_order", "bool")
def design_description_states_change_order(ctx: FactContext) -> bool:
    """設計說明 explains the order in which a changing image changes (順序, 依序, 變化,
    sequence, order of)."""
    return da.states_change_order(_text_of(ctx, "design_description"))


@fact("design_description_pointer", "str")
def design_description_pointer(ctx: FactContext) -> str:
    """Pointer to the 設計說明 item, else to the description; "" without a description."""
    found = da.section(ctx.sections, "design_description")
    if found:
        return _section_pointer(ctx, found)
    return "/description" if ctx.data.get("description") else ""


# --- subject matter (Patent Act arts. 24, 124) ----------------------------------------------


def _declared(ctx: FactContext, *tags: str) -> list[str]:
    declared = ctx.data.get("subject_matter") or []
    return [tag for tag in tags if tag in declared]


@fact("declared_medical_methods", "str")
def declared_medical_methods(ctx: FactContext) -> str:
    """Which of `diagnostic_method`, `therapeutic_method`, `surgical_method`
    `subject_matter` declares, joined by ", "; "" when none."""
    return _join(_declared(ctx, "diagnostic_method", "therapeutic_method", "surgical_method"))


@fact("declares_microbiological_process", "bool")
def declares_microbiological_process(ctx: FactContext) -> bool:
    """`subject_matter` declares a microbiological process."""
    return bool(_declared(ctx, "microbiological_process"))


@fact("declares_contrary_to_public_order", "bool")
def declares_contrary_to_public_order(ctx: FactContext) -> bool:
    """`subject_matter` declares the subject contrary to public order or morality."""
    return bool(_declared(ctx, "contrary_to_public_order"))


@REGISTRY.item_kind(
    "declared_subject_matter",
    {"value": "str"},
    labels={"zh-TW": "宣告之標的", "en": "declared subject matter"},
)
def declared_subject_matter_items(ctx: FactContext) -> list[dict]:
    """Every value `subject_matter` declares (diagnostic_method, plant, pure_art…), at
    `/subject_matter/<i>`: its ``value``, worded for messages by the pack's
    `subject_matter` values (the schema keeps them distinct)."""
    declared = ctx.data.get("subject_matter")
    items: list[dict] = []
    for index, value in enumerate(declared if isinstance(declared, list) else []):
        if isinstance(value, str) and value:
            items.append({"pointer": f"/subject_matter/{index}", "value": value})
    return items


@fact("declares_partial_design", "bool")
def declares_partial_design(ctx: FactContext) -> bool:
    """`subject_matter` declares a partial design."""
    return bool(_declared(ctx, "partial_design"))


@fact("declares_gui", "bool")
def declares_gui(ctx: FactContext) -> bool:
    """`subject_matter` declares a computer-generated icon or graphical user interface."""
    return bool(_declared(ctx, "gui"))
