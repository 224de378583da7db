"""Law titles, article text and citations.

Article text comes from the JSON that tools/build_law_data.py writes under
laws/ (only the Patent Act has text for now). Stdlib only, so it stays cheap
to import from anywhere in the checker.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from checker.core.resources import resource_dir

# law id -> titles; every law a rule may cite, with or without text.
LAWS: dict[str, dict[str, str]] = {
    "patent_act": {"zh-TW": "專利法", "en": "Patent Act"},
    "patent_act_enforcement_rules": {
        "zh-TW": "專利法施行細則",
        "en": "Enforcement Rules of the Patent Act",
    },
    "civil_code": {"zh-TW": "民法", "en": "Civil Code"},
    "administrative_procedure_act": {
        "zh-TW": "行政程序法",
        "en": "Administrative Procedure Act",
    },
    "patent_fees_regulations": {
        "zh-TW": "專利規費收費辦法",
        "en": "Regulations Governing Patent Fees",
    },
    "foreign_language_filing_rules": {
        "zh-TW": "專利以外文本申請實施辦法",
        "en": "Regulations Governing Patent Applications Filed in a Foreign Language",
    },
}

# law id -> JSON file under laws/, for the laws whose text is shipped.
TEXT_FILES = {"patent_act": "patent_act/2013.json"}

_CN_DIGITS = "一二三四五六七八九"


@dataclass(frozen=True)
class Subparagraph:
    """款: one numbered item (一、二、…) of a paragraph, without its numeral."""

    number: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """項: its text excludes the subparagraphs it introduces."""

    number: int
    text: str
    subparagraphs: tuple[Subparagraph, ...] = ()

    def subparagraph(self, number: int) -> Subparagraph | None:
        return self.subparagraphs[number - 1] if 0 < number <= len(self.subparagraphs) else None


@dataclass(frozen=True)
class Article:
    """條: `label` is "97-1" for 第九十七條之一 (number 97, sub_number 1)."""

    law: str
    number: int
    label: str
    chapter: str | None
    section: str | None
    paragraphs: tuple[Paragraph, ...]
    deleted: bool = False
    sub_number: int | None = None

    def paragraph(self, number: int) -> Paragraph | None:
        return self.paragraphs[number - 1] if 0 < number <= len(self.paragraphs) else None


def laws_dir() -> Path:
    """laws/ of a source checkout, else the copy bundled into an installed wheel."""
    return resource_dir("laws")


def law_title(law_id: str, lang: str = "zh-TW") -> str:
    titles = LAWS[law_id]
    return titles["en"] if lang.lower().startswith("en") else titles["zh-TW"]


@lru_cache(maxsize=None)
def _articles(law_id: str) -> dict[str, Article]:
    """label -> Article, in the law's order; empty when no text is shipped."""
    name = TEXT_FILES.get(law_id)
    if name is None:
        return {}
    data = json.loads((laws_dir() / name).read_text(encoding="utf-8"))
    articles = {}
    for entry in data["articles"]:
        paragraphs = tuple(
            Paragraph(
                number=p["number"],
                text=p["text"],
                subparagraphs=tuple(Subparagraph(s["number"], s["text"]) for s in p["subparagraphs"]),
            )
            for p in entry["paragraphs"]
        )
        articles[entry["label"]] = Article(
            law=law_id,
            number=entry["number"],
            label=entry["label"],
            chapter=entry["chapter"],
            section=entry["section"],
            paragraphs=paragraphs,
            deleted=entry.get("deleted", False),
            sub_number=entry.get("sub_number"),
        )
    return articles


@lru_cache(maxsize=None)
def _summaries() -> dict[str, dict[int, str]]:
    """law id -> article -> a summary, for laws whose official text is not shipped."""
    import yaml  # only `rule`/`explain` need it; keeps this module cheap to import

    data = yaml.safe_load((laws_dir() / "summaries" / "summaries.yaml").read_text(encoding="utf-8"))
    return {law: {int(k): " ".join(str(v).split()) for k, v in articles.items()}
            for law, articles in data["laws"].items()}


def article_summary(law_id: str, article: int | str) -> str | None:
    """A summary of an article whose text is not shipped (it is not the law's text)."""
    number, _, _ = str(article).partition("-")
    return _summaries().get(law_id, {}).get(int(number)) if number.isdigit() else None


def get_article(law_id: str, number: int | str) -> Article | None:
    """Article by number (26) or label ("26", "97-1"); None when unknown."""
    return _articles(law_id).get(str(number))


def article_numbers(law_id: str) -> list[int | str]:
    """Numbers in the law's order; an article like 97-1 appears as its label."""
    return [a.number if a.sub_number is None else a.label for a in _articles(law_id).values()]


def format_citation(
    law: str,
    article: int | str,
    paragraph: int | None = None,
    subparagraph: int | None = None,
    lang: str = "zh-TW",
) -> str:
    """「專利法第112條第1項第1款」 or "Patent Act art. 112(1)(1)"."""
    title = law_title(law, lang)
    number, _, sub = str(article).partition("-")
    if lang.lower().startswith("en"):
        text = f"{title} art. {article}"
        if paragraph is not None:
            text += f"({paragraph})"
            if subparagraph is not None:
                text += f"({subparagraph})"
        elif subparagraph is not None:
            text += f", item {subparagraph}"
        return text
    text = f"{title}第{number}條" + (f"之{sub}" if sub else "")
    if paragraph is not None:
        text += f"第{paragraph}項"
    if subparagraph is not None:
        text += f"第{subparagraph}款"
    return text


def cited_text(
    law: str,
    article: int | str,
    paragraph: int | None = None,
    subparagraph: int | None = None,
) -> str | None:
    """Text of an article, a paragraph (with its 款, one per line) or one 款.

    A subparagraph without a paragraph is allowed when the article has a
    single paragraph (the law itself writes 第一百十二條第一款)."""
    found = get_article(law, article)
    if found is None:
        return None
    if found.deleted:
        return "（刪除）" if paragraph is None and subparagraph is None else None
    if paragraph is None and subparagraph is None:
        return "\n".join(_paragraph_text(p) for p in found.paragraphs)
    if paragraph is None:
        if len(found.paragraphs) != 1:
            return None
        paragraph = 1
    para = found.paragraph(paragraph)
    if para is None:
        return None
    if subparagraph is None:
        return _paragraph_text(para)
    item = para.subparagraph(subparagraph)
    return item.text if item else None


def _paragraph_text(paragraph: Paragraph) -> str:
    lines = [paragraph.text]
    lines += [f"{chinese_numeral(s.number)}、{s.text}" for s in paragraph.subparagraphs]
    return "\n".join(lines)


def chinese_numeral(n: int) -> str:
    """1..99 as written in the law: 一, 十, 十一, 二十, 二十一."""
    if not 0 < n < 100:
        raise ValueError(n)
    tens, units = divmod(n, 10)
    text = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens - 1] + "十")
    return text + (_CN_DIGITS[units - 1] if units else "")
