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
from checker.language.texts import Claim, is_deleted_claim as is_deleted
from checker.packs.patent.facts.registry import REGISTRY, FactContext, fact, ymd

AS_FILED = "/application/as_filed"
GRANTED = "/application/granted_claims"


# --- the texts ---------------------------------------------------------------------


def _description_passages(ctx: FactContext, pointer: str) -> list[Passage]:
    bundle = ctx.bundle
    sections = bundle.description_sections(pointer) or []
    source = bundle.texts.get(pointer)
    if source is not None:
        if not sections:
            return [Passage("description", "", pointer, source.text, source.text, 1)]
        return [Passage(s.key, "", pointer, s.text, source.text, s.line) for s in sections]
    return [Passage(s.key, "", f"{pointer}/sections/{s.key}", s.text) for s in sections]


def _claim_passages(ctx: FactContext, pointer: str) -> list[Passage]:
    claims = ctx.bundle.claims(pointer) or []
    source = ctx.bundle.texts.get(pointer)
    return claim_passages(claims, pointer, source.text if source is not None else None)


def _drawing_passages(ctx: FactContext, pointer: str) -> list[Passage]:
    drawings = ctx.bundle.get(pointer) or []
    return [
        Passage("drawings", str(d.get("figure", i + 1)), f"{pointer}/{i}/description", str(d["description"]))
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
    by character bigrams or English word stems, numbers by value); 0 when not compared. Each
    is an item of `new_terms`."""
    return len(_new_terms(ctx))


def _place(passage: Passage) -> str:
    if passage.section == "claims":
        return f"claim {passage.number}"
    if passage.section == "drawings":
        return f"figure {passage.number}"
    return passage.section


@REGISTRY.item_kind(
    "new_terms",
    {"term": "str", "numeric": "bool", "section": "str", "claim": "int", "figure": "str", "place": "str"},
    labels={"zh-TW": "申請時文本未記載之用語", "en": "term absent from the texts as filed"},
)
def new_term_items(ctx: FactContext) -> list[dict]:
    """Each term or numeric limit of the bundle's description, claims and captions found
    nowhere in the texts as filed (as `new_matter_count` counts them; none when
    `new_matter_compared` is false), once, where it first appears: at
    `/claims@LINE:COLUMN` in a claims or description file, else at the inline text
    (`/claims/<i>/text`, `/description/sections/<key>`, `/drawings/<i>/description`).
    ``term``: as written (石墨烯, 0.5至1.5 mm); ``numeric``: a numeric limit, not a word;
    ``section``: `claims`, a description section (`embodiments`, `summary`…; `description`
    when the description has no headings) or `drawings` (a figure's caption); ``claim``:
    the claim's number (0 outside the claims); ``figure``: the caption's figure ("" outside
    captions); ``place``: where, for messages: `claim 3`, `figure 2` or the section."""
    return [
        {
            "pointer": t.location,
            "term": t.term,
            "numeric": t.kind == "number",
            "section": t.passage.section,
            "claim": int(t.passage.number) if t.passage.section == "claims" else 0,
            "figure": t.passage.number if t.passage.section == "drawings" else "",
            "place": _place(t.passage),
        }
        for t in _new_terms(ctx)
    ]


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


def _declared_kinds(ctx: FactContext) -> dict[int, str]:
    """Claim number -> the kind declared by the first change of the bundle's own
    `amendment.changes` (`correction.changes` for a correction) that targets the claims and
    names that claim ("unstated" when it names no kind)."""
    section = "correction" if ctx.data.get("procedure") == "correction" else "amendment"
    kinds: dict[int, str] = {}
    for change in (ctx.data.get(section) or {}).get("changes") or []:
        if isinstance(change, dict) and change.get("target") == "claims" and isinstance(change.get("claim"), int):
            kinds.setdefault(change["claim"], str(change.get("kind") or "unstated"))
    return kinds


@REGISTRY.item_kind(
    "claims_beyond_reference",
    {"number": "int", "change": "str", "dropped": "str", "declared_kind": "str"},
    labels={"zh-TW": "新增或刪去限定條件之請求項", "en": "claim added or losing a limitation"},
)
def claims_beyond_reference_items(ctx: FactContext) -> list[dict]:
    """Each claim of the bundle that the reference claims (`reference_claims`) do not hold
    word for word, at the claim (`/claims/<i>/text`, or `/claims@LINE:1` in a claims file),
    in claim order: ``number``; ``change``: `added` (its number is no reference claim, as
    `claims_added_count` counts them) or `broadened` (it lacks a term or numeric limit of
    the reference claim, as `claims_broadened_count` counts them); ``dropped``: the terms it
    lacks, joined with 、 ("" for an added claim); ``declared_kind``: the kind that a change
    of the bundle's own `amendment.changes` (`correction.changes` for a correction) with
    `target: claims` declares for this claim (its first such change; "unstated" when it
    states no kind), "" when no change names the claim."""
    declared = _declared_kinds(ctx)
    found: list[tuple[int, Claim, str, list[str]]] = [(index, claim, "added", []) for index, claim in _added(ctx)]
    found += [(index, claim, "broadened", dropped) for index, claim, dropped in _broadened(ctx)]
    return [
        {
            "pointer": _claim_pointer(ctx, index, claim),
            "number": claim.number,
            "change": change,
            "dropped": "、".join(dropped),
            "declared_kind": declared.get(claim.number, ""),
        }
        for index, claim, change, dropped in sorted(found, key=lambda f: f[0])
    ]


# --- facts: the procedure ------------------------------------------------------------


@fact("final_notice_on", "date")
def final_notice_on(ctx: FactContext) -> int:
    """The latest `final_notice` event of the application, YYYYMMDD; 0 when none."""
    events = (ctx.data.get("application") or {}).get("events") or []
    return max((ymd(e.get("on")) for e in events if e.get("type") == "final_notice"), default=0)
