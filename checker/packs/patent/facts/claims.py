"""What the claims claim: categories of subject matter (arts. 104, 112)."""

from __future__ import annotations

from checker.language.texts import claim_category
from checker.packs.patent.facts.registry import FactContext, fact


def _count(ctx: FactContext, category: str) -> int:
    return sum(1 for claim in ctx.claims if claim_category(claim.text) == category)


@fact("method_claim_count", "int")
def method_claim_count(ctx: FactContext) -> int:
    """Claims whose preamble claims a method or process (一種…方法, 如請求項1所述之方法,
    "A method of ...")."""
    return _count(ctx, "method")


@fact("use_claim_count", "int")
def use_claim_count(ctx: FactContext) -> int:
    """Claims that claim a use (…之用途, "Use of ...")."""
    return _count(ctx, "use")


@fact("composition_claim_count", "int")
def composition_claim_count(ctx: FactContext) -> int:
    """Claims that claim a composition (組成物, 組合物, "A composition ...")."""
    return _count(ctx, "composition")


@fact("first_non_article_claim_pointer", "str")
def first_non_article_claim_pointer(ctx: FactContext) -> str:
    """JSON pointer to the first claim that claims a method, use or composition rather than
    an article; "" when there is none. Used to locate findings."""
    for index, claim in enumerate(ctx.claims):
        if claim_category(claim.text) != "product":
            if isinstance(ctx.data.get("claims"), list):
                return f"/claims/{index}/text"
            return "/claims/file"
    return ""


def _declared(ctx: FactContext, tag: str) -> bool:
    return tag in (ctx.data.get("subject_matter") or [])


@fact("declares_method", "bool")
def declares_method(ctx: FactContext) -> bool:
    """`subject_matter` declares the subject a method."""
    return _declared(ctx, "method")


@fact("declares_composition", "bool")
def declares_composition(ctx: FactContext) -> bool:
    """`subject_matter` declares the subject a composition."""
    return _declared(ctx, "composition")
