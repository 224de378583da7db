"""The one place dates change form. Facts hold dates as YYYYMMDD integers (0: unknown),
so durable-rules compares them as numbers; bundles and reports write ISO text; period
arithmetic works on ``datetime.date``."""

from __future__ import annotations

import datetime as dt
from typing import Any


def ymd(value: Any) -> int:
    """An ISO date (text or ``date``) as YYYYMMDD; 0 when absent."""
    if not value:
        return 0
    if isinstance(value, dt.date):
        return value.year * 10000 + value.month * 100 + value.day
    return int(str(value).replace("-", ""))


def iso(value: int) -> str:
    """A YYYYMMDD integer as ISO text for people; "unknown" for 0."""
    if not value:
        return "unknown"
    return f"{value // 10000:04d}-{value // 100 % 100:02d}-{value % 100:02d}"


def to_date(value: Any) -> dt.date | None:
    """A YYYYMMDD integer, an ISO text or a ``date`` as a ``date``; None when absent."""
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int):
        return dt.date(value // 10000, value // 100 % 100, value % 100)
    return dt.date.fromisoformat(str(value))
