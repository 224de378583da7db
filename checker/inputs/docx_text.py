"""Word documents (.docx) as text: one line per paragraph, so that the description,
claims and abstract parsers read a .docx exactly as they read a text file in the office
layout. Nothing is written; a file that is not a readable .docx is an input error."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from checker.core.errors import InputError
from checker.inputs.wordml import NotWordDocument, WordText, read_word_package
from checker.inputs.yamlsource import MAX_FILE_BYTES

DOCX_SUFFIX = ".docx"


def is_docx(name: str) -> bool:
    return name.lower().endswith(DOCX_SUFFIX)


def read_docx_file(path: Path, shown_as: str, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The document's body paragraphs (tables' cell paragraphs included, in order), one
    per line, as they stand with every tracked change accepted and list numbers written
    out. Line N of the result is the document's Nth paragraph (unless an earlier
    paragraph holds a manual line break), so ``file.docx:N`` names the paragraph."""
    return read_docx(path, shown_as, max_bytes).text


def read_docx(path: Path, shown_as: str, max_bytes: int = MAX_FILE_BYTES) -> WordText:
    """The document's text with what was met on the way (tracked changes, table cells,
    list numbers): see :mod:`checker.inputs.wordml`."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", shown_as) from None
    if size > max_bytes:
        raise InputError(f"file is {size:,} bytes; the limit is {max_bytes:,} bytes", shown_as)
    if not zipfile.is_zipfile(path):
        raise InputError("not a Word .docx document (not a ZIP package); save it as .docx "
                         "or give the text as a UTF-8 text file", shown_as)
    _refuse_zip_bomb(path, shown_as)
    return _read_word_text(path, shown_as)


def _read_word_text(path: Path, shown_as: str) -> WordText:
    # Each XML part read is bounded again as it is inflated (wordml.read_part), whatever
    # the ZIP directory claims its size to be.
    try:
        with zipfile.ZipFile(path) as archive:
            return read_word_package(archive)
    except NotWordDocument as exc:
        raise InputError(f"not a readable Word .docx document ({_reason(exc)})", shown_as) from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, RuntimeError, zlib.error) as exc:
        raise InputError(f"not a readable Word .docx document ({_reason(exc)})", shown_as) from None


MAX_UNPACKED_BYTES = 20 * MAX_FILE_BYTES  # text compresses well; a bomb compresses far better


def _refuse_zip_bomb(path: Path, shown_as: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"not a readable Word .docx document ({_reason(exc)})", shown_as) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputError(f"the .docx unpacks to {unpacked:,} bytes; the limit is "
                         f"{MAX_UNPACKED_BYTES:,} bytes", shown_as)


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:160]
