"""What an application to register an indigenous traditional intellectual creation says.

Pure functions over the bundle's data (plain dicts as the YAML loader gives them) and its
description file's text: which items of the description are there (Implementation Rules
art. 11), how long the summary is (art. 10(5); the legislative reason of art. 37), whether
the description says something must stay undisclosed, and what each recorded period
(arts. 17, 18) gives. Nothing here judges: the pack's rules do, and its periods.yaml says
how long each period runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from checker.language.description_analysis import abstract_character_count

# Description items of art. 11(1)(3): bundle key -> (heading, item 目 of 11(1)(3)).
DESCRIPTION_ITEMS = {
    "features_and_scope": ("特徵、範圍", 1),
    "history_use_and_development": ("歷史意義、現存利用方式及未來發展", 2),
    "social_cultural_connection": ("社會、文化關聯", 3),
    "reasons_not_to_disclose": ("不宜公開之理由", 4),
}
# Headings a description file may use for each item (punctuation variants of the same words).
_HEADINGS = {
    "特徵、範圍": "features_and_scope",
    "特徵及範圍": "features_and_scope",
    "特徵與範圍": "features_and_scope",
    "特徵範圍": "features_and_scope",
    "歷史意義、現存利用方式及未來發展": "history_use_and_development",
    "歷史意義、現存利用方式與未來發展": "history_use_and_development",
    "歷史意義現存利用方式及未來發展": "history_use_and_development",
    "社會、文化關聯": "social_cultural_connection",
    "社會文化關聯": "social_cultural_connection",
    "社會及文化關聯": "social_cultural_connection",
    "不宜公開之理由": "reasons_not_to_disclose",
    "不宜公開理由": "reasons_not_to_disclose",
}
_HEADING = re.compile(r"^\s*【([^】]+)】\s*(.*)$")

# Wording by which a description says that part of the creation must stay undisclosed
# (art. 11(1)(3)(iv)); 禁忌 alone is not one: taboos belong to item (iii).
_NON_DISCLOSURE = re.compile(
    r"不宜公開|不得公開|不可公開|不能公開|不予公開|不應公開|不公開|不對外|保密|秘密|祕密|"
    r"僅限(?:本?族人|部落成員)|外人不得"
)


@dataclass(frozen=True)
class DescriptionItem:
    """One item of the description: its text and where it is (a file line, or a pointer)."""

    key: str
    text: str
    line: int | None = None  # the heading's line in the description file


def description_items(data: dict[str, Any], file_text: str | None) -> dict[str, DescriptionItem]:
    """The art. 11(1)(3) items the description gives, by bundle key; an item whose text is
    blank is not given. A description file is read by its 【…】 headings; inline items
    are the description's keys."""
    description = data.get("description")
    if not isinstance(description, dict):
        return {}
    found: dict[str, DescriptionItem] = {}
    if file_text is not None:
        key, heading_line = None, 0
        body: list[str] = []

        def close() -> None:
            text = "\n".join(body).strip()
            if key is not None and text and key not in found:
                found[key] = DescriptionItem(key, text, heading_line)

        for number, line in enumerate(file_text.splitlines(), 1):
            match = _HEADING.match(line)
            if match and "".join(match[1].split()) in _HEADINGS:
                close()
                key, heading_line = _HEADINGS["".join(match[1].split())], number
                body = [match[2]] if match[2] else []
            elif match:  # another heading (名稱, 種類…) ends the item
                close()
                key, body = None, []
            elif key is not None:
                body.append(line)
        close()
        return found
    for key in DESCRIPTION_ITEMS:
        text = description.get(key)
        if isinstance(text, str) and text.strip():
            found[key] = DescriptionItem(key, text.strip())
    return found


def non_disclosure_wording(texts: list[str]) -> str:
    """The first wording saying something must stay undisclosed, "" when there is none."""
    for text in texts:
        match = _NON_DISCLOSURE.search(text)
        if match:
            return match[0]
    return ""


def summary_characters(summary: str) -> int:
    """Characters of the summary counted as 字, as the office counts an abstract's: every
    character except whitespace; punctuation, Latin letters and digits count one each."""
    return abstract_character_count(summary)


def yes_no(value: Any) -> str:
    """A declared boolean as "yes" / "no", or "" when the bundle does not say."""
    return "yes" if value is True else "no" if value is False else ""


# --- periods (arts. 17, 18) --------------------------------------------------------------

_PERIOD_DATES = ("ends_on", "extension_requested_on", "requested_on", "cause_ended_on", "original_period_ended_on")
_PERIOD_DECLARATIONS = ("reasons_stated", "proof_enclosed", "omitted_act_done")


def _ymd(value: Any) -> int:
    return int(str(value).replace("-", "")) if value else 0


def period_item(index: int, entry: dict[str, Any]) -> dict[str, Any]:
    """One `periods` entry as an item: its pointer, its kind (as `period`: `kind` names the
    item kind in the engine), its dates (YYYYMMDD, 0 when not
    given) and what the request declares ("yes" / "no" / "" unstated). How long each period
    runs is the pack's data (periods.yaml), counted by checker.timing.deadlines."""
    item: dict[str, Any] = {"pointer": f"/periods/{index}", "period": str(entry.get("kind", ""))}
    item.update({name: _ymd(entry.get(name)) for name in _PERIOD_DATES})
    item.update({name: yes_no(entry.get(name)) for name in _PERIOD_DECLARATIONS})
    return item
