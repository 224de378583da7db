"""From the files a commit changed to the bundles to check (`check --changed-files`, the
pre-commit hook).

pre-commit passes the changed files' names. Among them:

- a YAML file is a bundle when it has a top-level ``format:`` key (bundle format 1 requires
  one); other YAML (mkdocs.yml, CI files) is passed over silently;
- any other file (claims.txt, description.docx, a drawing) stands for the bundles that read
  it through ``{file: …}``: a bundle reads files only inside its own folder, so they are the
  bundles in the file's folder and the folders above it, up to the working directory (the
  repository root, where pre-commit runs).

Nothing is judged here; the bundles found are checked as if named on the command line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable

BUNDLE_SUFFIXES = (".yaml", ".yml")
_FORMAT_KEY = re.compile(rb"^format[ \t]*:", re.MULTILINE)
_HEAD_BYTES = 1 << 16  # the format key is near the top; a huge file is not read whole


def is_bundle(path: Path) -> bool:
    """A YAML file with a top-level `format:` key (read as bytes: no YAML is parsed, so a
    bundle with a syntax error is still a bundle, and is checked, and reported)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError:
        return False
    return bool(_FORMAT_KEY.search(head))


def file_references(bundle: Path) -> set[Path]:
    """The files a bundle names with `{file: …}` (texts, Word documents, drawings),
    resolved against its folder. An unreadable bundle names none."""
    from checker.core.errors import InputError
    from checker.inputs.yamlsource import load_yaml_file

    try:
        data = load_yaml_file(bundle).data
    except (InputError, OSError, ValueError):
        return set()
    found: set[Path] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("file"), str):
                found.add((bundle.parent / node["file"]).resolve())
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return found


def _folders_up(folder: Path, root: Path) -> Iterable[Path]:
    """``folder`` and its parents up to ``root`` (or only ``folder`` when outside it)."""
    folder = folder.resolve()
    if folder != root and root not in folder.parents:
        yield folder
        return
    while True:
        yield folder
        if folder == root:
            return
        folder = folder.parent


def changed_bundles(changed: Iterable[Path], root: Path | None = None) -> list[Path]:
    """The bundles to check for a set of changed files, in path order."""
    root = (root or Path.cwd()).resolve()
    bundles: set[Path] = set()
    references: dict[Path, set[Path]] = {}
    for path in changed:
        if not path.is_file():
            continue
        if path.suffix in BUNDLE_SUFFIXES:
            if is_bundle(path):
                bundles.add(path)
            continue
        target = path.resolve()
        for folder in _folders_up(path.parent, root):
            for candidate in sorted(folder.iterdir()):
                if candidate.suffix not in BUNDLE_SUFFIXES or candidate.name.startswith("."):
                    continue
                if not candidate.is_file() or not is_bundle(candidate):
                    continue
                if candidate not in references:
                    references[candidate] = file_references(candidate)
                if target in references[candidate]:
                    bundles.add(_shown(candidate, root))
    return sorted(bundles, key=lambda p: p.as_posix())


def _shown(path: Path, root: Path) -> Path:
    """A path relative to the working directory when below it, as pre-commit names files."""
    try:
        return path.resolve().relative_to(root)
    except ValueError:
        return path
