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
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1", **env},
    )


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
    # what --show-completion prints once it has detected the shell (detection needs a parent
    # shell process, which a test run may not have)
    script = cli(_PATENTCHECK_COMPLETE="source_bash")
    assert script.returncode == 0 and "_patentcheck_completion" in script.stdout
    assert "--install-completion" in cli("--help").stdout
    words = cli(_PATENTCHECK_COMPLETE="complete_bash", COMP_WORDS="patentcheck dead", COMP_CWORD="1")
    assert words.stdout.split() == ["deadlines"]
    options = cli(_PATENTCHECK_COMPLETE="complete_bash", COMP_WORDS="patentcheck check --fo", COMP_CWORD="2")
    assert "--format" in options.stdout.split()


# --- the plain-text report at 80 columns ---------------------------------------------------

from rich.cells import cell_len  # noqa: E402

WHOLE = re.compile(r"[A-Z]{2}\d{3}-\d{2}|\d{4}-\d{2}-\d{2}|[\w./-]+\.(?:yaml|txt)(?::\d+:\d+)?|第\d+條")
DEFECTIVE = [
    "examples/defective/amendment-new-matter",
    "examples/defective/assignee-without-assignment.yaml",
    "examples/invention-led-package/bundle.yaml",
]


@pytest.fixture(scope="module")
def report():
    from checker.core.pipeline import Checker

    previous = os.getcwd()
    os.chdir(ROOT)
    try:
        from checker.core.pipeline import collect_bundles

        return Checker().check_paths(collect_bundles([Path(p) for p in DEFECTIVE]))
    finally:
        os.chdir(previous)


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_check_text_wrapped_at_80_columns_keeps_ids_dates_and_paths_whole(report, lang):
    from checker.report.formats import Options, render

    whole = render(report, "text", Options(lang=lang))
    wrapped = render(report, "text", Options(lang=lang, width=80))
    lines = wrapped.splitlines()
    assert max(cell_len(line) for line in lines) <= 80 < max(cell_len(line) for line in whole.splitlines())
    # every rule id, date, path and article reference stays on one line, as often as before
    tokens = WHOLE.findall(whole)
    assert len(tokens) > 10
    assert sorted(t for line in lines for t in WHOLE.findall(line)) == sorted(tokens)
    # nothing lost or added: the same text with the line breaks and indentation taken out
    assert re.sub(r"\s+", "", wrapped) == re.sub(r"\s+", "", whole)
    # continuation lines are indented below their finding
    findings = [i for i, line in enumerate(lines) if line.startswith("  ") and not line.startswith("    ")]
    assert findings and all(
        lines[i + 1].startswith("      ") or not lines[i + 1].startswith(" ") or lines[i + 1].startswith("  ")
        for i in findings
        if i + 1 < len(lines)
    )


def test_wrap_breaks_between_tokens_only():
    from checker.report.wrap import break_offsets

    text = "修正超出申請時說明書：新增「石墨烯」（請求項3）於2025-03-14前補正 〔專利法第43條第2項、專利法第26條〕"
    for width in range(12, 60):
        lines = [text[a:b] for a, b in break_offsets(text, width, 2)]
        assert all(cell_len(line) <= (width if i == 0 else width - 2) for i, line in enumerate(lines)), width
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        assert any("2025-03-14" in line for line in lines)
        assert not any(line and line[0] in "，。、）」〕" for line in lines)  # no line opens with closing punctuation
        assert sum(line.count("專利法") for line in lines) == text.count("專利法"), (width, lines)
        articles = re.findall(r"第\d+[條項]", text)
        assert sorted(a for line in lines for a in re.findall(r"第\d+[條項]", line)) == sorted(articles)
    long = "a" * 25  # a token wider than the line is the only thing ever cut
    assert [long[a:b] for a, b in break_offsets(long, 10, 0)] == ["a" * 10, "a" * 10, "a" * 5]


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
@pytest.mark.parametrize("columns", [80, 120])
def test_deadlines_table_fits_and_keeps_the_columns_that_tell_rows_apart(lang, columns):
    result = runner.invoke(
        app, ["deadlines", "--lang", lang, "examples/invention-led-package/bundle.yaml"], env={"COLUMNS": str(columns)}
    )
    lines = result.output.splitlines()
    table = [line for line in lines if line[:1] in "┏┃┡│├└"]
    assert table and max(cell_len(line) for line in table) <= columns
    assert "…" not in result.output  # nothing cut short
    cells = [
        [c.strip() for c in line.strip("┃│").split("│" if "│" in line else "┃")] for line in table if line[:1] in "┃│"
    ]
    # each row's period title, read down its cell, is whole; dates are never split
    rows, current = [], []
    for line, row in zip([row_ for row_ in table if row_[:1] in "┃│"], cells, strict=False):
        current.append(row)
        index = table.index(line)
        if index + 1 < len(table) and table[index + 1][:1] in "├└┡":
            rows.append(current)
            current = []
    titles = {
        "zh-TW": ["主張優先權之期間", "檢送優先權證明文件之期間", "申請實體審查之期間"],
        "en": [
            "priority period",
            "period for the certified copies of the priority documents",
            "period to request substantive examination",
        ],
    }[lang]
    joiner = "" if lang == "zh-TW" else " "
    assert [joiner.join(r[0] for r in row if r[0]) for row in rows[1:]] == titles
    dates = [d for row in cells for cell in row for d in re.findall(r"\d{4}-\d{2}-\d{2}", cell)]
    assert {"2025-04-02", "2025-08-04", "2025-08-02", "2028-03-14", "2025-03-14", "2025-05-20"} <= set(dates)


def test_wrap_keeps_english_article_references_whole():
    from checker.report.wrap import break_offsets

    text = "no proof of the right is listed. 〔Patent Act art. 11(3); Enforcement Rules art. 18(3)〕"
    for width in range(12, 60):
        lines = [text[a:b] for a, b in break_offsets(text, width, 2)]
        assert sum(1 for line in lines for _ in re.finditer(r"art\. \d+\(\d\)", line)) == 2, (width, lines)
