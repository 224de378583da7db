"""Kept so that ``from checker.language.claim_analysis import …`` keeps working: the claim
analysis lives in :mod:`checker.language.claims`, one module per job."""

from checker.language.claims import *  # noqa: F401,F403
from checker.language.claims import __all__  # noqa: F401
