"""Formal points of an agent's drafting checklist, as items a rule ranges over, one item per
offender at its line: words naming the other kind of patent (本發明 / 本新型), a reference
sign used for two names or a name with two signs, figures not numbered consecutively,
figures the embodiments refer to that the brief description of the drawings does not
describe, independent claims whose subject the title does not name, and description
paragraphs that end without punctuation. The text analysis is in
``checker/language/drafting.py``; the rules in ``rules/tw-patent-act-2013/drafting-checklist.yaml``.

Pointers: ``/description@LINE:1``, ``/claims@LINE:1``, ``/abstract@LINE:1`` into a text
file; ``/description/sections/<key>``, ``/claims/<i>/text``, ``/abstract/text`` or
``/drawings/<i>`` for what the bundle writes inline.
"""

from __future__ import annotations

from typing import Callable, Iterator

from checker.language import description_analysis as da
from checker.language import drafting
from checker.language.sign_lists import listed_pairs
from checker.language.claims.features import subject
from checker.packs.patent.facts.claim_structure import claim_set
from checker.packs.patent.facts.registry import REGISTRY, FactContext, blank

_PROSE_SECTIONS = ("technical_field", "prior_art", "summary", "drawings_description", "embodiments")


def _section_lines(ctx: FactContext, key: str) -> tuple[list[str], Callable[[int], str]]:
    """The lines of a description item (the heading's own text removed) and where the n-th
    (1-based) of them is; ([], …) when the item is missing."""
    section = da.section(ctx.sections, key)
    if section is None:
        return [], lambda n: "/description"
    source = ctx.bundle.texts.get("/description")
    if source is None:
        return section.text.splitlines(), lambda n: f"/description/sections/{key}"
    lines = source.text.splitlines()
    later = [s.line for s in ctx.sections if s.line > section.line]
    end = min(later) - 1 if later else len(lines)
    body = lines[section.line - 1 : end]
    if body:
        body[0] = body[0].split("】", 1)[1] if "】" in body[0] else ""
    first = section.line
    return body, lambda n: f"/description@{first + n - 1}:1"


def _fixed(pointer: str) -> Callable[[int], str]:
    """Where every line of an inline text is: the text itself."""
    return lambda line: pointer


def _texts(ctx: FactContext) -> Iterator[tuple[str, list[str], Callable[[int], str]]]:
    """(document, lines, pointer of the n-th line) for the description, the claims and the
    abstract, as the bundle gives them."""
    description = ctx.bundle.texts.get("/description")
    if description is not None:
        yield "description", description.text.splitlines(), lambda n: f"/description@{n}:1"
    else:
        for section in ctx.sections:
            yield "description", section.text.splitlines(), _fixed(f"/description/sections/{section.key}")
    claims = ctx.bundle.texts.get("/claims")
    if claims is not None:
        yield "claims", claims.text.splitlines(), lambda n: f"/claims@{n}:1"
    elif isinstance(ctx.data.get("claims"), list):
        for index, claim in enumerate(ctx.claims):
            yield "claims", claim.text.splitlines(), _fixed(f"/claims/{index}/text")
    abstract = ctx.data.get("abstract")
    if isinstance(abstract, dict) and "text" in abstract:
        yield "abstract", str(abstract.get("text") or "").splitlines(), lambda n: "/abstract/text"
    elif ctx.bundle.texts.get("/abstract") is not None:
        yield "abstract", ctx.bundle.texts["/abstract"].text.splitlines(), lambda n: f"/abstract@{n}:1"


# --- 本發明 / 本新型 ---------------------------------------------------------------------------------


@REGISTRY.item_kind(
    "patent_kind_words",
    {"word": "str", "names": "str", "other_kind": "bool", "document": "str"},
    labels={"zh-TW": "專利種類用語", "en": "word naming the kind of patent"},
)
def patent_kind_word_items(ctx: FactContext) -> list[dict]:
    """Each line of the description, claims and abstract that calls the creation by a kind
    of patent: ``word`` as written (本發明, 本新型, 【發明內容】, 【新型名稱】…), ``names`` the kind
    it names (`invention` or `utility_model`), ``other_kind`` (it names a kind other than the
    bundle's `patent_type`), ``document`` (`description`, `claims`,
    `abstract`); at the line (`/description@LINE:1`, `/claims@LINE:1`) or the inline text.
    本發明人 and 本新型創作人 (people) are not counted."""
    items = []
    kind = ctx.data.get("patent_type")
    for document, lines, pointer in _texts(ctx):
        for found in drafting.kind_words("\n".join(lines)):
            items.append(
                {
                    "pointer": pointer(found.line),
                    "word": found.word,
                    "names": found.names,
                    "other_kind": found.names != kind,
                    "document": document,
                }
            )
    return items


# --- reference signs and names ------------------------------------------------------------------


@REGISTRY.item_kind(
    "sign_name_conflicts",
    {"sign": "str", "name": "str", "problem": "str", "used": "str", "listed": "str"},
    labels={"zh-TW": "符號與名稱不一致", "en": "sign and name disagreement"},
)
def sign_name_conflict_items(ctx: FactContext) -> list[dict]:
    """Reference signs and names that disagree, one item per place: in 符號說明 a sign listed
    again with another name (``problem`` `sign_two_names`) or a name listed again with another
    sign (`name_two_signs`), at the later line; in the description (other than 符號說明), the
    claims and the abstract a listed sign right after a listed name the list gives another sign
    (`differs_from_list`: 「基板12」 when the list says 10:基板, 12:晶片), at its line. ``used``
    is what is written (「20:底座」, 「基板12」), ``listed`` what the list says. A heuristic:
    only names the list gives are read, the longest ending right before the sign."""
    lines, where = _section_lines(ctx, "reference_signs")
    if not lines:
        return []
    pairs = listed_pairs("\n".join(lines))
    items = [_conflict(c, where(c.line)) for c in drafting.list_conflicts(pairs)]
    for key in _PROSE_SECTIONS:
        body, pointer = _section_lines(ctx, key)
        items += [_conflict(c, pointer(c.line)) for c in drafting.use_conflicts(pairs, "\n".join(body))]
    for document, text_lines, pointer in _texts(ctx):
        if document in ("claims", "abstract"):
            items += [_conflict(c, pointer(c.line)) for c in drafting.use_conflicts(pairs, "\n".join(text_lines))]
    return items


def _conflict(conflict: drafting.SignConflict, pointer: str) -> dict:
    return {
        "pointer": pointer,
        "sign": conflict.sign,
        "name": conflict.name,
        "problem": conflict.problem,
        "used": conflict.used,
        "listed": conflict.listed,
    }


# --- figures ---------------------------------------------------------------------------------------


@REGISTRY.item_kind(
    "figure_numbering",
    {"figure": "str", "problem": "str", "expected": "str"},
    labels={"zh-TW": "圖號", "en": "figure number"},
)
def figure_numbering_items(ctx: FactContext) -> list[dict]:
    """Figures not numbered consecutively from 圖1: the figures of `drawings` in their order
    (at `/drawings/<i>`), or, without `drawings`, those 圖式簡單說明 describes (at their
    line). ``figure`` (2A), ``problem`` (`start`: not 1; `gap`: a number skipped; `order`:
    lower than one before; `repeat`), ``expected`` (the number that would come next). 2A and
    2B share the number 2."""
    drawings = [d for d in ctx.data.get("drawings") or [] if isinstance(d, dict)]
    if drawings:
        labels = [str(d.get("figure", "")) for d in drawings]
        return [
            {"pointer": f"/drawings/{p.index}", "figure": p.figure, "problem": p.problem, "expected": p.expected}
            for p in drafting.numbering_problems(labels)
        ]
    lines, pointer = _section_lines(ctx, "drawings_description")
    mentions = drafting.figure_mentions_by_line("\n".join(lines))
    return [
        {"pointer": pointer(mentions[p.index][0]), "figure": p.figure, "problem": p.problem, "expected": p.expected}
        for p in drafting.numbering_problems([label for _, label in mentions])
    ]


@REGISTRY.item_kind(
    "embodiment_figures_undescribed",
    {"figure": "str"},
    labels={"zh-TW": "實施方式提及之圖", "en": "figure the embodiments refer to"},
)
def embodiment_figures_undescribed_items(ctx: FactContext) -> list[dict]:
    """Figures 實施方式 refers to (請參閱圖3, 如第4圖所示, FIG. 5) that 圖式簡單說明 does not
    describe, each at the line of its first mention: ``figure`` (3). 圖2 counts as described
    when 圖2A and 圖2B are. No item without a 圖式簡單說明 (ER017-02 reports that)."""
    described_lines, _ = _section_lines(ctx, "drawings_description")
    described = set(da.figures_mentioned("\n".join(described_lines)))
    if not described:
        return []
    lines, pointer = _section_lines(ctx, "embodiments")
    return [
        {"pointer": pointer(line), "figure": label}
        for line, label in drafting.figure_mentions_by_line("\n".join(lines))
        if not drafting.figure_is_among(label, described)
    ]


# --- the title and the independent claims --------------------------------------------------------


def _title(ctx: FactContext) -> str:
    found = da.section(ctx.sections, "title")
    text = found.text.strip() if found else ""
    return text or str(ctx.data.get("title") or "").strip()


@REGISTRY.item_kind(
    "title_unnamed_subjects",
    {"number": "int", "subject": "str"},
    labels={"zh-TW": "名稱未涵蓋之標的", "en": "claimed subject the title does not name"},
)
def title_unnamed_subject_items(ctx: FactContext) -> list[dict]:
    """The independent claims, when the title names the subject of none of them (一種發光二極體
    封裝 → 發光二極體封裝; "A clip comprising" → clip): a subject counts as named when the
    title contains it or half of its character pairs (content words in English), or when it
    names only a category (裝置, apparatus). ``number``, ``subject``; at the claim. A
    heuristic; no item when the title is unknown or it names one independent claim's subject
    (granted patents often title one category only: 資訊處理裝置 with a 記錄媒體 claim)."""
    title = _title(ctx)
    if blank(title):
        return []
    claims = ctx.claims
    inline = isinstance(ctx.data.get("claims"), list)
    unnamed = []
    for index in claim_set(ctx).independent():
        claim = claims[index]
        named = subject(claim.text, dependent=False)
        if not named or drafting.subject_in_title(named, title):
            return []
        pointer = f"/claims/{index}/text" if inline else (f"/claims@{claim.line}:1" if claim.line else "/claims")
        unnamed.append({"pointer": pointer, "number": claim.number, "subject": named})
    return unnamed


# --- paragraphs ------------------------------------------------------------------------------------


@REGISTRY.item_kind(
    "unpunctuated_paragraphs",
    {"ending": "str"},
    labels={"zh-TW": "未以標點結尾之段落", "en": "paragraph without final punctuation"},
)
def unpunctuated_paragraph_items(ctx: FactContext) -> list[dict]:
    """Paragraphs of 技術領域, 先前技術, 發明（新型）內容, 圖式簡單說明 and 實施方式 whose last
    character is not 。．.！？：； or a closing bracket or quote, at their last line:
    ``ending`` (the last characters). A paragraph starts at a paragraph number or after a
    blank line; a short line without punctuation (第一實施例) is a sub-heading."""
    items = []
    for key in _PROSE_SECTIONS:
        lines, pointer = _section_lines(ctx, key)
        items += [{"pointer": pointer(p.line), "ending": p.ending} for p in drafting.unpunctuated_paragraphs(lines)]
    return items
