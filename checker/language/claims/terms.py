"""What the term-reading checks share: the text a term is read from (signs in parentheses
removed), where a Chinese term ends, English stop words and stems.
"""

from __future__ import annotations

import re

from checker.language.texts import half_width as normalise

PARENTHESES = re.compile(r"\([^()]*\)|【[^】]*】|\[[^\]]*\]")

ZH_BOUNDARY = set("之的與和及或係為於上中內外間設連具包位以可並且將被由至在對使其而則時後前當向沿朝從經用把讓令更如較約是呈即能會")
EN_STOP = {
    "of", "is", "are", "was", "be", "being", "been", "to", "and", "or", "with", "in", "on", "at", "for", "from",
    "by", "wherein", "whereby", "which", "that", "comprising", "comprises", "comprise", "including", "includes",
    "having", "has", "have", "so", "such", "into", "onto", "between", "a", "an", "the", "said", "each", "when",
    "while", "through", "via", "over", "under", "within", "along", "against", "as", "than", "not",
    "configured", "arranged", "adapted", "disposed", "located", "positioned", "mounted", "connected", "coupled",
    "attached", "formed", "made", "extending", "extends", "surrounding", "covering", "covers", "contacts",
    "contacting", "facing", "faces", "above", "below", "toward", "towards", "about", "around", "after", "before",
    "until", "upon", "where", "whose", "based", "measured", "obtained", "selected", "according", "if", "then", "thereby", "thereof", "therein", "thereon", "relative",
}
# Things every object has: "the surface of the substrate" needs no "a surface".
EN_INHERENT = {
    "surface", "surfaces", "top", "bottom", "side", "sides", "end", "ends", "center", "centre", "middle",
    "inside", "outside", "interior", "exterior", "length", "width", "height", "thickness", "diameter",
    "periphery", "edge", "edges", "rest", "remainder", "same", "other", "one", "user", "outer", "inner",
    "upper", "lower", "front", "rear", "back", "axis", "direction", "shape", "size", "weight", "volume",
    "temperature", "time", "total", "entire", "whole", "art", "invention", "claimed", "following",
    "preceding", "method", "process", "device", "apparatus", "system", "package", "assembly",
}



def strip_for_terms(text: str) -> str:
    return PARENTHESES.sub("", normalise(text))



ZH_TERM_MAX = 12  # characters; technical terms are shorter, and it bounds the work per term


def en_stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ies", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


EN_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


# Real claims are a few hundred characters; reading only this much of each claim keeps a
# pathological multi-megabyte "claim" from taking minutes (the search is quadratic).
ANTECEDENT_SPAN = 20_000
