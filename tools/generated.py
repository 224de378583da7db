"""The one way the build scripts in tools/ write a generated file, or with ``--check`` say
that the shipped one is stale (tests run the check, so a stale file fails the suite)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_or_check(output: Path, text: str, argv: list[str], script: str) -> int:
    """Write ``text`` to ``output`` and say so; with ``--check`` in ``argv`` write nothing and
    return 1 when ``output`` differs from ``text`` (0 when current). ``script`` is the command
    that rebuilds the file, named in the message."""
    shown = output.relative_to(ROOT) if output.is_relative_to(ROOT) else output
    if "--check" in argv:
        current = output.read_text(encoding="utf-8") if output.is_file() else None
        if current != text:
            print(f"{shown} is stale; run python {script}")
            return 1
        return 0
    output.write_text(text, encoding="utf-8")
    print(f"wrote {shown} ({text.count(chr(10))} lines)")
    return 0
