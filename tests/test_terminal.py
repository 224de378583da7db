"""The command line as a person sees it: --help, --version, shell completion, and the
plain-text report wrapped to a terminal's width."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from checker import __version__
from checker.cli import app

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = sorted(typer.main.get_command(app).commands)
runner = CliRunner()


def cli(*args: str, columns: int = 80, **env: str) -> subprocess.CompletedProcess:
    """patentcheck in a subprocess, as a shell would start it (prog name `patentcheck`)."""
    code = "import sys; sys.argv[0] = 'patentcheck'; from checker.cli import main; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1", **env})


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_shows_metavars_not_python_types_and_keeps_words_whole(command, columns):
    result = cli(*([command] if command else []), "--help", columns=columns)
    assert result.returncode == 0 and result.stderr == ""
    text = result.stdout
    assert text.startswith("Usage: patentcheck ")
    for python in ("<bool>", "<str>", "<int", "list[", "<path>", "{paths}", "{PATH"):
        assert python not in text, python
    assert max(len(line) for line in text.splitlines()) <= columns
    # a line ending in a hyphen split a word (YYYY-MM-DD, pull-request)
    assert not [line for line in text.splitlines() if re.search(r"\w-$", line)]
    if command == "check":
        assert "Usage: patentcheck check [OPTIONS] PATH..." in text
        assert "YYYY-MM-DD" in text and "pull-request" in text and "[tool.patentcheck]" in text


def test_version_flag_and_command():
    assert cli("--version").stdout == f"patentcheck {__version__}\n"
    assert cli("-V").stdout == f"patentcheck {__version__}\n"
    assert cli("version").stdout == f"patentcheck {__version__}\n"


def test_shell_completion():
    script = cli("--show-completion", "bash")
    assert script.returncode == 0 and "_patentcheck_completion" in script.stdout
    words = cli(_PATENTCHECK_COMPLETE="complete_bash", COMP_WORDS="patentcheck dead", COMP_CWORD="1")
    assert words.stdout.split() == ["deadlines"]
    options = cli(_PATENTCHECK_COMPLETE="complete_bash", COMP_WORDS="patentcheck check --fo", COMP_CWORD="2")
    assert "--format" in options.stdout.split()
