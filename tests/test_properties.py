"""Property-based tests: any input yields a report or a located error — never an
exception, an "internal error", a hang or a flood of memory.

The default run draws a bounded number of examples per property (PATENTCHECK_EXAMPLES,
default 25); a longer run is ``PATENTCHECK_EXAMPLES=2000 python -m pytest
tests/test_properties.py`` (``bench/properties.sh``). Each example must also finish within
EXAMPLE_SECONDS and render in every output format.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import schema_strategies as S
from checker.core.findings import BundleResult
from checker.core.pipeline import Report
from checker.report.formats import FORMATS, Options

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = int(os.environ.get("PATENTCHECK_EXAMPLES", "25"))
EXAMPLE_SECONDS = 10.0
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=EXAMPLES <= 25,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
    database=None,
)


def _examples() -> list[tuple[Path, dict]]:
    found = []
    for path in sorted((ROOT / "examples").rglob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        if isinstance(data, dict):
            found.append((path, data))
    return found


EXAMPLE_BUNDLES = _examples()


def _dump(data) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6)


def check(checker, folder: Path, text: str | bytes, files: dict[str, str | bytes] | None = None) -> BundleResult:
    """Write the bundle (and its text files), check it in-process, render every format, and
    assert what every answer must be: a result, located findings, no internal error."""
    for name, content in (files or {}).items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    path = folder / "bundle.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    start = time.monotonic()
    result = checker.check_file(path)
    report = Report([result.pack or "tw-patent-act-2013"], None, [result])
    for fmt, render in FORMATS.items():
        rendered = render(report, Options("en", True, None, checker.engine.rules))
        assert isinstance(rendered, str) and rendered
        if fmt == "json":
            json.loads(rendered)
    assert time.monotonic() - start <= EXAMPLE_SECONDS
    assert isinstance(result, BundleResult)
    assert result.valid or any(f.outcome == "fail" and f.severity == "error" for f in result.findings)
    for finding in result.findings:
        assert finding.location.line >= 1 and finding.location.column >= 1, finding
        assert finding.message and "internal error" not in finding.message
        assert finding.rule
    assert report.exit_status() in (0, 1, 2)
    return result


@pytest.fixture
def folder():
    path = Path(tempfile.mkdtemp(prefix="patentcheck-prop-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _fresh(folder: Path) -> Path:
    for child in folder.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    return folder


@SETTINGS
@given(bundle=S.bundles())
def test_bundles_from_the_schema(checker, folder, bundle):
    check(checker, _fresh(folder), _dump(bundle))


@SETTINGS
@given(bundle=S.bundles("indigenous_creation.bundle.schema.json", ("format", "regime", "procedure")))
def test_bundles_of_another_regime_from_its_schema(checker, folder, bundle):
    """The indigenous traditional creations regime's bundles, drawn from its own schema."""
    result = check(checker, _fresh(folder), _dump(bundle))
    assert result.pack == "tw-indigenous-creations-2015"


@SETTINGS
@given(data=st.data())
def test_mutated_examples(checker, folder, data):
    source, bundle = data.draw(st.sampled_from(EXAMPLE_BUNDLES), label="example")
    _fresh(folder)
    for sibling in source.parent.iterdir():  # the example's text files, when it has its own folder
        if sibling.is_file() and sibling.suffix in (".txt", ".docx") and source.parent.name != "defective":
            shutil.copy(sibling, folder / sibling.name)
    bundle = copy.deepcopy(bundle)
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        bundle = S.mutate(bundle, data.draw)
    check(checker, folder, _dump(bundle))


@SETTINGS
@given(
    claims=S.claims_file(),
    description=S.description_file(),
    patent_type=st.sampled_from(["invention", "utility_model"]),
)
def test_random_claim_and_description_texts(checker, folder, claims, description, patent_type):
    bundle = {
        "format": 1,
        "procedure": "application",
        "patent_type": patent_type,
        "submitted_on": "2025-03-14",
        "title": "發光二極體封裝",
        "applicants": [{"name": "光源科技股份有限公司", "kind": "company", "nationality": "TW"}],
        "description": {"file": "description.txt"},
        "claims": {"file": "claims.txt"},
        "abstract": {"text": description[:300]},
    }
    check(checker, _fresh(folder), _dump(bundle), {"claims.txt": claims, "description.txt": description})


@SETTINGS
@given(
    claims=st.lists(
        st.fixed_dictionaries(
            {"number": S.small, "text": S.claim_body}, optional={"depends_on": st.lists(S.small, max_size=3)}
        ),
        max_size=10,
    )
)
def test_random_inline_claims(checker, folder, claims):
    bundle = {
        "format": 1,
        "procedure": "application",
        "patent_type": "invention",
        "submitted_on": "2025-03-14",
        "claims": claims,
    }
    check(checker, _fresh(folder), _dump(bundle))


@SETTINGS
@given(raw=st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_arbitrary_bytes(checker, folder, raw):
    result = check(checker, _fresh(folder), raw)
    assert result.valid or result.findings


@SETTINGS
@given(data=st.data())
def test_arbitrary_yaml_text(checker, folder, data):
    """YAML-ish text: flow and block syntax, anchors, tags, merge keys, odd scalars."""
    pieces = st.sampled_from(
        [
            "format: 1\n",
            "procedure: application\n",
            "patent_type: invention\n",
            "- ",
            "  ",
            "{",
            "}",
            "[",
            "]",
            ": ",
            ", ",
            "&a ",
            "*a",
            "<<: *a\n",
            "!!str ",
            "!!binary ",
            "? ",
            "|\n",
            ">\n",
            "---\n",
            "...\n",
            "#",
            '"',
            "'",
            "\\",
            "\n",
            "x",
            "2025-02-30",
            "claims: ",
            "description: {file: ",
            "}\n",
            "\t",
            "%YAML 1.2\n",
            "!x ",
            "~",
        ]
    )
    text = "".join(data.draw(st.lists(pieces, max_size=40), label="pieces"))
    check(checker, _fresh(folder), text)
