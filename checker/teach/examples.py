"""One failing and one passing example per rule, taken from its own test cases.

The cases live in tests/rule_cases/ (patches over the clean examples), which an installed
patentcheck does not have, so `python tools/build_rule_examples.py` writes the excerpts into
checker/teach/rule_examples.json; tests/test_law_teaching.py fails while that file is stale.

An excerpt is the part of the bundle the case is about: the failing case's patch (or text
file), and for the passing one the same keys (or file) of its clean base bundle.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_FILE = Path(__file__).resolve().parent / "rule_examples.json"
MAX_LINES = 14
MAX_WIDTH = 110


@lru_cache(maxsize=None)
def _data() -> dict:
    if not DATA_FILE.is_file():
        return {}
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def rule_examples() -> dict[str, dict]:
    """rule id -> {"fail": {name, source, excerpt, context}, "pass": {…}} (either may be missing)."""
    return _data().get("rules", {})


def defective_findings() -> list[dict]:
    """The failed findings of examples/defective: {rule, source, pointer, excerpt, context}."""
    return _data().get("defective", [])


def _clip(text: str) -> str:
    lines = [line if len(line) <= MAX_WIDTH else line[: MAX_WIDTH - 1] + "…" for line in text.rstrip().splitlines()]
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES] + ["…"]
    return "\n".join(lines)


@lru_cache(maxsize=1)
def _dumper() -> type:
    """A YAML writer in the bundle's dialect (checker/inputs/yamlsource): only true/false are
    booleans and dates are text, so `on: 2018-03-01` is written as it reads in a bundle, not
    quoted as if `on` were a boolean and the date a string."""
    import re

    import yaml

    bool_tag, time_tag = "tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp"

    class BundleDumper(yaml.SafeDumper):
        pass

    BundleDumper.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag not in (bool_tag, time_tag)]
        for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
    }
    BundleDumper.add_implicit_resolver(bool_tag, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    return BundleDumper


def _dump(value: Any) -> str:
    import yaml

    return yaml.dump(value, Dumper=_dumper(), allow_unicode=True, sort_keys=False, width=100).rstrip()


def _load(path: Path) -> Any:
    """A case file or bundle read as the checker reads bundles (`on:` is the key "on")."""
    from checker.inputs.yamlsource import load_yaml_file

    return load_yaml_file(path).data


def _same_keys(base: Any, patch: Any) -> Any:
    """The base's values at the keys a patch touches (nested mappings followed)."""
    if not isinstance(patch, dict) or not isinstance(base, dict):
        return base
    return {key: _same_keys(base.get(key), value) for key, value in patch.items() if key in base}


def _excerpt(case: dict, base_data: dict | None, base_folder: Path | None, reference: dict | None) -> str:
    """The case's own change; with ``reference`` (the failing case), the base's same part."""
    parts = []
    source = reference if reference is not None else case
    if reference is None and case.get("bundle") is not None:
        parts.append(_dump(case["bundle"]))
    if source.get("patch"):
        shown = source["patch"] if reference is None else _same_keys(base_data or {}, source["patch"])
        if shown not in (None, {}, []):
            parts.append(_dump(shown))
    for name, text in (source.get("files") or {}).items():
        if reference is None:
            parts.append(f"# {name}\n{text}")
        elif base_folder is not None and (base_folder / name).is_file():
            parts.append(f"# {name}\n" + (base_folder / name).read_text(encoding="utf-8"))
    return _clip("\n".join(parts))


def build(root: Path) -> dict:
    """Excerpts for every rule with case files under root/tests/rule_cases."""

    rules: dict[str, dict] = {}
    for path in sorted((root / "tests" / "rule_cases").glob("*.yml")):
        data = _load(path)
        cases = data.get("cases") or []
        failing = next((c for c in cases if c.get("expect") == "fail"), None)
        if failing is None:
            continue
        base_name = failing.get("base", data.get("base"))
        base_file = root / base_name if base_name else None
        base_data = _load(base_file) if base_file and base_file.is_file() else None
        entry = {
            "fail": {
                "name": failing["name"],
                "source": f"tests/rule_cases/{path.name}",
                "excerpt": _excerpt(failing, base_data, None, None),
                "context": _context(failing.get("bundle") or {**(base_data or {}), **(failing.get("patch") or {})}),
            }
        }
        # the passing case on the same base without changes shows the same part done right
        passing = next(
            (
                c
                for c in cases
                if c.get("expect") == "pass"
                and c.get("base", data.get("base")) == base_name
                and not c.get("patch")
                and not c.get("files")
                and not c.get("bundle")
            ),
            None,
        )
        if passing is not None and base_file is not None and base_data is not None:
            shown = _excerpt(passing, base_data, base_file.parent, failing)
            if shown:
                entry["pass"] = {"name": passing["name"], "source": base_name, "excerpt": shown}
        if "pass" not in entry:
            other = next(
                (
                    c
                    for c in cases
                    if c.get("expect") == "pass" and (c.get("patch") or c.get("files") or c.get("bundle"))
                ),
                None,
            )
            if other is not None:
                entry["pass"] = {
                    "name": other["name"],
                    "source": f"tests/rule_cases/{path.name}",
                    "excerpt": _excerpt(other, None, None, None),
                }
        rules[data["rule"]] = entry
    return {"generated_by": "tools/build_rule_examples.py", "rules": rules, "defective": _defective(root)}


def _context(data: dict) -> dict:
    """What a quiz shows beside an excerpt: the kind of patent and procedure."""
    return {key: str(data[key]) for key in ("patent_type", "procedure") if isinstance(data, dict) and data.get(key)}


def _defective(root: Path) -> list[dict]:
    """Each failed finding of the defective examples, with the part of the bundle it points at."""

    from checker.core.pipeline import Checker, collect_bundles

    paths = sorted(collect_bundles([root / "examples" / "defective"]))
    report = Checker(lang="zh-TW").check_paths(paths)
    found = []
    for path, result in zip(paths, report.results, strict=False):
        data = _load(path) or {}
        for finding in result.fails:
            if not finding.citations:
                continue
            loc = finding.location
            if loc.file:
                text_file = path.parent / Path(loc.file).name
                lines = text_file.read_text(encoding="utf-8").splitlines() if text_file.is_file() else []
                start = max(loc.line - 3, 0)
                excerpt = f"# {text_file.name}\n" + "\n".join(lines[start : loc.line + 3])
            else:
                key = loc.pointer.strip("/").split("/")[0] if loc.pointer.strip("/") else ""
                excerpt = (
                    _dump({key: data[key]})
                    if key in data
                    else _dump({k: v for k, v in data.items() if k not in ("format", "suppressions")})
                )
            found.append(
                {
                    "rule": finding.rule,
                    "source": path.relative_to(root).as_posix(),
                    "pointer": loc.pointer,
                    "excerpt": _clip(excerpt),
                    "context": _context(data),
                }
            )
    return found


def render(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
