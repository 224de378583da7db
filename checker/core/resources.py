"""Where the project's data lives: next to the package in a checkout or editable
install, or inside the package (``_bundled``) in a built wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # checker/, above core/


@cache
def resource_dir(name: str) -> Path:
    """``rules``, ``schemas`` or ``laws``."""
    for candidate in (_PACKAGE.parent / name, _PACKAGE / "_bundled" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"patentcheck data folder {name!r} is missing from the installation")
