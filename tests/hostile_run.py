"""Run the hostile corpus in this process, one case after another (the child process of
tests/test_hostile.py): ``python tests/hostile_run.py SPEC.json RESULT.json``.

SPEC is ``[[name, folder, [args…]], …]``. For each case the command line runs in-process
(``checker.cli.main`` with its arguments), its standard output and error captured, under
an alarm of TIME_BOUND seconds; the result records its exit status, output, seconds and
the process's peak resident memory so far. The address space is limited first, so a case
that inflated gigabytes would fail with an error instead of swapping the machine.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from hostile_corpus import ADDRESS_LIMIT, TIME_BOUND  # noqa: E402


class TimeBoundExceeded(BaseException):
    pass


def _alarm(signum, frame):
    raise TimeBoundExceeded()


def peak_rss() -> int:
    """This process's peak resident memory in bytes since it started its program. On Linux
    that is VmHWM: getrusage's ru_maxrss survives execve, so a child of a large pytest
    process would start at its parent's size (420 MiB in a full run) before doing anything."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def main(spec_file: str, result_file: str) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_LIMIT, ADDRESS_LIMIT))
    os.environ["COLUMNS"] = "300"
    from checker.cli import main as cli_main

    signal.signal(signal.SIGALRM, _alarm)
    results = {}
    for name, folder, args in json.loads(Path(spec_file).read_text("utf-8")):
        os.chdir(folder)
        out, err = io.StringIO(), io.StringIO()
        sys.argv = ["patentcheck", *args]
        start = time.monotonic()
        code = None
        signal.setitimer(signal.ITIMER_REAL, TIME_BOUND + 5)  # the test asserts TIME_BOUND itself
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                cli_main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        except TimeBoundExceeded:
            code = "timeout"
        except BaseException as exc:  # noqa: BLE001 - reported to the test, which fails
            code = f"raised {type(exc).__name__}: {exc}"
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        results[name] = {
            "exit": 0 if code is None else code,
            "output": out.getvalue() + err.getvalue(),
            "seconds": time.monotonic() - start,
            "peak_rss": peak_rss(),
        }
    Path(result_file).write_text(json.dumps(results, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:])
