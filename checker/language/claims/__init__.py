"""Reading a claim set, one module per job; every function describes the claims ("claim 4 refers
to claim 6"), and whether that breaks the law is for the rules to judge.

- :mod:`.dependencies`: which claims a claim refers to, and how (或 / 及 / 任一項);
- :mod:`.graph`: circles among the references;
- :mod:`.terms`: what the term-reading checks share (signs removed, term boundaries, stems);
- :mod:`.wording`: one claim's wording (sentence ends, drawings cited, signs, indefinite words…);
- :mod:`.antecedents`: 該/所述/the/said terms nothing earlier introduces;
- :mod:`.features`: the subject a claim names, its content words;
- :mod:`.support`: the features a claim introduces, looked up in the description;
- :mod:`.claimset`: :class:`ClaimSet`, whose properties list the offending claims as :class:`Finding`.

Full-width digits, letters and parentheses are read through :func:`checker.language.texts.half_width`.
"""

from checker.language.claims.antecedents import missing_antecedents
from checker.language.claims.claimset import DETAIL, ClaimSet, Finding, listing
from checker.language.claims.dependencies import ALTERNATIVE, CUMULATIVE, SINGLE, Dependency, parse_dependency
from checker.language.claims.features import subject, subjects_agree, technical_features
from checker.language.claims.support import description_index, introduced_terms, terms_not_described
from checker.language.claims.terms import ANTECEDENT_SPAN
from checker.language.claims.wording import (
    SIMPLIFIED_CHARACTERS,
    drawing_reference,
    extra_sentence_stops,
    indefinite_wording,
    is_omnibus,
    open_markush,
    simplified_wording,
    transitory_medium,
    unbracketed_sign,
)
from checker.language.texts import half_width as normalise

__all__ = [
    "ALTERNATIVE",
    "ANTECEDENT_SPAN",
    "CUMULATIVE",
    "DETAIL",
    "SIMPLIFIED_CHARACTERS",
    "SINGLE",
    "ClaimSet",
    "Dependency",
    "Finding",
    "description_index",
    "drawing_reference",
    "extra_sentence_stops",
    "indefinite_wording",
    "introduced_terms",
    "is_omnibus",
    "listing",
    "missing_antecedents",
    "normalise",
    "open_markush",
    "parse_dependency",
    "simplified_wording",
    "subject",
    "subjects_agree",
    "technical_features",
    "terms_not_described",
    "transitory_medium",
    "unbracketed_sign",
]
