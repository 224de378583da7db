"""Which filing documents the bundle holds (arts. 25, 106, 125)."""

from __future__ import annotations

import re

from checker.packs.patent.facts.registry import FactContext, blank, fact

_FIGURE_MENTION = re.compile(
    r"圖\s*[0-9０-９]|第\s*[0-9０-９一二三四五六七八九十]+\s*圖|(?<![A-Za-z])FIG(?:URE)?S?\.?\s*[0-9]", re.I
)


@fact("has_title", "bool")
def has_title(ctx: FactContext) -> bool:
    """The bundle names its invention, utility model or design (`title`)."""
    return not blank(ctx.data.get("title"))


@fact("title", "str")
def title(ctx: FactContext) -> str:
    """The title as given; "" when absent. For messages."""
    return str(ctx.data.get("title") or "").strip()


@fact("has_description", "bool")
def has_description(ctx: FactContext) -> bool:
    """A description (說明書) is present with some text in it: a section with text, or, for
    a file without headings the checker knows (a Japanese filing, plain text), any text."""
    if ctx.sections:
        return any(not blank(section.text) for section in ctx.sections)
    return not blank(ctx.description_text)


@fact("description_section_count", "int")
def description_section_count(ctx: FactContext) -> int:
    """How many headed sections the description has (file headings or `sections` keys)."""
    return len(ctx.sections)


@fact("has_claims", "bool")
def has_claims(ctx: FactContext) -> bool:
    """At least one claim (申請專利範圍) with text."""
    return any(not blank(claim.text) for claim in ctx.claims)


@fact("claim_count", "int")
def claim_count(ctx: FactContext) -> int:
    """Number of claims given (inline list, or parsed from the claims file)."""
    return len(ctx.claims)


@fact("has_abstract", "bool")
def has_abstract(ctx: FactContext) -> bool:
    """An abstract (摘要) with text."""
    return not blank(ctx.bundle.abstract_text())


@fact("has_drawings", "bool")
def has_drawings(ctx: FactContext) -> bool:
    """At least one drawing (圖式) is listed."""
    return bool(ctx.data.get("drawings"))


@fact("drawing_count", "int")
def drawing_count(ctx: FactContext) -> int:
    """Number of drawings (figures or design views) listed."""
    return len(ctx.data.get("drawings") or [])


@fact("description_refers_to_drawings", "bool")
def description_refers_to_drawings(ctx: FactContext) -> bool:
    """The description has a 圖式簡單說明 section with text, or mentions a figure
    (圖1, 第1圖, FIG. 1): a sign the drawings are necessary to the disclosure."""
    if any(s.key == "drawings_description" and not blank(s.text) for s in ctx.sections):
        return True
    return bool(_FIGURE_MENTION.search(ctx.description_text))
