"""The fact table's vocabulary: bases (clean examples), ``row`` and small builders.

Rows live in ``tests/test_facts.py`` and in ``tests/fact_rows_*.py`` (one module per topic,
each defining ``ROWS``); ``test_facts.py`` gathers them all, so the meta-tests cover every row.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
LED = "examples/invention-led-package/bundle.yaml"  # description.txt + claims.txt beside it
CHAIR = "examples/design-chair/bundle.yaml"
DERIV = "examples/derivative-design-chair/bundle.yaml"
CLIP = "examples/utility-model-cable-clip/bundle.yaml"  # inline sections and claims
BASES = (LED, CHAIR, DERIV, CLIP)

AS_OF = dt.date(2025, 7, 1)
PY_TYPES = {"bool": bool, "int": int, "str": str, "date": int}


def row(
    fact: str,
    expected: Any,
    patch: dict | None = None,
    *,
    base: str = LED,
    files: dict[str, str] | None = None,
    as_of: dt.date = AS_OF,
    id: str = "",
    xfail: str | None = None,
):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    label = id or (Path(base).parent.name if not patch and not files else "patched")
    return pytest.param(fact, base, patch or {}, files or {}, as_of, expected, id=f"{fact}: {label}", marks=marks)


def inline_claims(*texts: str) -> list[dict]:
    return [{"number": i, "text": text} for i, text in enumerate(texts, 1)]
