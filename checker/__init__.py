"""patentcheck: a rules-engine compliance checker for ROC (Taiwan) patent filings."""

__version__ = "0.1.0"

# Where the project and its generated rule reference (docs/rules.md) are published: SARIF
# links each rule there (helpUri). Change it here if the repository moves.
__url__ = "https://github.com/patentcheck/patentcheck"
