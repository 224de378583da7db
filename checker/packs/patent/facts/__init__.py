"""Stage 2: facts. A bundle becomes one flat mapping of named, typed values that rule
conditions read. Facts describe the bundle (what is present, counts, dates as
YYYYMMDD integers); they never decide what the law requires: that is the rules' job.

Every fact always has a value of its declared type (never null): a missing date is 0,
an unknown text is "". That keeps rule conditions, and their negations, exact in
durable-rules, which compares mixed types as strings and cannot test for null.
"""

from __future__ import annotations

from checker.packs.patent.facts import description_structure  # noqa: F401  (registers facts: description, abstract, drawings)
from checker.packs.patent.facts.registry import (
    FACTS,
    REGISTRY,
    FactContext,
    FactSpec,
    derive_context,
    derive_facts,
    register_fact,
)
from checker.packs.patent.facts import dates, documents, parties, design, claims, events  # noqa: F401  (registers facts)
from checker.packs.patent.facts import rights  # noqa: F401  (registers facts)
from checker.packs.patent.facts import substance  # noqa: F401  (registers facts)
from checker.packs.patent.facts import application_periods  # noqa: F401  (registers facts)
from checker.packs.patent.facts import claim_structure  # noqa: F401  (registers facts)

__all__ = ["FACTS", "REGISTRY", "FactContext", "FactSpec", "derive_context", "derive_facts", "register_fact"]

from checker.packs.patent.facts import fees  # noqa: F401,E402  (fee payments: grant_fee, annuity)
from checker.packs.patent.facts import conversion_timing  # noqa: F401,E402  (conversions: arts. 108(2), 131(2), 132(2))
from checker.packs.patent.facts import divisional_timing  # noqa: F401,E402  (divisionals: arts. 34(2), 107(2), 130(2))
from checker.packs.patent.facts import term_extension  # noqa: F401,E402  (term extension: arts. 53-57)
from checker.packs.patent.facts import divisional_substance  # noqa: F401,E402  (divisional vs. allowed claims: art. 34(6) 2019)
from checker.packs.patent.facts import fee_statement  # noqa: F401,E402  (fees owed: patentcheck fees)
from checker.packs.patent.facts import sign_lists  # noqa: F401,E402  (reference sign lists' layout: ER 17(1)(7), 21(4))
from checker.packs.patent.facts import declared_changes  # noqa: F401,E402  (declared changes: arts. 43(4), 49(2), 67(1), 67(4))
from checker.packs.patent.facts import drafting_checklist  # noqa: F401,E402  (agents' checklist: 本發明/本新型, signs, figures, title, paragraphs)
from checker.packs.patent.facts import technical_report  # noqa: F401,E402  (utility-model technical reports: art. 115)
from checker.packs.patent.facts import notices  # noqa: F401,E402  (amendments after a notice under art. 46(2): art. 43(3))
from checker.packs.patent.facts import grace_details  # noqa: F401,E402  (gazette exclusion, evidence period: arts. 22(4), 122(4))
from checker.packs.patent.facts import foreign_text  # noqa: F401,E402  (the Chinese text against the foreign text: arts. 44(2), 110(2), 133(2))
