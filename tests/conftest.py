"""Shared test helpers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `pytest` from a checkout without an install
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def checker():
    """One compiled rule set for the whole session (durable-rules registers it once)."""
    from checker.core.pipeline import Checker

    return Checker()
