"""The Chinese translation (中文本) compared with the foreign-language text as filed (外文本,
`foreign_text`) on what needs no translation: numbers with units, reference signs, chemical
formulae, Latin-script terms, and the claims and figures counted (arts. 44(2), 110(2),
133(2)). The comparison is in ``checker/language/untranslated.py``; these facts and items
only read it.

Compared: the description and the claims (the texts art. 44(2) bounds by the foreign text;
the abstract is not among them, art. 44(1)). A mark of the Chinese text is an *addition* when
the whole foreign text lacks it (anywhere: a value the translation moves from the description
into a claim is still disclosed); a mark of a foreign section is an *omission* when the
Chinese text of the same section lacks it.
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.language.untranslated import Mark, Marks, absent, extract
from checker.packs.patent.facts.registry import REGISTRY, FactContext, fact
from checker.packs.patent.facts.substance import text_script

FOREIGN = "/foreign_text"
SECTIONS = ("claims", "description")


@dataclass(frozen=True)
class Unit:
    """One text read as a whole: a file (marks located ``POINTER@LINE:COL``) or an inline
    claim or section (located at its pointer)."""

    section: str  # claims | description
    pointer: str
    text: str
    from_file: bool

    def where(self, mark: Mark) -> str:
        return f"{self.pointer}@{mark.line}:{mark.column}" if self.from_file else self.pointer


def _units(ctx: FactContext, base: str, section: str) -> list[Unit]:
    bundle = ctx.bundle
    pointer = f"{base}/{section}"
    source = bundle.texts.get(pointer)
    if source is not None:
        return [Unit(section, pointer, source.text, True)]
    value = bundle.get(pointer)
    if section == "claims" and isinstance(value, list):
        return [
            Unit(section, f"{pointer}/{i}/text", str(c.get("text") or ""), False)
            for i, c in enumerate(value)
            if isinstance(c, dict)
        ]
    if section == "description" and isinstance(value, dict) and isinstance(value.get("sections"), dict):
        return [
            Unit(section, f"{pointer}/sections/{key}", str(text or ""), False)
            for key, text in value["sections"].items()
        ]
    return []


def foreign_language(ctx: FactContext) -> str:
    data = ctx.data
    return (
        (data.get("foreign_text") or {}).get("language")
        or (data.get("application") or {}).get("language")
        or data.get("language")
        or "en"
    )


def _marks(ctx: FactContext) -> dict:
    """{(side, section): [(unit, Marks)]} for both sides, computed once per bundle."""
    store = ctx.__dict__.setdefault("_foreign_text", {})
    if "marks" not in store:
        language = foreign_language(ctx)
        marks = {}
        for section in SECTIONS:
            marks[("zh", section)] = [(u, extract(u.text)) for u in _units(ctx, "", section)]
            marks[("foreign", section)] = [(u, extract(u.text, language)) for u in _units(ctx, FOREIGN, section)]
        store["marks"] = marks
    return store["marks"]


def _merged(parts: list[tuple[Unit, Marks]]) -> Marks:
    whole = Marks()
    for _, marks in parts:
        whole.marks.extend(marks.marks)
        whole.numbers |= marks.numbers
        whole.text += marks.text + "\n"
        whole.lower += marks.lower + "\n"
        whole.figures.extend(f for f in marks.figures if f not in whole.figures)
    return whole


def _has_text(parts: list[tuple[Unit, Marks]]) -> bool:
    return any(unit.text.strip() for unit, _ in parts)


@fact("foreign_text_given", "bool")
def foreign_text_given(ctx: FactContext) -> bool:
    """`foreign_text` gives the description or the claims as filed in the foreign language,
    with some text."""
    return any(unit.text.strip() for s in SECTIONS for unit in _units(ctx, FOREIGN, s))


@fact("foreign_text_compared", "bool")
def foreign_text_compared(ctx: FactContext) -> bool:
    """The bundle's own description or claims (the Chinese text) were compared with
    `foreign_text`: both are given and the bundle's own texts are Chinese (`text_script` zh)."""
    if not foreign_text_given(ctx):  # the usual bundle: nothing is read
        return False
    own = any(unit.text.strip() for s in SECTIONS for unit in _units(ctx, "", s))
    return own and text_script(ctx) == "zh"


@fact("foreign_claim_count", "int")
def foreign_claim_count(ctx: FactContext) -> int:
    """Number of claims of `foreign_text.claims` (an inline list, or parsed from its file);
    0 when not given."""
    return len(ctx.bundle.claims(FOREIGN + "/claims") or [])


@fact("foreign_claims_compared", "bool")
def foreign_claims_compared(ctx: FactContext) -> bool:
    """`foreign_text_compared`, and both the bundle's claims and `foreign_text.claims` are given."""
    return foreign_text_compared(ctx) and foreign_claim_count(ctx) > 0 and len(ctx.claims) > 0


@fact("foreign_figure_count", "int")
def foreign_figure_count(ctx: FactContext) -> int:
    """Distinct figure labels (1, 2A, 2B) the foreign description refers to (FIG. 1, 図2,
    Figure 3); 0 when it refers to none or is not given."""
    if not foreign_text_given(ctx):  # the usual bundle: its own texts are not read for this
        return 0
    return len(_merged(_marks(ctx)[("foreign", "description")]).figures)


@fact("translation_figure_count", "int")
def translation_figure_count(ctx: FactContext) -> int:
    """Distinct figure labels the bundle's own (Chinese) description refers to (圖1, 第2圖);
    0 without `foreign_text` (counted only to compare)."""
    if not foreign_text_given(ctx):
        return 0
    return len(_merged(_marks(ctx)[("zh", "description")]).figures)


@fact("foreign_figures_compared", "bool")
def foreign_figures_compared(ctx: FactContext) -> bool:
    """`foreign_text_compared`, and both descriptions refer to at least one figure."""
    return foreign_text_compared(ctx) and foreign_figure_count(ctx) > 0 and translation_figure_count(ctx) > 0


_PROPERTIES = {"mark": "str", "mark_kind": "str", "section": "str"}


def _item(unit: Unit, mark: Mark) -> dict:
    return {"pointer": unit.where(mark), "mark": mark.shown, "mark_kind": mark.kind, "section": unit.section}


@REGISTRY.item_kind(
    "translation_additions",
    _PROPERTIES,
    labels={"zh-TW": "外文本所無之數值、符號或用語", "en": "value, sign or term absent from the foreign text"},
)
def translation_addition_items(ctx: FactContext) -> list[dict]:
    """Each value with a unit, reference sign, chemical formula or Latin-script term of the
    bundle's own claims and description that the foreign text (`foreign_text`, claims and
    description together) lacks (a Chinese section only when the foreign text gives that
    section too), once, where it first appears: `/claims@LINE:COL` in a file,
    else the inline claim or section. ``mark``: as written (5 cm, 34, TiO2, XYZ-200);
    ``mark_kind``: `value`, `sign`, `formula`, `term` or `species`; ``section``: `claims` or
    `description`. None unless `foreign_text_compared`."""
    if not foreign_text_compared(ctx):
        return []
    marks = _marks(ctx)
    foreign = _merged(marks[("foreign", "claims")] + marks[("foreign", "description")])
    items, seen = [], set()
    for section in SECTIONS:
        if not _has_text(marks[("foreign", section)]):
            continue  # a Chinese description is not judged against the foreign claims alone
        for unit, own in marks[("zh", section)]:
            for mark in absent(own, foreign):
                if (mark.kind, mark.keys) not in seen:
                    seen.add((mark.kind, mark.keys))
                    items.append(_item(unit, mark))
    return items


@REGISTRY.item_kind(
    "translation_omissions",
    _PROPERTIES,
    labels={
        "zh-TW": "中文本所無之外文本數值、符號或用語",
        "en": "value, sign or term of the foreign text absent from the translation",
    },
)
def translation_omission_items(ctx: FactContext) -> list[dict]:
    """Each value with a unit, reference sign, chemical formula or Latin-script term (species
    names aside) of the foreign claims or description that the bundle's own text of the same
    section lacks, once, at its place in the foreign text (`/foreign_text/claims@LINE:COL`,
    else the inline claim or section). Properties as for `translation_additions`. None
    unless `foreign_text_compared`, or for a section one side does not give."""
    if not foreign_text_compared(ctx):
        return []
    marks = _marks(ctx)
    items, seen = [], set()
    for section in SECTIONS:
        if not _has_text(marks[("zh", section)]):
            continue
        own = _merged(marks[("zh", section)])
        for unit, foreign in marks[("foreign", section)]:
            for mark in absent(foreign, own, kinds=("value", "sign", "formula", "term")):
                if (section, mark.kind, mark.keys) not in seen:
                    seen.add((section, mark.kind, mark.keys))
                    items.append(_item(unit, mark))
    return items
