"""Lists inside messages: bounded, because a message naming thousands of items helps nobody
(and a multi-megabyte fact is more than durable-rules can hold)."""

from __future__ import annotations

SHOWN_ITEMS = 30  # items a message names before saying how many more


def shown_list(items: list[str], separator: str = ", ", total: int | None = None) -> str:
    """The first SHOWN_ITEMS items joined, then how many more ("… +12"). ``total``: the
    number of items when only the first ones were built (they may be costly to word)."""
    more = (len(items) if total is None else total) - SHOWN_ITEMS
    return separator.join(items[:SHOWN_ITEMS]) + (f"{separator}… +{more}" if more > 0 else "")
