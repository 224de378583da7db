"""The same input gives the same bytes: under any PYTHONHASHSEED, on a rerun, and with
--jobs 2, in every format of `check`, and for `deadlines`, `validate` and `config`.

Each seed runs in its own process (tests/hostile_run.py runs the command lines in-process,
one after another); the bundles include the cases where an order used to depend on hashing
(two schema findings at one place, several unknown keys, suppressions)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("text", "json", "sarif", "junit", "github", "markdown", "html", "gitlab")
SEEDS = ("1", "2", "random")  # "random": PYTHONHASHSEED unset, a fresh seed per process


def _folder(root: Path) -> Path:
    folder = root / "filings"
    for name in ("invention-led-package", "design-chair", "grant-fee-cable-clip", "indigenous-creation-weaving"):
        shutil.copytree(ROOT / "examples" / name, folder / name)
    for name in ("amendment-new-matter", "divisional-same-as-allowed"):
        shutil.copytree(ROOT / "examples" / "defective" / name, folder / "defective" / name)
    for name in ("foreign-applicant-without-agent.yaml", "grant-fee-late.yaml", "utility-model-method-claim.yaml"):
        shutil.copy(ROOT / "examples" / "defective" / name, folder / "defective" / name)
    shutil.copytree(ROOT / "examples" / "defective" / "indigenous", folder / "defective" / "indigenous")
    (folder / "hashed").mkdir()
    (folder / "hashed" / "date-x.yaml").write_text(
        'format: 1\nprocedure: application\npatent_type: invention\nsubmitted_on: "x"\n'
        "zeta: 1\nalpha: 2\nmid: {b: 1, a: 2}\n",
        "utf-8",
    )
    clip = (ROOT / "examples" / "grant-fee-cable-clip" / "bundle.yaml").read_text("utf-8")
    (folder / "hashed" / "suppressed.yaml").write_text(
        clip + "suppressions:\n  - {rule: NOPE-1, reason: b}\n  - {rule: NOPE-2, reason: a}\n"
        "  - {rule: PA011-01, reason: c}\n",
        "utf-8",
    )
    return folder


def _commands() -> list[list[str]]:
    commands = []
    for fmt in FORMATS:
        commands.append(["check", "filings", "--format", fmt, "--show-passes"])
        commands.append(["check", "filings", "--format", fmt, "--show-passes", "--jobs", "2"])
    commands += [
        ["check", "filings", "--lang", "en", "--format", "json"],
        ["validate", "filings", "--format", "json"],
        ["deadlines", "filings", "--format", "json"],
        ["deadlines", "filings", "--format", "ics"],
        ["deadlines", "filings", "--verbose"],
        ["config", "filings", "--format", "json"],
    ]
    return commands


def _run_all(root: Path, seed: str, tag: str) -> dict[str, dict]:
    spec = [[f"{i}", str(root), args] for i, args in enumerate(_commands())]
    (root / f"spec-{tag}.json").write_text(json.dumps(spec), "utf-8")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONHASHSEED"}
    if seed != "random":
        env["PYTHONHASHSEED"] = seed
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "hostile_run.py"),
            str(root / f"spec-{tag}.json"),
            str(root / f"result-{tag}.json"),
        ],
        check=True,
        timeout=600,
        cwd=root,
        env=env,
    )
    return json.loads((root / f"result-{tag}.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("determinism")
    _folder(root)
    return {seed: _run_all(root, seed, seed) for seed in SEEDS}


@pytest.mark.parametrize(
    "index,command", list(enumerate(_commands())), ids=[" ".join(c[2:]) or c[0] for c in _commands()]
)
def test_same_bytes_under_every_seed(runs, index, command):
    outputs = {seed: result[str(index)] for seed, result in runs.items()}
    first = outputs[SEEDS[0]]
    assert first["exit"] in (0, 1, 2) and "internal error" not in first["output"], first["output"]
    assert first["output"].strip(), "no output"
    for seed, output in outputs.items():
        assert output["exit"] == first["exit"], seed
        assert output["output"] == first["output"], f"{' '.join(command)}: output differs under {seed}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_jobs_2_gives_the_serial_bytes(runs, fmt):
    result = runs[SEEDS[1]]
    serial, parallel = (result[str(2 * FORMATS.index(fmt) + k)] for k in (0, 1))
    assert serial["output"] == parallel["output"] and serial["exit"] == parallel["exit"]


def test_the_two_date_findings_have_a_fixed_order(runs):
    report = json.loads(runs[SEEDS[0]][str(2 * FORMATS.index("json"))]["output"])
    bundle = next(b for b in report["bundles"] if b["path"].endswith("date-x.yaml"))
    names = [f["name"] for f in bundle["findings"] if f["location"]["pointer"] == "/submitted_on"]
    assert names == ["schema-format", "schema-pattern"]
