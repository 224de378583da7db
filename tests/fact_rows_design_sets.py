"""Fact rows for sets of articles (art. 129(2); checker/packs/patent/facts/design.py)."""

from __future__ import annotations

from fact_table import CHAIR, DERIV, row


def articles(*items: tuple[str, str | None]) -> dict:
    return {"article": {"name": "組", "set_articles": [{"name": n, "locarno_class": c} for n, c in items]}}


ROWS = [
    row("set_article_count", 0, base=CHAIR, id="one article"),
    row("set_article_count", 2, articles(("桌", "06-03"), ("椅", "06-01")), base=CHAIR),
    row("set_article_classes", "", base=CHAIR, id="one article"),
    row("set_article_classes", "05, 07", articles(("壺", "07-01"), ("巾", "05-05"), ("杯", "7-02")), base=CHAIR),
    row("set_article_class_count", 1, articles(("桌", "06-03"), ("椅", "06-01"), ("燈", None)), base=CHAIR),
    row("set_article_class_count", 2, articles(("壺", "07-01"), ("巾", "05-05")), base=CHAIR),
    row("original_design_term_ends_on", 0, base=CHAIR, id="not a derivative design"),
    row("original_design_term_ends_on", 20400119, base=DERIV, id="original filed 2025-01-20: 15 years"),
    row(
        "original_design_term_ends_on",
        20180228,
        {"original_design": {"filed_on": "2006-03-01"}},
        base=DERIV,
        id="filed 2006-03-01: 12 years",
    ),
    row(
        "original_design_term_ends_on",
        20221101,
        {"original_design": {"filed_on": "2007-11-02"}},
        base=DERIV,
        id="filed 2007-11-02: 15 years",
    ),
]
