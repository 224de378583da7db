"""checker.report.ics: deadlines as an RFC 5545 calendar, checked with a real parser (icalendar)
and on the raw bytes (folding, CRLF, UTF-8 boundaries) that a parser would forgive."""

from __future__ import annotations

import datetime as dt
import hashlib
import random

import pytest

from checker.report.ics import OVERDUE_PREFIX, _fold, deadlines_to_ics, escape_text, event_uid

STAMP = dt.date(2025, 1, 6)
NASTY = "a,b;c\\d\\n not-a-newline\nsecond line, 第二行；全形分號，全形逗號"


def record(bundle="cases/TW-001/bundle.yaml", id="priority", **over):
    base = {
        "bundle": bundle,
        "id": id,
        "title": "優先權期間屆滿 — priority period ends (專利法第28條第1項)",
        "deadline": dt.date(2025, 3, 3),
        "status": "pending",
        "basis": "專利法第28條第1項",
        "explanation": [
            "事件日 event date: 2024-03-01 (最早優先權日)",
            "期間 period: 12 個月 months",
            "期間屆滿 raw end: 2025-03-01",
            ("順延 rolled forward to 2025-03-03: 2025-03-01 是星期六, Saturday; 行政程序法第48條第4項"),
        ],
    }
    base.update(over)
    return base


def sample():
    return [
        record(id="priority", status="pending", deadline=dt.date(2025, 3, 3)),
        record(id="exam", status="overdue", deadline=dt.date(2025, 1, 2)),
        record(id="fee", status="late", deadline=dt.date(2024, 12, 31)),
        record(id="filed", status="done", deadline=dt.date(2024, 6, 1)),
        record(
            bundle="cases/TW-002/bundle.yaml",
            id="priority",
            deadline=dt.date(2025, 3, 3),
        ),
    ]


@pytest.fixture
def parse():
    icalendar = pytest.importorskip("icalendar")

    def _parse(text: str):
        cal = icalendar.Calendar.from_ical(text.encode("utf-8"))
        assert cal.errors == []
        for component in cal.walk():
            assert component.errors == [], component.name
        return cal

    return _parse


def test_calendar_header_and_event_count(parse):
    text = deadlines_to_ics(sample(), stamp=STAMP)
    assert text.startswith(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//patentcheck//deadlines//ZH-TW\r\n"
        "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:patentcheck deadlines\r\n"
    )
    assert text.endswith("END:VCALENDAR\r\n")
    cal = parse(text)
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["METHOD"]) == "PUBLISH"
    vevents = cal.walk("VEVENT")
    assert len(vevents) == 4  # the "done" record is skipped
    assert all(e["CATEGORIES"].cats[1] != "done" for e in vevents)


def test_all_day_dates_and_fields(parse):
    cal = parse(deadlines_to_ics([record(deadline=dt.date(2024, 12, 31))], stamp=STAMP))
    (event,) = cal.walk("VEVENT")
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert type(start) is dt.date and type(end) is dt.date  # all-day, not datetime
    assert start == dt.date(2024, 12, 31)
    assert end == dt.date(2025, 1, 1)  # exclusive end, across a year boundary
    assert event.decoded("DTSTAMP") == dt.datetime(2025, 1, 6, tzinfo=dt.UTC)
    assert [str(c) for c in event["CATEGORIES"].cats] == ["patentcheck", "pending"]
    assert str(event["TRANSP"]) == "TRANSPARENT"


def test_summary_and_description_round_trip(parse):
    rec = record(
        title="期限 " + NASTY,
        basis="專利法第29條, 第2項; \\ end",
        explanation=[NASTY, "", "末行"],
    )
    cal = parse(deadlines_to_ics([rec], stamp=STAMP))
    (event,) = cal.walk("VEVENT")
    assert str(event["SUMMARY"]) == "期限 " + NASTY
    assert str(event["DESCRIPTION"]) == "\n".join([rec["bundle"], rec["basis"], NASTY, "", "末行"])


def test_overdue_and_late_get_the_prefix(parse):
    cal = parse(deadlines_to_ics(sample(), stamp=STAMP))
    by_status = {str(e["CATEGORIES"].cats[1]): str(e["SUMMARY"]) for e in cal.walk("VEVENT")}
    title = record()["title"]
    assert by_status["overdue"] == OVERDUE_PREFIX + title
    assert by_status["late"] == OVERDUE_PREFIX + title
    assert by_status["pending"] == title


def test_alarm_only_for_pending(parse):
    cal = parse(deadlines_to_ics(sample(), stamp=STAMP))
    for event in cal.walk("VEVENT"):
        alarms = event.walk("VALARM")
        if event["CATEGORIES"].cats[1] == "pending":
            (alarm,) = alarms
            assert str(alarm["ACTION"]) == "DISPLAY"
            assert alarm.decoded("TRIGGER") == dt.timedelta(days=-7)
            assert record()["title"] in str(alarm["DESCRIPTION"])
        else:
            assert alarms == []


def test_uid_stable_unique_and_as_specified(parse):
    text = deadlines_to_ics(sample(), stamp=STAMP)
    uids = [str(e["UID"]) for e in parse(text).walk("VEVENT")]
    assert len(set(uids)) == len(uids) == 4
    expected = hashlib.sha256(b"cases/TW-001/bundle.yaml\x00priority").hexdigest()[:32] + "@patentcheck"
    assert event_uid("cases/TW-001/bundle.yaml", "priority") == expected
    assert expected in uids
    # Same (bundle, id) keeps its UID even when everything else about it changes.
    moved = record(deadline=dt.date(2026, 1, 1), status="overdue", title="其他")
    assert [str(e["UID"]) for e in parse(deadlines_to_ics([moved], stamp=dt.date(2030, 1, 1))).walk("VEVENT")] == [
        expected
    ]
    # No separator ambiguity: ("a", "bc") and ("ab", "c") differ.
    assert event_uid("a", "bc") != event_uid("ab", "c")


def test_deterministic_and_sorted(parse):
    records = sample()
    first = deadlines_to_ics(records, stamp=STAMP)
    for seed in range(5):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        assert deadlines_to_ics(shuffled, stamp=STAMP).encode() == first.encode()
    keys = [
        (e.decoded("DTSTART"), str(e["DESCRIPTION"]).split("\n")[0], str(e["UID"])) for e in parse(first).walk("VEVENT")
    ]
    assert [k[:2] for k in keys] == [
        (dt.date(2024, 12, 31), "cases/TW-001/bundle.yaml"),
        (dt.date(2025, 1, 2), "cases/TW-001/bundle.yaml"),
        (dt.date(2025, 3, 3), "cases/TW-001/bundle.yaml"),
        (dt.date(2025, 3, 3), "cases/TW-002/bundle.yaml"),
    ]
    assert "DTSTAMP:20250106T000000Z\r\n" in first


@pytest.mark.parametrize("pad", range(4))
def test_raw_lines_folded_at_75_octets_on_character_boundaries(parse, pad):
    # CJK (3 octets), a 4-octet character and ASCII padding so that every fold offset
    # lands inside a multi-byte sequence for one of the pads.
    long = "x" * pad + "專利法第二十八條優先權𠀀期間" * 12 + ", ; \\ \n" * 5
    rec = record(title=long, basis=long, explanation=[long, long])
    text = deadlines_to_ics([rec], stamp=STAMP)
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"") and b"\r" not in raw.replace(b"\r\n", b"")
    physical = raw.split(b"\r\n")[:-1]
    assert any(line.startswith(b" ") for line in physical)  # folding did happen
    for line in physical:
        assert len(line) <= 75, line
        line.decode("utf-8")  # raises if a fold cut a character's byte sequence
    # Unfolding (drop CRLF + exactly one space) gives back whole content lines.
    unfolded = raw.replace(b"\r\n ", b"").decode("utf-8").split("\r\n")
    assert all(line[:1].isupper() for line in unfolded[:-1])
    assert "SUMMARY:" + escape_text(long) in unfolded
    cal = parse(text)
    (event,) = cal.walk("VEVENT")
    assert str(event["SUMMARY"]) == long
    assert str(event["DESCRIPTION"]) == "\n".join([rec["bundle"], long, long, long])


def test_fold_boundary():
    assert _fold("a" * 75) == "a" * 75
    assert _fold("a" * 76) == "a" * 75 + "\r\n a"
    assert _fold("a" * 74 + "專") == "a" * 74 + "\r\n 專"  # 77 octets: the character moves whole
    folded = _fold("a" * 75 + "b" * 74 + "c")
    assert folded == "a" * 75 + "\r\n " + "b" * 74 + "\r\n c"


def test_escape_text():
    assert escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    assert escape_text("\\n") == "\\\\n"  # a literal backslash-n is not a newline
    assert escape_text("a\r\nb\rc") == "a\\nb\\nc"
    assert escape_text("tab\there\x00\x07") == "tab\there"  # other controls are not TEXT


def test_empty_list_is_a_valid_calendar(parse):
    """RFC 5545 §3.6: icalbody = calprops component, one component at least: with no
    pending deadline the office's time zone is that component."""
    text = deadlines_to_ics([], stamp=STAMP)
    assert text == (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//patentcheck//deadlines//ZH-TW\r\n"
        "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:patentcheck deadlines\r\n"
        "X-WR-TIMEZONE:Asia/Taipei\r\nBEGIN:VTIMEZONE\r\nTZID:Asia/Taipei\r\n"
        "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\n"
        "TZNAME:CST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        "END:VCALENDAR\r\n"
    )
    cal = parse(text)
    assert cal.walk("VEVENT") == []
    assert [c.name for c in cal.subcomponents] == ["VTIMEZONE"]
    (zone,) = cal.walk("VTIMEZONE")
    assert zone.to_tz().utcoffset(dt.datetime(2025, 7, 1)) == dt.timedelta(hours=8)
    assert str(cal["PRODID"]) == "-//patentcheck//deadlines//ZH-TW"
    # Only "done" records: also a valid calendar without events.
    assert deadlines_to_ics([record(status="done")], stamp=STAMP) == text


def test_a_moved_deadline_carries_sequence_and_last_modified(parse):
    """The same UID, a higher SEQUENCE each time a closure moves the deadline further, and
    nothing that depends on the clock: the same input gives the same bytes."""
    counted = record(deadline=dt.date(2025, 3, 3), raw_deadline=dt.date(2025, 3, 3))
    moved = record(deadline=dt.date(2025, 3, 4), raw_deadline=dt.date(2025, 3, 3))
    further = record(deadline=dt.date(2025, 3, 6), raw_deadline=dt.date(2025, 3, 3))
    events = [parse(deadlines_to_ics([r], stamp=STAMP)).walk("VEVENT")[0] for r in (counted, moved, further)]
    assert len({str(e["UID"]) for e in events}) == 1
    assert "SEQUENCE" not in events[0] and "LAST-MODIFIED" not in events[0]
    assert [int(e.get("SEQUENCE", 0)) for e in events] == [0, 1, 3]
    assert events[1].decoded("LAST-MODIFIED") == dt.datetime(2025, 1, 6, tzinfo=dt.timezone.utc)
    assert deadlines_to_ics([further], stamp=STAMP) == deadlines_to_ics([further], stamp=STAMP)


def test_rejects_duplicates_and_unknown_status():
    with pytest.raises(ValueError, match="duplicate"):
        deadlines_to_ics([record(), record(status="overdue")], stamp=STAMP)
    with pytest.raises(ValueError, match="status"):
        deadlines_to_ics([record(status="missed")], stamp=STAMP)


@pytest.mark.parametrize(
    "lang,reminder",
    [
        (None, "7 天後期限屆滿 — due in 7 days: "),
        ("zh-TW", "7 天後期限屆滿："),
        ("en", "Due in 7 days: "),
    ],
)
def test_alarm_text_in_the_chosen_language(parse, lang, reminder):
    cal = parse(deadlines_to_ics([record(status="pending")], stamp=STAMP, lang=lang))
    (alarm,) = cal.walk("VALARM")
    assert str(alarm["DESCRIPTION"]) == reminder + record()["title"]


def test_description_keeps_the_explanation_as_given(parse):
    """The description is the caller's explanation, line by line: the caller words it in
    the report language (checker.report.deadline_report), this module adds no language of its own."""
    steps = ["2024-06-01（週六）為例假日，期間末日順延至次週一。", "2024-06-03（週一）為次一工作日，期間於該日屆滿。"]
    cal = parse(deadlines_to_ics([record(explanation=steps)], stamp=STAMP, lang="zh-TW"))
    (event,) = cal.walk("VEVENT")
    assert str(event["DESCRIPTION"]).split("\n")[2:] == steps
