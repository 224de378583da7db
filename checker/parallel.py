"""Checking bundles in worker processes (`--jobs N`).

durable-rules is a C extension with global, unlocked state, so threads are out; each
worker process builds its own Checker (and registers the ruleset once) in its
initializer. Workers are *spawned*, not forked: a fork would copy the parent's
durable-rules state mid-use, and the spawn cost (about one rule-pack load per worker)
is paid once per run. Results come back in task order, so the report is the same as
a serial run's, byte for byte.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Any

_checker: Any = None  # this worker's Checker


def _start(lang: str, calendar: Any) -> None:
    global _checker
    from .pipeline import Checker

    _checker = Checker(lang=lang, calendar=calendar)


def _check(task: tuple) -> Any:
    return _checker.check_file(*task)


def check_in_workers(tasks: list[tuple], jobs: int, lang: str, calendar: Any) -> list[Any]:
    """``Checker.check_file(*task)`` for every task, in ``jobs`` spawned processes."""
    workers = min(jobs, len(tasks))
    chunk = max(1, len(tasks) // (workers * 4))
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_start, initargs=(lang, calendar)) as pool:
        return list(pool.map(_check, tasks, chunksize=chunk))
