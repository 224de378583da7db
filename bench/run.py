"""Measure the checker, stage by stage: python bench/run.py [--bundles N]

Prints bundles/s and ms per bundle for parsing the YAML alone (PyYAML's C loader, the
floor), reading with positions + schema, deriving facts, durable-rules evaluation,
and the whole pipeline, plus each one's ratio to the YAML-only figure. The bundles are
the examples, copied N times into a temporary folder. Figures are printed, never
asserted: tests stay fast, and speed depends on the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from checker.inputs.bundle import read_bundle  # noqa: E402
from checker.packs.patent.facts import derive_facts  # noqa: E402
from checker.core.pipeline import Checker, collect_bundles  # noqa: E402

AS_OF = dt.date(2025, 6, 1)


def prepare(count: int, folder: Path) -> list[Path]:
    examples = collect_bundles([ROOT / "examples"])
    paths = []
    for index in range(count):
        source = examples[index % len(examples)]
        target = folder / f"b{index:05d}"
        shutil.copytree(source.parent, target, ignore=shutil.ignore_patterns("*.yaml", "*.yml"))
        shutil.copy(source, target / source.name)
        paths.append(target / source.name)
    return paths


def timed(label: str, paths: list[Path], work, baseline: float | None) -> float:
    start = time.perf_counter()
    for path in paths:
        work(path)
    seconds = time.perf_counter() - start
    per_bundle = seconds / len(paths) * 1000
    ratio = f"{per_bundle / baseline:6.1f}x" if baseline else "  1.0x"
    print(f"{label:<34} {len(paths) / seconds:10.0f} bundles/s {per_bundle:8.3f} ms/bundle  {ratio}")
    return per_bundle


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=2000)
    parser.add_argument("--claims", type=int, default=5000, help="claims per claim-set shape (0: skip)")
    args = parser.parse_args()
    if args.claims:
        claim_sets(args.claims)
    checker = Checker()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with tempfile.TemporaryDirectory() as tmp:
        paths = prepare(args.bundles, Path(tmp))
        bundles = {p: read_bundle(p)[0] for p in paths}
        facts = {p: derive_facts(bundles[p], AS_OF) for p in paths if bundles[p]}
        rules = sum(len(pack.rules) for pack in checker.packs)
        print(f"{len(paths)} bundles, {rules} rules, Python {sys.version.split()[0]}, "
              f"YAML loader {loader.__name__}")
        base = timed("YAML parse only (baseline)", paths,
                     lambda p: yaml.load(p.read_bytes(), Loader=loader), None)
        timed("read + positions + schema", paths, lambda p: read_bundle(p), base)
        timed("facts", list(facts), lambda p: derive_facts(bundles[p], AS_OF), base)
        timed("durable-rules evaluation", list(facts), lambda p: checker.engine.evaluate(facts[p]), base)
        timed("whole pipeline (check_file)", paths, lambda p: checker.check_file(p, AS_OF), base)


CLAIM_SHAPES = {
    "all on claim 1": lambda i: f"如請求項1所述之發光二極體封裝，其中該散熱片具有多個鰭片（41），其數量為{i}。",
    "a chain": lambda i: f"如請求項{i - 1}所述之發光二極體封裝，其中該散熱片具有多個鰭片（41），其數量為{i}。",
    "ranges 1至n-1": lambda i: (f"如請求項1至{i - 1}中任一項所述之發光二極體封裝，其中該散熱片具有多個鰭片（41），"
                               f"其數量為{i}。" if i > 2 else "如請求項1所述之發光二極體封裝，其中該散熱片為銅。"),
}


def claim_sets(count: int = 5000) -> None:
    """One bundle (the invention example) with ``count`` claims in each shape, checked whole,
    and a claim numbered 300000000 or 10**12 saying 如前述任一請求項 (target: 1 s each, and
    time linear in claims: the half-size figure is printed beside it)."""
    checker = Checker()
    source = ROOT / "examples" / "invention-led-package"
    first = (source / "claims.txt").read_text("utf-8").split("【第2項】")[0]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "claims"
        shutil.copytree(source, folder)
        bundle = folder / "bundle.yaml"

        def run(label: str, claims: str) -> None:
            (folder / "claims.txt").write_text(claims, "utf-8")
            start, cpu = time.perf_counter(), time.process_time()
            checker.check_file(bundle, AS_OF)
            print(f"{label:<40} {time.perf_counter() - start:7.3f} s, CPU {time.process_time() - cpu:7.3f} s"
                  "   (target 1 s)")

        run("warm-up (3 claims)", (source / "claims.txt").read_text("utf-8"))

        for name, text in CLAIM_SHAPES.items():
            for n in (count // 2, count):
                run(f"{n} claims, {name}",
                    first + "".join(f"【第{i}項】\n{text(i)}\n" for i in range(2, n + 1)))
        for number in (300_000_000, 10**12):
            run(f"claim {number} 如前述任一請求項", first + f"【第{number}項】\n如前述任一請求項所述之發光二極體封裝。\n")


if __name__ == "__main__":
    main()
