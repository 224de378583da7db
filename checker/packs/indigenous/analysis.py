"""What an application to register an indigenous traditional intellectual creation says.

Pure functions over the bundle's data (plain dicts as the YAML loader gives them) and its
description file's text: which items of the description are there (Implementation Rules
art. 11), how long the summary is (art. 10(5); the legislative reason of art. 37), whether
the description says something must stay undisclosed, and each recorded period's
deadlines (arts. 17, 18), counted with the Patent Act's period arithmetic and the same
office calendar (checker.timing). Nothing here judges: the pack's rules do.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from checker.language.description_analysis import abstract_character_count
from checker.timing.periods import Deadline, WorkingDays, compute_deadline, given_deadline

LAW = "indigenous_creations_rules"

# Description items of art. 11(1)(3): bundle key -> (heading, item 目 of 11(1)(3)).
DESCRIPTION_ITEMS = {
    "features_and_scope": ("特徵、範圍", 1),
    "history_use_and_development": ("歷史意義、現存利用方式及未來發展", 2),
    "social_cultural_connection": ("社會、文化關聯", 3),
    "reasons_not_to_disclose": ("不宜公開之理由", 4),
}
# Headings a description file may use for each item (punctuation variants of the same words).
_HEADINGS = {
    "特徵、範圍": "features_and_scope", "特徵及範圍": "features_and_scope",
    "特徵與範圍": "features_and_scope", "特徵範圍": "features_and_scope",
    "歷史意義、現存利用方式及未來發展": "history_use_and_development",
    "歷史意義、現存利用方式與未來發展": "history_use_and_development",
    "歷史意義現存利用方式及未來發展": "history_use_and_development",
    "社會、文化關聯": "social_cultural_connection", "社會文化關聯": "social_cultural_connection",
    "社會及文化關聯": "social_cultural_connection",
    "不宜公開之理由": "reasons_not_to_disclose", "不宜公開理由": "reasons_not_to_disclose",
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

# Why the event day is not counted: the Rules have no counting rule of their own, so the
# Civil Code's (applied to administrative procedure by APA art. 48).
FIRST_DAY = ({"law": "civil_code", "article": 120, "paragraph": 2, "subparagraph": None},)
RESTORATION_DAYS = 60  # art. 18(2): 於其原因消滅後六十日內
RESTORATION_LIMIT_YEARS = 1  # art. 18(2) proviso: 延誤法定期間已逾一年者，不在此限


def _cite(article: int, paragraph: int) -> dict[str, Any]:
    return {"law": LAW, "article": article, "paragraph": paragraph, "subparagraph": None}


@dataclass(frozen=True)
class PeriodDeadline:
    """One deadline a recorded period gives rise to, and whether its act was done in time."""

    name: str  # designated, correction, restoration_cause, restoration_limit
    event: str  # the bundle field that starts it, or gives its end
    deadline: Deadline
    status: str  # done / late (act recorded), pending / overdue (not recorded, at as_of)
    act_on: dt.date | None


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def status(act_on: dt.date | None, end: dt.date, as_of: dt.date) -> str:
    """done / late when the act is recorded; pending / overdue judged at ``as_of`` when not."""
    if act_on is not None:
        return "done" if act_on <= end else "late"
    return "pending" if as_of <= end else "overdue"


def period_deadlines(entry: dict[str, Any], as_of: dt.date, calendar: WorkingDays,
                     pointer: str) -> list[PeriodDeadline]:
    """The deadlines of one `periods` entry: a designated or correction period's end as the
    authority set it, moved off closed days (Civil Code art. 122, APA art. 48(4)); a
    restoration's 60 days after the cause ended and its one year after the missed period."""
    kind = entry.get("kind")
    out: list[PeriodDeadline] = []
    if kind in ("designated", "correction"):
        ends = _date(entry.get("ends_on"))
        if ends is not None:
            act_field = "extension_requested_on" if kind == "designated" else "requested_on"
            act_on = _date(entry.get(act_field))
            basis = (_cite(17, 1),) if kind == "designated" else (_cite(18, 1),)
            deadline = given_deadline(ends, calendar=calendar, source=f"{pointer}/ends_on", basis=basis)
            out.append(PeriodDeadline(kind, f"{pointer}/ends_on", deadline,
                                      status(act_on, deadline.end, as_of), act_on))
    elif kind == "restoration":
        act_on = _date(entry.get("requested_on"))
        cause = _date(entry.get("cause_ended_on"))
        if cause is not None:
            deadline = compute_deadline(cause, days=RESTORATION_DAYS, calendar=calendar,
                                        first_day_basis=FIRST_DAY)
            out.append(PeriodDeadline("restoration_cause", f"{pointer}/cause_ended_on", deadline,
                                      status(act_on, deadline.end, as_of), act_on))
        missed = _date(entry.get("original_period_ended_on"))
        if missed is not None:
            deadline = compute_deadline(missed, years=RESTORATION_LIMIT_YEARS, calendar=calendar,
                                        first_day_basis=FIRST_DAY)
            out.append(PeriodDeadline("restoration_limit", f"{pointer}/original_period_ended_on",
                                      deadline, status(act_on, deadline.end, as_of), act_on))
    return out


def _ymd(day: dt.date | None) -> int:
    return int(day.strftime("%Y%m%d")) if day else 0


def period_item(index: int, entry: dict[str, Any], as_of: dt.date, calendar: WorkingDays) -> dict[str, Any]:
    """One `periods` entry as an item for the rules: its kind, each deadline (YYYYMMDD, 0
    when it does not arise) with its status ("" when it does not arise), and what the
    request declares ("yes" / "no" / "" unstated)."""
    pointer = f"/periods/{index}"
    deadlines = {d.name: d for d in period_deadlines(entry, as_of, calendar, pointer)}

    def end(name: str) -> int:
        return _ymd(deadlines[name].deadline.end) if name in deadlines else 0

    def state(name: str) -> str:
        return deadlines[name].status if name in deadlines else ""

    kind = str(entry.get("kind", ""))
    main = {"designated": "designated", "correction": "correction"}.get(kind, "restoration_cause")
    extension = ""
    if kind == "designated" and entry.get("extension_requested_on") and "designated" in deadlines:
        extension = "in_time" if state("designated") == "done" else "late"
    return {
        "pointer": pointer,
        "kind": kind,
        "deadline": end(main),
        "status": state(main) if kind != "designated" else "",
        "extension": extension,
        "cause_deadline": end("restoration_cause"),
        "cause_status": state("restoration_cause"),
        "limit_deadline": end("restoration_limit"),
        "limit_status": state("restoration_limit"),
        "requested_on": _ymd(_date(entry.get("requested_on") or entry.get("extension_requested_on"))),
        "reasons_stated": yes_no(entry.get("reasons_stated")),
        "proof_enclosed": yes_no(entry.get("proof_enclosed")),
        "omitted_act_done": yes_no(entry.get("omitted_act_done")),
    }
