"""Where findings point: a JSON pointer in the YAML, or a line in a referenced text file."""

from __future__ import annotations

from pathlib import Path

from checker.inputs.bundle import read_bundle
from checker.core.pipeline import locate

ROOT = Path(__file__).resolve().parent.parent
LED = ROOT / "examples/invention-led-package/bundle.yaml"  # claims: {file: claims.txt}
CLIP = ROOT / "examples/utility-model-cable-clip/bundle.yaml"  # inline claims


def _bundle(path: Path):
    bundle, findings = read_bundle(path, "b.yaml")
    assert bundle is not None and not findings
    return bundle


def test_a_pointer_gives_its_yaml_position():
    bundle = _bundle(LED)
    location = locate(bundle, "/claims")
    assert location.file is None
    assert location.line == bundle.doc.position("/claims").line > 1


def test_a_text_position_points_into_the_file_the_text_came_from():
    location = locate(_bundle(LED), "/claims@3:5")
    assert (location.file, location.pointer, location.line, location.column) == ("claims.txt", "/claims/file", 3, 5)


def test_a_text_position_without_column_starts_the_line():
    assert locate(_bundle(LED), "/claims@7").column == 1


def test_inline_text_has_no_file_so_the_pointer_wins():
    bundle = _bundle(CLIP)
    location = locate(bundle, "/claims@3:5")
    assert location.file is None
    assert (location.pointer, location.line) == ("/claims", bundle.doc.position("/claims").line)


def test_findings_list_the_bundles_own_first_then_each_text_file_in_line_order(checker, tmp_path):
    from bundle_patch import write_patched

    claims = "【第1項】\n一種裝置，包含一基板。\n【第2項】\n如請求項3所述之裝置。\n【第3項】\n如請求項1所述之裝置。\n"
    path = write_patched(
        tmp_path,
        "examples/invention-led-package/bundle.yaml",
        {"agent": None, "applicants": [{"name": "X Corp", "domicile_in_roc": False}]},
        {"claims.txt": claims},
    )
    fails = [f for f in checker.check_file(path).findings if f.outcome == "fail"]
    files = [f.location.file or "" for f in fails]
    assert "" in files and any(files)  # both kinds are present
    assert files == sorted(files)  # the bundle's ("") first, then by file
    for name in set(files):
        lines = [f.location.line for f in fails if (f.location.file or "") == name]
        assert lines == sorted(lines)
