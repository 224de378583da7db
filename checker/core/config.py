"""Configuration: `.patentcheck.yaml` or `[tool.patentcheck]` in `pyproject.toml`.

The file that applies to a bundle is the nearest one found walking up from the bundle's
folder to the filesystem root (like ruff); files are not merged. In one folder
`.patentcheck.yaml` wins over `pyproject.toml`; a `pyproject.toml` without a
`[tool.patentcheck]` table is not a configuration and the walk goes on. Command-line
options override the file, except `--closed`, which adds to the file's closures (dropping a
typhoon day the firm recorded would silently move a deadline).

Every value remembers where it came from (default, file:line:column, command line) for
`patentcheck config`. What the user asks for here (which rules, which severities) is
applied to findings after the engine ran; it never changes what a rule decides.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any, Iterable

from checker.core.quickschema import Validator

from checker.core.errors import InputError
from checker.core.resources import resource_dir
from checker.core.schema_check import describe
from checker.inputs.yamlsource import MAX_DEPTH, load_yaml_text, read_bytes_bounded, read_text_file

YAML_FILE = ".patentcheck.yaml"
PYPROJECT = "pyproject.toml"
DEFAULT = "default"
COMMAND_LINE = "command line"
UNUSED_SUPPRESSION = "unused-suppression"  # a finding of ours, not a rule of a pack
TRACKED_CHANGES = "tracked-changes"  # ours too: a Word document still carries tracked changes
NOT_COVERED = "no-rule-set"  # ours too: no pack is in force at the bundle's governing date (core/coverage.py)
OWN_FINDINGS = (UNUSED_SUPPRESSION, TRACKED_CHANGES, NOT_COVERED)  # selectable by name, always reported unless ignored

DEFAULTS: dict[str, Any] = {
    "select": [],  # empty: every rule
    "ignore": [],
    "severity": {},
    "lang": "zh-TW",
    "fail-on": "error",
    "closed": [],
    "include": ["*.yaml", "*.yml"],
    "exclude": [],
    "rules": [],  # folders of a firm's own rule packs, relative to the configuration file
}


@dataclass(frozen=True)
class Setting:
    value: Any
    source: str  # "default", "FILE:LINE:COLUMN" (or "FILE key"), "command line"


@dataclass
class Config:
    """The effective configuration for one folder."""

    file: str | None  # the configuration file as shown, None when only defaults apply
    path: Path | None  # the configuration file
    settings: dict[str, Setting]
    loaded: Any = None  # the parsed file, to locate errors in it

    @property
    def folder(self) -> Path | None:
        """The configuration file's folder: its include/exclude globs are relative to it."""
        return self.path.parent if self.path else None

    def __getitem__(self, key: str) -> Any:
        return self.settings[key].value

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "settings": {k: {"value": s.value, "source": s.source} for k, s in self.settings.items()},
        }


@dataclass(frozen=True)
class Policy:
    """What a configuration asks of one bundle's findings, resolved to rule ids.
    Plain data, so it travels to worker processes."""

    lang: str = "zh-TW"
    fail_on: str = "error"
    disabled: frozenset[str] = frozenset()  # rule ids (and unused-suppression) not reported
    severity: tuple[tuple[str, str], ...] = ()  # (rule id, severity of its failures)
    closures: tuple[tuple[dt.date, str], ...] = ()

    def enabled(self, rule: str) -> bool:
        return rule not in self.disabled

    def severity_of(self, rule: str, default: str) -> str:
        return dict(self.severity).get(rule, default)


# -- finding and reading ---------------------------------------------------------------


def find_config_file(folder: Path, known: dict[Path, Path | None] | None = None) -> Path | None:
    """The nearest configuration file at or above ``folder``. ``known``: the answers for
    resolved folders already walked in this run (a folder scan asks for every folder)."""
    here = folder.resolve()
    walked: list[Path] = []
    found: Path | None = None
    for candidate in (here, *here.parents):
        if known is not None and candidate in known:
            found = known[candidate]
            break
        if (candidate / YAML_FILE).is_file():
            found = candidate / YAML_FILE
            break
        pyproject = candidate / PYPROJECT
        if pyproject.is_file() and _has_tool_table(pyproject):
            found = pyproject
            break
        walked.append(candidate)
    if known is not None:
        for below in walked:  # each folder walked has the answer found above it
            known[below] = found
    return found


class Configs:
    """The configurations of many folders in one run (a folder scan): each folder's nearest
    file is looked for once (the walk up stops at a folder already seen) and each file is
    read once, so the folders under one configuration file share one Config."""

    def __init__(self, overrides: dict[str, Any] | None = None) -> None:
        self.overrides = overrides
        self._nearest: dict[Path, Path | None] = {}
        self._by_folder: dict[Path, Config] = {}  # a folder as given -> its configuration
        self._by_file: dict[Path | None, Config] = {}

    def for_file(self, path: Path) -> Config:
        """The configuration for a file (a bundle) at ``path``."""
        config = self._by_folder.get(path.parent)
        if config is None:
            folder = path.parent.resolve()
            nearest = find_config_file(folder, self._nearest)
            if nearest not in self._by_file:
                self._by_file[nearest] = load_config(folder, self.overrides)
            config = self._by_folder[path.parent] = self._by_file[nearest]
        return config


def _has_tool_table(path: Path) -> bool:
    # A quick look before parsing: most pyproject.toml files are not ours.
    try:
        text = read_bytes_bounded(path, str(path)).decode("utf-8", errors="replace")
    except InputError:
        return True  # read (and refused, with its reason) as the configuration
    return (
        re.search(r"^\s*\[\s*tool\s*\.\s*patentcheck\s*[\].]", text, re.M) is not None
        or re.search(r"^\s*tool\s*\.\s*patentcheck\s*[.=]", text, re.M) is not None
    )


@cache
def _schema_validator() -> Validator:
    schema = json.loads((resource_dir("schemas") / "config.schema.json").read_text("utf-8"))
    return Validator(schema)


@dataclass
class _File:
    shown: str
    data: dict[str, Any]
    where: Any  # (pointer, at_key) -> (line, column), (None, None) when unknown
    key_sources: dict[str, str] = field(default_factory=dict)


def _shown(path: Path) -> str:
    from checker.core.paths import display_path

    return display_path(path)


def read_config_file(path: Path) -> _File:
    """Parse and validate a configuration file (not yet its rule selectors)."""
    shown = _shown(path)
    if path.name == PYPROJECT:
        loaded = _read_toml(path, shown)
    else:
        text = read_text_file(path, shown)
        blank = all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines())
        doc = load_yaml_text("{}" if blank else text, shown)  # an empty file: defaults
        data = {} if doc.data is None else doc.data

        def where(pointer: str, at_key: bool = False) -> tuple[int, int]:
            pos = doc.key_position(pointer) if at_key else doc.position(pointer)
            return pos.line, pos.column

        loaded = _File(shown, data, where)
    if not isinstance(loaded.data, dict):
        raise InputError("a configuration must be a mapping of keys (select, ignore, …)", shown, 1, 1)
    for error in sorted(_schema_validator().iter_errors(loaded.data), key=lambda e: list(e.absolute_path)):
        pointer, message, at_key = describe(error)
        message = message.replace("in the bundle", "in the configuration").replace("the bundle", "the configuration")
        raise _error(loaded, pointer, f"invalid configuration: {message}", at_key)
    for key in loaded.data:
        line, column = loaded.where("/" + key, True)
        loaded.key_sources[key] = f"{shown}:{line}:{column}" if line else f"{shown} [tool.patentcheck] {key}"
    return loaded


def _error(loaded: _File, pointer: str, message: str, at_key: bool = False) -> InputError:
    line, column = loaded.where(pointer, at_key)
    if loaded.shown.endswith(PYPROJECT):  # tomllib keeps no positions: name the key path
        path = "tool.patentcheck" + "".join(
            f"[{t}]" if t.isdigit() else f".{t}" for t in pointer.strip("/").split("/") if t
        )
        message = f"{path}: {message}"
    return InputError(message, loaded.shown, line, column, pointer)


def _read_toml(path: Path, shown: str) -> _File:
    text = read_text_file(path, shown)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line, column = (int(found[1]), int(found[2])) if found else (None, None)
        raise InputError(f"invalid TOML: {str(exc).split(' (at line')[0]}", shown, line, column) from None
    except RecursionError:  # tomllib parses nested arrays and tables recursively
        raise InputError(f"invalid TOML: nested more than {MAX_DEPTH} levels deep", shown) from None
    data = document.get("tool", {}).get("patentcheck", {})
    if _too_deep(data, MAX_DEPTH):
        raise InputError(f"tool.patentcheck: nested more than {MAX_DEPTH} levels deep", shown)
    lines = text.splitlines()
    table = next((i for i, line in enumerate(lines) if re.match(r"\s*\[\s*tool\s*\.\s*patentcheck\s*\]", line)), None)

    def where(pointer: str, at_key: bool = False) -> tuple[int | None, int | None]:
        # Best effort: the line of a top-level key of the [tool.patentcheck] table, or
        # of its own [tool.patentcheck.KEY] table.
        key = pointer.strip("/").split("/")[0]
        for number, line in enumerate(lines):
            if key and re.match(rf"\s*\[\s*tool\s*\.\s*patentcheck\s*\.\s*{re.escape(key)}\s*\]", line):
                return number + 1, 1
        if table is None or not key:
            return None, None
        for number in range(table + 1, len(lines)):
            if re.match(r"\s*\[", lines[number]):
                break
            match = re.match(rf'(\s*)("{re.escape(key)}"|{re.escape(key)})\s*=', lines[number])
            if match:
                return number + 1, len(match[1]) + 1
        return None, None

    return _File(shown, _plain_toml(data), where)


def _too_deep(value: Any, limit: int) -> bool:
    """Whether lists and tables nest deeper than ``limit`` (iteratively: no recursion)."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            if depth > limit:
                return True
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return False


def _plain_toml(value: Any) -> Any:
    """TOML dates are date objects; the schema (and YAML) see ISO text."""
    if isinstance(value, dict):
        return {k: _plain_toml(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain_toml(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return value


# -- selectors ---------------------------------------------------------------------------


def select_rules(selector: str, rules: Iterable[Any]) -> set[str]:
    """The ids of the rules a selector names: an id (PA025-03), an id prefix (PA025, PA),
    a rule name (invention-claims-missing), or LAW:ARTICLE (patent_act:25)."""
    law, colon, article = selector.partition(":")
    if colon:
        return {r.id for r in rules if article.isdigit() and r.cites(law, int(article))}
    if selector in OWN_FINDINGS:
        return {selector}
    if selector[:1].isupper():
        return {r.id for r in rules if r.id.startswith(selector)}
    return {r.id for r in rules if r.name == selector}


def _resolve(
    loaded: _File | None, key: str, selectors: Iterable[str], rules: list[Any], index_pointer: bool = True
) -> dict[str, set[str]]:
    resolved = {}
    for index, selector in enumerate(selectors):
        ids = select_rules(selector, rules)
        if not ids:
            message = (
                f"{selector!r} matches no rule (give a rule id like PA025-03, an id prefix "
                "like PA025, a rule name, or law:article like patent_act:25; "
                "`patentcheck rules` lists them)"
            )
            if loaded is None:
                raise InputError(message, f"--{key}")
            pointer = f"/{key}/{index}" if index_pointer else f"/{key}/{selector}"
            raise _error(loaded, pointer, message, not index_pointer)
        resolved[selector] = ids
    return resolved


# -- merging -----------------------------------------------------------------------------


def load_config(folder: Path, overrides: dict[str, Any] | None = None) -> Config:
    """The effective configuration for bundles in ``folder``: defaults, then the nearest
    file, then ``overrides`` (command-line values; None means not given)."""
    path = find_config_file(folder)
    loaded = read_config_file(path) if path else None
    settings = {key: Setting(value, DEFAULT) for key, value in DEFAULTS.items()}
    if loaded and path is not None:
        for key, value in loaded.data.items():
            if key == "rules":  # folders relative to the file, kept absolute from here on
                value = [str((path.parent / folder).resolve()) for folder in value]
            settings[key] = Setting(value, loaded.key_sources[key])
    closures = [dict(c, source=settings["closed"].source) for c in settings["closed"].value]
    for key, value in (overrides or {}).items():
        if value is None:
            continue
        if key == "rules":  # adds to the file's firm packs
            settings["rules"] = Setting(
                [*settings["rules"].value, *value],
                "; ".join(s for s in (settings["rules"].source, COMMAND_LINE) if s != DEFAULT),
            )
        elif key == "closed":
            given = {c["date"]: c for c in value}
            closures = [c for c in closures if c["date"] not in given]
            closures += [dict(c, source=COMMAND_LINE) for c in value]
        else:
            settings[key] = Setting(value, COMMAND_LINE)
    if closures:
        sources = sorted({c["source"] for c in closures}, key=lambda s: s == COMMAND_LINE)
        settings["closed"] = Setting(sorted(closures, key=lambda c: c["date"]), "; ".join(sources))
    return Config(loaded.shown if loaded else None, path, settings, loaded)


def rule_dirs(config: Config) -> list[Path]:
    """The firm rule packs a configuration names (``rules:``, made absolute when read) and
    those given on the command line (``--rules``)."""
    return [Path(folder).resolve() for folder in config["rules"]]


def policy(config: Config, rules: Iterable[Any], foreign_packs: Iterable[str] = ()) -> Policy:
    """Resolve a configuration's selectors against the rules (an unknown one is an error
    located in the file that gave it). The rules of ``foreign_packs`` (firm packs another
    configuration named) are loaded but not this configuration's: they are disabled."""
    foreign = set(foreign_packs)
    rules = list(rules)
    foreign_ids = {r.id for r in rules if getattr(r, "pack", None) in foreign}
    rules = [r for r in rules if r.id not in foreign_ids]
    loaded = config.loaded
    every = {r.id for r in rules} | set(OWN_FINDINGS)

    def origin(key: str) -> _File | None:
        return loaded if config.settings[key].source not in (DEFAULT, COMMAND_LINE) else None

    # `select` chooses among the packs' rules; stale suppressions are reported unless ignored.
    selected = (
        set().union(OWN_FINDINGS, *_resolve(origin("select"), "select", config["select"], rules).values())
        if config["select"]
        else set(every)
    )
    ignored = set().union(set(), *_resolve(origin("ignore"), "ignore", config["ignore"], rules).values())
    severity: dict[str, str] = {}
    resolved = _resolve(origin("severity"), "severity", config["severity"], rules, False)
    # The most specific selector wins: {PA: warning, PA025-03: error} makes PA025-03 an error.
    for selector, ids in sorted(resolved.items(), key=lambda item: -len(item[1])):
        for rule_id in ids:
            severity[rule_id] = config["severity"][selector]
    closures = tuple((dt.date.fromisoformat(c["date"]), c["reason"]) for c in config["closed"])
    return Policy(
        lang=config["lang"],
        fail_on=config["fail-on"],
        disabled=frozenset((every - (selected - ignored)) | foreign_ids),
        severity=tuple(sorted(severity.items())),
        closures=closures,
    )


# -- include / exclude -----------------------------------------------------------------


def wanted(path: Path, config: Config, base: Path, scanned: bool) -> bool:
    """Whether a bundle file is checked. Globs match the file's name, any folder name on
    its path, or its path relative to the configuration's folder (``base`` for defaults
    and command-line globs). ``exclude`` applies to every file, also one named on the
    command line (so a pre-commit hook respects it); ``include`` only to folder scans."""
    if scanned:  # first: most files of a folder scan are not bundles (claims, drawings)
        root = config.folder if config.settings["include"].source not in (DEFAULT, COMMAND_LINE) else base
        if not _matches(path, root, config["include"], parts=False):
            return False
    root = config.folder if config.settings["exclude"].source not in (DEFAULT, COMMAND_LINE) else base
    return not _matches(path, root, config["exclude"], parts=True)


_SUFFIX_GLOB = re.compile(r"\*[^*?\[\]/]*")  # "*.yaml": a name ending, whatever the folder


def _matches(path: Path, root: Path | None, globs: list[str], parts: bool) -> bool:
    if not globs:
        return False
    patterns = [glob.rstrip("/") for glob in globs]
    if not parts and all(_SUFFIX_GLOB.fullmatch(p) for p in patterns) and path.name not in ("", ".", ".."):
        # Such a glob matches the path relative to root exactly when it matches the file's
        # name, and a file that is not a link has its own name once resolved: no need to
        # resolve it (a folder scan tests every file of every folder against include).
        if not path.is_symlink():
            return any(path.name.endswith(p[1:]) for p in patterns)
    try:
        relative = PurePosixPath(path.resolve().relative_to((root or Path.cwd()).resolve()).as_posix())
    except ValueError:
        relative = PurePosixPath(path.as_posix())
    names = {relative.as_posix(), relative.name}
    if parts:
        names |= set(relative.parts[:-1])
        names |= {PurePosixPath(*relative.parts[:i]).as_posix() for i in range(1, len(relative.parts))}
    return any(fnmatch.fnmatchcase(name, glob.rstrip("/")) for name in names for glob in globs)
