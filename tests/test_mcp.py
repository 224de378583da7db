"""`patentcheck mcp`, end to end: the MCP SDK's own client starts the server over stdio."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

mcp = pytest.importorskip("mcp", reason="the agents extra (mcp) is not installed")
anyio = pytest.importorskip("anyio")

from mcp import Client  # noqa: E402
from mcp.client.stdio import StdioServerParameters  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DEFECTIVE_CLAIMS = """【第1項】一種線材收納夾，包含一夾體及一彈簧。
【第2項】如請求項1所述之線材收納夾，其中該鉤部係金屬製。
【第3項】如請求項5所述之線材收納夾，其中該彈簧為不鏽鋼。
"""


def _params(*roots: Path, timeout: float | None = None) -> StdioServerParameters:
    args = [str(ROOT / "cli.py"), "mcp"]
    for root in roots:
        args += ["--root", str(root)]
    if timeout is not None:
        args += ["--timeout", str(timeout)]
    return StdioServerParameters(command=sys.executable, args=args, cwd=str(ROOT))


def _session(params: StdioServerParameters, calls):
    """Run ``calls(client)`` in one client session; return what it returns."""

    async def main():
        with anyio.fail_after(120):
            async with Client(params, read_timeout_seconds=90) as client:
                return await calls(client)

    return anyio.run(main)


def _text(result) -> str:
    return "".join(part.text for part in result.content if getattr(part, "type", "") == "text")


def test_a_session_lists_the_tools_and_gets_a_cited_finding_for_a_defective_claim_set():
    async def calls(client):
        tools = await client.list_tools()
        result = await client.call_tool("check_claims", {"claims": DEFECTIVE_CLAIMS, "lang": "en"})
        return tools, result

    tools, result = _session(_params(EXAMPLES), calls)
    names = {tool.name for tool in tools.tools}
    assert names == {"check_bundle", "check_claims", "explain", "deadlines", "list_rules"}
    assert all(tool.description for tool in tools.tools)
    assert not result.is_error, _text(result)
    data = json.loads(_text(result))
    assert data["claims"] == 3
    by_rule = {(f["rule"], f["claim"]): f for f in data["findings"]}  # one finding per offending claim
    missing = by_rule["ER018-04", 3]  # claim 3 depends on claim 5, which does not exist
    assert missing["severity"] == "error" and missing["claim"] == 3 and missing["line"] == 3
    assert "3 (→5)" in missing["message"]
    assert (missing["citations"][0]["law"], missing["citations"][0]["article"]) == ("patent_act_enforcement_rules", 18)
    antecedent = by_rule["PA026-01", 2]  # 該鉤部 has no antecedent in claim 2 or claim 1
    assert antecedent["claim"] == 2 and "該鉤部" in antecedent["message"]
    assert {"law": "patent_act", "article": 26} == {k: antecedent["citations"][0][k] for k in ("law", "article")}


def test_check_bundle_by_text_and_by_path_inside_the_root():
    bundle = (EXAMPLES / "defective" / "utility-model-method-claim.yaml").read_text("utf-8")

    async def calls(client):
        return [
            await client.call_tool("check_bundle", {"yaml": bundle, "lang": "en"}),
            await client.call_tool("check_bundle", {"path": "defective/utility-model-method-claim.yaml"}),
            await client.call_tool("check_bundle", {"path": str(EXAMPLES / "invention-led-package")}),
            await client.call_tool("deadlines", {"path": "invention-led-package/bundle.yaml", "lang": "en"}),
            await client.call_tool("explain", {"subject": "26"}),
            await client.call_tool("explain", {"subject": "PA104-01", "lang": "en"}),
            await client.call_tool("list_rules", {"select": "patent_act:104"}),
        ]

    by_text, by_path, folder, docket, article, rule, rules = _session(_params(EXAMPLES), calls)
    for result in (by_text, by_path, folder, docket, article, rule, rules):
        assert not result.is_error, _text(result)
    text_report = json.loads(_text(by_text))
    assert "PA104-01" in {f["rule"] for f in text_report["bundles"][0]["findings"]}
    assert {f["outcome"] for f in text_report["bundles"][0]["findings"]} == {"fail"}
    path_report = json.loads(_text(by_path))
    assert path_report["bundles"][0]["path"].endswith("defective/utility-model-method-claim.yaml")
    assert json.loads(_text(folder))["summary"]["fail"] == 0
    exam = {d["period"]: d for d in json.loads(_text(docket))["deadlines"]}["examination_request"]
    assert exam["deadline"] == "2028-03-14" and exam["basis"][0]["article"] == 38
    assert json.loads(_text(article))["paragraphs"][0]["text"].startswith("說明書應明確且充分揭露")
    assert json.loads(_text(rule))["citations"][0]["article"] == 104
    assert [r["id"] for r in json.loads(_text(rules))] == ["PA104-01"]


def test_bad_input_is_a_located_tool_error_and_the_server_lives_on(tmp_path):
    outside = tmp_path / "outside.yaml"
    outside.write_text("format: 1\n", "utf-8")
    (EXAMPLES / "invention-led-package").resolve()

    async def calls(client):
        results = [
            await client.call_tool("check_bundle", {"yaml": "format: 1\nprocedure: [application\n"}),
            await client.call_tool(
                "check_bundle",
                {"yaml": "format: 1\nprocedure: application\npatent_type: invention\nsubmitted_on: 2025-02-30\n"},
            ),
            await client.call_tool("check_bundle", {"path": str(outside)}),
            await client.call_tool("check_bundle", {"path": "../README.md"}),
            await client.call_tool(
                "check_bundle",
                {
                    "yaml": "format: 1\nprocedure: application\npatent_type: invention\nclaims: {file: ../README.md}\n",
                    "base": ".",
                },
            ),
            await client.call_tool("check_bundle", {}),
            await client.call_tool("check_bundle", {"yaml": "a: " + "x" * (2 * 1024 * 1024)}),
            await client.call_tool("check_claims", {"claims": "no numbered claim here"}),
            await client.call_tool("explain", {"subject": "999"}),
            await client.call_tool("check_bundle", {"yaml": "format: 1\n", "lang": "fr"}),
            await client.call_tool("check_bundle", {"yaml": 42}),
        ]
        results.append(await client.call_tool("explain", {"subject": "25"}))
        return results

    *errors, alive = _session(_params(EXAMPLES), calls)
    messages = [_text(r) for r in errors]
    assert all(r.is_error for r in errors), messages
    assert "bundle.yaml:3:1: invalid YAML" in messages[0]
    assert "bundle.yaml:4:15:" in messages[1] and "/submitted_on" in messages[1]
    assert "outside the folders this server may read" in messages[2]
    assert "outside the folders this server may read" in messages[3]
    assert "bundle.yaml:4:16:" in messages[4] and "outside the bundle's folder" in messages[4]
    assert "exactly one of" in messages[5]
    assert "limit is 2,097,152 bytes" in messages[6]
    assert "no claim found" in messages[7]
    assert "neither a rule" in messages[8]
    assert "lang 'fr'" in messages[9]
    assert messages[10]  # the SDK's own argument validation, as a tool error
    assert not alive.is_error and json.loads(_text(alive))["article"] == 25


def test_a_folder_with_a_broken_bundle_still_reports_the_others(tmp_path):
    shutil.copy(EXAMPLES / "defective" / "utility-model-method-claim.yaml", tmp_path / "um.yaml")
    (tmp_path / "zz-broken.yaml").write_text("format: 1\nprocedure: [application\n", "utf-8")

    async def calls(client):
        return [
            await client.call_tool("check_bundle", {"path": "."}),
            await client.call_tool("check_bundle", {"path": "zz-broken.yaml"}),
        ]

    folder, single = _session(_params(tmp_path), calls)
    assert not folder.is_error, _text(folder)
    bundles = {b["path"].rsplit("/", 1)[-1]: b for b in json.loads(_text(folder))["bundles"]}
    assert bundles["um.yaml"]["valid"] and "PA104-01" in {f["rule"] for f in bundles["um.yaml"]["findings"]}
    broken = bundles["zz-broken.yaml"]
    assert not broken["valid"] and broken["findings"][0]["location"]["line"] == 3
    assert single.is_error and "zz-broken.yaml:3:1: invalid YAML" in _text(single)


def test_the_server_writes_nothing_in_its_root(tmp_path):
    root = tmp_path / "filings"
    shutil.copytree(EXAMPLES / "invention-led-package", root / "led")
    shutil.copy(EXAMPLES / "defective" / "utility-model-method-claim.yaml", root / "um.yaml")

    def state():
        return sorted((p.relative_to(root).as_posix(), p.stat().st_mtime_ns, p.stat().st_size) for p in root.rglob("*"))

    before = state()

    async def calls(client):
        return [
            await client.call_tool("check_bundle", {"path": "."}),
            await client.call_tool("deadlines", {"path": "led/bundle.yaml"}),
            await client.call_tool(
                "check_bundle", {"yaml": (root / "led" / "bundle.yaml").read_text("utf-8"), "base": "led"}
            ),
        ]

    results = _session(_params(root), calls)
    assert not any(r.is_error for r in results), [_text(r) for r in results]
    assert state() == before


def test_without_a_root_no_file_is_read():
    async def calls(client):
        return await client.call_tool("check_bundle", {"path": str(EXAMPLES / "invention-led-package")})

    result = _session(_params(), calls)
    assert result.is_error and "without --root" in _text(result)


def test_a_call_over_its_time_is_abandoned_with_a_message(monkeypatch):
    """The server bounds a call's time; a slow check (made slow here) gets a tool error."""
    from mcp.server.mcpserver.exceptions import ToolError  # noqa: F401

    from checker.agents import mcp_server

    server = mcp_server.build_server([EXAMPLES], timeout=1)
    import time

    monkeypatch.setattr(mcp_server.api, "list_rules", lambda lang: time.sleep(3) or [])

    async def main():
        async with Client(server) as client:  # in process: the same server object
            return await client.call_tool("list_rules", {})

    result = anyio.run(main)
    assert result.is_error and "longer than 1 s" in _text(result)


def test_a_bad_root_is_a_usage_error():
    import subprocess

    result = subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "mcp", "--root", "/nonexistent/folder"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert result.returncode == 2 and "not a folder" in result.stderr and "Traceback" not in result.stderr
