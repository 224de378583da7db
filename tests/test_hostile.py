"""The hostile corpus (tests/hostile_corpus.py): every case answers with its exit status
and a located message, within the time and memory bounds, and leaves its folder exactly
as it was (bytes and modification times)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from hostile_corpus import CASES, MEMORY_BOUND, TIME_BOUND

ROOT = Path(__file__).resolve().parent.parent


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under ``folder`` (symlinks not followed): kind, mtime, and for regular
    files their size and SHA-256; for symlinks their target."""
    entries = {}
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            info = path.lstat()
            key = path.relative_to(folder).as_posix()
            if stat.S_ISREG(info.st_mode):
                entries[key] = ("file", info.st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest())
            elif stat.S_ISLNK(info.st_mode):
                entries[key] = ("link", info.st_mtime_ns, os.readlink(path))
            else:
                entries[key] = (stat.S_IFMT(info.st_mode), info.st_mtime_ns)
    return entries


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    spec, before = [], {}
    for case in CASES:
        folder = root / case.name
        folder.mkdir()
        args = case.build(folder)
        if args[0] == "check" and "--lang" not in args:
            args = [*args, "--lang", "en"]
        spec.append([case.name, str(folder), args])
        before[case.name] = snapshot(folder)
    (root / "spec.json").write_text(json.dumps(spec), "utf-8")
    budget = len(CASES) * (TIME_BOUND + 5) + 60
    subprocess.run(
        [sys.executable, str(ROOT / "tests" / "hostile_run.py"), str(root / "spec.json"), str(root / "result.json")],
        check=True,
        timeout=budget,
        cwd=root,
    )
    results = json.loads((root / "result.json").read_text("utf-8"))
    after = {case.name: snapshot(root / case.name) for case in CASES}
    yield results, before, after
    shutil.rmtree(root, ignore_errors=True)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_case(corpus, case):
    results, before, after = corpus
    result = results[case.name]
    output = result["output"]
    expected = case.exit if isinstance(case.exit, tuple) else (case.exit,)
    assert result["exit"] in expected, output
    assert "internal error" not in output and "Traceback" not in output, output
    assert re.search(case.message, output), output
    for text in case.absent:
        assert text not in output, output
    assert result["seconds"] <= TIME_BOUND, f"{result['seconds']:.1f} s"
    assert result["peak_rss"] <= MEMORY_BOUND, f"{result['peak_rss'] / 2**20:.0f} MiB"
    assert after[case.name] == before[case.name], "the case's folder changed"
    assert not (Path(case.name) / "pwned").exists()


def test_the_corpus_covers_the_classes_of_issue_12():
    names = {case.name for case in CASES}
    for wanted in (
        "alias-bomb",
        "deep-nesting",
        "huge-file",
        "binary",
        "invalid-utf8",
        "bom-and-crlf",
        "python-tag",
        "duplicate-key",
        "dotdot-file",
        "absolute-file",
        "symlink-loop-as-file",
        "fifo-as-file",
        "device-as-file",
        "directory-loop",
        "config-deep-toml",
        "utf16-bom",
        "lying-docx",
        "terminal-escapes",
        "merge-key-into-itself",
        "dev-zero",
        "fifo-bundle",
        "huge-integer",
        "symlinked-bundle-outside-scan",
    ):
        assert wanted in names


def test_a_broken_rule_file_is_a_located_error(tmp_path):
    """A rule file that does not parse, in a copy of the installation: exit 2 naming the
    file and line, no traceback."""
    for name in ("checker", "rules", "schemas", "laws"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "cli.py", tmp_path / "cli.py")
    rule_file = sorted((tmp_path / "rules").rglob("art*.yaml"))[0]
    rule_file.write_text(rule_file.read_text("utf-8") + "\n- id: [unclosed\n", "utf-8")
    bundle = ROOT / "examples" / "grant-fee-cable-clip" / "bundle.yaml"
    done = subprocess.run(
        [sys.executable, str(tmp_path / "cli.py"), "check", str(bundle)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    assert re.search(re.escape(rule_file.name) + r":\d+:\d+", done.stderr), done.stderr


def test_yaml_given_as_text_has_the_file_limit():
    """The API and an assistant give YAML as text: the same 2 MB bound as a file."""
    from checker.core.errors import InputError
    from checker.inputs.yamlsource import MAX_FILE_BYTES, load_yaml_text

    with pytest.raises(InputError, match="the limit is"):
        load_yaml_text("a: " + "x" * MAX_FILE_BYTES, "given.yaml")
    assert load_yaml_text("a: 1\n", "given.yaml").data == {"a": 1}


def test_the_memory_bound_measures_the_child_not_its_parent():
    """A child started by a process much larger than the bound reports its own peak."""
    ballast = bytearray(MEMORY_BOUND + 64 * 2**20)
    ballast[::4096] = b"\x01" * len(ballast[::4096])  # touched, so resident
    code = "import sys; sys.path.insert(0, 'tests'); import hostile_run; print(hostile_run.peak_rss())"
    shown = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    del ballast
    assert int(shown.stdout) < MEMORY_BOUND / 2
