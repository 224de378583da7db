"""`patentcheck mcp`: the checker as Model Context Protocol tools for drafting assistants.

Served over stdio with the ``mcp`` SDK (the ``agents`` extra). Five tools, each a thin
layer over :mod:`checker.api`, so an assistant gets exactly the JSON report and citations
the command line gives:

* ``check_bundle``: a bundle as YAML text, or a path (file or folder) inside a root;
* ``check_claims``: a claim set alone (numbering, dependencies, antecedents), findings per claim;
* ``explain``: an article of the law or a rule, in zh-TW or English;
* ``deadlines``: the statutory deadlines of a bundle;
* ``list_rules``: the rules with their citations.

Safety: paths are read only when they resolve (symlinks followed) inside one of the
``--root`` folders, and a bundle's ``{file: …}`` texts only inside its own folder, as
always; nothing is ever written. Inputs are bounded (a bundle's YAML 2 MB as a file is,
a claim set 1 MB, a folder at most :data:`MAX_BUNDLES` bundles) and each call's time
(``--timeout``, default 60 s). A bad input is a tool error (``isError``) with the located
message, never a crash of the server.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import anyio

from checker import api

MAX_CLAIMS_BYTES = 1024 * 1024
MAX_BUNDLES = 500
DEFAULT_TIMEOUT = 60.0
CLAIMS_PREFIX = "/claims/"

INSTRUCTIONS = (
    "patentcheck checks patent filings under Taiwan's Patent Act (專利法) and its Enforcement "
    "Rules. Every finding cites the provision it enforces (law, article, 項 paragraph, 款 "
    "subparagraph) and points at line:column. Severity error is a certain defect; warning a "
    "likely one (a heuristic). Use check_claims while drafting claims, check_bundle for a whole "
    "filing bundle (bundle-format 1 YAML), explain to read an article or a rule, deadlines for "
    "the statutory periods a bundle gives rise to."
)


class ToolFailure(Exception):
    """A tool call that cannot be answered: the message is what the assistant reads."""


class Roots:
    """The folders the server may read, resolved once."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders = [Path(f).resolve() for f in folders]

    def resolve(self, given: str | None) -> Path:
        """``given`` (absolute, or relative to the first root) when it lies inside a root."""
        if not self.folders:
            raise ToolFailure(
                "this server was started without --root: it reads no files; pass the bundle's YAML as `yaml` instead"
            )
        if not isinstance(given, str) or not given.strip() or "\x00" in given or len(given) > 4096:
            raise ToolFailure("path: give a file or folder path")
        candidate = Path(given).expanduser()
        if not candidate.is_absolute():
            candidate = self.folders[0] / candidate
        try:
            target = candidate.resolve()
        except (OSError, RuntimeError) as exc:
            raise ToolFailure(f"path {given!r} cannot be resolved: {exc}") from None
        if not any(target == root or target.is_relative_to(root) for root in self.folders):
            raise ToolFailure(
                f"path {given!r} is outside the folders this server may read ("
                + ", ".join(str(r) for r in self.folders)
                + ")"
            )
        if not target.exists():
            raise ToolFailure(f"path {given!r} does not exist")
        return target

    def base(self, given: str | None) -> Path | None:
        if given is None:
            return None
        target = self.resolve(given)
        if not target.is_dir():
            raise ToolFailure(f"base {given!r} is not a folder")
        return target


def _located(report: api.CheckReport) -> str:
    """An unreadable or invalid bundle's problems, one `file:line:column: message` a line."""
    lines = []
    for bundle in report.bundles:
        if bundle["valid"]:
            continue
        for f in bundle["findings"]:
            where = f["location"].get("file") or bundle["path"]
            lines.append(
                f"{where}:{f['location']['line']}:{f['location']['column']}: {f['message']}"
                f" ({f['location']['pointer']})"
            )
    return "\n".join(lines)


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def claims_bundle(claims: str, patent_type: str) -> tuple[dict[str, Any], list[Any]]:
    """A bundle holding only the claim set (inline, so findings point at /claims/<i>/text)."""
    from checker.language.texts import parse_claims

    parsed = parse_claims(claims)
    if not parsed:
        raise ToolFailure("no claim found: number the claims 【第1項】, 1. or 1、 at the start of a line")
    return {
        "format": 1,
        "procedure": "application",
        "patent_type": patent_type,
        "claims": [{"number": c.number, "text": c.text} for c in parsed],
    }, parsed


def build_server(roots: list[Path], timeout: float = DEFAULT_TIMEOUT) -> Any:
    """The MCPServer with the five tools (reads only inside ``roots``)."""
    from mcp.server import MCPServer
    from mcp.server.mcpserver.exceptions import ToolError
    from mcp.types import ToolAnnotations

    from checker import __version__

    allowed = Roots(roots)
    server = MCPServer("patentcheck", version=__version__, instructions=INSTRUCTIONS)
    read_only = ToolAnnotations(
        read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False
    )

    async def run(work: Callable[[], str]) -> str:
        """The work in a thread, bounded in time; every failure a tool error with its message."""
        try:
            with anyio.fail_after(timeout):
                return await anyio.to_thread.run_sync(work, abandon_on_cancel=True)
        except TimeoutError:
            raise ToolError(f"the check took longer than {timeout:g} s and was abandoned") from None
        except (ToolFailure, api.ApiError) as exc:
            raise ToolError(str(exc)) from None
        except Exception as exc:  # a defect of ours: still an answer, never a dead server
            raise ToolError(f"internal error: {type(exc).__name__}: {exc}") from None

    def answer(report: api.CheckReport, folder: bool = False) -> str:
        """The report; a bundle that cannot be checked is a tool error with where and why,
        except in a folder, whose other bundles still have their report (valid: false)."""
        if report.exit_status == 2 and not (folder and len(report.bundles) > 1):
            raise ToolFailure("the bundle cannot be checked:\n" + _located(report))
        return _json(report.data)

    @server.tool(annotations=read_only)
    async def check_bundle(
        yaml: str | None = None,
        path: str | None = None,
        base: str | None = None,
        lang: str = "zh-TW",
        as_of: str | None = None,
        show_passes: bool = False,
    ) -> str:
        """Check a patent filing bundle (bundle-format 1 YAML) against Taiwan's Patent Act.

        Give either `yaml` (the bundle's text; `base` is a folder inside the server's roots
        holding its {file: …} texts) or `path` (a bundle file, or a folder of *.yaml
        bundles, inside the roots). `lang`: zh-TW or en. `as_of`: YYYY-MM-DD (default: the
        bundle's submitted_on). Returns the JSON report: each finding with its rule,
        severity, citations (law, article, paragraph 項, subparagraph 款), message and
        location (JSON pointer, line, column). Only failed findings unless `show_passes`.
        """

        def work() -> str:
            if (yaml is None) == (path is None):
                raise ToolFailure("give exactly one of `yaml` (the bundle's text) and `path`")
            if yaml is not None:
                report = api.check_yaml(yaml, base=allowed.base(base), lang=lang, as_of=as_of)
            else:
                target = allowed.resolve(path)
                if target.is_dir():
                    from checker.core.pipeline import collect_bundles

                    count = len(collect_bundles([target]))
                    if count > MAX_BUNDLES:
                        raise ToolFailure(f"{path!r} holds {count} bundles; at most {MAX_BUNDLES} per call")
                report = api.check_path(target, lang=lang, as_of=as_of)
            text = answer(report, folder=path is not None and allowed.resolve(path).is_dir())
            if show_passes:
                return text
            data = json.loads(text)
            for bundle in data["bundles"]:
                bundle["findings"] = [f for f in bundle["findings"] if f["outcome"] == "fail"]
            return _json(data)

        return await run(work)

    @server.tool(annotations=read_only)
    async def check_claims(claims: str, patent_type: str = "invention", lang: str = "zh-TW") -> str:
        """Check a claim set alone while drafting: numbering (consecutive from 1),
        dependencies (to earlier, existing claims; multiple dependencies), antecedent basis
        (該, 所述, the, said), claim categories and wording, as Enforcement Rules arts. 18-19
        and Patent Act art. 26 require. `claims`: the text, one claim per numbered paragraph
        (【第1項】…, 1. …, or 1、…). `patent_type`: invention, utility_model. Returns the
        failed findings, each with its citations and the `claim` number it points at.
        """

        def work() -> str:
            if len(claims.encode("utf-8", "surrogatepass")) > MAX_CLAIMS_BYTES:
                raise ToolFailure(f"the claim set is larger than {MAX_CLAIMS_BYTES:,} bytes")
            if patent_type not in ("invention", "utility_model"):
                raise ToolFailure("patent_type: invention or utility_model (designs have no claims)")
            bundle, parsed = claims_bundle(claims, patent_type)
            report = api.check_data(bundle, name="claims", lang=lang)
            text = answer(report)
            data = json.loads(text)
            findings = []
            for f in data["bundles"][0]["findings"]:
                pointer = f["location"]["pointer"]
                if f["outcome"] != "fail" or not pointer.startswith(CLAIMS_PREFIX):
                    continue  # the rest is about the missing parts of a bundle, not the claims
                index = pointer[len(CLAIMS_PREFIX) :].split("/")[0]
                claim = parsed[int(index)] if index.isdigit() and int(index) < len(parsed) else None
                location = {"claim": claim.number if claim else None, "line": claim.line if claim else None}
                findings.append({**{k: v for k, v in f.items() if k != "location"}, **location})
            return _json({"claims": len(parsed), "findings": findings, "tool": data["tool"]})

        return await run(work)

    @server.tool(annotations=read_only)
    async def explain(subject: str, lang: str = "zh-TW", law: str = "patent_act") -> str:
        """The text of an article of the law with its 項 and 款 and the rules citing it
        (`subject` an article number such as 26 or 97-1), or a rule's documentation
        (`subject` a rule id such as PA025-03, or a rule name): what it checks, why, its
        citations with the provision's text, how to fix a failure. `lang`: zh-TW or en."""

        def work() -> str:
            key = str(subject).strip()
            rule = api.explain_rule(key, lang) if key else None
            if rule is not None:
                return _json(rule)
            number = key.removeprefix("art.").removeprefix("第").removesuffix("條").strip()
            article = api.explain_article(int(number) if number.isdigit() else number, law, lang) if number else None
            if article is None:
                raise ToolFailure(
                    f"{subject!r} is neither a rule (list_rules lists them) nor an article "
                    f"of {law} in the texts shipped with patentcheck"
                )
            return _json(article)

        return await run(work)

    @server.tool(annotations=read_only)
    async def deadlines(
        yaml: str | None = None,
        path: str | None = None,
        base: str | None = None,
        lang: str = "zh-TW",
        as_of: str | None = None,
    ) -> str:
        """Every statutory deadline a bundle gives rise to (priority, examination request,
        fees, replies…), each with its legal basis, last day, status (done, pending,
        overdue…) and how it was computed (holidays, office closures). Give the bundle as
        `yaml` (with `base` for its files) or as a bundle file `path` inside the roots."""

        def work() -> str:
            if (yaml is None) == (path is None):
                raise ToolFailure("give exactly one of `yaml` (the bundle's text) and `path`")
            if yaml is not None:
                result = api.deadlines(yaml, base=allowed.base(base), lang=lang, as_of=as_of)
            else:
                target = allowed.resolve(path)
                if not target.is_file():
                    raise ToolFailure(f"path {path!r} is not a bundle file")
                result = api.deadlines(target, lang=lang, as_of=as_of)
            if not result["valid"]:
                raise ToolFailure("the bundle cannot be read:\n" + "\n".join(result["problems"]))
            return _json(result)

        return await run(work)

    @server.tool(annotations=read_only)
    async def list_rules(lang: str = "zh-TW", select: str | None = None) -> str:
        """Every rule with its id, name, severity and citations. `select` narrows the list
        like the command line's --select: a rule id or prefix (PA025, ER), a rule name, or
        law:article (patent_act:26)."""

        def work() -> str:
            rules = api.list_rules(lang)
            if select:
                from checker.core.config import select_rules

                wanted = select_rules(select, [r for p in api._packs() for r in p.rules])
                if not wanted:
                    raise ToolFailure(f"{select!r} matches no rule")
                rules = [r for r in rules if r["id"] in wanted]
            return _json(rules)

        return await run(work)

    return server


def serve_stdio(roots: list[Path], timeout: float = DEFAULT_TIMEOUT) -> None:
    """Run the server on standard input and output until the client closes them."""
    build_server(roots, timeout).run("stdio")
