"""Option values coerced without pydantic (checker/cli_coerce.py) are exactly typer's.

Every parameter of every command is given valid and invalid values; the quick coercion
must return what typer's own (pydantic) coercion returns, of the same type, or fail with
the same message. And checking a bundle must not import pydantic.
"""

from __future__ import annotations

import json
import subprocess
import sys
from enum import Enum
from pathlib import Path

import pytest
import typer.core
import typer.main

from checker.cli import app

ROOT = Path(__file__).resolve().parent.parent


def _parameters():
    command = typer.main.get_command(app)
    for name, sub in sorted(command.commands.items()):
        for param in sub.params:
            if getattr(param, "type_descriptor", None) is not None:
                yield pytest.param(sub, param, id=f"{name}-{param.name}")


def _samples(annotation) -> list:
    from typing import get_args, get_origin

    if get_origin(annotation) is list:
        inner = _samples(get_args(annotation)[0])
        return [tuple(inner[:2]), tuple(inner), (), ["x"], "x"]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return [*(m.value for m in annotation), *annotation, "bogus", "", 1]
    return [
        "x",
        "",
        "-",
        "2025-01-01",
        "1",
        "2",
        "0",
        "01",
        "-1",
        "+2",
        " 3",
        "1e3",
        "99999999999999999999",
        1,
        5,
        True,
        False,
        "true",
        "a.yaml",
        str(ROOT / "examples"),
        "/nonexistent/b.yaml",
        b"x",
    ]


def _outcome(runtime, value, param, ctx):
    try:
        result = runtime.coerce(value, param=param, ctx=ctx)
    except Exception as exc:  # the message the user would see
        return ("error", type(exc).__name__, str(exc))
    return ("value", type(result).__name__, repr(result))


@pytest.mark.parametrize("command, param", list(_parameters()))
def test_the_quick_coercion_is_typers(command, param):
    if not hasattr(typer.core, "build_runtime_param"):
        pytest.skip("this typer does not coerce options through pydantic: nothing to shortcut")
    quick = typer.core.build_runtime_param
    assert getattr(quick, "_patentcheck", False), "checker.cli_coerce.install() did not take"
    original = quick.original
    ctx = typer.core._click.Context(command)
    for value in _samples(param.type_descriptor.annotation):
        expected = _outcome(original(param.type_descriptor), value, param, ctx)
        assert _outcome(quick(param.type_descriptor), value, param, ctx) == expected, value


def test_checking_a_bundle_imports_no_pydantic():
    bundle = ROOT / "examples" / "invention-led-package" / "bundle.yaml"
    code = (
        "import sys\nfrom checker.cli import app\n"
        f"sys.argv = ['patentcheck', 'check', {str(bundle)!r}, '--format', 'json', '-j', '1', '--lang', 'en']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "import json; print(json.dumps(sorted(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert not [m for m in modules if m == "pydantic" or m.startswith("pydantic.")]
