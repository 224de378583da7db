"""Measure the checker against the targets of issue 12, on this machine:
python bench/run.py [--bundles N] [--quick]

Prints, for each target, the figure measured here beside it (met / NOT met), then the
stage-by-stage figures (bundles/s and ms per bundle for the YAML parse alone, reading with
positions + schema, facts, durable-rules, the whole pipeline) and what a cold start spends
its time on. Command-line figures run the real `cli.py` in child processes (peak memory
from the child's rusage); in-process figures reuse one Checker. The bundles are the
examples, copied N times into a temporary folder. Figures are printed, never asserted:
tests stay fast, and speed depends on the machine (`nproc`, the load average are printed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

AS_OF = dt.date(2025, 6, 1)
CLI = [sys.executable, str(ROOT / "cli.py")]
ROWS: list[tuple[str, str, str, bool | None]] = []  # target, figure, goal, met
CPU: dict[str, float] = {}  # the children's CPU time (user + sys) of the last run_cli


def prepare(count: int, folder: Path) -> list[Path]:
    from checker.core.pipeline import collect_bundles

    examples = collect_bundles([ROOT / "examples"])
    paths = []
    for index in range(count):
        source = examples[index % len(examples)]
        target = folder / f"b{index:05d}"
        shutil.copytree(source.parent, target, ignore=shutil.ignore_patterns("*.yaml", "*.yml"))
        shutil.copy(source, target / source.name)
        paths.append(target / source.name)
    return paths


# Child processes run as an installed checker does: with its bytecode written (pip compiles
# it; PYTHONDONTWRITEBYTECODE=1 would make every start compile every module again).
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


# getrusage's ru_maxrss survives execve: a child of this (larger) process would report at
# least our own peak. Started through this small launcher, the checker's process is forked
# from a process of a few MiB, so its peak is its own. The launcher prints the checker's
# peak (KiB) and CPU seconds; it adds its own start (some 20 ms) to the wall time, so the
# cold start is timed without it.
LAUNCHER = [
    sys.executable,
    "-c",
    "import os, sys; pid = os.fork()\n"
    "if pid == 0:\n"
    "    null = os.open(os.devnull, os.O_WRONLY); os.dup2(null, 1); os.dup2(null, 2)\n"
    "    os.execv(sys.argv[1], sys.argv[1:])\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "print(usage.ru_maxrss, usage.ru_utime + usage.ru_stime); sys.exit(os.waitstatus_to_exitcode(status))",
]


def _self_peak() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def run_cli(*args: str, cwd: Path | None = None, own_memory: bool = False) -> tuple[float, int, int]:
    """(seconds, peak resident bytes, exit status) of one command-line run. The peak is the
    checker's own with ``own_memory`` (through LAUNCHER), else it includes this process's."""
    start = time.perf_counter()
    if own_memory:
        child = subprocess.run([*LAUNCHER, *CLI, *args], cwd=cwd, stdout=subprocess.PIPE, env=CHILD_ENV, text=True)
        seconds = time.perf_counter() - start
        peak, cpu = child.stdout.split()
        CPU["last"] = float(cpu)
        CPU["all"] = sum(getattr(resource.getrusage(resource.RUSAGE_CHILDREN), f) for f in ("ru_utime", "ru_stime"))
        return seconds, int(peak) * 1024, child.returncode
    child = subprocess.Popen(
        [*CLI, *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=CHILD_ENV
    )
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    # with its worker processes (reaped by the child): on a loaded machine, wall time is
    # mostly waiting for a core, CPU time is what an idle machine would take
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU["last"] = usage.ru_utime + usage.ru_stime
    CPU["all"] = workers.ru_utime + workers.ru_stime
    return time.perf_counter() - start, usage.ru_maxrss * 1024, child.returncode


def target(name: str, figure: float, goal: float, unit: str) -> None:
    shown = f"{figure:.2f} {unit}" if unit != "MiB" else f"{figure:.0f} MiB"
    ROWS.append((name, shown, f"≤ {goal:g} {unit}", figure <= goal))
    print(
        f"  {name:<52} {shown:>12}   target ≤ {goal:g} {unit:<4} {'met' if figure <= goal else 'NOT met'}", flush=True
    )


# The claim-set shapes of the claims benchmark (each claim n ≥ 2 refers to earlier ones).
CLAIM_SHAPES = {
    "all on claim 1": lambda i: f"如請求項1所述之發光二極體封裝，其中該散熱片具有多個鰭片（41），其數量為{i}。",
    "a chain": lambda i: f"如請求項{i - 1}所述之發光二極體封裝，其中該散熱片具有多個鰭片（41），其數量為{i}。",
    "ranges 1至n-1": lambda i: (
        f"如請求項1至{i - 1}中任一項所述之發光二極體封裝，其中該散熱片具有多個鰭片（41），其數量為{i}。"
        if i > 2
        else "如請求項1所述之發光二極體封裝，其中該散熱片為銅。"
    ),
}


def claims_text(count: int, shape: str) -> str:
    first = (ROOT / "examples" / "invention-led-package" / "claims.txt").read_text("utf-8").split("【第2項】")[0]
    return first + "".join(f"【第{i}項】\n{CLAIM_SHAPES[shape](i)}\n" for i in range(2, count + 1))


def claims_bundle(folder: Path, count: int, shape: str, description_copies: int = 1, text: str | None = None) -> Path:
    led = ROOT / "examples" / "invention-led-package"
    shutil.copytree(led, folder, dirs_exist_ok=True)
    (folder / "claims.txt").write_text(text if text is not None else claims_text(count, shape), "utf-8")
    if description_copies > 1:
        text = (led / "description.txt").read_text("utf-8")
        head, _, body = text.partition("【實施方式】")
        (folder / "description.txt").write_text(head + "【實施方式】" + body * description_copies, "utf-8")
    return folder / "bundle.yaml"


def foreign_bundle(folder: Path, copies: int) -> Path:
    """The English-language example with its embodiments repeated ``copies`` times in both
    the Chinese translation and the foreign text (what the translation check reads)."""
    source = ROOT / "examples" / "foreign-language-invention"
    shutil.copytree(source, folder, dirs_exist_ok=True)
    for name, heading in (("description.txt", "【實施方式】"), ("foreign-description.txt", "Detailed Description")):
        head, _, rest = (source / name).read_text("utf-8").partition(heading)
        body, marker, tail = rest.partition("\n\n")  # the embodiments, up to the next section
        (folder / name).write_text(head + heading + body * copies + marker + tail, "utf-8")
    return folder / "bundle.yaml"


class TooSlow(Exception):
    pass


def _too_slow(signum, frame):
    raise TooSlow()


def in_process(checker, path: Path, repeat: int = 1, limit: int = 60) -> float:
    """The best of ``repeat`` in-process checks, or ``limit`` when one takes longer."""
    best = float("inf")
    signal.signal(signal.SIGALRM, _too_slow)
    for _ in range(repeat):
        start = time.perf_counter()
        signal.alarm(limit)
        try:
            checker.check_file(path, AS_OF)
        except TooSlow:
            return float(limit)
        finally:
            signal.alarm(0)
        best = min(best, time.perf_counter() - start)
    return best


def stages(checker, paths: list[Path]) -> float:
    from checker.inputs.bundle import read_bundle
    from checker.packs.patent.facts import derive_facts

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    bundles = {p: read_bundle(p)[0] for p in paths}
    facts = {p: derive_facts(bundles[p], AS_OF) for p in paths if bundles[p]}

    def timed(label: str, items, work, baseline: float | None) -> float:
        start = time.perf_counter()
        for item in items:
            work(item)
        seconds = time.perf_counter() - start
        per_bundle = seconds / len(items) * 1000
        ratio = f"{per_bundle / baseline:6.1f}x" if baseline else "  1.0x"
        print(f"  {label:<34} {len(items) / seconds:10.0f} bundles/s {per_bundle:8.3f} ms/bundle  {ratio}")
        return per_bundle

    base = timed("YAML parse only (C loader)", paths, lambda p: yaml.load(p.read_bytes(), Loader=loader), None)
    timed("read + positions + schema", paths, lambda p: read_bundle(p), base)
    timed("facts", list(facts), lambda p: derive_facts(bundles[p], AS_OF), base)
    timed("durable-rules evaluation", list(facts), lambda p: checker.engine.evaluate(facts[p]), base)
    timed("whole pipeline (check_file)", paths, lambda p: checker.check_file(p, AS_OF), base)
    return base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=1000)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--claims", type=int, default=5000, help="claims per claim-set shape (0: skip)")
    args = parser.parse_args()
    repeat = 1 if args.quick else 3
    load = os.getloadavg()
    print(
        f"patentcheck benchmark: {platform.machine()}, {os.cpu_count()} CPUs, load {load[0]:.1f}, "
        f"Python {sys.version.split()[0]}, {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC"
    )
    one = ROOT / "examples" / "invention-led-package" / "bundle.yaml"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        paths = prepare(args.bundles, tmp / "bundles")
        print("\nTargets (issue 12)")
        run_cli("check", str(one), "--format", "json")  # warm: bytecode and the rule cache written
        colds, cpus = [], []
        for _ in range(repeat + 2):
            colds.append(run_cli("check", str(one), "--format", "json")[0])
            cpus.append(CPU["last"])
        cold = statistics.median(colds)
        target("one bundle end to end, cold (median)", cold, 0.3, "s")
        print(f"    (CPU time, user + sys: median {statistics.median(cpus):.2f} s)")
        serial, serial_rss, _ = run_cli("check", str(tmp / "bundles"), "--format", "json", own_memory=True)
        serial_cpu = CPU["last"]
        before = CPU["all"]
        parallel, parallel_rss, _ = run_cli(
            "check", str(tmp / "bundles"), "--format", "json", "-j", "2", own_memory=True
        )
        target(f"{len(paths)} bundles, -j 2", parallel, 5.0, "s")
        print(f"    (CPU time of the three processes: {CPU['all'] - before:.2f} s; serial run: {serial_cpu:.2f} s)")
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        start = time.perf_counter()
        for path in paths:
            yaml.load(path.read_bytes(), Loader=loader)
        bare = time.perf_counter() - start
        target(f"{len(paths)} bundles serial ÷ bare C-loader parse", serial / bare, 5.0, "x")
        print(
            f"    ({len(paths)} bundles serial {serial:.2f} s; bare parse {bare * 1000:.0f} ms; "
            f"with start-up: the command line, not one process)"
        )
        target(f"peak memory, {len(paths)} bundles, --format json", serial_rss / 2**20, 150, "MiB")
        print(
            f"    (-j 2: parent {parallel_rss / 2**20:.0f} MiB; this benchmark's own process: {_self_peak() / 2**20:.0f} MiB)"
        )

        from checker.core.pipeline import Checker

        checker = Checker()
        if args.claims:
            for shape in CLAIM_SHAPES:
                seconds = in_process(checker, claims_bundle(tmp / f"claims-{shape}", args.claims, shape), repeat)
                target(
                    f"{args.claims:,} claims ({shape}), in process" + (" (stopped at 60 s)" if seconds >= 60 else ""),
                    seconds,
                    1.0,
                    "s",
                )
            for shape in CLAIM_SHAPES:
                half = in_process(checker, claims_bundle(tmp / f"half-{shape}", args.claims // 2, shape), repeat)
                full = in_process(checker, claims_bundle(tmp / f"claims-{shape}", args.claims, shape), repeat)
                target(f"linear in claims ({shape}): n ÷ n/2 claims", full / half, 2.5, "x")
            first = claims_text(1, "a chain")
            for number in (300_000_000, 10**12):
                text = first + f"【第{number}項】\n如前述任一請求項所述之發光二極體封裝。\n"
                seconds = in_process(checker, claims_bundle(tmp / f"number-{number}", 2, "", text=text), repeat)
                target(f"a claim numbered {number:,} 如前述任一請求項", seconds, 1.0, "s")
        small = in_process(checker, claims_bundle(tmp / "desc-1", 10, "all on claim 1", 20), repeat)
        large = in_process(checker, claims_bundle(tmp / "desc-2", 10, "all on claim 1", 40), repeat)
        target("linear in description: 2x text ÷ 1x", large / small, 2.5, "x")
        small = in_process(checker, foreign_bundle(tmp / "foreign-1", 40), repeat)
        large = in_process(checker, foreign_bundle(tmp / "foreign-2", 80), repeat)
        target("linear in a foreign text and its translation: 2x ÷ 1x", large / small, 2.5, "x")

        print("\nAlso measured")
        start = time.perf_counter()
        from checker.core.rulepack import load_packs

        packs = load_packs()
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        Checker(packs)
        compiled = time.perf_counter() - start
        print(
            f"  rule packs: load and validate {loaded * 1000:.0f} ms (warm imports), "
            f"compile into durable-rules {compiled * 1000:.0f} ms"
        )
        imported = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import checker.cli"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=CHILD_ENV,
        ).stderr.splitlines()
        total = sum(
            int(line.split("|")[0].split(":")[1])
            for line in imported
            if line.startswith("import time:") and line.split("|")[0].split(":")[1].strip().isdigit()
        )
        print(f"  importing checker.cli: {total / 1000:.0f} ms (python -X importtime)")

        print("\nStages, in process")
        stages(checker, paths[: min(len(paths), 500)])
    print("\nSummary")
    for name, shown, goal, met in ROWS:
        print(f"  {'✓' if met else '✗'} {name}: {shown} ({goal})")


if __name__ == "__main__":
    main()
