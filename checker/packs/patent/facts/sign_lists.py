"""The layout of the reference sign lists: 【符號說明】 of the description (ER art. 17(1)(7))
and 【代表圖之符號簡單說明】 of the abstract page (ER art. 21(4)), against the office's
published format, 「符號:文字」 with a half-width colon, one pair a line, no table
(checker/language/sign_lists.py). The second exists only in the whole-document layout
(``documents: {file: …}``); format 1 has no field for it.

The offending lines are items, each at its line: ``/description@LINE:1`` or
``/documents/representative_signs@LINE:1`` for a file, ``/description/sections/reference_signs``
for inline sections.
"""

from __future__ import annotations

from typing import Callable

from checker.language import description_analysis as da
from checker.language.sign_lists import SignLine, sign_line_problems
from checker.packs.patent.facts.registry import REGISTRY, FactContext, fact

REPRESENTATIVE_SIGNS = "/documents/representative_signs"  # where bundle.py keeps that part's text


def _table_lines(source) -> set[int]:
    word = getattr(source, "word", None)
    if word is None:
        return set()
    return {line - source.line_offset for line in word.table_lines}


def _reference_sign_problems(ctx: FactContext) -> tuple[list[SignLine], bool]:
    """(problems, whether lines are the description file's) of 【符號說明】."""
    section = da.section(ctx.sections, "reference_signs")
    if section is None:
        return [], False
    source = ctx.bundle.texts.get("/description")
    if source is None:  # inline sections: no lines of a file
        return sign_line_problems(section.text.splitlines()), False
    lines = source.text.splitlines()
    later = [s.line for s in ctx.sections if s.line > section.line]
    end = min(later) - 1 if later else len(lines)
    body = lines[section.line - 1 : end]
    if body:
        body[0] = body[0].split("】", 1)[1] if "】" in body[0] else ""
    return sign_line_problems(body, section.line, _table_lines(source)), True


_PROPERTIES = {"text": "str", "problem": "str"}


def _items(problems: list[SignLine], pointer: Callable[[SignLine], str]) -> list[dict]:
    return [{"pointer": pointer(p), "text": p.text, "problem": p.reason} for p in problems]


@REGISTRY.item_kind("reference_sign_lines", _PROPERTIES, labels={"zh-TW": "符號說明之行", "en": "sign list line"})
def reference_sign_line_items(ctx: FactContext) -> list[dict]:
    """The lines of 【符號說明】 not written 「符號:文字」, each at its line of the description
    file (`/description@LINE:1`; the inline section for inline sections): ``text`` (the line
    as written) and ``problem``: `colon` (not a half-width colon), `pairs` (several pairs a
    line) or `table` (in a Word table). No item when every line is written so."""
    problems, from_file = _reference_sign_problems(ctx)
    return _items(
        problems, lambda p: f"/description@{p.line}:1" if from_file else "/description/sections/reference_signs"
    )


def _representative_problems(ctx: FactContext) -> list[SignLine]:
    source = ctx.bundle.texts.get(REPRESENTATIVE_SIGNS)
    if source is None:
        return []
    return sign_line_problems(source.text.splitlines(), 1, _table_lines(source))


@fact("has_representative_signs", "bool")
def has_representative_signs(ctx: FactContext) -> bool:
    """A whole-document file gives 【代表圖之符號簡單說明】 with some text."""
    source = ctx.bundle.texts.get(REPRESENTATIVE_SIGNS)
    return source is not None and bool(source.text.strip())


@REGISTRY.item_kind(
    "representative_sign_lines",
    _PROPERTIES,
    labels={"zh-TW": "代表圖之符號簡單說明之行", "en": "representative sign line"},
)
def representative_sign_line_items(ctx: FactContext) -> list[dict]:
    """The lines of 【代表圖之符號簡單說明】 (whole-document layout) not written 「符號:文字」,
    at `/documents/representative_signs@LINE:1`: ``text`` and ``problem`` (as for
    reference_sign_lines)."""
    return _items(_representative_problems(ctx), lambda p: f"{REPRESENTATIVE_SIGNS}@{p.line}:1")
