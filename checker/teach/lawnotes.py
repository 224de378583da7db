"""Teaching data about a law, per law: English summaries, consequences of a breach, related articles.

Each law may ship, next to its text, under ``laws/<law id>/``:

- ``summaries.en.yaml``: an English summary of each article, paragraph (項) by paragraph, with
  its subparagraphs (款), written for this project and labelled as not being the law's text;
- ``consequences.yaml``: what follows a breach of an article (不受理, 不予專利, …), each with the
  provision that says so, and the order of gravity of those kinds of consequence;
- ``related.yaml``: articles that apply others to another kind of patent (準用, e.g. 120 and 142)
  and transitional articles of later amendments (e.g. 157-1..157-4).

Nothing here is law-specific: a second law adds its own files. Missing files mean no data.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from checker.core.lawtext import laws_dir
from checker.core.dates import iso


@dataclass(frozen=True)
class SummaryParagraph:
    number: int
    text: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleSummary:
    law: str
    article: str
    title: str
    paragraphs: tuple[SummaryParagraph, ...]
    note: str | None = None
    text_shipped: bool = True
    unconfirmed: str | None = None


@dataclass(frozen=True)
class Consequence:
    kind: str
    law: str
    article: str
    paragraph: int | None
    subparagraph: int | None
    text: dict  # {"en": …, "zh-TW": …}
    via: str | None = None  # the applying article (120, 142) when inherited

    def label(self, lang: str) -> str:
        return consequence_label(self.law, self.kind, lang)

    def as_json(self) -> dict:
        data = {
            "kind": self.kind,
            "label": {"zh-TW": self.label("zh-TW"), "en": self.label("en")},
            "citation": {
                "law": self.law,
                "article": _num(self.article),
                "paragraph": self.paragraph,
                "subparagraph": self.subparagraph,
            },
            "text": dict(self.text),
        }
        if self.via:
            data["via"] = self.via
        return data


def _num(label: str) -> int | str:
    return int(label) if label.isdigit() else label


def _load_yaml(path: Path):
    import yaml  # only teaching views need it

    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None


@lru_cache(maxsize=None)
def _summaries(law: str) -> tuple[dict, dict[str, ArticleSummary]]:
    data = _load_yaml(laws_dir() / law / "summaries.en.yaml") or {}
    found = {}
    for label, entry in (data.get("articles") or {}).items():
        paragraphs = []
        for number, para in enumerate(entry.get("paragraphs") or [], start=1):
            if isinstance(para, str):
                paragraphs.append(SummaryParagraph(number, _squash(para)))
            else:
                paragraphs.append(
                    SummaryParagraph(
                        number, _squash(para.get("text", "")), tuple(_squash(i) for i in para.get("items") or [])
                    )
                )
        found[str(label)] = ArticleSummary(
            law=law,
            article=str(label),
            title=_squash(entry.get("title", "")),
            paragraphs=tuple(paragraphs),
            note=_squash(entry["note"]) if entry.get("note") else None,
            text_shipped=entry.get("text_shipped", True),
            unconfirmed=_squash(entry["unconfirmed"]) if entry.get("unconfirmed") else None,
        )
    return data.get("label") or {}, found


def _squash(text) -> str:
    return " ".join(str(text).split())


def english_summary(law: str, article: int | str) -> ArticleSummary | None:
    """The project's English summary of an article (not the law's text), or None."""
    return _summaries(law)[1].get(str(article))


def summarised_articles(law: str) -> list[str]:
    return list(_summaries(law)[1])


def summary_label(law: str, lang: str) -> str:
    """How a summary is labelled: it is never the law's text."""
    label = _summaries(law)[0]
    default = {
        "en": "Summary written for patentcheck, not the law's text",
        "zh-TW": "英文摘要（本工具撰寫，非法條原文）",
    }
    key = "en" if lang.lower().startswith("en") else "zh-TW"
    return label.get(key) or default[key]


def summary_lines(summary: ArticleSummary) -> list[str]:
    """(1) …, with its items 1. … 2. … indented: for text output."""
    lines = []
    for para in summary.paragraphs:
        lines.append(f"({para.number}) {para.text}" if len(summary.paragraphs) > 1 or para.items else para.text)
        lines += [f"    {i}. {item}" for i, item in enumerate(para.items, start=1)]
    return lines


@lru_cache(maxsize=None)
def _consequences(law: str) -> tuple[dict, dict]:
    data = _load_yaml(laws_dir() / law / "consequences.yaml") or {}
    kinds = data.get("kinds") or (_consequences(data["kinds_from"])[0] if data.get("kinds_from") else {})
    return kinds, {str(k): v for k, v in (data.get("articles") or {}).items()}


def consequence_kinds(law: str) -> dict[str, dict]:
    """kind -> {zh-TW, en}, most serious first."""
    return _consequences(law)[0]


def consequence_label(law: str, kind: str, lang: str) -> str:
    names = consequence_kinds(law).get(kind, {})
    return names.get("en" if lang.lower().startswith("en") else "zh-TW", kind)


def gravity(law: str, kind: str) -> int:
    """0 for the most serious kind; unknown kinds after every known one."""
    kinds = list(consequence_kinds(law))
    return kinds.index(kind) if kind in kinds else len(kinds)


def has_consequences_entry(law: str, article: int | str) -> bool:
    return str(article) in _consequences(law)[1]


def consequences(
    law: str, article: int | str, paragraph: int | None = None, _via: str | None = None, _seen=None
) -> list[Consequence]:
    """What follows a breach of the article (of one 項 when ``paragraph`` is given: entries
    limited to other 項 are left out); an applying article (120, 142) yields its articles'."""
    seen = _seen if _seen is not None else set()
    key = str(article)
    if (law, key) in seen:
        return []
    seen.add((law, key))
    found = []
    for entry in _consequences(law)[1].get(key) or []:
        if "applies" in entry:
            for target in entry["applies"]:
                found += consequences(law, target, None, _via or key, seen)
            continue
        if paragraph is not None and entry.get("paragraphs") and paragraph not in entry["paragraphs"]:
            continue
        cite = entry.get("cite") or {}
        found.append(
            Consequence(
                kind=entry["kind"],
                law=cite.get("law", law),
                article=str(cite.get("article", key)),
                paragraph=cite.get("paragraph"),
                subparagraph=cite.get("subparagraph"),
                text={"en": _squash(entry.get("en", "")), "zh-TW": _squash(entry.get("zh-TW", ""))},
                via=_via,
            )
        )
    return found


def _applying(law: str, article: int | str) -> bool:
    return any("applies" in entry for entry in _consequences(law)[1].get(str(article)) or [])


def rule_consequences(rule) -> list[Consequence]:
    """The consequences of the provisions a rule cites, most serious first, without repeats.
    An applying article (120, 142) cited beside the articles it applies adds nothing."""
    found, seen = [], set()
    citations = [c for c in rule.citations if not _applying(c.law, c.article)] or list(rule.citations)
    for c in citations:
        for item in consequences(c.law, c.article, c.paragraph):
            key = (item.kind, item.law, item.article, item.paragraph, item.subparagraph)
            if key not in seen:
                seen.add(key)
                found.append(item)
    return sorted(found, key=lambda c: gravity(c.law, c.kind))


def worst_gravity(rule) -> int:
    """The rank of a rule's most serious consequence (a large number when it has none)."""
    found = rule_consequences(rule)
    return min((gravity(c.law, c.kind) for c in found), default=99)


@lru_cache(maxsize=None)
def _related(law: str) -> dict:
    return _load_yaml(laws_dir() / law / "related.yaml") or {}


def related_articles(rule) -> list[tuple[str, str, str]]:
    """(law, article, why) for the articles a trainee should read with this rule's: the
    article applying an invention provision to the rule's kind of patent (120, 142), and the
    transitional articles of an amendment the rule follows (157-1..157-4)."""
    found: list[tuple[str, str, str]] = []
    laws = {c.law for c in rule.citations}
    for law in sorted(laws):
        data = _related(law)
        cited = {str(c.article) for c in rule.citations if c.law == law}
        versions = {str(c.version) for c in rule.citations if c.law == law and c.version}
        for label, entry in (data.get("applied_by") or {}).items():
            applied = {str(a) for a in entry.get("articles", [])}
            if entry.get("to") in _scope_values(rule) and (cited & applied or label in cited):
                found.append((law, str(label), entry.get("why", "")))
        starts = _ymd_text(getattr(rule, "in_force_from", 0))
        for label, entry in (data.get("transitional") or {}).items():
            articles = {str(a) for a in entry.get("articles", [])}
            since = str(entry.get("in_force", ""))
            if (cited & articles and (since in versions or starts >= since or entry.get("always"))) or (
                entry.get("any_amended_text") and any(v >= since for v in versions)
            ):
                found.append((law, str(label), entry.get("why", "")))
    unique = []
    for item in found:
        if item not in unique:
            unique.append(item)
    return unique


def _ymd_text(value: int) -> str:
    return iso(value) if value else ""


def related_to_article(law: str, label: int | str) -> list[tuple[str, str]]:
    """(article, why) for the articles applying this one to another kind of patent, and the
    transitional articles of amendments of it."""
    data = _related(law)
    key = str(label)
    found = []
    for other, entry in (data.get("applied_by") or {}).items():
        if key in {str(a) for a in entry.get("articles", [])}:
            found.append((str(other), entry.get("why", "")))
    for other, entry in (data.get("transitional") or {}).items():
        if key in {str(a) for a in entry.get("articles", [])}:
            found.append((str(other), entry.get("why", "")))
    return found


def _scope_values(rule) -> set[str]:
    """Every vocabulary value (a patent type, a procedure…) for which the rule applies."""
    return {value for scope in rule.scopes() for _, values in scope for value in values}
