"""How paths are shown in reports and messages (one rule for every module)."""

from __future__ import annotations

from pathlib import Path


def display_path(path: Path) -> str:
    """Paths relative to the working directory when below it, always with `/`."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()
