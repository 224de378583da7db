"""A folder scan's include test skips resolving a file when the globs are name endings
("*.yaml"): the answer must be the full test's, links included."""

from __future__ import annotations

import fnmatch
from pathlib import Path, PurePosixPath

import pytest

from checker.core.config import _matches


def _full(path: Path, root: Path, globs: list[str]) -> bool:
    """The test without the shortcut (config._matches for include, as it was)."""
    try:
        relative = PurePosixPath(path.resolve().relative_to(root.resolve()).as_posix())
    except ValueError:
        relative = PurePosixPath(path.as_posix())
    names = {relative.as_posix(), relative.name}
    return any(fnmatch.fnmatchcase(name, glob.rstrip("/")) for name in names for glob in globs)


@pytest.mark.parametrize(
    "globs", [["*.yaml", "*.yml"], ["*"], ["*.txt"], ["*bundle.yaml"], ["b*.yaml"], ["sub/*.yaml"], ["*.YAML"]]
)
def test_the_shortcut_answers_as_the_full_test(tmp_path, globs):
    (tmp_path / "sub").mkdir()
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_text("x")
    for name in ("a.yaml", "b.yml", "claims.txt", "sub/bundle.yaml", "sub/notes.yaml.txt", "target.txt"):
        (tmp_path / name).write_text("x")
    (tmp_path / "link.yaml").symlink_to(tmp_path / "target.txt")  # a link named .yaml to a .txt
    (tmp_path / "sub" / "link.txt").symlink_to(tmp_path / "a.yaml")
    (tmp_path / "out.yaml").symlink_to(outside)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) == 9
    for path in files:
        assert _matches(path, tmp_path, globs, parts=False) == _full(path, tmp_path, globs), path


def test_a_scans_configurations_are_each_folders_own(tmp_path):
    """Configs (one walk up per folder, one read per file) gives every file the configuration
    load_config gives its folder: the nearest file, pyproject.toml with or without the table."""
    from checker.core.config import Configs, load_config

    (tmp_path / ".patentcheck.yaml").write_text("exclude: [drafts]\nlang: en\n", encoding="utf-8")
    for folder in ("a/b/c", "a/d", "p/q", "n/m"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "p" / "pyproject.toml").write_text('[tool.patentcheck]\nfail-on = "warning"\n', encoding="utf-8")
    (tmp_path / "n" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")  # not ours
    (tmp_path / "a" / "d" / ".patentcheck.yaml").write_text("lang: zh-TW\n", encoding="utf-8")
    files = [tmp_path / f for f in ("x.yaml", "a/b/c/x.yaml", "a/b/x.yaml", "a/d/x.yaml", "p/q/x.yaml", "n/m/x.yaml")]
    configs = Configs({"fail_on": None})
    for path in reversed(files):  # deepest first, then their parents: answers come from the memo
        expected = load_config(path.parent.resolve(), {"fail_on": None})
        got = configs.for_file(path)
        assert (got.path, got.as_json()) == (expected.path, expected.as_json()), path
    assert configs.for_file(files[1]) is configs.for_file(files[2])  # one file, one Config
