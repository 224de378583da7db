"""A bundle on standard input (`check -` / `validate -`), as editors and scripts pipe a
buffer that is not saved yet. `--stdin-filename` names it: the report's locations use that
name, and its `{file: …}` texts are read from that file's folder, with the same confinement
as a bundle on disk. Without it the bundle is `<stdin>` in the current folder."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, Optional

from checker.core.pipeline import display_path
from checker.inputs.yamlsource import MAX_FILE_BYTES

STDIN = Path("-")
DEFAULT_NAME = "<stdin>"


def wants_stdin(paths: list[Path]) -> bool:
    """Whether the paths ask for standard input; ValueError when `-` is not alone."""
    if STDIN not in paths:
        return False
    if len(paths) > 1:
        raise ValueError("`-` (a bundle on standard input) cannot be combined with other paths")
    return True


def read_stdin(stdin_filename: Optional[str], stream: BinaryIO | None = None) -> tuple[Path, str, str]:
    """(path placing the bundle, its YAML text, its name in the report). ValueError for
    input that is too large or not UTF-8."""
    stream = stream if stream is not None else sys.stdin.buffer
    raw = stream.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise ValueError(f"standard input holds more than {MAX_FILE_BYTES:,} bytes, the limit for a bundle")
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"standard input is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None
    if stdin_filename:
        path = Path(stdin_filename)
        return path, text, display_path(path)
    return Path.cwd() / DEFAULT_NAME, text, DEFAULT_NAME
