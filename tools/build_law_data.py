"""Build laws/patent_act/2013.json from the extracted text plus corrections.

    python tools/build_law_data.py          # write the JSON
    python tools/build_law_data.py --check  # exit 1 if the JSON is stale

The source is a text extraction of 專利法 with layout noise (bullets, page
breaks, headings between articles). The parse below only removes that noise;
paragraph splits the layout lost are listed in corrections.yaml, so every
deviation from the mechanical parse is documented in one place.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tools/generated.py, also when loaded by a test
from generated import write_or_check  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LAW_DIR = ROOT / "laws" / "patent_act"
SOURCE = LAW_DIR / "source-2013.txt"
CORRECTIONS = LAW_DIR / "corrections.yaml"
OUTPUT = LAW_DIR / "2013.json"

METADATA = {
    "law": "patent_act",
    "title_zh": "專利法",
    "title_en": "Patent Act",
    "version": "2013-06-13",
    "amended": "2013-06-11",
    "source": "laws/patent_act/source-2013.txt with laws/patent_act/corrections.yaml; "
    "official text: law.moj.gov.tw PCode J0070007",
}

CN_DIGITS = "一二三四五六七八九"
HEADING = re.compile(r"^第\s*([一二三四五六七八九十]+)\s*([章節])\s*([^\s，。、：；].*)$")
# "第 97 條", "第 97-1 條" or "第 97 條之 1", followed by the first line of text.
ARTICLE = re.compile(r"^第\s*(\d+)\s*(?:-\s*(\d+)\s*)?條(?:之\s*(\d+))?\s*(.*)$")
ITEM = re.compile(r"^([一二三四五六七八九十]+)、(.*)$")
DELETED = re.compile(r"^[（(]刪除[)）]$")
# A line ending otherwise was cut by a page break and continues on the next one.
LINE_END = ("。", "：")


def cn_number(text: str) -> int:
    """Chinese numeral below 100 (一 .. 九十九) to int."""
    if "十" not in text:
        return CN_DIGITS.index(text) + 1
    tens, _, units = text.partition("十")
    return (CN_DIGITS.index(tens) + 1 if tens else 1) * 10 + (CN_DIGITS.index(units) + 1 if units else 0)


def clean(raw: str) -> str:
    """Strip whitespace and the stray '- ' bullets of the extraction."""
    line = raw.strip()
    while line.startswith("- ") or line == "-":
        line = line[1:].strip()
    return line


def parse(source: str) -> list[dict]:
    """Articles with their logical lines: ("para" | "item", text)."""
    articles: list[dict] = []
    chapter = section = None
    for raw in source.splitlines():
        line = clean(raw)
        if not line:
            continue
        heading = HEADING.match(line)
        if heading and len(line) <= 30:
            name = f"第{heading[1]}{heading[2]} " + "".join(heading[3].split())
            if heading[2] == "章":
                chapter, section = name, None
            else:
                section = name
            continue
        match = ARTICLE.match(line)
        if match:
            number, sub = int(match[1]), match[2] or match[3]
            articles.append(
                {
                    "number": number,
                    "sub_number": int(sub) if sub else None,
                    "label": f"{number}-{sub}" if sub else str(number),
                    "chapter": chapter,
                    "section": section,
                    "lines": [],
                }
            )
            line = match[4].strip()
            if not line:
                continue
        if not articles:
            continue  # title and amendment history before the first article
        lines = articles[-1]["lines"]
        if lines and not lines[-1][1].endswith(LINE_END):
            lines[-1] = (lines[-1][0], lines[-1][1] + line)
        else:
            lines.append(("item" if ITEM.match(line) else "para", line))
    return articles


def apply_splits(articles: list[dict], splits: list[dict]) -> None:
    """Start a new paragraph at each correction's `before` text."""
    by_label = {a["label"]: a for a in articles}
    for fix in splits:
        article = by_label[str(fix["article"])]
        lines, before = article["lines"], fix["before"]
        hits = [(i, text.find(before)) for i, (_, text) in enumerate(lines) if before in text]
        if len(hits) != 1 or lines[hits[0][0]][1].count(before) != 1:
            raise ValueError(f"art. {fix['article']}: {before!r} must occur exactly once")
        index, pos = hits[0]
        kind, text = lines[index]
        if pos == 0 or not text[:pos].endswith("。"):
            raise ValueError(f"art. {fix['article']}: {before!r} does not start a sentence")
        lines[index : index + 1] = [(kind, text[:pos]), ("para", text[pos:])]


def structure(article: dict) -> dict:
    """Group logical lines into paragraphs (項) holding their subparagraphs (款)."""
    texts = [text for _, text in article["lines"]]
    deleted = len(texts) == 1 and bool(DELETED.match(texts[0]))
    paragraphs: list[dict] = []
    for kind, text in [] if deleted else article["lines"]:
        if kind == "para":
            paragraphs.append({"number": len(paragraphs) + 1, "text": text, "subparagraphs": []})
            continue
        numeral, body = ITEM.match(text).groups()
        if not paragraphs:
            raise ValueError(f"art. {article['label']}: subparagraph before any paragraph")
        items = paragraphs[-1]["subparagraphs"]
        if cn_number(numeral) != len(items) + 1:
            raise ValueError(f"art. {article['label']}: subparagraph {numeral} out of order")
        items.append({"number": len(items) + 1, "text": body})
    entry = {key: article[key] for key in ("number", "label", "chapter", "section")}
    if article["sub_number"] is not None:
        entry["sub_number"] = article["sub_number"]
    entry["deleted"] = deleted
    entry["paragraphs"] = paragraphs
    return entry


def build() -> str:
    """The JSON text, deterministic for a given source and corrections file."""
    articles = parse(SOURCE.read_text(encoding="utf-8"))
    corrections = yaml.safe_load(CORRECTIONS.read_text(encoding="utf-8")) or {}
    apply_splits(articles, corrections.get("splits") or [])
    data = dict(METADATA, articles=[structure(a) for a in articles])
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    return write_or_check(OUTPUT, build(), argv, "tools/build_law_data.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
