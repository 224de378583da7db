"""patentcheck: a rules-engine compliance checker for ROC (Taiwan) patent filings."""

__version__ = "0.1.0"
