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
from checker.packs.patent.facts.registry import FactContext, fact
from checker.packs.patent.facts.substance import GRANTED, _cached, _claim_pointer, _scope

ALLOWED = "/application/allowed_claims"
_SHOWN = 8  # pairs named in a message; the rest are counted


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
            matches = [(how, other) for other in allowed
                       if (how := claim_sameness(scope, _scope(allowed_by, other.number)))]
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


def _display(ctx: FactContext, english: bool) -> str:
    items = []
    for _, claim, other, how in _pairs(ctx)[:_SHOWN]:
        if english:
            items.append(f"claim {claim.number} = parent claim {other.number} "
                         f"({'identical' if how == 'identical' else 'same terms'})")
        else:
            items.append(f"請求項{claim.number}＝原申請案請求項{other.number}"
                         f"（{'文字相同' if how == 'identical' else '技術特徵相同'}）")
    text = ("; " if english else "、").join(items)
    more = len(_pairs(ctx)) - _SHOWN
    if more > 0:
        text += f"; and {more} more" if english else f"等，另有{more}項"
    return text


@fact("claims_same_as_allowed", "str")
def claims_same_as_allowed(ctx: FactContext) -> str:
    """The pairs for messages: 請求項1＝原申請案請求項2（文字相同）; "" when none."""
    return _display(ctx, english=False)


@fact("claims_same_as_allowed_en", "str")
def claims_same_as_allowed_en(ctx: FactContext) -> str:
    """`claims_same_as_allowed` in English: claim 1 = parent claim 2 (identical)."""
    return _display(ctx, english=True)


@fact("claims_same_as_allowed_pointer", "str")
def claims_same_as_allowed_pointer(ctx: FactContext) -> str:
    """The first such claim: `/claims/<i>/text`, or `/claims@LINE:1` in a claims file; ""
    when none."""
    pairs = _pairs(ctx)
    return _claim_pointer(ctx, pairs[0][0], pairs[0][1]) if pairs else ""
