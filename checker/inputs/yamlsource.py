"""Safe YAML reading that remembers where every value came from.

The document is *composed* (not constructed) by PyYAML, with the C parser when it is
installed, and the node graph is turned into plain JSON-like data here. Doing it by
hand buys us four things a stock loader does not give:

* a map from every JSON pointer to its ``line:column`` (1-based), for findings;
* safety: only the plain YAML tags are accepted (no ``!!python/...``), aliases are
  counted so an alias bomb ("billion laughs") is refused instead of expanded;
* no surprises from YAML 1.1: ``NO``/``on``/``yes`` stay strings (only true/false are
  booleans, as in YAML 1.2), mapping keys are always their literal text;
* dates stay exactly as written (``2025-03-14`` unquoted or quoted), so an impossible
  date is reported by the schema with its location instead of crashing the parser.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from checker.core.errors import InputError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Constructor = yaml.constructor.SafeConstructor()

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_VALUES = 100_000  # values after alias expansion; real bundles hold a few hundred
MAX_DEPTH = 64

_TAG = "tag:yaml.org,2002:"
_BOOL_WORDS = {"true": True, "false": False}


@dataclass
class Position:
    line: int
    column: int


@dataclass
class YamlDocument:
    """Plain data plus where each part of it was written."""

    path: str
    data: Any
    values: dict[str, Position] = field(default_factory=dict)  # pointer -> value start
    keys: dict[str, Position] = field(default_factory=dict)  # pointer -> its key's start

    def position(self, pointer: str) -> Position:
        """The position of ``pointer``; for a missing one, where its nearest existing
        ancestor is written (its key, so `application:` rather than its first child)."""
        if pointer in self.values:
            return self.values[pointer]
        while pointer not in ("", "/"):
            pointer = pointer.rsplit("/", 1)[0]
            if pointer in self.values:
                return self.keys.get(pointer) or self.values[pointer]
        return self.values.get("/", Position(1, 1))

    def key_position(self, pointer: str) -> Position:
        return self.keys.get(pointer) or self.position(pointer)


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def read_bytes_bounded(path: Path, shown_as: str, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """A regular file's bytes, at most ``max_bytes`` of them, or a located error.

    The file is opened without blocking and checked to be a regular file *before* any
    byte is read (a FIFO, ``/dev/zero`` or ``/dev/urandom`` named as a bundle or a text
    would otherwise hang or fill memory), and never more than ``max_bytes + 1`` bytes
    are read, whatever its size said a moment before."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read file: {_reason(exc)}", shown_as) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"not a regular file ({_file_kind(info.st_mode)}); only regular files are read", shown_as)
        if info.st_size > max_bytes:
            raise InputError(f"file is {info.st_size:,} bytes; the limit is {max_bytes:,} bytes", shown_as)
        chunks, total = [], 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise InputError(f"cannot read file: {_reason(exc)}", shown_as) from None
    finally:
        os.close(fd)
    if total > max_bytes:  # it grew while being read
        raise InputError(f"file is more than {max_bytes:,} bytes, the limit", shown_as)
    return b"".join(chunks)


def _reason(exc: Exception) -> str:
    return (exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)) or type(exc).__name__


def _file_kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def read_text_file(path: Path, shown_as: str, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read a UTF-8 text file, refusing huge, binary or otherwise encoded content with a
    located message (naming the encoding it looks like: UTF-16, Big5…)."""
    raw = read_bytes_bounded(path, shown_as, max_bytes)
    encoding = _foreign_encoding(raw)
    if encoding:
        raise InputError(f"not UTF-8: the file looks like {encoding}; save it as UTF-8", shown_as, 1, 1)
    if b"\x00" in raw:
        line, column = _line_column(raw, raw.index(b"\x00"))
        raise InputError("binary content (NUL byte): not a text file", shown_as, line, column)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _line_column(raw, exc.start)
        guess = _legacy_encoding(raw)
        raise InputError(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})"
            f"{f'; it looks like {guess}' if guess else ''}; save the file as UTF-8",
            shown_as,
            line,
            column,
        ) from None
    return text.removeprefix("\ufeff")


_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32 (little-endian, with a byte-order mark)"),
    (b"\x00\x00\xfe\xff", "UTF-32 (big-endian, with a byte-order mark)"),
    (b"\xff\xfe", "UTF-16 (little-endian, with a byte-order mark)"),
    (b"\xfe\xff", "UTF-16 (big-endian, with a byte-order mark)"),
)


def _foreign_encoding(raw: bytes) -> str | None:
    """UTF-16 or UTF-32, by their byte-order mark or their pattern of NUL bytes."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    if b"\x00" not in raw[:4096]:
        return None
    for codec, name in (
        ("utf-32-le", "UTF-32 (little-endian)"),
        ("utf-32-be", "UTF-32 (big-endian)"),
        ("utf-16-le", "UTF-16 (little-endian)"),
        ("utf-16-be", "UTF-16 (big-endian)"),
    ):
        unit = 4 if "32" in codec else 2
        sample = raw[: 4096 - 4096 % unit] if len(raw) > 4096 else raw[: len(raw) - len(raw) % unit]
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            try:  # the sample may end inside a surrogate pair
                text = sample[:-unit].decode(codec)
            except UnicodeDecodeError:
                continue
        readable = sum(ch.isprintable() or ch in "\t\r\n" for ch in text)
        if text and "\x00" not in text and readable >= 0.95 * len(text):
            return name
    return None


def _legacy_encoding(raw: bytes) -> str | None:
    """Big5 (cp950), Taiwan's legacy encoding, when an invalid UTF-8 text reads as it."""
    try:
        text = raw.decode("cp950")
    except UnicodeDecodeError:
        return None
    readable = sum(ch.isprintable() or ch in "\t\r\n" for ch in text)
    return "Big5 (cp950)" if readable >= 0.95 * len(text) else None


def _line_column(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line_start = before.rfind(b"\n") + 1
    column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return before.count(b"\n") + 1, column


def load_yaml_file(path: Path, shown_as: str | None = None) -> YamlDocument:
    shown_as = shown_as or str(path)
    return load_yaml_text(read_text_file(path, shown_as), shown_as)


def load_yaml_text(text: str, shown_as: str) -> YamlDocument:
    if len(text) > MAX_FILE_BYTES:  # YAML given as text (the API, an assistant): the file limit
        raise InputError(f"the YAML text is {len(text):,} characters; the limit is {MAX_FILE_BYTES:,}", shown_as)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem:
            problem = f"{problem} ({exc.context})"
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise InputError(f"invalid YAML: {problem}", shown_as, line, column) from None
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {exc}", shown_as) from None
    except RecursionError:
        raise InputError("YAML nested too deeply", shown_as) from None
    if root is None:
        raise InputError("the file holds no YAML document", shown_as, 1, 1)
    doc = YamlDocument(shown_as, None)
    doc.data = _Builder(doc).build(root, "", 0)
    return doc


class _Builder:
    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.count = 0
        self.merging: set[int] = set()  # mappings being expanded: `x: &a {<<: *a}` merges itself

    def error(self, node: yaml.Node, message: str) -> InputError:
        mark = node.start_mark
        return InputError(message, self.doc.path, mark.line + 1, mark.column + 1)

    def build(self, node: yaml.Node, pointer: str, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_VALUES:
            raise self.error(
                node,
                f"more than {MAX_VALUES:,} values once aliases are expanded (an alias bomb?); refusing to read further",
            )
        if depth > MAX_DEPTH:
            raise self.error(node, f"nested more than {MAX_DEPTH} levels deep")
        mark = node.start_mark
        self.doc.values.setdefault(pointer or "/", Position(mark.line + 1, mark.column + 1))
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _TAG + "seq":
                raise self.error(node, f"unsupported YAML tag {node.tag!r}")
            return [self.build(item, f"{pointer}/{i}", depth + 1) for i, item in enumerate(node.value)]
        if node.tag != _TAG + "map":
            raise self.error(node, f"unsupported YAML tag {node.tag!r}")
        return self.mapping(node, pointer, depth)

    def mapping(self, node: yaml.MappingNode, pointer: str, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        merged: list[yaml.MappingNode] = []
        for key_node, value_node in node.value:
            if key_node.tag == _TAG + "merge":
                merged.extend(self.merge_sources(value_node))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.error(key_node, "a mapping key must be a plain string")
            key = key_node.value  # literal text: `on:` is the key "on", not True
            if key in result:
                raise self.error(key_node, f"duplicate key {key!r} (YAML keeps only one of them)")
            child = f"{pointer}/{escape_pointer_token(key)}"
            mark = key_node.start_mark
            self.doc.keys[child] = Position(mark.line + 1, mark.column + 1)
            result[key] = self.build(value_node, child, depth + 1)
        if merged:
            if depth > MAX_DEPTH:
                raise self.error(node, f"merge keys (`<<`) nested more than {MAX_DEPTH} levels deep")
            self.merging.add(id(node))
            for source in merged:  # `<<: *defaults`: explicit keys win, as in YAML
                if id(source) in self.merging:
                    raise self.error(source, "a merge key (`<<`) merges a mapping into itself")
                for key, value in self.mapping(source, pointer, depth + 1).items():
                    result.setdefault(key, value)
            self.merging.discard(id(node))
        return result

    def merge_sources(self, node: yaml.Node) -> list[yaml.MappingNode]:
        if isinstance(node, yaml.MappingNode):
            return [node]
        if isinstance(node, yaml.SequenceNode) and all(isinstance(n, yaml.MappingNode) for n in node.value):
            return list(node.value)
        raise self.error(node, "`<<` must merge a mapping or a list of mappings")

    def scalar(self, node: yaml.ScalarNode) -> Any:
        tag = node.tag
        if tag in (_TAG + "str", _TAG + "timestamp"):
            return node.value  # dates are validated (and parsed) later, with a location
        if tag == _TAG + "bool":
            word = node.value.lower()
            return _BOOL_WORDS[word] if word in _BOOL_WORDS else node.value
        if tag in (_TAG + "int", _TAG + "float", _TAG + "null"):
            try:
                return _Constructor.construct_object(node)
            except (ValueError, yaml.YAMLError):
                raise self.error(node, f"cannot read {node.value!r} as a number") from None
        raise self.error(node, f"unsupported YAML tag {tag!r}: only plain YAML data is read")
