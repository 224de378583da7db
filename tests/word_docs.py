"""Word documents made with python-docx for the tests, with the WordprocessingML that
python-docx has no API for (tracked changes, list numbering) written as raw XML, the way
Word writes it."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_AUTHOR = 'w:author="審查助理" w:date="2026-11-30T09:00:00Z"'


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'


def ins(text: str, id_: int = 1) -> str:
    return f'<w:ins w:id="{id_}" {_AUTHOR}>{run(text)}</w:ins>'


def dele(text: str, id_: int = 2) -> str:
    return f'<w:del w:id="{id_}" {_AUTHOR}><w:r><w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>'


def move_from(text: str, id_: int = 3) -> str:
    return (
        f'<w:moveFromRangeStart w:id="{id_}" w:name="move1" {_AUTHOR}/>'
        f'<w:moveFrom w:id="{id_ + 1}" {_AUTHOR}>{run(text)}</w:moveFrom>'
        f'<w:moveFromRangeEnd w:id="{id_}"/>'
    )


def move_to(text: str, id_: int = 5) -> str:
    return (
        f'<w:moveToRangeStart w:id="{id_}" w:name="move1" {_AUTHOR}/>'
        f'<w:moveTo w:id="{id_ + 1}" {_AUTHOR}>{run(text)}</w:moveTo>'
        f'<w:moveToRangeEnd w:id="{id_}"/>'
    )


def comment_range(text: str, id_: int = 0) -> str:
    """Commented text: the text is kept, the comment (in comments.xml) is not text."""
    return (
        f'<w:commentRangeStart w:id="{id_}"/>{run(text)}<w:commentRangeEnd w:id="{id_}"/>'
        f'<w:r><w:commentReference w:id="{id_}"/></w:r>'
    )


def paragraph(*inline: str, num: tuple[int, int] | None = None, mark: str | None = None) -> str:
    """A w:p of raw inline XML; ``num`` (numId, ilvl) numbers it; ``mark`` "ins"/"del"
    tracks its paragraph mark."""
    ppr = ""
    if num or mark:
        numpr = f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else ""
        rpr = f'<w:rPr><w:{mark} w:id="9{len(inline)}" {_AUTHOR}/></w:rPr>' if mark else ""
        ppr = f"<w:pPr>{numpr}{rpr}</w:pPr>"
    return f"<w:p {W_NS}>{ppr}{''.join(inline)}</w:p>"


def level(
    ilvl: int,
    fmt: str = "decimal",
    text: str = "%1.",
    start: int = 1,
    suffix: str | None = None,
    restart: int | None = None,
) -> str:
    suff = f'<w:suff w:val="{suffix}"/>' if suffix else ""
    rst = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{rst}{suff}'
        f'<w:lvlText w:val="{_esc(text)}"/><w:lvlJc w:val="left"/></w:lvl>'
    )


class WordDoc:
    """A python-docx document with raw paragraphs and list definitions."""

    def __init__(self) -> None:
        self.document = docx.Document()
        self.body = self.document.element.body
        self.numbering = self.document.part.numbering_part.element

    def add(self, *paragraphs: str) -> "WordDoc":
        for xml in paragraphs:
            self.body.insert(len(self.body) - 1, parse_xml(xml))  # before the final sectPr
        return self

    def text(self, *lines: str) -> "WordDoc":
        for line in lines:
            self.document.add_paragraph(line)
        return self

    def define_list(self, abstract_id: int, *levels: str) -> "WordDoc":
        abstract = parse_xml(
            f'<w:abstractNum {W_NS} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>'
        )
        first_num = self.numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.numbering.append(abstract)
        return self

    def list_instance(self, num_id: int, abstract_id: int, restart_at: dict[int, int] | None = None) -> "WordDoc":
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            for lvl, start in (restart_at or {}).items()
        )
        self.numbering.append(
            parse_xml(f'<w:num {W_NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>')
        )
        return self

    def save(self, path: Path) -> Path:
        self.document.save(str(path))
        return path
