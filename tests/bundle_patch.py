"""Test bundles as "a clean example plus a patch": shared by the fact table and the
rule cases, so both build bundles the same way."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from checker.inputs.yamlsource import load_yaml_file

ROOT = Path(__file__).resolve().parent.parent


class _Null:
    def __repr__(self) -> str:
        return "NULL"


NULL = _Null()  # an explicit YAML null (None in a patch deletes the key)


@dataclass(frozen=True)
class Replace:
    value: Any  # replaces the base value wholesale (no deep merge)


def merge(base: Any, patch: Any) -> Any:
    """Deep merge for mappings; lists and scalars replace; None deletes a key."""
    if patch is NULL:
        return None
    if isinstance(patch, Replace):
        return patch.value
    if not isinstance(base, dict) or not isinstance(patch, dict):
        return patch
    merged = dict(base)
    for key, value in patch.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = merge(base.get(key), value)
    return merged


def write_bundle(folder: Path, data: dict, files: dict[str, str] | None = None, beside: Path | None = None) -> Path:
    """Write ``data`` as folder/bundle.yaml, with the files of ``beside`` (the base's
    folder, for the texts it refers to) and ``files`` next to it."""
    if beside is not None:
        for sibling in beside.iterdir():
            if sibling.is_file() and sibling.suffix not in (".yaml", ".yml"):
                shutil.copy(sibling, folder / sibling.name)
    for name, text in (files or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    target = folder / "bundle.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def write_patched(folder: Path, base: str, patch: dict | None = None, files: dict[str, str] | None = None) -> Path:
    """The bundle at ``base`` (relative to the project root) with ``patch`` merged in."""
    base_file = ROOT / base
    data = merge(load_yaml_file(base_file).data, patch or {})
    return write_bundle(folder, data, files, beside=base_file.parent)
