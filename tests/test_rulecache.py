"""The cache of validated rule files (checker/core/rulecache.py): used when nothing changed,
ignored when a rule file, a schema or the pack's facts change, never needed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checker.core import rulepack
from checker.core.errors import InputError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def toy(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("PATENTCHECK_NO_CACHE", raising=False)
    pack = tmp_path / "toy"
    shutil.copytree(ROOT / "tests/packs/toy", pack)
    rulepack._meta_cached.cache_clear()
    return pack


def _rules(pack: Path) -> dict:
    packs = rulepack.load_packs(extra=[pack])
    return {r.id: r for p in packs if p.id == "toy-pet-registration" for r in p.rules}


def test_a_second_load_reads_the_cache_instead_of_validating(toy, monkeypatch):
    first = _rules(toy)
    assert list((toy.parent / "cache" / "patentcheck").glob("*.pickle"))

    def refuse(*_):
        raise AssertionError("rule files validated again although nothing changed")

    monkeypatch.setattr(rulepack, "load_rule_file", refuse)
    assert _rules(toy) == first


def test_a_changed_rule_file_is_validated_again(toy):
    _rules(toy)
    rules = toy / "rules.yaml"
    rules.write_text(
        rules.read_text(encoding="utf-8").replace("fact: pet_count, gt: 3", "fact: pet_cnt, gt: 3"), encoding="utf-8"
    )
    rulepack._meta_cached.cache_clear()
    with pytest.raises(InputError, match="unknown fact 'pet_cnt'"):
        _rules(toy)


def test_without_a_usable_cache_folder_the_rules_still_load(toy, monkeypatch):
    blocker = toy.parent / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert "PET003-01" in _rules(toy)
    monkeypatch.setenv("PATENTCHECK_NO_CACHE", "1")
    assert "PET003-01" in _rules(toy)
