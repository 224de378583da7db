"""Report formats: one module per format, one dispatch for `check` and `validate`.

Every renderer takes the report and the same :class:`Options` and returns the whole
report as a string, so `--output FILE` works for every format alike. Text to a terminal
keeps its colours through :func:`checker.report.render.render_text` directly (see the CLI).
"""

from __future__ import annotations

import io
from typing import Callable

from rich.console import Console

from checker.core.pipeline import Report
from checker.report.render import render_json, render_text
from checker.report.formats.common import Options
from checker.report.formats import github, html, junit, markdown, sarif

__all__ = ["FORMATS", "Options", "render"]


def _text(report: Report, options: Options) -> str:
    """The terminal text without colour (for a file, or any non-terminal consumer)."""
    buffer = io.StringIO()
    console = Console(file=buffer, soft_wrap=True, highlight=False, color_system=None,
                      force_terminal=False)
    render_text(report, console, options.lang, options.show_passes)
    return buffer.getvalue()


FORMATS: dict[str, Callable[[Report, Options], str]] = {
    "text": _text,
    "json": lambda report, options: render_json(report),
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
    "markdown": markdown.render,
    "html": html.render,
}


def render(report: Report, fmt: str, options: Options) -> str:
    return FORMATS[fmt](report, options)
