"""The structure of the claims (Enforcement Rules arts. 18-19, Patent Act arts. 26(2), 33).

Each check of :class:`checker.language.claims.ClaimSet` becomes two facts: ``<name>``, the
offending claims as "3, 5 (detail)" ("" when none), and ``<name>_pointer``, where the first
one is (``/claims/<index>/text`` for an inline list, ``/claims@LINE:1`` in a claims file;
"" when none). Rules judge them; nothing here decides what the law requires.
"""

from __future__ import annotations

from checker.language.claims import ClaimSet, Finding, listing
from checker.packs.patent.facts.registry import FactContext, FactSpec, register_fact


def claim_set(ctx: FactContext) -> ClaimSet:
    if not hasattr(ctx, "_claim_set"):
        ctx._claim_set = ClaimSet(ctx.claims)  # parsed once per bundle, read by every fact
    return ctx._claim_set


def claim_pointer(ctx: FactContext, finding: Finding) -> str:
    """Where a claim is: its text in an inline list, or its line in the claims file."""
    if isinstance(ctx.data.get("claims"), list):
        return f"/claims/{finding.index}/text"
    line = ctx.claims[finding.index].line
    return f"/claims@{line}:1" if line else "/claims"


# fact name -> (ClaimSet property, what the listed claims are)
CHECKS = {
    "misnumbered_claims": ("misnumbered", "the first claim whose number breaks the sequence 1, 2, 3..., "
                           "with the number expected, e.g. \"4 (3)\""),
    "self_referring_claims": ("self_references", "claims that refer to themselves"),
    "forward_claim_references": ("forward_references", "claims that refer to a later claim, e.g. \"4 (→6)\""),
    "missing_claim_references": ("missing_references", "claims that refer to a claim number that does not "
                                 "exist, e.g. \"4 (→12)\""),
    "circular_claims": ("circular", "claims that depend on themselves through other claims (1→2→1)"),
    "non_alternative_multiple_claims": ("cumulative_multiple", "claims referring to two or more claims "
                                        "joined by 及/和/、/and rather than 或/任一項/or/any one of, with "
                                        "the phrase"),
    "multiple_on_multiple_claims": ("multiple_on_multiple", "multiple dependent claims that depend, "
                                    "directly or indirectly, on another multiple dependent claim, e.g. "
                                    "\"5 (→4)\""),
    "multi_sentence_claims": ("several_sentences", "claims with a 。 or full stop before their end "
                              "(decimals such as 1.5 and abbreviations such as Fig. excepted)"),
    "claims_citing_drawings": ("drawing_references", "claims defining a feature by the drawings or "
                               "description (如圖1所示, 如說明書所述, as shown in Fig. 1), with the phrase"),
    "omnibus_claims": ("omnibus", "claims that are only \"the device as described in the "
                       "description/drawings\""),
    "bare_reference_sign_claims": ("bare_reference_signs", "claims with a reference sign not in "
                                   "parentheses (基板10, the lever 12), heuristic, with the first one"),
    "claims_lacking_antecedent": ("lacking_antecedent", "claims using 該/所述/the/said terms that neither "
                                  "the claim before them nor the claims it depends on introduce, with the "
                                  "terms; reference signs, 該等/該些 and inherent parts (the surface) are "
                                  "ignored"),
    "dependent_subject_mismatches": ("subject_mismatches", "dependent claims naming a subject that differs "
                                     "from their parent's (same category), with both subjects"),
    "simplified_chinese_claims": ("simplified", "claims with CNIPA phrasing (权利要求, 其特征在于) "
                                  "or Simplified-only characters, with what was found"),
    "indefinite_wording_claims": ("indefinite", "claims with indefinite words (例如, 較佳, 約5, 實質上, "
                                  "such as, preferably, about 5), with the first one"),
    "open_markush_claims": ("open_markush_groups", "claims with a Markush group worded openly "
                            "(選自包含A、B及C之群組, \"selected from the group comprising\") rather than "
                            "closed (選自由…所組成之群組, \"consisting of\"), with the phrase"),
    "transitory_medium_claims": ("transitory_media", "independent claims directed to a computer-readable "
                                 "(storage) medium (電腦可讀取記錄媒體) that never say 非暫態/非暫時性/"
                                 "non-transitory, with the medium as named"),
    "unrelated_independent_claims": ("unrelated_independent", "independent claims sharing no content word "
                                     "(a pair of Chinese characters, an English word) with the first "
                                     "independent claim or the claims related to it; heuristic"),
}


def _register(name: str, attribute: str, what: str) -> None:
    def listed(ctx: FactContext) -> str:
        return listing(getattr(claim_set(ctx), attribute))

    def pointer(ctx: FactContext) -> str:
        found = getattr(claim_set(ctx), attribute)
        return claim_pointer(ctx, found[0]) if found else ""

    register_fact(FactSpec(name, "str", f"The {what}, as \"3, 5 (detail)\"; \"\" when none.", listed))
    register_fact(FactSpec(f"{name}_pointer", "str",
                           f"Where the first of {name} is: /claims/<index>/text or /claims@LINE:1; "
                           "\"\" when none.", pointer))


for _name, (_attribute, _what) in CHECKS.items():
    _register(_name, _attribute, _what)


def _undescribed(ctx: FactContext) -> list[Finding]:
    if not hasattr(ctx, "_undescribed"):
        ctx._undescribed = claim_set(ctx).undescribed_terms(ctx.description_text)
    return ctx._undescribed


register_fact(FactSpec(
    "claim_terms_not_in_description", "str",
    "Claims introducing terms (一基板, 複數個鰭片, a heat sink) that the description never mentions, "
    "as \"3 (導熱墊、彈簧)\"; a Chinese term counts as mentioned when the description holds its "
    "first two characters, an English one when it holds any of its words (reference signs removed), so "
    "it misses some; \"\" when none or when there is no description.",
    lambda ctx: listing(_undescribed(ctx))))
register_fact(FactSpec(
    "claim_terms_not_in_description_pointer", "str",
    "Where the first of claim_terms_not_in_description is: /claims/<index>/text or /claims@LINE:1; "
    "\"\" when none.",
    lambda ctx: claim_pointer(ctx, _undescribed(ctx)[0]) if _undescribed(ctx) else ""))


def _excess(ctx: FactContext) -> int:
    return max(0, len(ctx.claims) - 10)


register_fact(FactSpec("claims_beyond_ten", "int",
                       "How many claims there are beyond the tenth (0 for ten or fewer).", _excess))
