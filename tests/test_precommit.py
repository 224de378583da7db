"""The pre-commit hook: changed files mapped to the bundles to check, non-bundle YAML
passed over; run through pre-commit itself when it is installed (the `test` extra)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from checker.cli import app
from checker.inputs.changed import changed_bundles, is_bundle

ROOT = Path(__file__).resolve().parent.parent
LED = ROOT / "examples" / "invention-led-package"
BAD_CLAIMS = "【第1項】\n一種發光二極體封裝，包含基板。\n【第2項】\n如請求項5所述之發光二極體封裝，其中基板為陶瓷。\n"
runner = CliRunner()


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    """A firm's repository: two bundles (one reading its texts from a subfolder), and YAML
    that is not a bundle."""
    shutil.copytree(LED, tmp_path / "filings" / "led")
    other = tmp_path / "filings" / "nested"
    shutil.copytree(LED, other)
    (other / "texts").mkdir()
    for name in ("claims.txt", "description.txt"):
        (other / name).rename(other / "texts" / name)
    text = (other / "bundle.yaml").read_text("utf-8")
    (other / "bundle.yaml").write_text(
        text.replace("file: claims.txt", "file: texts/claims.txt").replace(
            "file: description.txt", "file: texts/description.txt"
        ),
        "utf-8",
    )
    (tmp_path / "mkdocs.yml").write_text("site_name: Filings\nnav:\n  - index.md\n", "utf-8")
    (tmp_path / "filings" / "notes.yaml").write_text("reviewer: 陳律師\n", "utf-8")
    (tmp_path / "README.md").write_text("filings\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_bundles_are_recognised_by_their_format_key(repo):
    assert is_bundle(repo / "filings/led/bundle.yaml")
    assert not is_bundle(repo / "mkdocs.yml") and not is_bundle(repo / "filings/notes.yaml")
    (repo / "broken.yaml").write_text("format: 1\nprocedure: [unclosed\n", "utf-8")
    assert is_bundle(repo / "broken.yaml")  # still a bundle: checked, and its error reported


def test_changed_text_files_map_to_the_bundles_that_read_them(repo):
    assert changed_bundles([Path("filings/led/claims.txt")]) == [Path("filings/led/bundle.yaml")]
    assert changed_bundles([Path("filings/nested/texts/claims.txt")]) == [Path("filings/nested/bundle.yaml")]
    assert changed_bundles([Path("mkdocs.yml"), Path("filings/notes.yaml"), Path("README.md")]) == []
    both = changed_bundles(
        [
            Path("filings/led/bundle.yaml"),
            Path("filings/led/description.txt"),
            Path("filings/nested/texts/description.txt"),
        ]
    )
    assert both == [Path("filings/led/bundle.yaml"), Path("filings/nested/bundle.yaml")]
    (repo / "filings/led/unused.txt").write_text("x\n", "utf-8")
    assert changed_bundles([Path("filings/led/unused.txt")]) == []  # read by no bundle


def test_check_changed_files(repo):
    quiet = runner.invoke(app, ["check", "--changed-files", "mkdocs.yml", "filings/notes.yaml", "README.md"])
    assert quiet.exit_code == 0 and quiet.output == ""
    (repo / "filings/led/claims.txt").write_text(BAD_CLAIMS, "utf-8")
    result = runner.invoke(app, ["check", "--changed-files", "--lang", "en", "filings/led/claims.txt", "mkdocs.yml"])
    assert result.exit_code == 1
    assert "filings/led/claims.txt:3:1" in result.output and "ER018-04" in result.output
    assert "mkdocs" not in result.output and "nested" not in result.output
    # without --changed-files a non-bundle YAML named on the command line is still an error
    assert runner.invoke(app, ["check", "mkdocs.yml"]).exit_code == 2


def test_the_hook_definition():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert hook["entry"] == "patentcheck check --changed-files" and hook["pass_filenames"] is True
    assert "files" not in hook and hook["require_serial"] is True


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        env={
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.invalid",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.invalid",
            "HOME": str(repo),
            "PATH": "/usr/bin:/bin",
        },
    )


def test_pre_commit_runs_the_hook_on_a_commit_that_changes_only_claims(repo):
    """pre-commit itself decides which files the hook gets (files/exclude of our hook
    definition); the hook runs as `language: system` so no environment is built."""
    pre_commit = shutil.which("pre-commit", path=str(Path(sys.executable).parent))
    if pre_commit is None or shutil.which("git") is None:
        pytest.skip("pre-commit (the test extra) or git is not installed")
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    entry = hook["entry"].replace("patentcheck", f"{sys.executable} {ROOT / 'cli.py'}", 1)
    local = {**hook, "language": "system", "entry": entry}
    (repo / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}), "utf-8"
    )
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "filings", "--no-verify")

    def run_hook() -> subprocess.CompletedProcess:
        return subprocess.run(
            [pre_commit, "run", "--color", "never"],
            cwd=repo,
            capture_output=True,
            text=True,
            env={
                "HOME": str(repo),
                "PATH": "/usr/bin:/bin",
                "PRE_COMMIT_HOME": str(repo / ".cache"),
                "LANG": "C.UTF-8",
            },
        )

    (repo / "mkdocs.yml").write_text("site_name: Filings 2\n", "utf-8")
    git(repo, "add", "mkdocs.yml")
    assert run_hook().returncode == 0  # non-bundle YAML: passed over
    git(repo, "commit", "-qm", "docs", "--no-verify")
    (repo / "filings/led/claims.txt").write_text(BAD_CLAIMS, "utf-8")
    git(repo, "add", "filings/led/claims.txt")
    result = run_hook()
    assert result.returncode == 1, result.stdout + result.stderr
    assert "ER018-04" in result.stdout and "filings/led/claims.txt:3:1" in result.stdout
