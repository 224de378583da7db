"""A cache of loaded rule files, so a command starts without re-validating them.

Validating ~40 rule files against the rule schema and the pack's registry is most of a cold
start (about 1 s of 1.6 s measured with ``python -m cProfile``). The rules a pack's files
compile to are plain data, so they are kept, pickled, under the user's cache folder
(``$XDG_CACHE_HOME/patentcheck`` or ``~/.cache/patentcheck``), keyed by a hash of everything
they depend on: the checker's version, the rule and pack schemas, every rule file's name and
bytes, the pack's metadata and the facts and item kinds its registry declares. Change any of
these and the files are validated again. The cache is never in a bundle's folder; a cache
that cannot be read or written is passed over silently; ``PATENTCHECK_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from checker import __version__
from checker.core.resources import resource_dir

_FORMAT = b"patentcheck-rules-1"


def folder() -> Path | None:
    if os.environ.get("PATENTCHECK_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "patentcheck"


def key(pack: Any, files: list[Path]) -> str:
    digest = hashlib.sha256(_FORMAT + __version__.encode())
    for name in ("rule.schema.json", "pack.schema.json"):
        digest.update((resource_dir("schemas") / name).read_bytes())
    digest.update(
        repr(
            (
                pack.id,
                pack.regime,
                pack.prefix,
                pack.extends,
                sorted(pack.scopes.items()),
                sorted(pack.vocabulary.items()),
                pack.laws,
                pack.in_force_from,
                pack.in_force_until,
            )
        ).encode()
    )
    registry = pack.registry
    digest.update(repr(sorted((n, f.type) for n, f in registry.facts.items())).encode())
    digest.update(repr(sorted((k, sorted(i.properties.items())) for k, i in registry.items.items())).encode())
    from checker.core.lawtext import laws  # cited laws must still exist

    digest.update(repr(sorted(law for law in laws() if not pack.laws or law in pack.laws)).encode())
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def read(name: str) -> Any:
    where = folder()
    if where is None:
        return None
    try:
        with open(where / f"{name}.pickle", "rb") as handle:
            return pickle.load(handle)
    except Exception:  # absent, unreadable or from an incompatible build: validate again
        return None


def write(name: str, value: Any) -> None:
    where = folder()
    if where is None:
        return
    try:
        where.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=where, delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, where / f"{name}.pickle")  # atomic: parallel runs never see half a file
    except OSError:
        pass
