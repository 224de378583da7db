"""Reading a bundle: YAML with positions, the schema stage, then its ``{file: …}`` texts.

A referenced file is read only when it resolves inside the bundle's own folder (after
following symlinks): a bundle may not make the checker read ``../secrets``.
Nothing here ever writes.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from checker.inputs.docx_text import is_docx, read_docx
from checker.core.errors import InputError
from checker.core.findings import Finding
from checker.core.schema_check import schema_findings
from checker.language.texts import Claim, Section, parse_claims, parse_description
from checker.inputs.yamlsource import YamlDocument, load_yaml_file, load_yaml_text, read_text_file

# Where format 1 lets a long text be `{file: path}` (read as text) ...
TEXT_POINTERS = (
    "/description",
    "/claims",
    "/abstract",
    "/application/as_filed/description",
    "/application/as_filed/claims",
    "/application/as_filed/abstract",
    "/application/granted_claims",
    "/application/allowed_claims",
    "/foreign_text/description",
    "/foreign_text/claims",
    "/foreign_text/abstract",
)
# ... and where a file is only referenced (drawings are images): checked, never read.
DRAWING_LISTS = ("/drawings", "/application/as_filed/drawings")


@dataclass
class TextSource:
    """A long text and where it came from (the bundle itself, or a file beside it)."""

    text: str
    file: str | None = None  # as shown to the user, when read from a file
    word: Any = None  # a Word document's WordText (tracked changes, table lines), else None
    line_offset: int = 0  # the text's line 1 is the file's line 1 + line_offset (a part of a file)
    origin: str | None = None  # the JSON pointer of the {file: …} reference, when not POINTER/file


@dataclass
class Bundle:
    path: Path
    shown_as: str
    doc: YamlDocument
    texts: dict[str, TextSource] = field(default_factory=dict)
    regime: str = "patent"  # set by the pipeline from the bundle's `regime:` (its law pack)
    _parsed: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False)  # parse once

    @property
    def data(self) -> dict[str, Any]:
        return self.doc.data

    def get(self, pointer: str, default: Any = None) -> Any:
        node: Any = self.data
        for token in pointer.strip("/").split("/"):
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return default
        return node

    def description_sections(self, pointer: str = "/description") -> list[Section] | None:
        key = ("sections", pointer)
        if key not in self._parsed:
            self._parsed[key] = self._description_sections(pointer)
        return self._parsed[key]

    def claims(self, pointer: str = "/claims") -> list[Claim] | None:
        key = ("claims", pointer)
        if key not in self._parsed:
            self._parsed[key] = self._claims(pointer)
        return self._parsed[key]

    def _description_sections(self, pointer: str) -> list[Section] | None:
        value = self.get(pointer)
        if not isinstance(value, dict):
            return None
        if "sections" in value:
            return [Section(key, key, str(text or "").strip(), 0) for key, text in value["sections"].items()]
        source = self.texts.get(pointer)
        if source is None:
            return None
        return parse_description(source.text, self._language(pointer))

    def _language(self, pointer: str) -> str:
        """The language a text is written in: the foreign text's own, else the bundle's."""
        if pointer.startswith("/foreign_text/"):
            own = (self.data.get("foreign_text") or {}).get("language")
            return own or self.data.get("language") or (self.data.get("application") or {}).get("language") or "en"
        return self.data.get("language", "zh-TW")

    def _claims(self, pointer: str) -> list[Claim] | None:
        value = self.get(pointer)
        if isinstance(value, list):
            return [Claim(int(c["number"]), str(c.get("text", "")), None, _depends_on(c)) for c in value]
        source = self.texts.get(pointer)
        return parse_claims(source.text) if source else None

    def abstract_text(self, pointer: str = "/abstract") -> str | None:
        value = self.get(pointer)
        if not isinstance(value, dict):
            return None
        if "text" in value:
            return str(value["text"] or "")
        source = self.texts.get(pointer)
        return source.text if source else None


def _depends_on(claim: dict[str, Any]) -> tuple[int, ...] | None:
    given = claim.get("depends_on")
    return None if given is None else tuple(int(n) for n in given)


def read_bundle(
    path: Path,
    shown_as: str | None = None,
    text: str | None = None,
    *,
    doc: YamlDocument | None = None,
    schema: Path | None = None,
    text_pointers: tuple[str, ...] = TEXT_POINTERS,
    file_lists: tuple[str, ...] = DRAWING_LISTS,
) -> tuple[Bundle | None, list[Finding]]:
    """The bundle, or ``None`` with the schema findings that make it invalid. A law pack
    gives its schema and where its bundles may reference text files (``{file: …}``) and
    other files (the defaults are the patent bundle's); ``doc``, the YAML already read.

    ``text``, when given, is the bundle's YAML (not read from ``path``, whose folder still
    holds its ``{file: …}`` texts). Unreadable input (bad YAML, bad file references)
    raises :class:`InputError`.
    """
    shown_as = shown_as or str(path)
    if doc is None:
        doc = load_yaml_file(path, shown_as) if text is None else load_yaml_text(text, shown_as)
    findings = schema_findings(doc, schema)
    if findings:
        return None, findings
    bundle = Bundle(path, shown_as, doc)
    for pointer in text_pointers:
        value = bundle.get(pointer)
        if isinstance(value, dict) and "file" in value:
            target = _inside_folder(bundle, pointer + "/file", value["file"])
            shown = _shown(bundle, value["file"])
            bundle.texts[pointer] = _read_source(target, shown, str(value["file"]))
    read_whole_document(bundle)
    for list_pointer in file_lists:
        for index, drawing in enumerate(bundle.get(list_pointer) or []):
            if isinstance(drawing, dict) and drawing.get("file"):
                pointer = f"{list_pointer}/{index}/file"
                target = _inside_folder(bundle, pointer, drawing["file"])
                if not target.is_file():
                    raise _ref_error(bundle, pointer, f"drawing file {drawing['file']!r} not found")
    return bundle, []


def _read_source(target: Path, shown: str, name: str) -> TextSource:
    # A Word document is binary: only a .docx bypasses the text-file refusal.
    if is_docx(name):
        word = read_docx(target, shown)
        return TextSource(word.text, shown, word=word)
    return TextSource(read_text_file(target, shown), shown)


def read_whole_document(bundle: Bundle) -> None:
    """``documents: {file: draft.docx}``: one file in the office's whole-document layout,
    split into the parts format 1 gives one by one (see :mod:`checker.inputs.whole_document`).
    Each part becomes the field it stands for, its text a slice of the file, so a finding
    still points at the file's own line. A part given twice is an input error."""
    value = bundle.get("/documents")
    if not isinstance(value, dict) or "file" not in value:
        return
    from checker.inputs.whole_document import split

    pointer = "/documents/file"
    source = _read_source(
        _inside_folder(bundle, pointer, value["file"]), _shown(bundle, value["file"]), str(value["file"])
    )
    doc = split(source.text)
    if not doc.recognised and doc.description is None:
        raise _ref_error(
            bundle,
            pointer,
            f"{value['file']} is not in the office's whole-document "
            "layout: none of 【發明摘要】, 【發明說明書】, 【申請專利範圍】, 【圖式】 or the "
            "description's headings was found",
        )
    bundle.texts["/documents"] = source
    reference = {"file": value["file"]}
    parts = {"/description": doc.description, "/claims": doc.claims, "/abstract": doc.abstract}
    for field_pointer, part in parts.items():
        if part is None:
            continue
        if bundle.get(field_pointer) is not None:
            raise _ref_error(
                bundle,
                field_pointer,
                f"{field_pointer[1:]} is given here and in documents ({value['file']}); give each part once",
            )
        bundle.data[field_pointer[1:]] = dict(reference)
        bundle.texts[field_pointer] = TextSource(part.text, source.file, source.word, part.first_line - 1, pointer)
    if doc.representative_signs is not None:  # no field of format 1: kept for its own facts
        bundle.texts["/documents/representative_signs"] = TextSource(
            doc.representative_signs.text, source.file, source.word, doc.representative_signs.first_line - 1, pointer
        )
    if (
        doc.representative_figure is not None
        and isinstance(bundle.data.get("abstract"), dict)
        and "representative_figure" not in bundle.data["abstract"]
    ):
        bundle.data["abstract"]["representative_figure"] = doc.representative_figure
    if doc.figures:
        if bundle.get("/drawings") is not None:
            raise _ref_error(
                bundle, "/drawings", f"drawings are given here and in documents ({value['file']}); give each part once"
            )
        bundle.data["drawings"] = [{"figure": label} for label, _line in doc.figures]


def _shown(bundle: Bundle, relative: str) -> str:
    return str(PurePosixPath(Path(bundle.shown_as).parent.as_posix()) / relative)


def _ref_error(bundle: Bundle, pointer: str, message: str) -> InputError:
    pos = bundle.doc.position(pointer)
    return InputError(message, bundle.shown_as, pos.line, pos.column, pointer)


def _inside_folder(bundle: Bundle, pointer: str, relative: str) -> Path:
    if Path(relative).is_absolute() or PurePosixPath(relative).is_absolute():
        raise _ref_error(
            bundle, pointer, f"{relative!r} is an absolute path; files must be given relative to the bundle's folder"
        )
    folder = bundle.path.parent.resolve()
    try:  # a name the file system refuses (too long, a NUL byte) is a bad reference, not a crash
        target = (folder / relative).resolve()
        target.exists()
    except (OSError, ValueError, RuntimeError) as exc:  # RuntimeError: a symlink loop (Python < 3.13)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == errno.ELOOP:
            reason = "a loop of symbolic links"
        raise _ref_error(
            bundle,
            pointer,
            f"{relative[:80]!r}{'…' if len(relative) > 80 else ''} cannot be used as a file name: {reason}",
        ) from None
    if not target.is_relative_to(folder):
        raise _ref_error(
            bundle,
            pointer,
            f"{relative!r} resolves outside the bundle's folder ({folder}); the checker reads only files inside it",
        )
    if not target.exists():
        raise _ref_error(bundle, pointer, f"file {relative!r} not found next to the bundle")
    if not target.is_file():
        raise _ref_error(bundle, pointer, f"{relative!r} is not a regular file")
    return target
