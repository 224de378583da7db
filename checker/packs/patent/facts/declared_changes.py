"""The changes an amendment or a correction declares (`amendment.changes`,
`correction.changes`), as items rules range over (``given: changes``): the declared kind,
its target and claim, and what its own `before`/`after` texts show.

These facts read what the bundle says; whether a declared kind is allowed (arts. 43(4),
49(2), 67(1), 67(4), applied to utility models by 120(1)) is decided by the rules in
rules/tw-patent-act-2013/declared-changes.yaml.
"""

from __future__ import annotations

from checker.language.new_matter import removed_terms
from checker.packs.patent.facts.registry import REGISTRY, FactContext

# Kinds that no provision lists among permitted amendments after a final notice or
# corrections: they enlarge the claims or bring in new matter by their own declaration.
ENLARGING = ("broaden", "add_claim", "add_matter")
# Kinds whose before/after are compared for a dropped limitation. A declared error or
# mistranslation correction replaces a term by design, a deletion drops the whole claim,
# and an enlarging kind is reported for its declaration already.
COMPARED = ("narrow", "clarify", "other", "unstated")


@REGISTRY.item_kind(
    "changes",
    {
        "position": "int",
        "section": "str",
        "declared_kind": "str",
        "target": "str",
        "claim": "int",
        "enlarging": "bool",
        "removed": "str",
    },
    labels={"zh-TW": "修正或更正事項", "en": "declared change"},
)
def change_items(ctx: FactContext) -> list[dict]:
    """Every entry of `amendment.changes` and then of `correction.changes`, at
    `/<section>/changes/<index>` (its `/kind` when stated): ``position`` (1-based within
    its list); ``section`` (amendment or correction); the ``declared_kind`` (delete_claim,
    narrow, correct_error, correct_translation, clarify, add_claim, broaden, add_matter,
    other; "unstated" when the change names none; worded for messages by the pack's
    `change_kind` values), ``target`` (claims, description, drawings, abstract; "" when
    not stated) and ``claim`` (0 when not stated);
    ``enlarging``: the declared kind is broaden, add_claim or add_matter; ``removed``: when
    both `before` and `after` are given and the kind is narrow, clarify, other or not
    stated, the terms and values of `before` that `after` no longer contains, joined with
    、 ("" otherwise)."""
    items = []
    for section in ("amendment", "correction"):
        block = ctx.data.get(section)
        if not isinstance(block, dict):
            continue
        for index, change in enumerate(block.get("changes") or []):
            if not isinstance(change, dict):
                continue
            kind = str(change.get("kind") or "unstated")
            before, after = change.get("before"), change.get("after")
            removed = ""
            if (
                kind in COMPARED
                and isinstance(before, str)
                and isinstance(after, str)
                and before.strip()
                and after.strip()
            ):
                removed = "、".join(dict.fromkeys(removed_terms(before, after)))
            items.append(
                {
                    "pointer": f"/{section}/changes/{index}" + ("/kind" if "kind" in change else ""),
                    "position": index + 1,
                    "section": section,
                    "declared_kind": kind,
                    "target": str(change.get("target") or ""),
                    "claim": change.get("claim") if isinstance(change.get("claim"), int) else 0,
                    "enlarging": kind in ENLARGING,
                    "removed": removed,
                }
            )
    return items
