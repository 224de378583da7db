"""A divisional compared with the claims its parent was allowed with (Patent Act art. 34(6)
as amended 2019-11-01, per legal-notes; utility models through arts. 107 and 120): which of
the divisional's claims claim what an allowed claim already claims. The parent's allowed
claims are `application.allowed_claims`, else `application.granted_claims` (the claims as
published, which are the allowed claims). The comparison is ``claim_sameness`` in
``checker/language/new_matter.py``; whether a pair is a bar in law is for the rules."""

from __future__ import annotations

from checker.language.new_matter import claim_sameness
from checker.language.texts import is_deleted_claim as is_deleted
from checker.language.texts import Claim
from checker.packs.patent.facts.registry import REGISTRY, FactContext, fact
from checker.packs.patent.facts.substance import GRANTED, _cached, _claim_pointer, _scope

ALLOWED = "/application/allowed_claims"


def _allowed_pointer(ctx: FactContext) -> str:
    for pointer in (ALLOWED, GRANTED):
        if ctx.bundle.claims(pointer):
            return pointer
    return ""


def _allowed(ctx: FactContext) -> list[Claim]:
    pointer = _allowed_pointer(ctx)
    return [c for c in ctx.bundle.claims(pointer) or [] if not is_deleted(c.text)] if pointer else []


def _pairs(ctx: FactContext) -> list[tuple[int, Claim, Claim, str]]:
    """(index, divisional claim, allowed claim, how) for each divisional claim whose scope
    (its text with the claims it depends on) is the same as an allowed claim's scope; an
    identical allowed claim is preferred to one with the same terms."""

    def compute():
        allowed = _allowed(ctx)
        if not allowed:
            return []
        allowed_by = {c.number: c for c in allowed}
        own_by = {c.number: c for c in ctx.claims if not is_deleted(c.text)}
        found = []
        for index, claim in enumerate(ctx.claims):
            if is_deleted(claim.text):
                continue
            scope = _scope(own_by, claim.number)
            matches = [
                (how, other) for other in allowed if (how := claim_sameness(scope, _scope(allowed_by, other.number)))
            ]
            if matches:
                how, other = min(matches, key=lambda m: (m[0] != "identical", m[1].number))
                found.append((index, claim, other, how))
        return found

    return _cached(ctx, "same_as_allowed", compute)


@fact("allowed_claims_count", "int")
def allowed_claims_count(ctx: FactContext) -> int:
    """Claims of the existing (parent) application as allowed, not marked 「（刪除）」:
    `application.allowed_claims`, else `application.granted_claims`; 0 when neither is given."""
    return len(_allowed(ctx))


@fact("claims_same_as_allowed_count", "int")
def claims_same_as_allowed_count(ctx: FactContext) -> int:
    """The bundle's claims whose scope (with the claims they depend on) reads the same as an
    allowed claim of the parent (`allowed_claims_count`) after normalisation, or states the
    same technical terms and numeric limits in another order; 0 without allowed claims."""
    return len(_pairs(ctx))


@REGISTRY.item_kind(
    "claims_same_as_allowed",
    {"number": "int", "parent_number": "int", "sameness": "str"},
    labels={"zh-TW": "與核准請求項相同之請求項", "en": "claim same as an allowed claim"},
)
def claims_same_as_allowed_items(ctx: FactContext) -> list[dict]:
    """Each of the bundle's claims whose scope is the same as an allowed claim's (as
    `claims_same_as_allowed_count` counts them), at the claim (`/claims/<i>/text`, or
    `/claims@LINE:1` in a claims file): its ``number``, the allowed claim's
    ``parent_number``, and ``sameness``: `identical` (the same text once normalised) or
    `same_terms` (the same technical terms and numeric limits in another order)."""
    return [
        {
            "pointer": _claim_pointer(ctx, index, claim),
            "number": claim.number,
            "parent_number": other.number,
            "sameness": "identical" if how == "identical" else "same_terms",
        }
        for index, claim, other, how in _pairs(ctx)
    ]
