"""Text from a bundle, made harmless for a terminal or a log viewer.

A bundle value (a suppression's rule, a file name, an unknown key) can reach a message.
Raw, ``\\x1b[2J`` clears the reader's screen, ``\\x1b]0;…\\x07`` retitles the window,
``\\r`` overwrites the line it is on and U+202E reverses what follows (a "Trojan Source"
trick). Every human-readable format (text, github, markdown, junit, the deadline table,
error messages on stderr) passes user-facing strings through :func:`neutralise`, which
shows each such character as a visible escape (``\\x1b``, ``\\u202e``) instead. JSON and
SARIF escape control characters themselves and keep the exact value.
"""

from __future__ import annotations

import re

# C0 controls and DEL, C1 controls, bidirectional overrides and isolates, the line and
# paragraph separators; a newline too in one-line fields (a message cannot forge a line).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_UNSAFE_KEEP_LINES = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _visible(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def neutralise(text: str, keep_newlines: bool = False) -> str:
    """``text`` with every control or direction-changing character shown as an escape."""
    text = str(text)
    return (_UNSAFE_KEEP_LINES if keep_newlines else _UNSAFE).sub(_visible, text)
