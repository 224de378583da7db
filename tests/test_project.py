"""The promises the README makes about setting up and testing stay true."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_has_exactly_two_commands():
    commands = quick_start_commands()
    assert len(commands) == 2
    assert commands[0].endswith("patentcheck check examples/")
    assert commands[1].endswith("python -m pytest")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert quick_start_commands()[1] in ci.splitlines()


def test_ci_type_checks_the_package_after_the_tests():
    """.ci/run runs mypy (configured in pyproject.toml) once the suite has passed, and the test
    extra installs it, so a fresh clone can run what CI runs."""
    lines = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    assert ".venv/bin/mypy" in lines
    assert lines.index(".venv/bin/mypy") > lines.index(quick_start_commands()[1])
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert project["tool"]["mypy"]["files"] == ["checker"]
    assert any(re.split(r"[<>=!~ ]", d)[0] == "mypy" for d in project["project"]["optional-dependencies"]["test"])


def test_console_script_and_python_versions():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["scripts"]["patentcheck"] == "checker.cli:main"
    assert project["requires-python"] == ">=3.11,<3.13"
    names = {re.split(r"[<>=!~ ]", d)[0] for d in project["dependencies"]}
    assert {"durable-rules", "pyyaml", "jsonschema", "typer", "rich"} <= names


def test_only_the_engine_module_imports_durable():
    importers = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "checker").rglob("*.py")
        if re.search(r"^\s*(from|import) durable", p.read_text("utf-8"), re.M)
    ]
    assert importers == ["checker/core/engine.py"]


def test_the_rule_reference_is_up_to_date():
    """docs/rules.md is generated from rules/: a rule changed without regenerating it fails."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "tools/build_rule_docs.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
