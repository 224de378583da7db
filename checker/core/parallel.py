"""Checking bundles in worker processes (`--jobs N`).

durable-rules is a C extension with global, unlocked state, so threads are out: each
worker process holds its own Checker, built in the pool's initializer. Where the
platform can fork (Linux), workers are forked: the parent's durable-rules state is
quiescent then (no session alive, no timer threads: engine.py never starts them), and
fork was measured safe: 320 bundles x 9 pool runs, forked after the parent had built
and used its own engine, gave results equal to a serial run every time, while spawn
paid 1-2 s per worker to re-import and reload the rule packs. Elsewhere (macOS,
Windows) workers are spawned. Results come back in task order, so the report is the
same as a serial run's, byte for byte (tests/test_jobs.py).
"""

from __future__ import annotations

import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Iterator

_checker: Any = None  # this worker's Checker


def _start(make: Any, extra: tuple, lang: str, calendar: Any, packs: Any = None) -> None:
    """Build this worker's checker: ``make`` is the Checker class, ``extra`` the folders of the
    packs loaded from outside the installation (a firm's rules), so workers judge alike.
    ``packs``: the parent's packs, handed to a forked worker as they are (not loaded again)."""
    global _checker
    if packs is None:
        from checker.core.rulepack import load_packs

        packs = load_packs(extra=extra)
    _checker = make(packs, lang=lang, calendar=calendar)


def _check(task: tuple) -> Any:
    return _checker.check_file(*task)


def start_method() -> str:
    return "fork" if sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods() else "spawn"


def check_in_workers(
    tasks: list[tuple],
    jobs: int,
    lang: str,
    calendar: Any,
    method: str | None = None,
    make: Any = None,
    extra: tuple = (),
    packs: Any = None,
) -> list[Any]:
    """``Checker.check_file(*task)`` for every task, in ``jobs`` worker processes."""
    return list(iter_in_workers(tasks, jobs, lang, calendar, method, make, extra, packs))


def iter_in_workers(
    tasks: list[tuple],
    jobs: int,
    lang: str,
    calendar: Any,
    method: str | None = None,
    make: Any = None,
    extra: tuple = (),
    packs: Any = None,
) -> Iterator[Any]:
    """The results of :func:`check_in_workers` one by one, in task order, as they come
    (a streamed report holds only the results not yet written). ``make`` is the Checker
    class (passed in, so this module imports no pipeline); ``extra``, the folders of packs
    loaded from outside the installation, so every worker judges with the same rules;
    ``packs``, the parent's loaded packs, which forked workers share instead of loading
    them again (spawned ones load them: ``extra`` says which)."""
    if make is None:
        from checker.core.pipeline import Checker as make
    workers = min(jobs, len(tasks))
    chunk = max(1, min(16, len(tasks) // (workers * 4)))
    method = method or start_method()
    with ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context(method),
        initializer=_start,
        initargs=(make, tuple(extra), lang, calendar, packs if method == "fork" else None),
    ) as pool:
        yield from pool.map(_check, tasks, chunksize=chunk)
