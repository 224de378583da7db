"""One defect, one finding: a change that declares itself a kind art. 43(4) does not allow,
and whose claim the texts show broadened too, is reported by the rule judging the
declaration (PA049-11), not a second time by the rule comparing the texts (PA049-01)."""

from __future__ import annotations

from bundle_patch import write_patched

BASE = "examples/amendment-led-package/bundle.yaml"
BROADENED = "一種發光二極體封裝，包含：一基板（10）；一發光晶片（20），設置於該基板上；以及一散熱片（40），連接該基板。"
RE_EXAMINATION = {
    "procedure": "re_examination",
    "application": {
        "status": "rejected",
        "events": [
            {"type": "final_notice", "on": "2025-07-16", "period_ends": "2025-09-16"},
            {"type": "rejection_served", "on": "2025-10-02"},
        ],
    },
    "claims": [{"number": 1, "text": BROADENED}],
}


def _failed(checker, tmp_path, kind: str) -> list[tuple[str, str]]:
    patch = {**RE_EXAMINATION, "amendment": {"changes": [{"kind": kind, "target": "claims", "claim": 1}]}}
    result = checker.check_file(write_patched(tmp_path, BASE, patch))
    return [(f.rule, f.location.pointer) for f in result.findings if f.outcome == "fail" and f.rule.startswith("PA049")]


def test_a_declared_broadening_seen_in_the_texts_is_one_finding(checker, tmp_path):
    assert _failed(checker, tmp_path, "broaden") == [("PA049-11", "/amendment/changes/0/kind")]


def test_a_broadening_declared_a_narrowing_is_found_in_the_texts(checker, tmp_path):
    assert _failed(checker, tmp_path, "narrow") == [("PA049-01", "/claims/0/text")]


CORRECTION = "examples/defective/correction-broadens/bundle.yaml"  # claim 1 drops 封裝膠體, claim 5 added


def _correction_failures(checker, tmp_path, changes: list[dict]) -> list[tuple[str, str]]:
    result = checker.check_file(write_patched(tmp_path, CORRECTION, {"correction": {"changes": changes}}))
    return sorted(
        (f.rule, f.location.pointer)
        for f in result.findings
        if f.outcome == "fail" and f.rule in ("PA067-02", "PA067-03", "PA067-11")
    )


def test_a_correction_declaring_its_enlargements_is_reported_once_per_change(checker, tmp_path):
    declared = [
        {"kind": "broaden", "target": "claims", "claim": 1},
        {"kind": "add_claim", "target": "claims", "claim": 5},
    ]
    assert _correction_failures(checker, tmp_path, declared) == [
        ("PA067-11", "/correction/changes/0/kind"),
        ("PA067-11", "/correction/changes/1/kind"),
    ]


def test_a_correction_hiding_its_enlargements_is_found_in_the_texts(checker, tmp_path):
    hidden = [
        {"kind": "correct_error", "target": "claims", "claim": 1},
        {"kind": "clarify", "target": "claims", "claim": 5},
    ]
    assert _correction_failures(checker, tmp_path, hidden) == [
        ("PA067-02", "/claims/file"),
        ("PA067-03", "/claims/file"),
    ]
