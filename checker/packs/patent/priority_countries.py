"""Where a first filing may be made for a foreign priority claim (Patent Act art. 28).

The list lives in ``data/priority_countries.yaml``, dated and with its sources; this module only
reads it (once, cached) and answers one question: *on the day the first application was filed,
could a ROC application claim priority from a filing there?*

Reading of the membership dates. Priority is a right that arises when the first application is
filed, so what counts is the relationship between that country and the ROC *on the first-filing
date*, not on the day of the ROC filing. For the WTO route both had to be members then, i.e. the
first filing must be made on or after the later of the member's accession and the ROC's own
(2002-01-01). This is TIPO's practice and was upheld by the Supreme Administrative Court
(95年判字第740號 and 95年度判字第1281號, 2006: an EP first filing of 2001-05-21 could not found
a claim in a ROC application of 2002). The court dealt with the ROC's date; applying the same
rule to a member that joined after 2002 (e.g. Russia, 2012-08-22) is our reading. Pre-2002
bilateral reciprocity (e.g. with the US or Japan) is not modelled: such first filings could only
support ROC filings made by the end of 2002, under the law of that time.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

DATA_FILE = Path(__file__).resolve().parent / "data" / "priority_countries.yaml"

PriorityStatus = Literal[
    "wto_member",  # a WTO member, and the WTO route was open on the first-filing date
    "reciprocal",  # a reciprocal arrangement (incl. the cross-strait one for CN) covers the date
    "regional_office",  # EP or WO, accepted as the effect of a national filing
    "not_yet_member",  # listed, but the route opened only after the first-filing date
    "not_accepted",  # a known code that gives no art. 28 priority on that date (IR, TW, early CN)
    "unknown_code",  # well formed, but not an ISO 3166-1 alpha-2 code nor EP/WO/EU (e.g. XX)
]
ACCEPTED: frozenset[str] = frozenset({"wto_member", "reciprocal", "regional_office"})

_CODE = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True)
class _Table:
    compiled_on: date
    roc_since: date
    members: dict[str, date]
    offices: dict[str, date]
    reciprocal: dict[str, date]
    special: dict[str, date]
    other: frozenset[str]
    uncertain: frozenset[str]


@cache
def _table() -> _Table:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    raw = yaml.load(DATA_FILE.read_text(encoding="utf-8"), Loader=loader)
    uncertain: set[str] = set()

    def section(key: str, date_key: str) -> dict[str, date]:
        out: dict[str, date] = {}
        for entry in raw.get(key) or ():
            code = entry["code"]
            if code in out:
                raise ValueError(f"{DATA_FILE.name}: {code} is listed twice in {key}")
            out[code] = entry.get(date_key) or date.min  # no known start date: always open
            if entry.get("uncertain"):
                uncertain.add(code)
        return out

    table = _Table(
        compiled_on=raw["compiled_on"],
        roc_since=raw["roc_wto_member_since"],
        members=section("wto_members", "member_since"),
        offices=section("regional_offices", "accepted_from"),
        reciprocal=section("reciprocal", "since"),
        special=section("special", "accepted_for_first_filings_from"),
        other=frozenset(raw.get("other_iso_codes") or []),
        uncertain=frozenset(uncertain),
    )
    # A code may sit in one of these sections only (`special` overrides: CN is also a member).
    counts = Counter([*table.members, *table.offices, *table.reciprocal, *(raw.get("other_iso_codes") or [])])
    if twice := sorted(code for code, n in counts.items() if n > 1):
        raise ValueError(f"{DATA_FILE.name}: listed more than once: {twice}")
    return table


def _check(code: Any, first_filed_on: Any) -> None:
    # Deliberately strict: the bundle schema requires capitals (^[A-Z]{2}$), so anything else
    # here is a caller's bug, not a user's typo to guess at.
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise ValueError(f"country code must be two capital letters (ISO 3166-1, EP, WO): {code!r}")
    if isinstance(first_filed_on, datetime) or not isinstance(first_filed_on, date):
        raise TypeError(f"first_filed_on must be a datetime.date, not {type(first_filed_on).__name__}")


def priority_country_status(code: str, first_filed_on: date) -> PriorityStatus:
    """Whether a first filing in ``code`` on ``first_filed_on`` can ground an art. 28 claim.

    ``code`` is the bundle's ``country`` (ISO 3166-1 alpha-2 in capitals, or EP / WO); anything
    else raises ValueError. The result is one of :data:`PriorityStatus`; :data:`ACCEPTED` holds
    the ones that allow the claim. Nationality or domicile of the applicant (art. 28(1), (3)) and
    the 12/6-month period are separate checks.
    """
    _check(code, first_filed_on)
    t = _table()
    if code in t.special:  # CN: the cross-strait agreement, not WTO membership
        return "reciprocal" if first_filed_on >= t.special[code] else "not_accepted"
    if code in t.members and first_filed_on >= max(t.members[code], t.roc_since):
        return "wto_member"
    if code in t.reciprocal and first_filed_on >= t.reciprocal[code]:
        return "reciprocal"
    if code in t.offices:
        opens = max(t.offices[code], t.roc_since)
        return "regional_office" if first_filed_on >= opens else "not_yet_member"
    if code in t.members:
        return "not_yet_member"
    if code in t.reciprocal or code in t.other:
        return "not_accepted"
    return "unknown_code"


def is_uncertain(code: str) -> bool:
    """True when the data marks the entry for ``code`` ``uncertain``: a rule built on it must say
    so and should not report an error on it alone."""
    return code in _table().uncertain


def data_compiled_on() -> date:
    """The day the list was compiled (``compiled_on`` in the data file)."""
    return _table().compiled_on
