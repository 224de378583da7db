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


def main(argv: list[str]) -> int:
    text = render(build(ROOT))
    if "--check" in argv:
        current = DATA_FILE.read_text(encoding="utf-8") if DATA_FILE.is_file() else ""
        if current != text:
            print(f"{DATA_FILE} is stale: run python tools/build_rule_examples.py")
            return 1
        return 0
    DATA_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {DATA_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
