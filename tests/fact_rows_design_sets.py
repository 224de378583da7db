"""Fact rows for sets of articles (art. 129(2); checker/packs/patent/facts/design.py)."""

from __future__ import annotations

from fact_table import CHAIR, row


def articles(*items: tuple[str, str | None]) -> dict:
    return {"article": {"name": "組", "set_articles": [{"name": n, "locarno_class": c} for n, c in items]}}


ROWS = [
    row("set_article_count", 0, base=CHAIR, id="one article"),
    row("set_article_count", 2, articles(("桌", "06-03"), ("椅", "06-01")), base=CHAIR),
    row("set_article_classes", "", base=CHAIR, id="one article"),
    row("set_article_classes", "05, 07", articles(("壺", "07-01"), ("巾", "05-05"), ("杯", "7-02")), base=CHAIR),
    row("set_article_class_count", 1, articles(("桌", "06-03"), ("椅", "06-01"), ("燈", None)), base=CHAIR),
    row("set_article_class_count", 2, articles(("壺", "07-01"), ("巾", "05-05")), base=CHAIR),
]
