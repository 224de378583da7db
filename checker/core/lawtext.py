"""Law titles, article text and citations.

Every law a rule may cite has a folder laws/<law id>/ holding a manifest, law.yaml:
its title in zh-TW and English and, when the project ships its official text, the
JSON file a tool under tools/ generated from the source (article -> 項 -> 款 -> 目,
and for some laws each article's legislative reason). A law without text is cited
with the labelled summaries of laws/summaries/summaries.yaml. Adding a law is adding
a folder; nothing here names one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from checker.core.findings import Citation

from checker.core.resources import resource_dir

_CN_DIGITS = "一二三四五六七八九"


@dataclass(frozen=True)
class Law:
    """A law as laws/<id>/law.yaml declares it; `text` is its JSON file, if shipped."""

    id: str
    titles: dict[str, str]
    text: str | None = None
    folder: Path | None = None  # laws/<id>/ (shipped, or beside a pack that brings its own)


@dataclass(frozen=True)
class Item:
    """目: one item （一）（二）… of a subparagraph, without its numeral."""

    number: int
    text: str


@dataclass(frozen=True)
class Subparagraph:
    """款: one numbered item (一、二、…) of a paragraph, without its numeral; its text
    excludes the items (目) it introduces."""

    number: int
    text: str
    items: tuple[Item, ...] = ()

    def item(self, number: int) -> Item | None:
        return self.items[number - 1] if 0 < number <= len(self.items) else None


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
    reason: tuple[str, ...] = ()  # 立法理由, when the source gives it
    reason_note: dict[str, str] | None = None  # what is wrong with the source's reason, zh-TW/en

    def paragraph(self, number: int) -> Paragraph | None:
        return self.paragraphs[number - 1] if 0 < number <= len(self.paragraphs) else None


def laws_dir() -> Path:
    """laws/ of a source checkout, else the copy bundled into an installed wheel."""
    return resource_dir("laws")


_EXTRA_DIRS: list[Path] = []  # laws/ folders of packs loaded from outside the installation


def add_laws_dir(folder: Path) -> None:
    """Make the laws a pack brings (its own ``laws/<id>/law.yaml``) citable; shipped laws win."""
    if folder.is_dir() and folder not in _EXTRA_DIRS:
        _EXTRA_DIRS.append(folder)
        laws.cache_clear()
        _articles.cache_clear()


@lru_cache(maxsize=None)
def laws() -> dict[str, Law]:
    """Every law under laws/ (and the laws/ of packs loaded from elsewhere), by id (the
    folder's name), in id order."""
    import yaml  # cached: read once per process

    found: dict[str, Law] = {}
    for root in (laws_dir(), *_EXTRA_DIRS):
        for manifest in sorted(root.glob("*/law.yaml")):
            law_id = manifest.parent.name
            if law_id in found:
                continue
            data = yaml.load(manifest.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
            titles = data["title"]
            found[law_id] = Law(
                law_id, {"zh-TW": str(titles["zh-TW"]), "en": str(titles["en"])}, data.get("text"), manifest.parent
            )
    return dict(sorted(found.items()))


def law_title(law_id: str, lang: str = "zh-TW") -> str:
    titles = laws()[law_id].titles
    return titles["en"] if lang.lower().startswith("en") else titles["zh-TW"]


@lru_cache(maxsize=None)
def _articles(law_id: str) -> dict[str, Article]:
    """label -> Article, in the law's order; empty when no text is shipped."""
    law = laws().get(law_id)
    if law is None or law.text is None:
        return {}
    data = json.loads(((law.folder or laws_dir() / law_id) / law.text).read_text(encoding="utf-8"))
    articles = {}
    for entry in data["articles"]:
        paragraphs = tuple(
            Paragraph(
                number=p["number"],
                text=p["text"],
                subparagraphs=tuple(
                    Subparagraph(
                        s["number"], s["text"], tuple(Item(i["number"], i["text"]) for i in s.get("items", ()))
                    )
                    for s in p["subparagraphs"]
                ),
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
            reason=tuple(entry.get("reason", ())),
            reason_note=entry.get("reason_note"),
        )
    return articles


@lru_cache(maxsize=None)
def _summaries() -> dict[str, dict[int, str]]:
    """law id -> article -> a summary, for laws whose official text is not shipped."""
    import yaml  # only `rule`/`explain` need it; keeps this module cheap to import

    data = yaml.load(
        (laws_dir() / "summaries" / "summaries.yaml").read_text(encoding="utf-8"),
        Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
    )
    return {
        law: {int(k): " ".join(str(v).split()) for k, v in articles.items()} for law, articles in data["laws"].items()
    }


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
    item: int | None = None,
) -> str:
    """「專利法第112條第1項第1款」 or "Patent Act art. 112(1)(1)"; an item (目) of a
    subparagraph: 「…第11條第1項第3款第1目」 or "… art. 11(1)(3)(i)"."""
    title = law_title(law, lang)
    number, _, sub = str(article).partition("-")
    if lang.lower().startswith("en"):
        text = f"{title} art. {article}"
        if paragraph is not None:
            text += f"({paragraph})"
            if subparagraph is not None:
                text += f"({subparagraph})"
                if item is not None:
                    text += f"({roman_numeral(item)})"
        elif subparagraph is not None:
            text += f", item {subparagraph}"
        return text
    text = f"{title}第{number}條" + (f"之{sub}" if sub else "")
    if paragraph is not None:
        text += f"第{paragraph}項"
    if subparagraph is not None:
        text += f"第{subparagraph}款"
        if item is not None:
            text += f"第{item}目"
    return text


def cited_text(
    law: str,
    article: int | str,
    paragraph: int | None = None,
    subparagraph: int | None = None,
    item: int | None = None,
) -> str | None:
    """Text of an article, a paragraph (with its 款, one per line), one 款 (with its 目)
    or one 目.

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
    sub = para.subparagraph(subparagraph)
    if sub is None:
        return None
    if item is None:
        return "\n".join([sub.text] + [f"（{chinese_numeral(i.number)}）{i.text}" for i in sub.items])
    found_item = sub.item(item)
    return found_item.text if found_item else None


def _paragraph_text(paragraph: Paragraph) -> str:
    lines = [paragraph.text]
    for s in paragraph.subparagraphs:
        lines.append(f"{chinese_numeral(s.number)}、{s.text}")
        lines += [f"  （{chinese_numeral(i.number)}）{i.text}" for i in s.items]
    return "\n".join(lines)


def chinese_numeral(n: int) -> str:
    """1..99 as written in the law: 一, 十, 十一, 二十, 二十一."""
    if not 0 < n < 100:
        raise ValueError(n)
    tens, units = divmod(n, 10)
    text = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens - 1] + "十")
    return text + (_CN_DIGITS[units - 1] if units else "")


def roman_numeral(n: int) -> str:
    """1..39 in lower-case Roman numerals, for items (目) in English citations: i, iv, xii."""
    if not 0 < n < 40:
        raise ValueError(n)
    tens, units = divmod(n, 10)
    ones = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
    return "x" * tens + ones[units]


def citations_text(citations: Iterable[Citation], lang: str) -> str:
    """「專利法第25條第1項、專利法第25條第2項」 / "Patent Act art. 25(1); Patent Act art. 25(2)"."""
    separator = "、" if lang == "zh-TW" else "; "
    return separator.join(
        format_citation(c.law, c.article, c.paragraph, c.subparagraph, lang=lang, item=c.item)
        + _version_note(c.version, lang)
        for c in citations
    )


def _version_note(version: str | None, lang: str) -> str:
    """An amended text is named with its in-force date, so 2013 and 2019 texts stay apart."""
    if not version:
        return ""
    return f"（{version}修正）" if lang == "zh-TW" else f" (as amended {version})"
