"""How paths are shown in reports and messages (one rule for every module)."""

from __future__ import annotations

import os
from pathlib import Path


def display_path(path: Path) -> str:
    """Paths relative to the working directory when below it, always with `/`."""
    try:
        # Lexically (abspath), not resolved: a symlinked bundle is shown by its own name.
        return Path(os.path.abspath(path)).relative_to(Path.cwd()).as_posix()
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return path.as_posix()
