"""Fee amounts and the late-annuity surcharge (Patent Act arts. 94(2), 95).

Amounts come from the dated table ``data/patent_fees.yaml`` (專利規費收費辦法 as summarised in
legal-notes; the amounts are not verified against the regulation's own text). The surcharge
follows art. 94(2): for each month, or part of a month, that a second-or-later annuity is paid
after its due date, 20% of the annuity is added, at most the annuity again (the total is then
double). Months are civil months counted from the due date (``checker.timing.periods.months_late``),
never day counts: due 2024-01-31, paid 2024-02-29 is 1 month late.

This module computes amounts; which amount the law requires of a payer (whether a reduction
applies, whether a payment is late) is for the rules to say.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import yaml

DATA_FILE = Path(__file__).resolve().parent / "data" / "patent_fees.yaml"

SURCHARGE_PERCENT_PER_MONTH = 20  # art. 94(2): 每逾一個月加繳百分之二十
SURCHARGE_CAP_PERCENT = 100  # art. 94(2): 最高加繳至依規定之專利年費加倍之數額

_TABLE_TYPE = {
    "invention": "invention",
    "utility_model": "utility_model",
    "design": "design",
    "derivative_design": "design",
}


@dataclass(frozen=True)
class FeeVersion:
    in_force_from: date
    certificate: int
    annuities: dict[str, tuple[tuple[int, int | None, int], ...]]
    reductions: tuple[tuple[int, int | None, int], ...]


@cache
def fee_versions() -> tuple[FeeVersion, ...]:
    data = yaml.load(DATA_FILE.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    versions = [
        FeeVersion(
            in_force_from=date.fromisoformat(str(v["in_force"]["from"])),
            certificate=v["certificate"],
            annuities={kind: tuple(tuple(band) for band in bands) for kind, bands in v["annuities"].items()},
            reductions=tuple(tuple(band) for band in v["reductions"]),
        )
        for v in data["versions"]
    ]
    return tuple(sorted(versions, key=lambda v: v.in_force_from))


def _version_on(on: date) -> FeeVersion | None:
    return next((v for v in reversed(fee_versions()) if v.in_force_from <= on), None)


def _band(bands, year: int) -> int:
    for first, last, amount in bands:
        if first <= year and (last is None or year <= last):
            return amount
    return 0


def annuity(patent_type: str, year: int, on: date) -> int:
    """The annuity for patent ``year`` of a patent of ``patent_type`` under the table in force
    ``on``; 0 when unknown (no table in force, or no year)."""
    version = _version_on(on)
    if version is None or year < 1 or patent_type not in _TABLE_TYPE:
        return 0
    return _band(version.annuities[_TABLE_TYPE[patent_type]], year)


def reduced_annuity(patent_type: str, year: int, on: date) -> int:
    """The annuity less the art. 95 reduction for its year (never below 0); 0 when unknown."""
    full = annuity(patent_type, year, on)
    version = _version_on(on)
    if not full or version is None:
        return 0
    return max(0, full - _band(version.reductions, year))


def certificate_fee(on: date) -> int:
    """The certificate fee (證書費) in force ``on``; 0 when unknown."""
    version = _version_on(on)
    return version.certificate if version else 0


def surcharge_percent(months_late: int) -> int:
    """Art. 94(2): 20% for each month late (a part of a month is a month), at most 100%."""
    if months_late < 0:
        raise ValueError(f"months late must be >= 0, not {months_late}")
    return min(SURCHARGE_PERCENT_PER_MONTH * months_late, SURCHARGE_CAP_PERCENT)


def surcharge(amount: int, months_late: int) -> int:
    """The surcharge on an annuity of ``amount`` paid ``months_late`` months late (NT$,
    rounded down to the dollar; every tabled amount gives a whole number)."""
    return amount * surcharge_percent(months_late) // 100
