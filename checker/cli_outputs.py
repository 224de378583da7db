"""Which report goes where: `-f sarif -o a.sarif -f json -o a.json` writes two files in one
run. The n-th --output takes the n-th --format; at most one format goes without an output,
to standard output. Kept apart from the CLI so the rule is tested on its own."""

from __future__ import annotations

from pathlib import Path
from typing import Optional


def pair_outputs(formats: list[str], outputs: list[Path], statistics: bool = False) -> list[tuple[str, Optional[Path]]]:
    """[(format, path or None for standard output)], in the order given. ValueError (a
    usage error) when they cannot be paired."""
    formats = formats or ["text"]
    if len(outputs) > len(formats):
        raise ValueError(f"{len(outputs)} --output for {len(formats)} --format: give a --format for each --output")
    if len(formats) - len(outputs) > 1:
        raise ValueError("only one --format can go to standard output: give the others an --output each")
    paths = [str(Path(p).resolve()) for p in outputs]
    if len(set(paths)) != len(paths):
        raise ValueError("the same --output is given twice")
    if statistics and any(f not in ("text", "json") for f in formats):
        raise ValueError("--statistics is written as text or json")
    return [(fmt, outputs[i] if i < len(outputs) else None) for i, fmt in enumerate(formats)]
