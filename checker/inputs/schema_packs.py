"""What `validate` needs of the rule packs: for each regime, its bundle schema and where its
bundles may name files, read from the packs' `pack.yaml` alone.

Loading the packs themselves (every rule file checked against the rule schema, the fact
modules imported) takes seconds; `validate` is what an editor runs on every save, and the
schema stage needs none of it. A pack folder this cannot read is left to the full loader
(the caller falls back to it), so a broken installation still gets its located error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from checker.core.resources import resource_dir
from checker.inputs.yamlsource import load_yaml_file

PACK_FILE = "pack.yaml"


@dataclass(frozen=True)
class SchemaPack:
    id: str
    regime: str
    extends: Optional[str]
    default_regime: bool
    schema: Path
    texts: tuple[str, ...]
    file_lists: tuple[str, ...]


def schema_packs(root: Path | None = None) -> list[SchemaPack]:
    """The shipped packs that judge a regime (extensions add rules, not schemas).
    ValueError when a pack file lacks what is needed."""
    root = root or resource_dir("rules")
    packs = []
    for folder in sorted(root.iterdir()):
        path = folder / PACK_FILE
        if not path.is_file():
            continue
        meta = load_yaml_file(path).data
        if not isinstance(meta, dict):
            raise ValueError(f"{path}: not a mapping")
        if meta.get("extends"):
            continue
        schema = next(
            (
                c
                for c in (folder / str(meta["bundle_schema"]), resource_dir("schemas") / str(meta["bundle_schema"]))
                if c.is_file()
            ),
            None,
        )
        if schema is None:
            raise ValueError(f"{path}: bundle schema {meta['bundle_schema']!r} not found")
        packs.append(
            SchemaPack(
                id=str(meta["id"]),
                regime=str(meta["regime"]),
                extends=None,
                default_regime=bool(meta.get("default_regime")),
                schema=schema,
                texts=tuple(meta.get("texts", ())),
                file_lists=tuple(meta.get("file_lists", ())),
            )
        )
    return packs
