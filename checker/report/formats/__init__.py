"""Report formats: one module per format, one dispatch for `check` and `validate`.

Every renderer takes the report and the same :class:`Options` and returns the whole
report as a string, so `--output FILE` works for every format alike. Text to a terminal
keeps its colours through :func:`checker.report.render.render_text` directly (see the CLI).
"""

from __future__ import annotations

import io
from importlib import import_module
from typing import TYPE_CHECKING, Callable

from checker.report.formats.common import Options

if TYPE_CHECKING:
    from checker.core.pipeline import Report

__all__ = ["FORMATS", "Options", "render"]


def _text(report: Report, options: Options) -> str:
    """The terminal text without colour (for a file, or any non-terminal consumer)."""
    from rich.console import Console

    from checker.report.render import render_text

    buffer = io.StringIO()
    console = Console(file=buffer, soft_wrap=True, highlight=False, color_system=None, force_terminal=False)
    render_text(report, console, options.lang, options.show_passes, options.quiet, options.width)
    return buffer.getvalue()


def _json(report: Report, options: Options) -> str:
    from checker.report.render import render_json

    return render_json(report)


def _lazy(module: str) -> Callable[[Report, Options], str]:
    """The ``render`` of a format module, imported when first used: a run pays only for
    the format it writes."""

    def render(report: Report, options: Options) -> str:
        return import_module(f"checker.report.formats.{module}").render(report, options)

    render.__name__ = f"{module}.render"
    return render


FORMATS: dict[str, Callable[[Report, Options], str]] = {
    "text": _text,
    "json": _json,
    "sarif": _lazy("sarif"),
    "junit": _lazy("junit"),
    "github": _lazy("github"),
    "markdown": _lazy("markdown"),
    "html": _lazy("html"),
    "gitlab": _lazy("gitlab"),
}


def render(report: Report, fmt: str, options: Options) -> str:
    return FORMATS[fmt](report, options)
