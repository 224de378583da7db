"""Build laws/indigenous_creations_rules/2015.json from the extracted text.

    python tools/build_indigenous_rules_data.py          # write the JSON
    python tools/build_indigenous_rules_data.py --check  # exit 1 if the JSON is stale

The source (laws/indigenous_creations_rules/source-2015.txt) is a text extraction of
原住民族傳統智慧創作保護實施辦法 (promulgated 2015-01-08, in force 2015-03-01 per its
art. 38). It has no article numbers: article N is the text before the N-th 〔立法理由〕
block, and that block is its legislative reason. Articles are separated by blank lines;
a chapter heading (第一章 總則) may open the block of the chapter's first article.

What the parse does, and nothing more (the wording is never changed):
- lines were wrapped at a fixed width, so a line continues the previous one unless the
  previous one ends a sentence (。) or introduces a list (：), or it starts a new 款
  (一、) or 目 ((一)); a line starting with 但 (a proviso) or 。 always continues: no
  paragraph of a law starts with 但;
- the extraction's half-width punctuation (, : ; ( )) is written full-width, as in the
  official text, and the spaces of the layout are removed;
- CORRECTIONS below lists what the source itself gets wrong; each entry is checked to
  apply, so the build fails when the source changes under it.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tools/generated.py, also when loaded by a test
from generated import write_or_check  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LAW_DIR = ROOT / "laws" / "indigenous_creations_rules"
SOURCE = LAW_DIR / "source-2015.txt"
OUTPUT = LAW_DIR / "2015.json"

METADATA = {
    "law": "indigenous_creations_rules",
    "title_zh": "原住民族傳統智慧創作保護實施辦法",
    "title_en": "Implementation Rules for the Protection of Traditional Intellectual Creations of Indigenous Peoples",
    "version": "2015-03-01",
    "promulgated": "2015-01-08",
    "source": "laws/indigenous_creations_rules/source-2015.txt (articles and legislative reasons), "
    "parsed by tools/build_indigenous_rules_data.py; official text: law.moj.gov.tw",
}

REASON = "〔立法理由〕"
ARTICLES = 38
CN_DIGITS = "一二三四五六七八九"
CHAPTER = re.compile(r"^第([一二三四五六七八九十]+)章\s+(\S+)$")
SUBPARAGRAPH = re.compile(r"^([一二三四五六七八九十]+)、(.*)$")
ITEM = re.compile(r"^（([一二三四五六七八九十]+)）(.*)$")
WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})
LINE_END = ("。", "：")

# article -> a note shown with its reason: defects of the source that the parse cannot repair
# without the official text, which is not available offline. The note's `contains` must
# occur in the reason (checked), so the note cannot outlive the defect.
CORRECTIONS = {
    8: {
        "contains": "顯有受侵明定申請智慧創作登記之人",
        "note": {
            "zh-TW": "本條立法理由之來源文字兩度中斷並重複其開頭，依原樣收錄。",
            "en": "The source's legislative reason of art. 8 is cut off twice and repeats its "
            "beginning; it is shipped as extracted.",
        },
    },
}


def cn_number(text: str) -> int:
    """Chinese numeral below 100 (一 .. 九十九) to int."""
    if "十" not in text:
        return CN_DIGITS.index(text) + 1
    tens, _, units = text.partition("十")
    return (CN_DIGITS.index(tens) + 1 if tens else 1) * 10 + (CN_DIGITS.index(units) + 1 if units else 0)


def normalise(line: str) -> str:
    return "".join(line.translate(WIDTH).split())


def blocks(source: str) -> list[list[str]]:
    """Groups of non-blank lines, from the first chapter heading on."""
    groups: list[list[str]] = []
    current: list[str] = []
    for raw in source.splitlines() + [""]:
        if raw.strip():
            current.append(raw)
        elif current:
            groups.append(current)
            current = []
    start = next(i for i, g in enumerate(groups) if CHAPTER.match(normalise_heading(g[0])))
    return groups[start:]


def normalise_heading(line: str) -> str:
    return " ".join(line.split())


def logical_lines(lines: list[str]) -> list[str]:
    """Join the layout's wrapped lines into sentences, 款 and 目."""
    out: list[str] = []
    for raw in lines:
        line = normalise(raw)
        if not line:
            continue
        starts_entry = bool(SUBPARAGRAPH.match(line) or ITEM.match(line))
        continues = out and (
            line.startswith(("但", "。", "，")) or (not starts_entry and not out[-1].endswith(LINE_END))
        )
        if continues:
            out[-1] += line
        else:
            out.append(line)
    return out


def reason_entries(lines: list[str]) -> list[str]:
    """A legislative reason: one entry per numbered point (一、…), or one entry."""
    out: list[str] = []
    for raw in lines:
        line = normalise(raw)
        if out and not SUBPARAGRAPH.match(line):
            out[-1] += line
        else:
            out.append(line)
    return out


def structure(number: int, lines: list[str]) -> list[dict]:
    """Paragraphs (項) holding their subparagraphs (款), which hold their items (目)."""
    paragraphs: list[dict] = []
    for line in logical_lines(lines):
        sub, item = SUBPARAGRAPH.match(line), ITEM.match(line)
        if sub is None and item is None:
            paragraphs.append({"number": len(paragraphs) + 1, "text": line, "subparagraphs": []})
            continue
        if not paragraphs or not paragraphs[-1]["text"].endswith("："):
            raise ValueError(f"art. {number}: a list not introduced by a paragraph ending in ：")
        subs = paragraphs[-1]["subparagraphs"]
        if sub is not None:
            if cn_number(sub[1]) != len(subs) + 1:
                raise ValueError(f"art. {number}: subparagraph {sub[1]} out of order")
            subs.append({"number": len(subs) + 1, "text": sub[2]})
            continue
        if not subs or not subs[-1]["text"].endswith("："):
            raise ValueError(f"art. {number}: item {item[1]} not introduced by a subparagraph")
        items = subs[-1].setdefault("items", [])
        if cn_number(item[1]) != len(items) + 1:
            raise ValueError(f"art. {number}: item {item[1]} out of order")
        items.append({"number": len(items) + 1, "text": item[2]})
    return paragraphs


def parse(source: str) -> list[dict]:
    articles: list[dict] = []
    chapter = None
    for group in blocks(source):
        heading = CHAPTER.match(normalise_heading(group[0]))
        if heading:
            chapter = f"第{heading[1]}章 {heading[2]}"
            group = group[1:]
        marks = [i for i, line in enumerate(group) if line.strip() == REASON]
        if len(marks) != 1 or marks[0] == 0:
            raise ValueError(f"block after art. {len(articles)}: expected one article and one {REASON}")
        number = len(articles) + 1
        mark = marks[0]
        articles.append(
            {
                "number": number,
                "label": str(number),
                "chapter": chapter,
                "section": None,
                "deleted": False,
                "paragraphs": structure(number, group[:mark]),
                "reason": reason_entries(group[mark + 1 :]),
            }
        )
    if len(articles) != ARTICLES:
        raise ValueError(f"expected {ARTICLES} articles, found {len(articles)}")
    for number, fix in CORRECTIONS.items():
        article = articles[number - 1]
        if fix["contains"] not in "".join(article["reason"]):
            raise ValueError(f"art. {number}: correction no longer applies")
        article["reason_note"] = fix["note"]
    return articles


def build() -> str:
    """The JSON text, deterministic for a given source."""
    data = dict(METADATA, articles=parse(SOURCE.read_text(encoding="utf-8")))
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    return write_or_check(OUTPUT, build(), argv, "tools/build_indigenous_rules_data.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
