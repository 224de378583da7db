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

from typing import Callable

from checker.language import description_analysis as da
from checker.language.sign_lists import listed_signs
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


def _located(ctx: FactContext, key: str, found_in: Callable[[str], list[str]]) -> list[tuple[str, str]]:
    """What ``found_in`` finds in the description item ``key`` (each once, in order), each
    with where it is first found: its line of the description file (`/description@LINE:1`),
    the heading's line when no single line holds it; the inline section
    (`/description/sections/<key>`)."""
    found = da.section(ctx.sections, key)
    if found is None:
        return []
    values = found_in(found.text)
    source = ctx.bundle.texts.get("/description")
    if source is None:
        return [(value, f"/description/sections/{key}") for value in values]
    lines = source.text.splitlines()
    later = [s.line for s in ctx.sections if s.line > found.line]
    end = min(later) - 1 if later else len(lines)
    first: dict[str, int] = {}
    for number in range(found.line, end + 1):
        line = lines[number - 1] if number <= len(lines) else ""
        if number == found.line:
            line = line.split("】", 1)[1] if "】" in line else ""
        for value in found_in(line):
            first.setdefault(value, number)
    return [(value, f"/description@{first.get(value, found.line)}:1") for value in values]


def _text_of(ctx: FactContext, key: str) -> str:
    found = da.section(ctx.sections, key)
    return found.text if found else ""


def _join(items: list[str]) -> str:
    return shown_list(items)


# --- description items and order (ER 17(1)-(2), 50) ----------------------------------


def _required(key: str) -> str:
    if key in da.INVENTION_ALWAYS:
        return "always"
    return "with_drawings" if key in da.INVENTION_WITH_DRAWINGS else ""


@REGISTRY.item_kind(
    "description_sections",
    {"name": "str", "heading": "str", "required": "str", "present": "bool", "in_order": "bool"},
    labels={"zh-TW": "說明書事項", "en": "description item"},
)
def description_section_items(ctx: FactContext) -> list[dict]:
    """The items of the description in the order the rules prescribe (ER 17(1) for inventions
    and utility models, ER 50 for designs): one per heading of such an item, at its line
    (`/description@LINE:1`; `/description/sections/<key>` inline), in file order, then one
    per prescribed item that has no heading at all, at `/description`. ``name``: the item
    (`technical_field`, `summary`…); ``heading``: its office heading (技術領域, 新型內容 for a
    utility model's summary); ``required``: `always` (every invention or utility model
    description), `with_drawings` (圖式簡單說明, 符號說明) or "" (designs' items);
    ``present``: the item has text; ``in_order``: false for a heading that comes after an
    item it should precede (every such heading, not only the first)."""
    order = _order(ctx)
    rank = {key: i for i, key in enumerate(order)}
    with_text = {s.key for s in ctx.sections if s.text.strip()}
    required = order != da.DESIGN_ORDER
    items = []
    highest = -1
    for section in ctx.sections:
        if section.key not in rank:
            continue
        items.append(
            {
                "pointer": _section_pointer(ctx, section),
                "name": section.key,
                "heading": _heading(ctx, section.key),
                "required": _required(section.key) if required else "",
                "present": section.key in with_text,
                "in_order": rank[section.key] >= highest,
            }
        )
        highest = max(highest, rank[section.key])
    headed = {s.key for s in ctx.sections}
    for key in order:
        if key not in headed:
            items.append(
                {
                    "pointer": "/description",
                    "name": key,
                    "heading": _heading(ctx, key),
                    "required": _required(key) if required else "",
                    "present": False,
                    "in_order": True,
                }
            )
    return items


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


@fact("title_length", "int")
def title_length(ctx: FactContext) -> int:
    """The title's length (the description's title item, else `title`) as the office counts
    字, whitespace not counted, a word in Latin script counting two (see
    ``description_analysis.title_length``); 0 without a title."""
    return da.title_length(_title(ctx))


@REGISTRY.item_kind(
    "title",
    {"length": "int", "unrelated_words": "str", "names_article": "bool"},
    labels={"zh-TW": "名稱", "en": "title"},
)
def title_items(ctx: FactContext) -> list[dict]:
    """The title, one item when there is one (none without a title), at the description's
    title heading (`/description@LINE:1`, `/description/sections/title`), else at `/title`:
    ``length`` (as the fact title_length); ``unrelated_words``: words that say nothing about
    the subject (最新, 新穎, 專利, best, novel…, trademarks and model numbers), joined by ", ";
    ``names_article``: the title contains the designated article's name (`article.name`),
    compared without spaces (false when either is missing)."""
    title = _title(ctx)
    if not title:
        return []
    found = da.section(ctx.sections, "title")
    article = str((ctx.data.get("article") or {}).get("name") or "").replace(" ", "").lower()
    return [
        {
            "pointer": _section_pointer(ctx, found) if found and found.text.strip() else "/title",
            "length": da.title_length(title),
            "unrelated_words": _join(da.title_unrelated_words(title)),
            "names_article": bool(article) and article in title.replace(" ", "").lower(),
        }
    ]


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


@REGISTRY.item_kind(
    "figure_references",
    {"figure": "str", "part": "str", "drawn": "bool"},
    labels={"zh-TW": "提及之圖", "en": "figure referred to"},
)
def figure_reference_items(ctx: FactContext) -> list[dict]:
    """Each figure that 圖式簡單說明 or 實施方式 names (圖1, 第2圖, FIG. 3, 請參閱圖12(A), ranges
    expanded), once per item of the description, at the line of its first mention:
    ``figure`` (its label, 圖12(A) is "12A"); ``part``: `drawings_description` or
    `embodiments`; ``drawn``: it is among `drawings`."""
    drawn = set(_drawn_labels(ctx))
    return [
        {"pointer": pointer, "figure": label, "part": part, "drawn": label in drawn}
        for part in ("drawings_description", "embodiments")
        for label, pointer in _located(ctx, part, da.figures_mentioned)
    ]


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


# --- reference signs (符號說明) -----------------------------------------------------------


@fact("has_reference_signs_section", "bool")
def has_reference_signs_section(ctx: FactContext) -> bool:
    """The description has a 符號說明 item with text."""
    return not blank(_text_of(ctx, "reference_signs"))


@REGISTRY.item_kind(
    "embodiment_signs", {"sign": "str", "listed": "bool"}, labels={"zh-TW": "實施方式之符號", "en": "sign used"}
)
def embodiment_sign_items(ctx: FactContext) -> list[dict]:
    """Each reference sign 實施方式 uses after a name (基板10, substrate 10), at the line of
    its first use: ``sign``; ``listed``: 符號說明 lists it. A heuristic: numbers with units,
    figure, claim and paragraph numbers are not taken as signs."""
    listed = _listed(ctx)
    return [
        {"pointer": pointer, "sign": sign, "listed": sign in listed}
        for sign, pointer in _located(ctx, "embodiments", da.used_signs)
    ]


@REGISTRY.item_kind(
    "listed_signs", {"sign": "str", "used": "bool"}, labels={"zh-TW": "符號說明之符號", "en": "sign listed"}
)
def listed_sign_items(ctx: FactContext) -> list[dict]:
    """Each reference sign 符號說明 lists (10：基板, 10 substrate), at its line: ``sign``;
    ``used``: 實施方式 mentions it as a number of its own (10 is not found in 100)."""
    embodiments = _text_of(ctx, "embodiments")
    located = _located(ctx, "reference_signs", listed_signs)
    unused = set(da.unused_signs([sign for sign, _ in located], embodiments))
    return [{"pointer": pointer, "sign": sign, "used": sign not in unused} for sign, pointer in located]


def _listed(ctx: FactContext) -> set[str]:
    return set(listed_signs(_text_of(ctx, "reference_signs")))


def claims_with_unlisted_signs(ctx: FactContext) -> list[tuple[int, Claim, list[str]]]:
    listed = _listed(ctx)
    found = []
    for index, claim in enumerate(ctx.claims):
        unlisted = [s for s in da.parenthesised_signs(claim.text) if s not in listed]
        if unlisted:
            found.append((index, claim, unlisted))
    return found


def _abstract_located(ctx: FactContext, found_in: Callable[[str], list[str]]) -> list[tuple[str, str]]:
    """What ``found_in`` finds in the abstract, each once, where first found: its line of the
    abstract's file (`/abstract@LINE:1`), else the abstract's text."""
    text = _abstract(ctx)
    values = found_in(text)
    if "/abstract" not in ctx.bundle.texts:
        return [(value, _abstract_place(ctx)) for value in values]
    first: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        for value in found_in(line):
            first.setdefault(value, number)
    return [(value, f"/abstract@{first.get(value, 1)}:1") for value in values]


def _abstract_place(ctx: FactContext) -> str:
    abstract = ctx.data.get("abstract")
    if "/abstract" in ctx.bundle.texts:
        return "/abstract@1:1"
    return "/abstract/text" if isinstance(abstract, dict) and "text" in abstract else "/abstract"


@REGISTRY.item_kind(
    "abstract_signs", {"sign": "str", "listed": "bool"}, labels={"zh-TW": "摘要之符號", "en": "abstract sign"}
)
def abstract_sign_items(ctx: FactContext) -> list[dict]:
    """Each reference sign the abstract gives in parentheses (一基板（10）), at the line of its
    first use (`/abstract@LINE:1` for a file, else `/abstract/text`): ``sign``; ``listed``:
    符號說明 lists it."""
    listed = _listed(ctx)
    return [
        {"pointer": pointer, "sign": sign, "listed": sign in listed}
        for sign, pointer in _abstract_located(ctx, da.parenthesised_signs)
    ]


# --- the description refers to claims --------------------------------------------------


@REGISTRY.item_kind(
    "claim_references", {"reference": "str"}, labels={"zh-TW": "引用請求項之處", "en": "reference to a claim"}
)
def claim_reference_items(ctx: FactContext) -> list[dict]:
    """Each line of the description that refers to a claim by number (如請求項1所述,
    申請專利範圍第2項, as claimed in claim 1), at its line (`/description@LINE:1`; inline: the
    section holding it): ``reference``, the first such reference on the line as written."""
    source = ctx.bundle.texts.get("/description")
    if source is not None:
        lines = source.text.splitlines()
        return [
            {"pointer": f"/description@{n}:1", "reference": da.claim_reference(lines[n - 1])}
            for n in da.claim_reference_lines(source.text)
        ]
    return [
        {"pointer": f"/description/sections/{section.key}", "reference": da.claim_reference(line)}
        for section in ctx.sections
        for line in section.text.splitlines()
        if da.claim_reference(line)
    ]


# --- abstract (ER 21) -------------------------------------------------------------------


def _abstract(ctx: FactContext) -> str:
    return ctx.bundle.abstract_text() or ""


@fact("abstract_character_count", "int")
def abstract_character_count(ctx: FactContext) -> int:
    """Characters in the abstract, counted as 字: every character except whitespace and
    line breaks (including the full-width space); punctuation, full-width or not, Latin
    letters and digits count one each."""
    return da.abstract_character_count(_abstract(ctx))


@REGISTRY.item_kind("abstract", {"characters": "int"}, labels={"zh-TW": "摘要", "en": "abstract"})
def abstract_items(ctx: FactContext) -> list[dict]:
    """The abstract, one item when the bundle gives one (none otherwise), at its text
    (`/abstract/text`), or its file's first line (`/abstract@1:1`): ``characters``, counted
    as the fact abstract_character_count."""
    if ctx.bundle.abstract_text() is None:
        return []
    return [{"pointer": _abstract_place(ctx), "characters": abstract_character_count(ctx)}]


@REGISTRY.item_kind(
    "abstract_promotional_words", {"word": "str"}, labels={"zh-TW": "摘要之宣傳用語", "en": "promotional word"}
)
def abstract_promotional_word_items(ctx: FactContext) -> list[dict]:
    """Each commercial or promotional word of the abstract (最佳, 業界第一, 領先, 革命性, best,
    revolutionary…), once, at the line of its first use: ``word`` as written. 第一 as an
    ordinal (第一基板) and 最佳化 (optimisation) are not promotional."""
    return [{"pointer": pointer, "word": word} for word, pointer in _abstract_located(ctx, da.promotional_words)]


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


@REGISTRY.item_kind("design_views", {"view": "str", "drawn": "bool"}, labels={"zh-TW": "視圖", "en": "view"})
def design_view_items(ctx: FactContext) -> list[dict]:
    """The six views (front, back, left, right, top, bottom), each at `/drawings`, when the
    bundle lists drawings (none otherwise): ``view``; ``drawn``: a drawing's `view` is it."""
    if not _drawings(ctx):
        return []
    views = set(_views(ctx))
    return [{"pointer": "/drawings", "view": view, "drawn": view in views} for view in da.SIX_VIEWS]


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


@REGISTRY.item_kind(
    "design_description",
    {"states_disclaimer": "bool", "states_change_order": "bool"},
    labels={"zh-TW": "設計說明", "en": "design description"},
)
def design_description_items(ctx: FactContext) -> list[dict]:
    """The design description: one item, at the 設計說明 item of the description (its heading
    line, `/description/sections/design_description`), else at `/description`.
    ``states_disclaimer``: it explains disclaimed parts shown in the drawings (虛線,
    不主張設計之部分, broken lines); ``states_change_order``: it explains the order in which a
    changing image changes (順序, 依序, 變化, sequence, order of)."""
    found = da.section(ctx.sections, "design_description")
    text = _text_of(ctx, "design_description")
    return [
        {
            "pointer": _section_pointer(ctx, found) if found else "/description",
            "states_disclaimer": da.states_disclaimer(text),
            "states_change_order": da.states_change_order(text),
        }
    ]


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
