"""patentcheck: a rules-engine compliance checker for ROC (Taiwan) patent filings.

The Python API (``checker.api``, documented in docs/api.md) is re-exported here; it is
loaded on first use, so ``import checker`` stays cheap for the command line.
"""

__version__ = "0.1.0"

# Where the project and its generated rule reference (docs/rules.md) are published: SARIF
# links each rule there (helpUri). Change it here if the repository moves.
__url__ = "https://github.com/patentcheck/patentcheck"

_API = (
    "ApiError",
    "CheckReport",
    "MAX_BUNDLE_BYTES",
    "REPORT_SCHEMA_VERSION",
    "check",
    "check_data",
    "check_path",
    "check_yaml",
    "deadlines",
    "explain_article",
    "explain_rule",
    "fees",
    "list_rules",
    "report_schema",
)

__all__ = ["__version__", "__url__", *_API]


def __getattr__(name: str):
    if name in _API:
        from checker import api

        return getattr(api, name)
    raise AttributeError(f"module 'checker' has no attribute {name!r}")
