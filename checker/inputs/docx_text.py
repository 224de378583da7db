"""Word documents (.docx) as text: one line per paragraph, so that the description,
claims and abstract parsers read a .docx exactly as they read a text file in the office
layout. Nothing is written; a file that is not a readable .docx is an input error."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from checker.core.errors import InputError
from checker.inputs.yamlsource import MAX_FILE_BYTES, read_bytes_bounded

if TYPE_CHECKING:  # lxml is imported when a Word document is read, not by every bundle
    from checker.inputs.wordml import WordText

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
    raw = read_bytes_bounded(path, shown_as, max_bytes)  # regular files only, bounded
    if not zipfile.is_zipfile(io.BytesIO(raw)):
        raise InputError(
            "not a Word .docx document (not a ZIP package); save it as .docx or give the text as a UTF-8 text file",
            shown_as,
        )
    _refuse_zip_bomb(raw, shown_as)
    return _read_word_text(raw, shown_as)


def _read_word_text(raw: bytes, shown_as: str) -> WordText:
    from checker.inputs.wordml import NotWordDocument, read_word_package

    # Each XML part read is bounded again as it is inflated (wordml.read_part), whatever
    # the ZIP directory claims its size to be.
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return read_word_package(archive)
    except NotWordDocument as exc:
        raise InputError(f"not a readable Word .docx document ({_reason(exc)})", shown_as) from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, RuntimeError, zlib.error) as exc:
        raise InputError(f"not a readable Word .docx document ({_reason(exc)})", shown_as) from None


MAX_UNPACKED_BYTES = 20 * MAX_FILE_BYTES  # text compresses well; a bomb compresses far better


def _refuse_zip_bomb(raw: bytes, shown_as: str) -> None:
    """Inflate every member in bounded chunks, counting the bytes that actually come out
    (not the sizes the ZIP headers claim: those can lie), and stop at the limit. A member
    whose header understates its size stops at the stated size and fails its CRC check;
    after this, the Word reader reads only members known to be whole and small."""
    unpacked = 0
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            for info in archive.infolist():
                if info.file_size > MAX_UNPACKED_BYTES:
                    raise _too_big(info.file_size, shown_as)
                with archive.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        unpacked += len(chunk)
                        if unpacked > MAX_UNPACKED_BYTES:
                            raise _too_big(unpacked, shown_as, "more than ")
    except InputError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        EOFError,
        OSError,
        ValueError,
        RuntimeError,
    ) as exc:  # RuntimeError: an encrypted member
        raise InputError(f"not a readable Word .docx document ({_reason(exc)})", shown_as) from None


_CHUNK = 1 << 16


def _too_big(size: int, shown_as: str, more: str = "") -> InputError:
    return InputError(f"the .docx unpacks to {more}{size:,} bytes; the limit is {MAX_UNPACKED_BYTES:,} bytes", shown_as)


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:160]
