"""The JSON report written bundle by bundle (`check --format json`).

``json.dumps(report.as_json(), indent=2)`` holds every bundle's findings three times at
once (the results, the dict, the string): 258 MiB for 1,000 bundles. Here each bundle is
checked, encoded and written before the next one is checked; only the summary's counts
and the exit status are kept. The top-level ``as_of`` comes before the bundles but is known
only after them (the common date, when every bundle has the same), so the bundles go to
a temporary file first, copied out at the end. The bytes are exactly those of
:func:`checker.report.render.render_json` (tests/test_stream_json.py).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from checker.core.findings import BundleResult
from checker.core.pipeline import Report
from checker.report.fast_json import dumps


class Tally:
    """What the end of the report needs from the bundles already written: the summary
    (each count is a sum over bundles), the bundles' dates, the exit status. Everything is
    taken from :class:`Report` itself, one bundle at a time, so the shapes cannot drift."""

    def __init__(self, packs: list[str], fail_on: str | None) -> None:
        self.packs, self.fail_on = packs, fail_on
        self.summary: dict[str, int] = Report(packs, None, []).summary()
        self.dates: set[str | None] = set()
        self.status = 0

    def add(self, result: BundleResult) -> dict[str, Any]:
        """Count ``result`` in; its entry of the report's ``bundles``."""
        one = Report(self.packs, None, [result])
        for key, count in one.summary().items():
            self.summary[key] += count
        self.dates.add(result.as_of)
        self.status = max(self.status, one.exit_status(self.fail_on))  # 2 invalid > 1 failing > 0
        return one.as_json()["bundles"][0]


def _dumps(value: Any) -> str:
    return dumps(value)  # json.dumps(value, ensure_ascii=False, indent=2), faster (fast_json.py)


_PLACEHOLDER = "\u0000bundles\u0000"


def write_json(
    results: Iterable[BundleResult], packs: list[str], as_of: dt.date | None, out: IO[str], fail_on: str | None = None
) -> int:
    """Write the report of ``results`` (consumed one at a time) to ``out``; the exit status."""
    tally = Tally(packs, fail_on)
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as spool:
        first = True
        for result in results:
            entry = tally.add(result)
            spool.write(("\n" if first else ",\n") + "    " + _dumps(entry).replace("\n", "\n    "))
            first = False
        report = Report(packs, as_of.isoformat() if as_of else None, [])
        if as_of is None:
            report.as_of = tally.dates.pop() if len(tally.dates) == 1 else None
        whole = report.as_json()
        whole["bundles"], whole["summary"] = _PLACEHOLDER, tally.summary
        head, _, tail = (_dumps(whole) + "\n").partition(json.dumps(_PLACEHOLDER))
        out.write(head + "[")
        if not first:
            spool.seek(0)
            shutil.copyfileobj(spool, out, 1 << 20)
            out.write("\n  ")
        out.write("]" + tail)
    return tally.status


def check_to_json(
    checker: Any, paths: list[Path], as_of: dt.date | None, policies: dict, jobs: int, out: IO[str]
) -> int:
    """``checker.check_paths`` and the JSON report in one pass, bundle by bundle."""
    return write_json(_results(checker, paths, as_of, policies, jobs), [p.id for p in checker.packs], as_of, out)


def _results(
    checker: Any, paths: list[Path], as_of: dt.date | None, policies: dict, jobs: int
) -> Iterator[BundleResult]:
    tasks = [(path, as_of, None, (policies or {}).get(path)) for path in paths]
    if jobs > 1 and len(tasks) > 1:
        from checker.core.parallel import iter_in_workers

        yield from iter_in_workers(
            tasks,
            jobs,
            checker.lang,
            checker.calendar,
            make=type(checker),
            extra=checker.extra_folders(),
            packs=checker.packs,
        )
    else:
        for task in tasks:
            yield checker.check_file(*task)
