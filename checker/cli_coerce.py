"""Command-line values coerced without pydantic when they are plainly valid.

typer (0.2x) coerces every parameter through a pydantic ``TypeAdapter``: the first
command of a process imports pydantic (about 70 ms) and builds an adapter per parameter
(about 40 ms for `check`), which is a third of checking one bundle. The values our
commands take are strings, flags, paths, choices (enums) and bounded numbers, so a value
that is plainly valid (a string, a bool, an enum member's value, a non-empty path, a
decimal integer within its bounds) is coerced here to exactly what typer's adapter
returns; anything else (an invalid value, another type, a parser, a clamp) goes to typer's
own adapter, so every error message is typer's. ``tests/test_cli_coerce.py`` compares
the two on every parameter of every command.

This leans on typer's internals (``typer.core.build_runtime_param``, ``RuntimeParam``):
when they are not there (another typer), :func:`install` does nothing.
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path
from typing import Any

_UNDECIDED = object()
_DECIMAL = re.compile(r"(?:0|[1-9][0-9]{0,17})", re.ASCII)


def install() -> None:
    try:
        from dataclasses import dataclass

        from typer import _param_types, core
        from typer._coercion import RuntimeParam
        from typer._typing import get_args, get_origin
    except ImportError:
        return
    original = getattr(core, "build_runtime_param", None)
    if original is None or getattr(original, "_patentcheck", False):
        return
    typers: Any = original  # typer's own coercion, for every value not plainly valid

    def leaf(annotation: Any, info: Any, value: Any, param: Any, ctx: Any) -> Any:
        if getattr(info, "parser", None) is not None:
            return _UNDECIDED
        if annotation is str:
            return value if type(value) is str else _UNDECIDED
        if annotation is bool:
            return value if isinstance(value, bool) else _UNDECIDED
        if annotation is int:
            if getattr(info, "clamp", False):
                return _UNDECIDED
            if type(value) is int:  # a default
                number = value
            elif isinstance(value, str) and _DECIMAL.fullmatch(value):
                number = int(value)
            else:
                return _UNDECIDED
            low, high = getattr(info, "min", None), getattr(info, "max", None)
            if (low is not None and number < low) or (high is not None and number > high):
                return _UNDECIDED
            return number
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            try:
                return _param_types.coerce_cli_choice(
                    value, choices=tuple(annotation), case_sensitive=info.case_sensitive, ctx=ctx
                )
            except ValueError:
                return _UNDECIDED
        if annotation is Path and getattr(info, "path_type", None) is None:
            if not isinstance(value, str) or not value or "\0" in value:
                return _UNDECIDED
            return _param_types.coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
        return _UNDECIDED

    def quick(descriptor: Any, value: Any, param: Any, ctx: Any) -> Any:
        if descriptor.file_annotation is not None:
            return _UNDECIDED
        annotation, info = descriptor.annotation, descriptor.parameter_info
        if get_origin(annotation) is list:
            (inner,) = get_args(annotation) or (None,)
            if not isinstance(value, (list, tuple)):
                return _UNDECIDED
            coerced = [leaf(inner, info, item, param, ctx) for item in value]
            return _UNDECIDED if any(item is _UNDECIDED for item in coerced) else coerced
        if get_origin(annotation) is not None:
            return _UNDECIDED
        return leaf(annotation, info, value, param, ctx)

    @dataclass(frozen=True)
    class QuickRuntimeParam(RuntimeParam):
        descriptor: Any = None

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            result = quick(self.descriptor, value, param, ctx)
            if result is not _UNDECIDED:
                return result
            return typers(self.descriptor)._coerce_value(value, param=param, ctx=ctx)

    def build_runtime_param(descriptor: Any) -> Any:
        return QuickRuntimeParam(
            parameter_info=descriptor.parameter_info, annotation=descriptor.annotation, descriptor=descriptor
        )

    build_runtime_param._patentcheck = True  # type: ignore[attr-defined]
    build_runtime_param.original = original  # type: ignore[attr-defined]
    core.build_runtime_param = build_runtime_param
