"""What a later text says beyond a reference text: amendments, corrections, divisionals and
conversions compared with the application as filed and the claims as published (arts. 34(4),
43(2), 43(4), 67, 108(3), 131(3), 132(3)). The comparison itself is in
``checker/language/new_matter.py``; these facts only read its results. Judged on the texts, never on
the declared ``kind`` of a change."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.claims import parse_dependency
from checker.language.new_matter import NewTerm, Passage, Reference, claim_passages, compare, removed_terms
from checker.language.texts import ZH_HEADINGS, Claim, is_deleted_claim as is_deleted
from checker.core.listing import shown_list
from checker.packs.patent.facts.registry import FactContext, fact, ymd

AS_FILED = "/application/as_filed"
GRANTED = "/application/granted_claims"
_SHOWN = 8  # terms named in a message; the rest are counted
_SECTION_HEADINGS = {key: name for name, key in reversed(list(ZH_HEADINGS.items()))}


# --- the texts ---------------------------------------------------------------------


def _description_passages(ctx: FactContext, pointer: str) -> list[Passage]:
    bundle = ctx.bundle
    sections = bundle.description_sections(pointer) or []
    source = bundle.texts.get(pointer)
    if source is not None:
        if not sections:
            return [Passage("說明書", "description", pointer, source.text, source.text, 1)]
        return [
            Passage(
                f"說明書【{s.heading}】",
                f"description ({s.key.replace('_', ' ')})",
                pointer,
                s.text,
                source.text,
                s.line,
            )
            for s in sections
        ]
    return [
        Passage(
            f"說明書【{_SECTION_HEADINGS.get(s.key, s.key)}】",
            f"description ({s.key.replace('_', ' ')})",
            f"{pointer}/sections/{s.key}",
            s.text,
        )
        for s in sections
    ]


def _claim_passages(ctx: FactContext, pointer: str) -> list[Passage]:
    claims = ctx.bundle.claims(pointer) or []
    source = ctx.bundle.texts.get(pointer)
    return claim_passages(claims, pointer, source.text if source is not None else None)


def _drawing_passages(ctx: FactContext, pointer: str) -> list[Passage]:
    drawings = ctx.bundle.get(pointer) or []
    return [
        Passage(
            f"圖{d.get('figure', i + 1)}說明",
            f"figure {d.get('figure', i + 1)} caption",
            f"{pointer}/{i}/description",
            str(d["description"]),
        )
        for i, d in enumerate(drawings)
        if isinstance(d, dict) and d.get("description")
    ]


def _later_passages(ctx: FactContext) -> list[Passage]:
    """The bundle's own description, claims and drawing captions (the abstract is not part
    of the disclosure, art. 43(2)), claims first."""
    return (
        _claim_passages(ctx, "/claims")
        + _description_passages(ctx, "/description")
        + _drawing_passages(ctx, "/drawings")
    )


def _as_filed_passages(ctx: FactContext) -> list[Passage]:
    return (
        _claim_passages(ctx, AS_FILED + "/claims")
        + _description_passages(ctx, AS_FILED + "/description")
        + _drawing_passages(ctx, AS_FILED + "/drawings")
    )


def _script(passages: list[Passage]) -> str:
    text = "".join(p.text for p in passages)
    kana = len(re.findall(r"[\u3040-\u30ff]", text))
    hangul = len(re.findall(r"[\uac00-\ud7af]", text))
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    if kana >= 5:
        return "ja"
    if hangul >= 5:
        return "ko"
    if cjk and cjk * 4 >= latin:
        return "zh"
    return "latin" if latin else ""


def _new_terms(ctx: FactContext) -> list[NewTerm]:
    if not new_matter_compared(ctx):
        return []
    return _cached(
        ctx, "new_terms", lambda: compare(_later_passages(ctx), Reference([p.text for p in _as_filed_passages(ctx)]))
    )


def _cached(ctx: FactContext, key: str, compute):
    store = ctx.__dict__.setdefault("_substance", {})
    if key not in store:
        store[key] = compute()
    return store[key]


# --- facts: the disclosure as filed --------------------------------------------------


@fact("has_as_filed", "bool")
def has_as_filed(ctx: FactContext) -> bool:
    """`application.as_filed` gives at least one non-empty text (description, claims or
    drawing captions) of the application as filed."""
    return any(p.text.strip() for p in _as_filed_passages(ctx))


@fact("text_script", "str")
def text_script(ctx: FactContext) -> str:
    """The script of the bundle's own description, claims and captions: `zh` (Chinese
    characters), `ja` (with kana), `ko` (hangul), `latin`, or "" when there is no text."""
    return _script(_later_passages(ctx))


@fact("as_filed_script", "str")
def as_filed_script(ctx: FactContext) -> str:
    """The script of `application.as_filed` (as `text_script`); "" when it has no text."""
    return _script(_as_filed_passages(ctx))


@fact("application_language", "str")
def application_language(ctx: FactContext) -> str:
    """Language the application was filed in: `application.language`, else the bundle's
    `language`, else `zh-TW`."""
    return (ctx.data.get("application") or {}).get("language") or ctx.data.get("language") or "zh-TW"


@fact("new_matter_compared", "bool")
def new_matter_compared(ctx: FactContext) -> bool:
    """The bundle's texts were compared with the application as filed: both have text, in
    the same script (a Chinese text is not compared word by word with a foreign one)."""
    later = text_script(ctx)
    return bool(later) and has_as_filed(ctx) and later == as_filed_script(ctx)


@fact("new_matter_count", "int")
def new_matter_count(ctx: FactContext) -> int:
    """Terms and numeric limits in the bundle's description, claims and captions that occur
    nowhere in the description, claims or captions as filed (`checker/language/new_matter.py`: terms
    by character bigrams or English word stems, numbers by value); 0 when not compared."""
    return len(_new_terms(ctx))


def _display(terms: list[NewTerm], english: bool) -> str:
    shown = [
        f'"{t.term}" ({t.passage.label_en})' if english else f"「{t.term}」（{t.passage.label_zh}）"
        for t in terms[:_SHOWN]
    ]
    text = (", " if english else "、").join(shown)
    more = len(terms) - _SHOWN
    if more > 0:
        text += f", and {more} more" if english else f"等，另有{more}項"
    return text


@fact("new_matter_terms", "str")
def new_matter_terms(ctx: FactContext) -> str:
    """The new terms for messages, each with the claim or section where it first appears:
    「石墨烯」（請求項3）、「0.5至1.5 mm」（請求項2）; "" when there are none."""
    return _display(_new_terms(ctx), english=False)


@fact("new_matter_terms_en", "str")
def new_matter_terms_en(ctx: FactContext) -> str:
    """`new_matter_terms` in English: "石墨烯" (claim 3), "0.5至1.5 mm" (claim 2)."""
    return _display(_new_terms(ctx), english=True)


@fact("new_matter_pointer", "str")
def new_matter_pointer(ctx: FactContext) -> str:
    """Where the first new term appears: `/claims/<i>/text`, `/description/sections/<key>`,
    or `POINTER@LINE:COLUMN` in the text file it was read from; "" when there is none."""
    terms = _new_terms(ctx)
    return terms[0].location if terms else ""


# --- facts: claims compared with the reference claims --------------------------------


def _reference_pointer(ctx: FactContext) -> str:
    if ctx.bundle.claims(GRANTED):
        return GRANTED
    if ctx.bundle.claims(AS_FILED + "/claims"):
        return AS_FILED + "/claims"
    return ""


@fact("reference_claims", "str")
def reference_claims(ctx: FactContext) -> str:
    """Which claims the bundle's claims are compared with: `granted` (`application.
    granted_claims`, the claims as published), else `as_filed` (`application.as_filed.claims`),
    else "" (none given)."""
    return {GRANTED: "granted", AS_FILED + "/claims": "as_filed"}.get(_reference_pointer(ctx), "")


def _live(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if not is_deleted(c.text)]


def _claim_sets(ctx: FactContext) -> tuple[list[Claim], list[Claim]]:
    pointer = _reference_pointer(ctx)
    if not pointer or not ctx.claims:
        return [], []
    return _live(ctx.bundle.claims(pointer) or []), _live(ctx.claims)


@fact("claims_added_count", "int")
def claims_added_count(ctx: FactContext) -> int:
    """Claims of the bundle (not marked 「（刪除）」) whose number is not a claim of the
    reference claims (`reference_claims`); 0 without reference claims."""
    return len(_added(ctx))


def _added(ctx: FactContext) -> list[tuple[int, Claim]]:
    reference, _ = _claim_sets(ctx)
    numbers = {c.number for c in reference}
    return [
        (i, c) for i, c in enumerate(ctx.claims) if reference and not is_deleted(c.text) and c.number not in numbers
    ]


def _claim_pointer(ctx: FactContext, index: int, claim: Claim) -> str:
    if ctx.bundle.texts.get("/claims") is not None:
        return f"/claims@{claim.line or 1}:1"
    return f"/claims/{index}/text"


@fact("claims_added", "str")
def claims_added(ctx: FactContext) -> str:
    """Numbers of the added claims (see `claims_added_count`) for messages: "5、6"; ""
    when none."""
    return shown_list([str(c.number) for _, c in _added(ctx)], "、")


@fact("claims_added_pointer", "str")
def claims_added_pointer(ctx: FactContext) -> str:
    """The first added claim: `/claims/<i>/text`, or `/claims@LINE:1` in a claims file; ""
    when none."""
    added = _added(ctx)
    return _claim_pointer(ctx, *added[0]) if added else ""


@fact("claims_deleted_count", "int")
def claims_deleted_count(ctx: FactContext) -> int:
    """Reference claims whose number is missing from the bundle's claims or marked
    「（刪除）」 there; 0 without reference claims."""
    reference, later = _claim_sets(ctx)
    numbers = {c.number for c in later}
    return sum(1 for c in reference if c.number not in numbers)


@fact("claim_count_increase", "int")
def claim_count_increase(ctx: FactContext) -> int:
    """Claims of the bundle minus reference claims, deleted claims not counted (negative
    when claims were deleted); 0 without reference claims."""
    reference, later = _claim_sets(ctx)
    return len(later) - len(reference) if reference else 0


def _broadened(ctx: FactContext) -> list[tuple[int, Claim, list[str]]]:
    """Each claim of the bundle whose scope lacks a term or limit of the scope of the
    reference claim with its number: (its index, the claim, the dropped terms). A claim's
    scope is its text with the texts of the claims it depends on, so moving a dependent
    claim's feature into its parent drops nothing; a term its parent already dropped is
    reported at the parent only. When claims were deleted and the rest renumbered, a
    later-numbered reference claim of the same kind (independent or dependent) whose scope
    it fully keeps clears it. A claim
    whose number the reference lacks is an added claim, counted elsewhere."""

    def compute():
        reference, later = _claim_sets(ctx)
        ref_by, later_by = {c.number: c for c in reference}, {c.number: c for c in later}
        renumbered = len(later) < len(reference)  # deleting claims may shift the later ones down
        found = []
        for index, claim in enumerate(ctx.claims):
            if is_deleted(claim.text) or claim.number not in ref_by:
                continue
            scope = _scope(later_by, claim.number)
            dropped = _removed(_scope(ref_by, claim.number), scope)
            for parent in _parents(claim):
                if parent in ref_by and parent in later_by and parent != claim.number:
                    inherited = set(_removed(_scope(ref_by, parent), _scope(later_by, parent)))
                    dropped = [t for t in dropped if t not in inherited]
            if dropped and not (
                renumbered
                and any(
                    r.number > claim.number
                    and _dependent(r) == _dependent(claim)
                    and not _removed(_scope(ref_by, r.number), scope)
                    for r in reference
                )
            ):
                found.append((index, claim, dropped))
        return found

    return _cached(ctx, "broadened", compute)


def _parents(claim: Claim) -> list[int]:
    """The claim numbers a claim depends on: its explicit `depends_on`, else its text
    (如請求項1或2所述, 請求項1至3, claims 1 to 3), read by the claims parser."""
    if claim.depends_on is not None:
        return list(claim.depends_on)
    dependency = parse_dependency(claim.text, claim.number)
    return list(dependency.targets) if dependency else []


def _scope(claims: dict[int, Claim], number: int, seen: frozenset[int] = frozenset()) -> str:
    """A claim's text followed by the texts of the claims it depends on, recursively."""
    claim = claims.get(number)
    if claim is None or number in seen:
        return ""
    parents = [p for p in _parents(claim) if p < number]
    return "\n".join([claim.text] + [_scope(claims, p, seen | {number}) for p in parents])


def _dependent(claim: Claim) -> bool:
    return bool(_parents(claim))


@lru_cache(maxsize=4096)
def _removed(earlier: str, later: str) -> list[str]:
    return removed_terms(earlier, later)


@fact("claims_broadened_count", "int")
def claims_broadened_count(ctx: FactContext) -> int:
    """Claims of the bundle that lack a term or numeric limit of the reference claim with
    the same number (and of every other reference claim of their kind): a limitation
    dropped or reworded."""
    return len(_broadened(ctx))


def _broadened_display(ctx: FactContext, english: bool) -> str:
    items = []
    for _, claim, dropped in _broadened(ctx)[:_SHOWN]:
        if english:
            items.append(f"claim {claim.number} (drops {', '.join(repr(t) for t in dropped[:3])})")
        else:
            items.append(f"請求項{claim.number}（刪去{'、'.join(f'「{t}」' for t in dropped[:3])}）")
    return (", " if english else "、").join(items)


@fact("claims_broadened", "str")
def claims_broadened(ctx: FactContext) -> str:
    """The broadened claims for messages: 請求項3（刪去「銅」）; "" when none."""
    return _broadened_display(ctx, english=False)


@fact("claims_broadened_en", "str")
def claims_broadened_en(ctx: FactContext) -> str:
    """`claims_broadened` in English: claim 3 (drops '銅')."""
    return _broadened_display(ctx, english=True)


@fact("claims_broadened_pointer", "str")
def claims_broadened_pointer(ctx: FactContext) -> str:
    """The first broadened claim: `/claims/<i>/text`, or `/claims@LINE:1` in a claims file;
    "" when none."""
    found = _broadened(ctx)
    if not found:
        return ""
    index, claim, _ = found[0]
    return _claim_pointer(ctx, index, claim)


@fact("granted_claims_broadened", "bool")
def granted_claims_broadened(ctx: FactContext) -> bool:
    """The bundle's claims are compared with the claims as published and at least one
    lacks a term or limit of the published claims (`claims_broadened_count`)."""
    return reference_claims(ctx) == "granted" and claims_broadened_count(ctx) > 0


# --- facts: the procedure ------------------------------------------------------------


@fact("final_notice_on", "date")
def final_notice_on(ctx: FactContext) -> int:
    """The latest `final_notice` event of the application, YYYYMMDD; 0 when none."""
    events = (ctx.data.get("application") or {}).get("events") or []
    return max((ymd(e.get("on")) for e in events if e.get("type") == "final_notice"), default=0)
