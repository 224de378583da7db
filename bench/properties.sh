#!/usr/bin/env bash
# The long property-based run: PATENTCHECK_EXAMPLES examples per property (default 2000)
# instead of the test suite's 25. Any input must yield a report or a located error.
set -euo pipefail
cd "$(dirname "$0")/.."
PATENTCHECK_EXAMPLES="${PATENTCHECK_EXAMPLES:-2000}" exec "${PYTHON:-python}" -m pytest tests/test_properties.py -p no:cacheprovider "$@"
