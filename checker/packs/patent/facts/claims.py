"""What the claims claim: categories of subject matter (arts. 104, 112)."""

from __future__ import annotations

from checker.language.texts import claim_category
from checker.packs.patent.facts.claim_structure import _pointer_at as claim_pointer
from checker.packs.patent.facts.registry import REGISTRY, FactContext, fact


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


@REGISTRY.item_kind(
    "non_article_subjects",
    {"category": "str", "place": "str", "label": "str"},
    labels={"zh-TW": "非物品之標的", "en": "subject other than an article"},
)
def non_article_subject_items(ctx: FactContext) -> list[dict]:
    """What claims or declares something other than an article: each claim whose preamble
    claims a method, a use or a composition, at the claim (`/claims@LINE:1`, `/claims/<i>/text`),
    and each `subject_matter` entry declaring a method or a composition, at that entry
    (`/subject_matter/<i>`). ``category``: `method`, `use` or `composition`; ``place``:
    `claim` or `declaration`; ``label``: the claim's number, or `subject_matter`."""
    items = []
    for index, claim in enumerate(ctx.claims):
        category = claim_category(claim.text)
        if category != "product":
            items.append(
                {
                    "pointer": claim_pointer(ctx, index),
                    "category": category,
                    "place": "claim",
                    "label": str(claim.number),
                }
            )
    declared = ctx.data.get("subject_matter")
    for index, tag in enumerate(declared if isinstance(declared, list) else []):
        if tag in ("method", "composition"):
            items.append(
                {
                    "pointer": f"/subject_matter/{index}",
                    "category": tag,
                    "place": "declaration",
                    "label": "subject_matter",
                }
            )
    return items


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
