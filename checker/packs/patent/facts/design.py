"""Design facts: the designated article (art. 129) and the original design (art. 127)."""

from __future__ import annotations

import datetime as dt

from checker.core.dates import to_date
from checker.packs.patent.facts.registry import FactContext, blank, fact, ymd
from checker.timing.periods import term_end


def _original(ctx: FactContext) -> dict:
    return ctx.data.get("original_design") or {}


@fact("has_article_name", "bool")
def has_article_name(ctx: FactContext) -> bool:
    """The design designates the article it is applied to (`article.name`)."""
    return not blank((ctx.data.get("article") or {}).get("name"))


@fact("has_original_design", "bool")
def has_original_design(ctx: FactContext) -> bool:
    """The bundle describes an original design (`original_design`)."""
    return bool(_original(ctx))


@fact("original_design_number_given", "bool")
def original_design_number_given(ctx: FactContext) -> bool:
    """The original design's application number is given."""
    return not blank(_original(ctx).get("application_number"))


@fact("original_applicants_given", "bool")
def original_applicants_given(ctx: FactContext) -> bool:
    """The original design's applicants are listed."""
    return bool(_original(ctx).get("applicants"))


@fact("same_applicants_as_original", "bool")
def same_applicants_as_original(ctx: FactContext) -> bool:
    """The applicants of this bundle are exactly the original design's applicants
    (compared by name, ignoring order and surrounding spaces)."""
    ours = {str(a.get("name", "")).strip() for a in ctx.data.get("applicants") or []}
    theirs = {str(name).strip() for name in _original(ctx).get("applicants") or []}
    return bool(ours) and ours == theirs


@fact("original_filed_on", "date")
def original_filed_on(ctx: FactContext) -> int:
    """The original design's filing date, YYYYMMDD; 0 when not given."""
    return ymd(_original(ctx).get("filed_on"))


@fact("original_published_on", "date")
def original_published_on(ctx: FactContext) -> int:
    """The original design's publication (公告) date, YYYYMMDD; 0 when not (yet) published."""
    return ymd(_original(ctx).get("published_on"))


@fact("original_similar_to", "str")
def original_similar_to(ctx: FactContext) -> str:
    """Whether the new design is similar to the `original` design or only to another
    derivative (`derivative_only`); "" when not stated."""
    return str(_original(ctx).get("similar_to") or "")


def _set_articles(ctx: FactContext) -> list[dict]:
    article = ctx.data.get("article") or {}
    return [a for a in article.get("set_articles") or [] if isinstance(a, dict)]


def _locarno_class(code: object) -> str:
    """The Locarno class (the two digits before the hyphen) of a code such as "07-01"; ""
    when the code is not written that way."""
    text = str(code or "").strip()
    head = text.split("-", 1)[0]
    return head.zfill(2) if head.isdigit() and "-" in text else ""


@fact("set_article_count", "int")
def set_article_count(ctx: FactContext) -> int:
    """The articles listed for a set of articles (`article.set_articles`, art. 129(2))."""
    return len(_set_articles(ctx))


@fact("set_article_classes", "str")
def set_article_classes(ctx: FactContext) -> str:
    """The distinct Locarno classes of the set's articles, sorted and comma separated
    ("06, 07"); articles without a readable class are left out; "" when none is given."""
    return ", ".join(sorted({c for a in _set_articles(ctx) if (c := _locarno_class(a.get("locarno_class")))}))


@fact("set_article_class_count", "int")
def set_article_class_count(ctx: FactContext) -> int:
    """How many different Locarno classes the set's articles fall in (set_article_classes)."""
    classes = set_article_classes(ctx)
    return len(classes.split(", ")) if classes else 0


@fact("original_design_term_ends_on", "date")
def original_design_term_ends_on(ctx: FactContext) -> int:
    """The last day of the original design's full term (art. 135, counted from its filing date
    `original_design.filed_on`, art. 20(2)): 15 years when it was filed on or after
    2007-11-02 (its 12 years then reached 2019-11-01, art. 157-4), 12 years otherwise;
    YYYYMMDD, 0 when the original's filing date is not given. A derivative design's term ends
    with it (art. 135)."""
    filed = to_date(original_filed_on(ctx))
    if filed is None:
        return 0
    return ymd(term_end(filed, 15 if filed >= dt.date(2007, 11, 2) else 12))
