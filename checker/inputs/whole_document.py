"""The office's whole-document layout: one file holding the abstract page, the
description, the claims and the drawings, as most drafts live in one Word document:

    【發明摘要】 (or 【新型摘要】)      the abstract (【中文】/【英文】 sub-items allowed)
    【指定代表圖】                    e.g. 圖1 / 第1圖: the representative figure
    【代表圖之符號簡單說明】          the representative figure's signs, 「符號:文字」 a line
    【特徵化學式】                    (ignored)
    【發明說明書】 (optional marker)  the description, 【發明名稱】/【中文發明名稱】 … 【符號說明】
    【申請專利範圍】                  the claims, 【第1項】 …
    【圖式】                          the drawings, 【圖1】 …

Splitting describes where each part is (its lines in the file); it judges nothing. A part
that is absent is simply not there, and the rules that need it say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.language.texts import ZH_HEADINGS

_HEADING = re.compile(r"^\s*【([^】]+)】\s*(.*)$")

ABSTRACT = {"發明摘要", "新型摘要", "摘要"}
ABSTRACT_ITEMS = {"中文發明名稱", "英文發明名稱", "中文新型名稱", "英文新型名稱", "中文", "英文"}
REPRESENTATIVE_FIGURE = {"指定代表圖"}
REPRESENTATIVE_SIGNS = {"代表圖之符號簡單說明"}
FORMULA = {"特徵化學式", "本案若有化學式時，請揭示最能顯示發明特徵的化學式"}
DESCRIPTION = {"發明說明書", "新型說明書", "設計說明書", "說明書"}
CLAIMS = {"申請專利範圍", "發明申請專利範圍", "新型申請專利範圍"}
DRAWINGS = {"圖式", "發明圖式", "新型圖式", "設計圖式"}
_FIGURE = re.compile(r"^(?:第\s*)?(?:圖|FIG\.?\s*)?\s*([0-9０-９]+[A-Za-zＡ-Ｚ]?)\s*(?:圖)?$", re.IGNORECASE)


@dataclass
class Part:
    first_line: int  # 1-based line of the part's first line in the file
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class WholeDocument:
    abstract: Part | None = None
    representative_figure: str | None = None
    representative_figure_line: int | None = None
    representative_signs: Part | None = None
    description: Part | None = None
    claims: Part | None = None
    drawings: Part | None = None
    figures: list[tuple[str, int]] = field(default_factory=list)  # (label, line) of 【圖1】 …

    @property
    def recognised(self) -> bool:
        """Whether the file has the layout at all (some part marker was found)."""
        return (
            any(p is not None for p in (self.abstract, self.claims, self.drawings, self.representative_signs))
            or self.representative_figure is not None
        )


_MARKERS = {
    **{n: "abstract" for n in ABSTRACT},
    **{n: "representative_figure" for n in REPRESENTATIVE_FIGURE},
    **{n: "representative_signs" for n in REPRESENTATIVE_SIGNS},
    **{n: "formula" for n in FORMULA},
    **{n: "description" for n in DESCRIPTION},
    **{n: "claims" for n in CLAIMS},
    **{n: "drawings" for n in DRAWINGS},
}
_PARTS = ("abstract", "representative_signs", "description", "claims", "drawings")
_ABSTRACT_PAGE = (None, "abstract", "representative_figure", "representative_signs", "formula")


def split(text: str) -> WholeDocument:
    """Each part's lines, contiguous in the file (lines of a part that are not its text,
    such as the English abstract, are kept blank so that line numbers stay the file's)."""
    doc = WholeDocument()
    current: str | None = None
    part: Part | None = None
    skipping = False  # inside an abstract sub-item other than the (Chinese) abstract
    for line_no, line in enumerate(text.splitlines(), 1):
        match = _HEADING.match(line)
        name = match.group(1).strip() if match else None
        rest = match.group(2).strip() if match else ""
        kind = _MARKERS.get(name) if name else None
        if kind in _PARTS and getattr(doc, kind) is not None:
            kind = None  # a second 【圖式】 or 【摘要】 is text of the current part
        implicit = (
            kind is None
            and name in ZH_HEADINGS
            and doc.description is None
            and current in _ABSTRACT_PAGE
            and not (current == "abstract" and name in ABSTRACT_ITEMS)
        )
        if implicit:  # no 【發明說明書】 marker: the description begins at its first heading
            kind = "description"
        if kind:
            current, skipping = kind, False
            part = None
            if kind in _PARTS:
                part = Part(line_no, [line]) if implicit else Part(line_no, [rest]) if rest else Part(line_no + 1)
                setattr(doc, kind, part)
            elif kind == "representative_figure" and rest:
                _figure(doc, rest, line_no)
            continue
        if current == "abstract" and name in ABSTRACT_ITEMS:
            skipping = name != "中文"
            if part is not None:
                part.lines.append("" if skipping else rest)
            continue
        if current == "representative_figure":
            if line.strip() and doc.representative_figure is None:
                _figure(doc, line.strip(), line_no)
            continue
        if current == "drawings" and name:
            label = _figure_label(name)
            if label:
                doc.figures.append((label, line_no))
        if part is not None:
            part.lines.append("" if skipping else line)
    for kind in _PARTS:
        found = getattr(doc, kind)
        if found is not None:
            _trim(found)
    return doc


def _trim(part: Part) -> None:
    while part.lines and not part.lines[0].strip():
        part.lines.pop(0)
        part.first_line += 1
    while part.lines and not part.lines[-1].strip():
        part.lines.pop()


def _figure(doc: WholeDocument, text: str, line_no: int) -> None:
    # 「圖1」, 「第1圖」, 「圖（1）」; 「無」 (none) designates nothing.
    cleaned = re.sub(r"[()（）\s。.]", "", text)
    label = _figure_label(cleaned)
    if label:
        doc.representative_figure, doc.representative_figure_line = label, line_no


def _figure_label(name: str) -> str | None:
    match = _FIGURE.match(name.strip())
    if not match:
        return None
    return match.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789")).upper()
