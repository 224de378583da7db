"""Errors that stop a bundle from being checked (exit status 2).

Each carries the file, line and column it is about, so that no user ever needs a
traceback to find the problem.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class InputError(Exception):
    """Input that cannot be read as a bundle (or a rule file): reported, never raised to the user."""

    message: str
    file: str
    line: int | None = None
    column: int | None = None
    pointer: str | None = None

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}"

    def where(self) -> str:
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.column or 1}"
