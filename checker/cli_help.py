"""Plain `--help` for the command line: click's layout, with what a user types rather than
Python types (``PATH...``, not ``{paths}... <list[Path]>``), and lines wrapped only at
spaces, so ``YYYY-MM-DD``, ``pull-request`` and rule ids are never split.

Typer's own help prints its parameters' Python annotations; these classes keep typer for
parsing and completion and replace only how help is written.
"""

from __future__ import annotations

import textwrap
from typing import Iterable

from typer.core import TyperArgument, TyperCommand, TyperGroup

# Recent typer carries its own copy of click: take click's classes from typer's commands.
_ClickContext = TyperCommand.context_class
_ClickFormatter = _ClickContext.formatter_class


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Paragraphs (separated by a blank line) wrapped at spaces only."""
    wrapper = textwrap.TextWrapper(
        max(width, 10), initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False, break_long_words=False
    )
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        if lines:
            lines.append("")
        lines += wrapper.wrap(" ".join(paragraph.split())) or [indent]
    return lines


# The two bases below are found at run time (typer's copy of click, or click itself in older
# typer), so mypy cannot check them as classes.
class HelpFormatter(_ClickFormatter):  # type: ignore[valid-type, misc]
    def write_text(self, text: str) -> None:
        self.write("\n".join(wrap(text, self.width, " " * self.current_indent)) + "\n")

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_col = min(max((len(term) for term, _ in rows), default=0), col_max) + col_spacing
        indent = " " * self.current_indent
        for term, text in rows:
            self.write(f"{indent}{term}")
            if not text:
                self.write("\n")
                continue
            if len(term) <= first_col - col_spacing:
                self.write(" " * (first_col - len(term)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = wrap(text, self.width - first_col - self.current_indent)
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write((" " * (first_col + self.current_indent) + line).rstrip() + "\n")


class Context(_ClickContext):  # type: ignore[valid-type, misc]
    formatter_class = HelpFormatter


class Command(TyperCommand):
    context_class = Context

    def collect_usage_pieces(self, ctx) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if isinstance(param, TyperArgument):
                name = param.metavar or param.name.upper()
                pieces.append(name if param.required else f"[{name}]")
        return pieces

    def format_help(self, ctx, formatter) -> None:
        self.format_usage(ctx, formatter)
        self.format_help_text(ctx, formatter)
        arguments, options = [], []
        for param in self.get_params(ctx):
            if isinstance(param, TyperArgument):
                if param.help:
                    arguments.append((param.metavar or param.name.upper(), param.help))
            else:
                record = param.get_help_record(ctx)
                if record:
                    options.append(record)
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)
        self.format_epilog(ctx, formatter)


class Group(TyperGroup):
    context_class = Context

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for command in self.commands.values():  # every subcommand, even one added without cls=
            if type(command) is TyperCommand:
                command.__class__ = Command

    def format_help(self, ctx, formatter) -> None:
        super(TyperGroup, self).format_help(ctx, formatter)  # click's, not typer's rich one
