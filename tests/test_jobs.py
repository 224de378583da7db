"""--jobs N checks bundles in worker processes with exactly the output of a serial run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    # A real process: the workers are spawned from the command line as users run it.
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), *args], cwd=cwd, env=env, capture_output=True, timeout=120
    )


@pytest.fixture(scope="module")
def repository(tmp_path_factory) -> Path:
    """The examples, plus a folder with its own configuration and a suppression, so that
    per-bundle settings must travel to the workers too."""
    root = tmp_path_factory.mktemp("jobs")
    shutil.copytree(ROOT / "examples", root / "examples")
    tuned = root / "examples" / "tuned"
    tuned.mkdir()
    source = (ROOT / "examples" / "defective" / "foreign-applicant-without-agent.yaml").read_text("utf-8")
    (tuned / "bundle.yaml").write_text(
        source + "suppressions:\n  - {rule: PA011-01, reason: reviewed}\n  - {rule: PA022-01, reason: stale}\n",
        encoding="utf-8",
    )
    (tuned / ".patentcheck.yaml").write_text("lang: en\nseverity: {PA025: warning}\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("format", ["text", "json"])
def test_jobs_2_output_is_byte_identical_to_serial(repository, format):
    serial = run(repository, "check", "examples", "--format", format, "--show-passes")
    parallel = run(repository, "check", "examples", "--format", format, "--show-passes", "--jobs", "2")
    assert serial.returncode == parallel.returncode == 1, serial.stderr
    assert serial.stdout == parallel.stdout
    assert parallel.stderr == b""
    assert b"unused-suppression" in parallel.stdout  # the tuned bundle went through a worker's checker
    assert b"reviewed" in parallel.stdout


def test_jobs_must_be_positive(repository):
    result = run(repository, "check", "examples", "-j", "0")
    assert result.returncode == 2 and b"Traceback" not in result.stderr


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_both_start_methods_give_the_serial_results(checker, method):
    from checker.core.parallel import check_in_workers
    from checker.core.pipeline import collect_bundles

    if method == "fork" and sys.platform != "linux":
        pytest.skip("fork is used on Linux only")
    tasks = [(path,) for path in collect_bundles([ROOT / "examples"])]
    serial = [checker.check_file(*task) for task in tasks]
    assert check_in_workers(tasks, 2, checker.lang, checker.calendar, method) == serial
