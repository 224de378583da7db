"""Grace-period details beyond the period itself (Patent Act arts. 22(3)-(4), 122(3)-(4)):
the applicant's own patent-gazette publications, which the 2017 text excludes, and the
evidence due within the period the office designated under the 2013 text. The rules are in
art022-grace-details.yaml."""

from __future__ import annotations

from checker.packs.patent.facts.registry import FactContext, fact, ymd

# Disclosures whose evidence the 2013 text asks for (arts. 22(4), 122(4)).
_WITH_EVIDENCE = ("experiment", "publication", "exhibition")


def _disclosures(ctx: FactContext) -> list[dict]:
    return [d for d in ctx.data.get("grace_period") or [] if isinstance(d, dict)]


@fact("patent_gazette_disclosure_count", "int")
def patent_gazette_disclosure_count(ctx: FactContext) -> int:
    """Grace-period disclosures of type `patent_gazette` (the applicant's own publication in
    a patent gazette because of a patent application)."""
    return sum(1 for d in _disclosures(ctx) if d.get("type") == "patent_gazette")


def _evidence_late(ctx: FactContext) -> list[dict]:
    evaluation = int(ctx.as_of.strftime("%Y%m%d"))
    late = []
    for d in _disclosures(ctx):
        ends = ymd(d.get("evidence_period_ends"))
        if d.get("type") not in _WITH_EVIDENCE or not ends or d.get("declared_at_filing") is False:
            continue
        submitted = ymd(d.get("evidence_submitted_on"))
        if (submitted or evaluation) > ends:
            late.append(d)
    return late


@fact("grace_evidence_late_count", "int")
def grace_evidence_late_count(ctx: FactContext) -> int:
    """Disclosures by experiment, publication or exhibition (not stated undeclared) whose
    evidence was submitted after `evidence_period_ends`, or is not submitted and that day is
    before the evaluation date."""
    return len(_evidence_late(ctx))


@fact("grace_evidence_period_count", "int")
def grace_evidence_period_count(ctx: FactContext) -> int:
    """Disclosures by experiment, publication or exhibition that record the period the office
    designated for their evidence (`evidence_period_ends`)."""
    return sum(1 for d in _disclosures(ctx) if d.get("type") in _WITH_EVIDENCE and d.get("evidence_period_ends"))
