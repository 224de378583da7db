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

from checker import __version__
from checker.core.findings import BundleResult, reaches


class Tally:
    """What the end of the report needs from the bundles already written."""

    def __init__(self) -> None:
        self.summary = {"bundles": 0, "pass": 0, "fail": 0, "errors": 0, "warnings": 0, "suppressed": 0}
        self.dates: set[str | None] = set()
        self.invalid = False
        self.failing = False

    def add(self, result: BundleResult, fail_on: str | None) -> None:
        counts = self.summary
        fails = result.fails
        counts["bundles"] += 1
        counts["pass"] += sum(f.outcome == "pass" for f in result.findings)
        counts["fail"] += len(fails)
        counts["errors"] += sum(f.severity == "error" for f in fails)
        counts["warnings"] += sum(f.severity == "warning" for f in fails)
        counts["suppressed"] += sum(f.suppressed is not None for f in result.findings)
        self.dates.add(result.as_of)
        self.invalid |= not result.valid
        level = fail_on or result.fail_on
        self.failing |= level != "none" and any(reaches(f, level) for f in result.findings)

    def exit_status(self) -> int:
        """As :meth:`Report.exit_status`: 2 invalid, 1 failing, 0."""
        return 2 if self.invalid else 1 if self.failing else 0


def _bundle_json(result: BundleResult) -> dict[str, Any]:
    return {"path": result.path, "valid": result.valid, "as_of": result.as_of,
            "findings": [f.as_json() for f in result.findings]}


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def write_json(results: Iterable[BundleResult], packs: list[str], as_of: dt.date | None,
               out: IO[str], fail_on: str | None = None) -> int:
    """Write the report of ``results`` (consumed one at a time) to ``out``; the exit status."""
    tally = Tally()
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as spool:
        first = True
        for result in results:
            tally.add(result, fail_on)
            spool.write(("\n" if first else ",\n") + "    " + _dumps(_bundle_json(result)).replace("\n", "\n    "))
            first = False
        if as_of is not None:
            shown_as_of = as_of.isoformat()
        else:
            shown_as_of = tally.dates.pop() if len(tally.dates) == 1 else None
        tool = {"name": "patentcheck", "version": __version__, "rule_packs": packs}
        out.write('{\n  "tool": ' + _dumps(tool).replace("\n", "\n  ") + ',\n  "as_of": ' + _dumps(shown_as_of)
                  + ',\n  "bundles": [')
        if not first:
            spool.seek(0)
            shutil.copyfileobj(spool, out, 1 << 20)
            out.write("\n  ")
        out.write('],\n  "summary": ' + _dumps(tally.summary).replace("\n", "\n  ") + "\n}\n")
    return tally.exit_status()


def check_to_json(checker: Any, paths: list[Path], as_of: dt.date | None, policies: dict,
                  jobs: int, out: IO[str]) -> int:
    """``checker.check_paths`` and the JSON report in one pass, bundle by bundle."""
    return write_json(_results(checker, paths, as_of, policies, jobs), [p.id for p in checker.packs], as_of, out)


def _results(checker: Any, paths: list[Path], as_of: dt.date | None, policies: dict, jobs: int) -> Iterator[BundleResult]:
    tasks = [(path, as_of, None, (policies or {}).get(path)) for path in paths]
    if jobs > 1 and len(tasks) > 1:
        from checker.core.parallel import iter_in_workers

        yield from iter_in_workers(tasks, jobs, checker.lang, checker.calendar)
    else:
        for task in tasks:
            yield checker.check_file(*task)
