"""checker.packs.patent.priority_countries: where a first filing may ground a foreign priority claim (art. 28).

What counts is whether, on the first-filing date, the country and the ROC were both WTO members
(the ROC since 2002-01-01), had a reciprocal arrangement, or (CN) the cross-strait agreement
applied (first filings from 2010-09-12).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml

from checker.packs.patent import priority_countries as pc
from checker.packs.patent.priority_countries import (
    data_compiled_on,
    is_uncertain,
    priority_country_status,
)

ROC_ENTRY = date(2002, 1, 1)


@pytest.fixture(scope="module")
def raw():
    # The plain SafeLoader, independently of the module's own reading.
    return yaml.safe_load(pc.DATA_FILE.read_text(encoding="utf-8"))


def _entries(raw):
    for key in ("wto_members", "regional_offices", "reciprocal", "special"):
        for entry in raw[key] or ():
            yield key, entry


# --- the data file ------------------------------------------------------------------------


def test_data_file_lives_next_to_the_module():
    assert pc.DATA_FILE == Path(pc.__file__).resolve().parent / "data" / "priority_countries.yaml"
    assert pc.DATA_FILE.is_file()


def test_data_is_dated(raw):
    assert isinstance(raw["compiled_on"], date)
    assert data_compiled_on() == raw["compiled_on"] == date(2026, 11, 21)
    assert raw["roc_wto_member_since"] == ROC_ENTRY


def test_every_entry_has_a_two_letter_code_and_real_dates(raw):
    for key, entry in _entries(raw):
        # A quoted string: an unquoted NO (Norway) would have been read as False.
        assert isinstance(entry["code"], str) and re.fullmatch(r"[A-Z]{2}", entry["code"]), entry
        assert entry.get("name"), entry
        dates = {
            k: v
            for k, v in entry.items()
            if k
            in ("member_since", "accepted_from", "since", "accepted_for_first_filings_from", "roc_claims_accepted_from")
        }
        assert dates or key == "reciprocal", entry
        for value in dates.values():
            # YAML read an ISO date (a date, not a string or a datetime), in the WTO's lifetime.
            assert type(value) is date, entry
            assert date(1995, 1, 1) <= value <= raw["compiled_on"], entry
        assert entry.get("uncertain", False) in (True, False), entry
    for code in raw["other_iso_codes"]:
        assert isinstance(code, str) and re.fullmatch(r"[A-Z]{2}", code), code


def test_codes_are_unique(raw):
    for key in ("wto_members", "regional_offices", "reciprocal", "special"):
        codes = [entry["code"] for entry in raw[key] or ()]
        assert len(codes) == len(set(codes)), key
    listed = [e["code"] for k, e in _entries(raw) if k != "special"] + raw["other_iso_codes"]
    assert [code for code, n in Counter(listed).items() if n > 1] == []


def test_membership_counts_match_the_wto(raw):
    members = raw["wto_members"]
    assert len(members) >= 150
    # 166 WTO members: these 165 (164 ISO codes + EU) and Chinese Taipei, which is the ROC.
    assert len(members) == 165
    assert "TW" not in {m["code"] for m in members} and "TW" in raw["other_iso_codes"]
    assert sum(m["member_since"] == date(1995, 1, 1) for m in members) == 76  # day-one members
    # Joined after the ROC: 22 accessions, CN on 2001-12-11 being the last one before it.
    assert sum(m["member_since"] > ROC_ENTRY for m in members) == 22


@pytest.mark.parametrize(
    ("code", "joined"),
    [
        ("CN", date(2001, 12, 11)),
        ("RU", date(2012, 8, 22)),
        ("VN", date(2007, 1, 11)),
        ("SA", date(2005, 12, 11)),
        ("AF", date(2016, 7, 29)),
        ("LR", date(2016, 7, 14)),
        ("KM", date(2024, 8, 21)),
        ("TL", date(2024, 8, 30)),  # 2024, not 2025: deposit dated 2024-07-31, plus 30 days
        ("JP", date(1995, 1, 1)),
        ("EU", date(1995, 1, 1)),
    ],
)
def test_known_membership_dates(raw, code, joined):
    assert {m["code"]: m["member_since"] for m in raw["wto_members"]}[code] == joined


def test_iso_codes_are_real_when_tzdata_is_installed(raw):
    """Cross-check against the ISO 3166 table shipped with tzdata (not a project dependency)."""
    tzdata = pytest.importorskip("tzdata")
    table = Path(tzdata.__file__).parent / "zoneinfo" / "iso3166.tab"
    if not table.is_file():
        pytest.skip("tzdata has no iso3166.tab")
    iso = {
        line.split("\t")[0]
        for line in table.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    members = {m["code"] for m in raw["wto_members"]} - {"EU"}
    assert members <= iso
    assert set(raw["other_iso_codes"]) <= iso
    assert members | set(raw["other_iso_codes"]) == iso  # every ISO code has an answer


# --- priority_country_status ---------------------------------------------------------------


@pytest.mark.parametrize("code", ["JP", "US", "DE", "KR", "GB", "NO", "HK", "MO", "EU"])
def test_members_are_accepted(code):
    assert priority_country_status(code, date(2024, 3, 1)) == "wto_member"


def test_cn_first_filings_from_2010_09_12():
    assert priority_country_status("CN", date(2010, 9, 11)) == "not_accepted"
    assert priority_country_status("CN", date(2005, 1, 1)) == "not_accepted"  # a WTO member then
    assert priority_country_status("CN", date(2010, 9, 12)) == "reciprocal"
    assert priority_country_status("CN", date(2024, 5, 6)) == "reciprocal"


def test_ru_from_its_accession_on_2012_08_22():
    assert priority_country_status("RU", date(2012, 8, 21)) == "not_yet_member"
    assert priority_country_status("RU", date(2012, 8, 22)) == "wto_member"


def test_nothing_before_the_roc_joined_the_wto():
    # JP was a member since 1995, but the route to the ROC opened on 2002-01-01.
    assert priority_country_status("JP", date(2001, 12, 31)) == "not_yet_member"
    assert priority_country_status("JP", ROC_ENTRY) == "wto_member"
    # The ASML case (SAC 2006): an EP first filing of 2001-05-21 gave no priority.
    assert priority_country_status("EP", date(2001, 5, 21)) == "not_yet_member"


def test_latest_members():
    assert priority_country_status("TL", date(2024, 8, 29)) == "not_yet_member"
    assert priority_country_status("TL", date(2024, 8, 30)) == "wto_member"
    assert priority_country_status("KM", date(2024, 8, 21)) == "wto_member"


@pytest.mark.parametrize("code", ["EP", "WO"])
def test_regional_offices(code):
    assert priority_country_status(code, date(2023, 1, 10)) == "regional_office"
    assert is_uncertain(code)  # the start date of the practice is not verified


def test_known_codes_that_give_no_priority():
    assert priority_country_status("IR", date(2023, 1, 10)) == "not_accepted"  # not a member
    assert priority_country_status("UZ", date(2023, 1, 10)) == "not_accepted"
    # The ROC itself: that is a domestic priority (art. 30), not art. 28.
    assert priority_country_status("TW", date(2023, 1, 10)) == "not_accepted"


def test_made_up_code():
    assert priority_country_status("XX", date(2023, 1, 10)) == "unknown_code"
    assert priority_country_status("UK", date(2023, 1, 10)) == "unknown_code"  # ISO says GB


@pytest.mark.parametrize("code", ["jp", "Jp", " JP", "JPN", "J", "", "1X", None, 392])
def test_malformed_codes_are_rejected_not_guessed(code):
    # The bundle schema requires ^[A-Z]{2}$; lowercase reaching this far is a caller's bug.
    with pytest.raises(ValueError):
        priority_country_status(code, date(2023, 1, 10))


@pytest.mark.parametrize("when", ["2023-01-10", datetime(2023, 1, 10), None])
def test_first_filed_on_must_be_a_date(when):
    with pytest.raises(TypeError):
        priority_country_status("JP", when)


def test_every_answer_is_a_declared_status(raw):
    codes = [e["code"] for _, e in _entries(raw)] + raw["other_iso_codes"] + ["XX"]
    for code in codes:
        for when in (date(1999, 6, 1), date(2011, 6, 1), date(2026, 6, 1)):
            assert priority_country_status(code, when) in pc.PriorityStatus.__args__


def test_uncertain_flags():
    assert is_uncertain("HK") and is_uncertain("MO")
    assert not is_uncertain("JP") and not is_uncertain("XX")


def test_bad_data_is_refused(tmp_path, monkeypatch):
    text = pc.DATA_FILE.read_text(encoding="utf-8")
    broken = tmp_path / "priority_countries.yaml"
    broken.write_text(text.replace("other_iso_codes: [", 'other_iso_codes: [\n  "JP",'), encoding="utf-8")
    monkeypatch.setattr(pc, "DATA_FILE", broken)
    pc._table.cache_clear()
    try:
        with pytest.raises(ValueError, match="JP"):
            pc._table()
    finally:
        monkeypatch.undo()
        pc._table.cache_clear()
