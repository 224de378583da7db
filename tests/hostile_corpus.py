"""The hostile corpus: inputs a careless or malicious repository can hold, each with the
exit status and the located message the checker must answer with.

Each case builds its files in a fresh folder (FIFOs, symlinks and loops cannot live in
git, so the corpus is code) and names the command-line arguments to run there.
``tests/test_hostile.py`` runs every case in one child process under the bounds below and
checks the exit status, the message, the time, the memory, and that the case's folder is
byte for byte and mtime for mtime what it was.

Bounds (also in the README):
- TIME_BOUND: every case ends within this many seconds (wall clock, on a loaded 2-core
  machine; a real answer takes well under one).
- MEMORY_BOUND: the child's peak resident memory, after any case, stays below this
  (getrusage); it also runs under an address-space limit of ADDRESS_LIMIT, so a case that
  tried to inflate gigabytes would fail loudly instead of swapping.
"""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

TIME_BOUND = 10.0  # seconds per case
MEMORY_BOUND = 400 * 1024 * 1024  # bytes, peak resident set of the child running the corpus
ADDRESS_LIMIT = 2 * 1024 * 1024 * 1024  # bytes of address space for that child

ROOT = Path(__file__).resolve().parent.parent
LED = ROOT / "examples" / "invention-led-package"
CLIP = (ROOT / "examples" / "grant-fee-cable-clip" / "bundle.yaml").read_text("utf-8")

# A valid bundle with inline texts, to which a case adds or changes one thing.
BASE = """format: 1
procedure: application
patent_type: invention
submitted_on: 2025-03-14
title: 發光二極體封裝
applicants: [{name: 光源科技股份有限公司, kind: company, nationality: TW}]
inventors: [{name: 林志明, nationality: TW}]
"""


@dataclass
class Case:
    name: str
    build: Callable[[Path], list[str]]  # makes the files in a folder; returns the arguments
    exit: int | tuple[int, ...]
    message: str  # a regular expression the output (stdout + stderr) must match
    absent: tuple[str, ...] = field(default=())  # strings that must not appear in the output


def _write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


def _bundle(folder: Path, extra: str = "", name: str = "bundle.yaml") -> list[str]:
    _write(folder, name, BASE + extra)
    return ["check", name]


def _with_text_file(kind: str) -> Callable[[Path], list[str]]:
    """A bundle whose description is a {file:} that is a FIFO, a symlink loop, …"""

    def build(folder: Path) -> list[str]:
        target = folder / "spec.txt"
        if kind == "fifo":
            os.mkfifo(target)
        elif kind == "loop":
            os.symlink("spec2.txt", folder / "spec.txt")
            os.symlink("spec.txt", folder / "spec2.txt")
        elif kind == "device":
            os.symlink("/dev/zero", target)
        elif kind == "dir":
            target.mkdir()
        return _bundle(folder, "description: {file: spec.txt}\n")

    return build


WEAVING = (ROOT / "examples" / "indigenous-creation-weaving" / "bundle.yaml").read_text("utf-8")


def _other_regime(kind: str) -> Callable[[Path], list[str]]:
    """The indigenous creations regime's example with a hostile description file or value:
    the same guards hold for every pack's bundles."""

    def build(folder: Path) -> list[str]:
        if kind == "loop":
            os.symlink("d2.txt", folder / "description.txt")
            os.symlink("description.txt", folder / "d2.txt")
            text = WEAVING
        elif kind == "huge":
            _write(folder, "description.txt", "一" * (3 * 1024 * 1024))
            text = WEAVING
        else:  # an unknown regime
            text = WEAVING.replace("regime: indigenous_creation", "regime: pet_registration")
        _write(folder, "bundle.yaml", text)
        return ["check", "bundle.yaml"]

    return build


def _symlinked_bundle_outside(folder: Path) -> list[str]:
    outside = folder / "elsewhere"
    _write(outside, "secret.yaml", "password: hunter2\n")
    scanned = folder / "filings"
    scanned.mkdir()
    os.symlink(outside / "secret.yaml", scanned / "linked.yaml")
    _write(scanned, "bundle.yaml", CLIP)
    return ["check", "filings"]


def _directory_loop(folder: Path) -> list[str]:
    scanned = folder / "filings"
    _write(scanned / "sub", "bundle.yaml", CLIP)
    os.symlink("..", scanned / "sub" / "up")  # filings/sub/up/sub/up/… forever if followed
    os.symlink(".", scanned / "self")
    return ["check", "filings"]


def _fifo_bundle(folder: Path) -> list[str]:
    os.mkfifo(folder / "bundle.yaml")
    return ["check", "bundle.yaml"]


def _fifo_in_scanned_folder(folder: Path) -> list[str]:
    os.mkfifo(folder / "a.yaml")
    _write(folder, "b.yaml", CLIP)
    return ["check", "."]


def _alias_bomb(folder: Path) -> list[str]:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]")
    return _bundle(folder, "\n".join(lines) + "\n")


def _deep(folder: Path) -> list[str]:
    return _bundle(folder, "title: " + "[" * 5000 + "]" * 5000 + "\n")


def _deep_mapping(folder: Path) -> list[str]:
    return _bundle(folder, "title: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n")


def _huge(folder: Path) -> list[str]:
    return _bundle(folder, "abstract: {text: '" + "長" * 1_200_000 + "'}\n")


def _binary(folder: Path) -> list[str]:
    _write(folder, "bundle.yaml", bytes(range(256)) * 64)
    return ["check", "bundle.yaml"]


def _invalid_utf8(folder: Path) -> list[str]:
    _write(folder, "bundle.yaml", BASE.encode() + b"abstract: {text: \xff\xfe\xfa}\n")
    return ["check", "bundle.yaml"]


def _encoded(codec: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        _write(folder, "bundle.yaml", BASE.encode(codec))
        return ["check", "bundle.yaml"]

    return build


def _big5(folder: Path) -> list[str]:
    _write(folder, "bundle.yaml", BASE.replace("光源科技股份有限公司", "台灣光源").encode("cp950"))
    return ["check", "bundle.yaml"]


def _bom_crlf(folder: Path) -> list[str]:
    _write(folder, "bundle.yaml", ("\ufeff" + CLIP).replace("\n", "\r\n").encode("utf-8"))
    return ["check", "bundle.yaml"]


def _deflated(head: bytes, blocks: int, block: bytes = b" " * 2**20) -> tuple[bytes, int, int]:
    """Raw deflate of ``head`` followed by ``blocks`` copies of ``block``, with its CRC and
    size, built fast: after a full flush the compressor starts afresh, so every copy
    compresses to the same bytes, computed once."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    first = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeated = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = zlib.crc32(head)
    for _ in range(blocks):
        crc = zlib.crc32(block, crc)
    return first + repeated * blocks + compressor.flush(), crc, len(head) + blocks * len(block)


def _zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> None:
    """A ZIP file written by hand: (name, raw deflate data, CRC, size the headers claim)."""
    local, central = bytearray(), bytearray()
    for name, data, crc, claimed in members:
        encoded = name.encode()
        fields = struct.pack("<HHHHHIII", 20, 0, 8, 0, 0x21, crc, len(data), claimed)
        central += (
            b"PK\x01\x02"
            + struct.pack("<H", 20)
            + fields
            + struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0, len(local))
            + encoded
        )
        local += b"PK\x03\x04" + fields + struct.pack("<HH", len(encoded), 0) + encoded + data
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, len(members), len(members), len(central), len(local), 0)
    path.write_bytes(bytes(local + central + end))


def _docx_with_blank_document(folder: Path, megabytes: int, lie: bool) -> list[str]:
    """A real .docx whose document.xml is followed by ``megabytes`` MB of blanks (XML allows
    whitespace after the root element); with ``lie`` both ZIP headers claim the document's
    original size."""
    import io

    import docx

    original = io.BytesIO()
    docx.Document().save(original)
    members = []
    with zipfile.ZipFile(original) as source:
        for info in source.infolist():
            data = source.read(info)
            blocks = megabytes if info.filename == "word/document.xml" else 0
            raw, crc, size = _deflated(data, blocks)
            members.append((info.filename, raw, crc, len(data) if lie else size))
    _zip(folder / "spec.docx", members)
    return _bundle(folder, "description: {file: spec.docx}\n")


def _lying_docx(folder: Path) -> list[str]:
    """About 0.5 MB on disk, 512 MB inflated, 'a few KB' in its headers."""
    return _docx_with_blank_document(folder, 512, lie=True)


def _honest_docx_bomb(folder: Path) -> list[str]:
    return _docx_with_blank_document(folder, 60, lie=False)


def _huge_claim_number(number: int) -> Callable[[Path], list[str]]:
    """A claims file whose claim is numbered absurdly high and refers to every earlier claim:
    nothing may be proportional to the number rather than to the claims present."""

    def build(folder: Path) -> list[str]:
        _write(
            folder, "claims.txt", f"【第1項】\n一種裝置，包含一基板。\n【第{number}項】\n如前述任一請求項所述之裝置。\n"
        )
        return _bundle(folder, "claims: {file: claims.txt}\n")

    return build


def _config_fifo(folder: Path) -> list[str]:
    os.mkfifo(folder / ".patentcheck.yaml")  # not a file: passed over, like a missing one
    _write(folder, "bundle.yaml", CLIP)
    return ["check", "bundle.yaml"]


def _config(name: str, text: str | bytes) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        _write(folder, name, text)
        _write(folder, "bundle.yaml", CLIP)
        return ["check", "bundle.yaml"]

    return build


def _escapes(folder: Path) -> list[str]:
    _write(
        folder,
        "bundle.yaml",
        CLIP + 'suppressions:\n  - {rule: "\\e[2J\\e]0;owned\\a\\u202egnp.exe", reason: "\\e[31mred"}\n',
    )
    return ["check", "bundle.yaml", "--lang", "en"]


def _escapes_in_name(folder: Path) -> list[str]:
    _write(folder, "a\x1b[2Jb.yaml", "format: 1\n")
    return ["check", "."]


CASES = [
    Case(
        "dev-zero",
        lambda folder: ["check", "/dev/zero"],
        2,
        r"/dev/zero:1:1 .*not a regular file \(a character device\)",
    ),
    Case("dev-urandom", lambda folder: ["check", "/dev/urandom"], 2, r"/dev/urandom:1:1 .*not a regular file"),
    Case(
        "deadlines-dev-zero",
        lambda folder: ["deadlines", "/dev/zero", "--lang", "en"],
        2,
        r"/dev/zero:1:1: not a regular file \(a character device\)",
    ),
    Case(
        "validate-fifo",
        lambda folder: _fifo_bundle(folder) and ["validate", "bundle.yaml", "--lang", "en"],
        2,
        r"bundle\.yaml:1:1 .*not a regular file \(a FIFO\)",
    ),
    Case(
        "json-dev-urandom",
        lambda folder: ["check", "/dev/urandom", "--format", "json"],
        2,
        r'"message": "not a regular file \(a character device\)',
    ),
    Case("fifo-bundle", _fifo_bundle, 2, r"bundle\.yaml:1:1 .*not a regular file \(a FIFO\)"),
    Case("fifo-in-scanned-folder", _fifo_in_scanned_folder, 0, r"b\.yaml .*passed"),
    Case("fifo-as-file", _with_text_file("fifo"), 2, r"bundle\.yaml:8:\d+ .*'spec\.txt' is not a regular file"),
    Case("device-as-file", _with_text_file("device"), 2, r"bundle\.yaml:8:\d+ .*resolves outside the bundle's folder"),
    Case("symlink-loop-as-file", _with_text_file("loop"), 2, r"bundle\.yaml:8:\d+ .*loop of symbolic links"),
    Case("directory-as-file", _with_text_file("dir"), 2, r"bundle\.yaml:8:\d+ .*not a regular file"),
    Case(
        "dotdot-file",
        lambda f: _bundle(f, "description: {file: ../outside.txt}\n"),
        2,
        r"bundle\.yaml:8:\d+ .*resolves outside the bundle's folder",
    ),
    Case(
        "absolute-file",
        lambda f: _bundle(f, "description: {file: /etc/passwd}\n"),
        2,
        r"bundle\.yaml:8:\d+ .*is an absolute path",
    ),
    Case(
        "symlinked-bundle-outside-scan",
        _symlinked_bundle_outside,
        2,
        r"filings/linked\.yaml:1:1 .*symbolic link to a file outside the scanned folder",
        absent=("hunter2",),
    ),
    Case("directory-loop", _directory_loop, 0, r"filings/sub/bundle\.yaml .*passed"),
    Case("alias-bomb", _alias_bomb, 2, r"bundle\.yaml:\d+:\d+ .*alias bomb"),
    Case(
        "merge-key-into-itself",
        lambda f: _bundle(f, "x: &a {<<: *a}\n"),
        2,
        r"bundle\.yaml:8:\d+ .*merges a mapping into itself",
    ),
    Case("deep-nesting", _deep, 2, r"bundle\.yaml:\d+:\d+ .*nest"),
    Case("deep-mapping", _deep_mapping, 2, r"bundle\.yaml:\d+:\d+ .*nest"),
    Case("huge-file", _huge, 2, r"bundle\.yaml:1:1 .*the limit is 2,097,152 bytes"),
    Case("binary", _binary, 2, r"bundle\.yaml:1:1 .*(binary content|not UTF-8)"),
    Case("invalid-utf8", _invalid_utf8, 2, r"bundle\.yaml:8:18 .*not valid UTF-8 \(byte 0xff\)"),
    Case("utf16-bom", _encoded("utf-16"), 2, r"bundle\.yaml:1:1 .*looks like UTF-16"),
    Case("utf16-le", _encoded("utf-16-le"), 2, r"bundle\.yaml:1:1 .*looks like UTF-16 \(little-endian\)"),
    Case("utf16-be", _encoded("utf-16-be"), 2, r"bundle\.yaml:1:1 .*looks like UTF-16 \(big-endian\)"),
    Case("utf32", _encoded("utf-32"), 2, r"bundle\.yaml:1:1 .*looks like UTF-32"),
    Case("big5", _big5, 2, r"bundle\.yaml:5:\d+ .*looks like Big5"),
    Case("bom-and-crlf", _bom_crlf, 0, r"bundle\.yaml .*passed"),
    Case(
        "python-tag",
        lambda f: _bundle(f, 'x: !!python/object/apply:os.system ["touch pwned"]\n'),
        2,
        r"bundle\.yaml:8:\d+ .*unsupported YAML tag",
    ),
    Case("duplicate-key", lambda f: _bundle(f, "title: again\n"), 2, r"bundle\.yaml:8:1 .*duplicate key 'title'"),
    Case(
        "schema-date-x",
        lambda f: _write(f, "bundle.yaml", BASE.replace("2025-03-14", '"x"')) and ["check", "bundle.yaml"],
        2,
        r"bundle\.yaml:4:\d+ .*not a real calendar date",
    ),
    Case(
        "huge-integer",
        lambda f: _bundle(f, f"description: {{file: d.txt, pages: {10**100}}}\n"),
        2,
        r"bundle\.yaml:8:\d+ .*maximum of 100000",
    ),
    Case(
        "huge-fee-year", lambda f: _bundle(f, f"fee: {{year: {10**100}}}\n"), 2, r"bundle\.yaml:8:\d+ .*maximum of 100"
    ),
    Case("other-regime-symlink-loop", _other_regime("loop"), 2, r"bundle\.yaml:\d+:\d+ .*loop of symbolic links"),
    Case("other-regime-huge-text", _other_regime("huge"), 2, r"description\.txt.*the limit is"),
    Case("other-regime-unknown", _other_regime("unknown"), 2, r"bundle\.yaml:\d+:\d+ .*pet_registration"),
    Case("lying-docx", _lying_docx, 2, r"spec\.docx.*not a readable Word \.docx document \(Bad CRC-32"),
    Case("docx-bomb", _honest_docx_bomb, 2, r"spec\.docx.*unpacks to .*the limit is"),
    Case(
        "empty-file",
        lambda f: _write(f, "bundle.yaml", "") and ["check", "bundle.yaml"],
        2,
        r"bundle\.yaml:1:1 .*holds no YAML document",
    ),
    Case(
        "scalar-document",
        lambda f: _write(f, "bundle.yaml", "hello\n") and ["check", "bundle.yaml"],
        2,
        r"bundle\.yaml:1:1 .*must be of type object",
    ),
    Case(
        "terminal-escapes",
        _escapes,
        0,
        r"bundle\.yaml:\d+:\d+ .*\\x1b\[2J\\x1b\]0;owned\\x07\\u202egnp\.exe",
        absent=("\x1b", "\x07", "\u202e"),
    ),
    Case("terminal-escapes-in-file-name", _escapes_in_name, 2, r"a\\x1b\[2Jb\.yaml", absent=("\x1b",)),
    Case(
        "config-deep-toml",
        _config("pyproject.toml", "[tool.patentcheck]\nselect = " + "[" * 100_000 + "]" * 100_000 + "\n"),
        2,
        r"pyproject\.toml.*nested more than 64 levels deep",
    ),
    Case(
        "config-deep-table",
        _config("pyproject.toml", "[tool.patentcheck]\nselect = " + "{a=" * 200 + "1" + "}" * 200 + "\n"),
        2,
        r"pyproject\.toml.*nested",
    ),
    Case(
        "config-unknown-key",
        _config(".patentcheck.yaml", "selct: [PA]\n"),
        2,
        r"\.patentcheck\.yaml:1:1.*unknown key 'selct'",
    ),
    Case(
        "config-python-tag",
        _config(".patentcheck.yaml", "select: !!python/name:os.system\n"),
        2,
        r"\.patentcheck\.yaml:1:9.*unsupported YAML tag",
    ),
    Case(
        "config-alias-bomb",
        _config(
            ".patentcheck.yaml",
            "\n".join(
                ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
                + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
            )
            + "\n",
        ),
        2,
        r"\.patentcheck\.yaml:\d+:\d+.*alias bomb",
    ),
    Case(
        "config-utf16",
        _config(".patentcheck.yaml", "lang: en\n".encode("utf-16")),
        2,
        r"\.patentcheck\.yaml:1:1.*looks like UTF-16",
    ),
    Case("claim-number-300000000", _huge_claim_number(300_000_000), (0, 1), r"bundle\.yaml .*(passed|failed)"),
    Case("claim-number-10-12", _huge_claim_number(10**12), (0, 1), r"bundle\.yaml .*(passed|failed)"),
    Case("config-fifo", _config_fifo, 0, r"bundle\.yaml .*passed"),
]
