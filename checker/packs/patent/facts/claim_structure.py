"""The structure of the claims (Enforcement Rules arts. 18-19, Patent Act arts. 26(2), 33).

The claims are items (``given: claims``): one per claim, located at its text
(``/claims/<index>/text`` for an inline list, ``/claims@LINE:1`` in a claims file), with its
number and, for each check of :class:`checker.language.claims.ClaimSet`, what the
check found in it as "4 (→6)" ("" when nothing). Rules over the claims judge them, one
finding per offending claim; nothing here decides what the law requires.
"""

from __future__ import annotations

import re

from checker.language import description_analysis as da
from checker.language.claims import DETAIL, ClaimSet, Finding
from checker.packs.patent.facts.description_structure import claims_with_unlisted_signs
from checker.packs.patent.facts.registry import REGISTRY, FactContext, FactSpec, register_fact


def claim_set(ctx: FactContext) -> ClaimSet:
    if "_claim_set" not in ctx.__dict__:  # parsed once per bundle, read by every fact
        ctx.__dict__["_claim_set"] = ClaimSet(ctx.claims)
    return ctx.__dict__["_claim_set"]


def claim_pointer(ctx: FactContext, finding: Finding) -> str:
    """Where a claim is: its text in an inline list, or its line in the claims file."""
    if isinstance(ctx.data.get("claims"), list):
        return f"/claims/{finding.index}/text"
    line = ctx.claims[finding.index].line
    return f"/claims@{line}:1" if line else "/claims"


# fact name -> (ClaimSet property, what the listed claims are)
CHECKS = {
    "misnumbered_claims": (
        "misnumbered",
        'the first claim whose number breaks the sequence 1, 2, 3..., with the number expected, e.g. "4 (3)"',
    ),
    "self_referring_claims": ("self_references", "claims that refer to themselves"),
    "forward_claim_references": ("forward_references", 'claims that refer to a later claim, e.g. "4 (→6)"'),
    "missing_claim_references": (
        "missing_references",
        'claims that refer to a claim number that does not exist, e.g. "4 (→12)"',
    ),
    "circular_claims": ("circular", "claims that depend on themselves through other claims (1→2→1)"),
    "non_alternative_multiple_claims": (
        "cumulative_multiple",
        "claims referring to two or more claims "
        "joined by 及/和/、/and rather than 或/任一項/or/any one of, with "
        "the phrase",
    ),
    "multiple_on_multiple_claims": (
        "multiple_on_multiple",
        "multiple dependent claims that depend, "
        "directly or indirectly, on another multiple dependent claim, e.g. "
        '"5 (→4)"',
    ),
    "multi_sentence_claims": (
        "several_sentences",
        "claims with a 。 or full stop before their end (decimals such as 1.5 and abbreviations such as Fig. excepted)",
    ),
    "unterminated_claims": ("unterminated", "claims that do not end with 「。」 (a full stop in English)"),
    "unparsed_dependency_claims": (
        "unparsed_references",
        "claims that read as dependent but whose "
        "reference gives no claim number this checker can read (如請求項一所述之, "
        '基於前述請求項, "of claim one"), with the wording',
    ),
    "claims_citing_drawings": (
        "drawing_references",
        "claims defining a feature by the drawings or "
        "description (如圖1所示, 如說明書所述, as shown in Fig. 1), with the phrase",
    ),
    "omnibus_claims": ("omnibus", 'claims that are only "the device as described in the description/drawings"'),
    "bare_reference_sign_claims": (
        "bare_reference_signs",
        "claims with a reference sign not in parentheses (基板10, the lever 12), heuristic, with the first one",
    ),
    "claims_lacking_antecedent": (
        "lacking_antecedent",
        "claims using 該/所述/the/said terms that neither "
        "the claim before them nor the claims it depends on introduce, with the "
        "terms; reference signs, 該等/該些 and inherent parts (the surface) are "
        "ignored",
    ),
    "dependent_subject_mismatches": (
        "subject_mismatches",
        "dependent claims naming a subject that differs from their parent's (same category), with both subjects",
    ),
    "simplified_chinese_claims": (
        "simplified",
        "claims with CNIPA phrasing (权利要求, 其特征在于) or Simplified-only characters, with what was found",
    ),
    "indefinite_wording_claims": (
        "indefinite",
        "claims with indefinite words (例如, 較佳, 約5, 實質上, such as, preferably, about 5), with the first one",
    ),
    "open_markush_claims": (
        "open_markush_groups",
        "claims with a Markush group worded openly "
        '(選自包含A、B及C之群組, "selected from the group comprising") rather than '
        'closed (選自由…所組成之群組, "consisting of"), with the phrase',
    ),
    "transitory_medium_claims": (
        "transitory_media",
        "independent claims directed to a computer-readable "
        "(storage) medium (電腦可讀取記錄媒體) that never say 非暫態/非暫時性/"
        "non-transitory, with the medium as named",
    ),
    "unrelated_independent_claims": (
        "unrelated_independent",
        "independent claims sharing no content word "
        "(a pair of Chinese characters, an English word) with the first "
        "independent claim or the claims related to it; heuristic",
    ),
}


def _shown(findings: list[Finding]) -> str:
    """What one check found in one claim, as listings show it: "4 (→6)" (shortened)."""
    if not findings:  # most claims, most checks: no work
        return ""
    return ", ".join(
        text if len(text) <= DETAIL else text[: DETAIL - 1] + "…" for text in (f.shown() for f in findings)
    )


def _undescribed(ctx: FactContext) -> list[Finding]:
    if "_undescribed" not in ctx.__dict__:
        ctx.__dict__["_undescribed"] = claim_set(ctx).undescribed_terms(ctx.description_text)
    return ctx.__dict__["_undescribed"]


_TERMS = "claim_terms_not_in_description"
PROPERTIES = {
    "number": "int",
    "independent": "bool",
    "characterising_clause": "bool",
    **{name: "str" for name in CHECKS},
    _TERMS: "str",
    "medical_method": "bool",
    "unlisted_signs": "str",
}
# The two-part (Jepson) form's turn: 其特徵在於 / 其特徵係 / characterised (characterized) in that.
_CHARACTERISING = re.compile(r"其特徵(?:在於|係|為)|characteri[sz]ed\s+(?:in\s+that|by)", re.I)


@REGISTRY.item_kind("claims", PROPERTIES, labels={"zh-TW": "請求項", "en": "claim"})
def claim_items(ctx: FactContext) -> list[dict]:
    """Every claim: ``number``; ``independent`` (it depends on no claim; a claim of another
    category in reference form is independent, a claim kept as （刪除） is not);
    ``characterising_clause`` (it says 其特徵在於/其特徵係 or "characterised in that"); for each check (the properties named as in CHECKS, and
    claim_terms_not_in_description: terms the claim introduces that the description never
    mentions, a Chinese term counting as mentioned when the description holds its first two
    characters) what it found in the claim as "4 (→6)" or "4 (該導熱墊)"; "" when nothing.
    ``medical_method``: the claim's preamble names a method of diagnosis, treatment or
    surgery (治療方法, 診斷方法, 手術方法, method of treating…; a heuristic).
    ``unlisted_signs``: the reference signs the claim gives in parentheses (一基板（10）)
    that 符號說明 does not list, "30, 31"; "" when every one is listed."""
    found: dict[str, dict[int, list[Finding]]] = {}
    for name, (attribute, _) in CHECKS.items():
        for finding in getattr(claim_set(ctx), attribute):
            found.setdefault(name, {}).setdefault(finding.index, []).append(finding)
    for finding in _undescribed(ctx):
        found.setdefault(_TERMS, {}).setdefault(finding.index, []).append(finding)
    medical = set(da.medical_method_claims([(c.number, c.text) for c in ctx.claims]))
    unlisted = {index: ", ".join(signs) for index, _, signs in claims_with_unlisted_signs(ctx)}
    items = []
    independent = set(claim_set(ctx).independent())
    for index, claim in enumerate(ctx.claims):
        item: dict = {
            "pointer": _pointer_at(ctx, index),
            "number": claim.number,
            "independent": index in independent,
            "characterising_clause": bool(_CHARACTERISING.search(claim.text)),
            "medical_method": claim.number in medical,
            "unlisted_signs": unlisted.get(index, ""),
        }
        for name in (*CHECKS, _TERMS):
            hits = found.get(name)
            item[name] = _shown(hits[index]) if hits and index in hits else ""
        items.append(item)
    return items


def _pointer_at(ctx: FactContext, index: int) -> str:
    if isinstance(ctx.data.get("claims"), list):
        return f"/claims/{index}/text"
    line = ctx.claims[index].line
    return f"/claims@{line}:1" if line else "/claims"


def _excess(ctx: FactContext) -> int:
    return max(0, len(ctx.claims) - 10)


register_fact(
    FactSpec("claims_beyond_ten", "int", "How many claims there are beyond the tenth (0 for ten or fewer).", _excess)
)
