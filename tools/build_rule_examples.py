"""Write checker/teach/rule_examples.json: one failing and one passing excerpt per rule, from
its own cases in tests/rule_cases/, for `patentcheck explain`, `rule` and `quiz` (an installed
patentcheck has no tests/ folder).

Usage (from the project root):
  python tools/build_rule_examples.py            # rewrite the file
  python tools/build_rule_examples.py --check    # exit 1 if it is stale (a test runs this)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.teach.examples import DATA_FILE, build, render  # noqa: E402
from generated import write_or_check  # noqa: E402  (tools/generated.py)


def main(argv: list[str]) -> int:
    return write_or_check(DATA_FILE, render(build(ROOT)), argv, "tools/build_rule_examples.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
