"""Statutory deadlines as an iCalendar (RFC 5545) file for a docketing clerk's calendar.

Hand-written on purpose: the format we need is small, and writing it ourselves keeps the
checker free of another dependency. The output is deterministic (the same records give
byte-identical text whatever their order): no wall-clock time, UIDs derived from the
record, events in a fixed order. So a re-run diffs cleanly and a re-import updates the
clerk's existing events (same UID) instead of duplicating them.

A deadline that an office closure (``--closed``), a holiday or a weekend moved past the
last day of its count carries SEQUENCE = the number of days it moved and LAST-MODIFIED =
the run's stamp: a closure declared later only ever moves a deadline further, so its
SEQUENCE grows and a calendar replaces the older copy (RFC 5546 §2.1.4), and the same
input gives the same numbers on every run.

RFC 5545 §3.6 requires at least one component: the calendar always holds the office's
time zone (Asia/Taipei, VTIMEZONE), so one with no pending deadline is still valid.

The result is a ``str`` with CRLF line ends. Write it as UTF-8 *without* newline
translation, e.g. ``path.write_bytes(text.encode("utf-8"))`` or ``open(..., "w",
encoding="utf-8", newline="")``; a plain text-mode write on Windows would make ``\\r\\r\\n``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

STATUSES = ("done", "late", "pending", "overdue")
OVERDUE_PREFIX = "[逾期 overdue] "
# The alarm's text: in the report language, or both when none is given.
REMINDERS = {None: "7 天後期限屆滿 — due in 7 days: ", "zh-TW": "7 天後期限屆滿：", "en": "Due in 7 days: "}
# The office's time zone (no daylight saving since 1979). The events are all-day dates and
# do not refer to it; it is the component RFC 5545 requires even when no event is left.
TIMEZONE = (
    "BEGIN:VTIMEZONE",
    "TZID:Asia/Taipei",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0800",
    "TZOFFSETTO:+0800",
    "TZNAME:CST",
    "END:STANDARD",
    "END:VTIMEZONE",
)
MAX_OCTETS = 75  # RFC 5545 §3.1: a content line is at most 75 octets, CRLF excluded

# Control characters are not allowed in TEXT (§3.3.11), except HTAB; newlines are
# turned into "\n" before this is applied.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def deadlines_to_ics(records: list[dict], *, stamp: dt.date, lang: str | None = None) -> str:
    """One all-day VEVENT per record whose status is not "done", in a VCALENDAR.

    ``lang`` ("zh-TW" or "en") words the alarm; the records' own texts (title,
    explanation) are already in the language the caller chose.

    ``stamp`` becomes every DTSTAMP (at 00:00:00Z): pass the run's date, not now(), so
    that output stays reproducible. A record may give ``raw_deadline``, the last day by
    counting alone: a deadline later than it was moved (SEQUENCE, LAST-MODIFIED). Raises ValueError on an unknown status or on two
    records with the same (bundle, id), which would share a UID.
    """
    seen: set[tuple[str, str]] = set()
    for record in records:
        if record["status"] not in STATUSES:
            raise ValueError(f"unknown deadline status {record['status']!r}")
        key = (record["bundle"], record["id"])
        if key in seen:
            raise ValueError(f"duplicate deadline {key!r}: its UID would not be unique")
        seen.add(key)

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//patentcheck//deadlines//ZH-TW",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:patentcheck deadlines",
        "X-WR-TIMEZONE:Asia/Taipei",
        *TIMEZONE,
    ]
    stamp_text = f"{stamp:%Y%m%d}T000000Z"
    shown = sorted(
        (r for r in records if r["status"] != "done"),
        key=lambda r: (r["deadline"], r["bundle"], r["id"]),
    )
    for record in shown:
        lines += _event(record, stamp_text, REMINDERS.get(lang, REMINDERS[None]))
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def event_uid(bundle: str, record_id: str) -> str:
    """Stable across runs, so a re-import replaces the event rather than adding one."""
    digest = hashlib.sha256(f"{bundle}\x00{record_id}".encode()).hexdigest()
    return f"{digest[:32]}@patentcheck"


def _event(record: dict, stamp_text: str, reminder_prefix: str) -> list[str]:
    deadline: dt.date = record["deadline"]
    status = record["status"]
    summary = record["title"]
    if status in ("overdue", "late"):
        summary = OVERDUE_PREFIX + summary
    description = "\n".join([record["bundle"], record["basis"], *record["explanation"]])
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event_uid(record['bundle'], record['id'])}",
        f"DTSTAMP:{stamp_text}",
        *_revision(record, stamp_text),
        # All-day: DTEND is exclusive (§3.6.1), so the event covers the deadline only.
        f"DTSTART;VALUE=DATE:{deadline:%Y%m%d}",
        f"DTEND;VALUE=DATE:{deadline + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        # The comma separates two categories here, so it is not escaped.
        f"CATEGORIES:patentcheck,{status}",
        # A deadline is a reminder, not a meeting: it must not block free/busy time.
        "TRANSP:TRANSPARENT",
    ]
    if status == "pending":  # an alarm for something already missed would only nag
        reminder = reminder_prefix + record["title"]
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:-P7D",
            f"DESCRIPTION:{escape_text(reminder)}",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def _revision(record: dict, stamp_text: str) -> list[str]:
    """SEQUENCE and LAST-MODIFIED of a deadline moved past its raw end (none otherwise)."""
    raw = record.get("raw_deadline")
    moved = (record["deadline"] - raw).days if raw else 0
    return [f"SEQUENCE:{moved}", f"LAST-MODIFIED:{stamp_text}"] if moved > 0 else []


def escape_text(value: str) -> str:
    """A TEXT value (§3.3.11): backslash first, so the escapes added after stay single."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return _CONTROL.sub("", value)


def _fold(line: str) -> str:
    """Fold at 75 octets of UTF-8 (§3.1), never inside a character's byte sequence.

    Counting characters instead of octets would overflow on Chinese text (3 octets
    each); cutting the encoded bytes blindly could split a character in two.
    """
    parts: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > MAX_OCTETS:
            parts.append(current)
            current, size = " ", 1  # the continuation's leading space counts too
        current += char
        size += width
    parts.append(current)
    return "\r\n".join(parts)
