"""The YAML reader: positions for every pointer, safety, and YAML 1.1 surprises avoided."""

from __future__ import annotations

import pytest

from checker.core.errors import InputError
from checker.inputs.yamlsource import MAX_VALUES, load_yaml_file, load_yaml_text, read_text_file


def test_positions_of_values_and_keys_are_one_based():
    doc = load_yaml_text("a: 1\nclaims:\n  - {number: 1, text: x}\n  - number: 2\n    text: y\n", "b.yaml")
    assert doc.data["claims"][1]["text"] == "y"
    assert (doc.values["/claims/1/text"].line, doc.values["/claims/1/text"].column) == (5, 11)
    assert (doc.keys["/claims/1/text"].line, doc.keys["/claims/1/text"].column) == (5, 5)
    assert (doc.values["/claims/0/text"].line, doc.values["/claims/0/text"].column) == (3, 23)


def test_missing_pointer_falls_back_to_nearest_ancestor():
    doc = load_yaml_text("# comment\nformat: 1\napplication:\n  number: '1'\n", "b.yaml")
    assert doc.position("/application/filed_on").line == 4 - 1  # the `application` mapping
    assert doc.position("/claims").line == 2  # the document's first key, not the comment


def test_dates_are_kept_as_written_quoted_or_not():
    doc = load_yaml_text("a: 2025-03-14\nb: '2025-03-14'\nc: 2024-02-30\n", "b.yaml")
    assert doc.data == {"a": "2025-03-14", "b": "2025-03-14", "c": "2024-02-30"}


@pytest.mark.parametrize("word", ["NO", "no", "on", "Off", "yes", "y"])
def test_yaml11_booleans_stay_strings(word):
    # `country: NO` is Norway, not false; only true/false are booleans (YAML 1.2).
    assert load_yaml_text(f"country: {word}\n", "b.yaml").data == {"country": word}


def test_true_false_and_numbers_and_null():
    assert load_yaml_text("a: true\nb: False\nc: 12\nd: 1.5\ne: ~\nf: 0x10\n", "b.yaml").data == {
        "a": True,
        "b": False,
        "c": 12,
        "d": 1.5,
        "e": None,
        "f": 16,
    }


def test_key_on_is_the_string_on():
    doc = load_yaml_text("events:\n  - {type: office_action, on: 2024-01-10}\n", "b.yaml")
    assert doc.data["events"][0]["on"] == "2024-01-10"


def test_merge_keys_explicit_keys_win():
    doc = load_yaml_text("base: &b {kind: company, nationality: TW}\nx:\n  <<: *b\n  nationality: JP\n", "b.yaml")
    assert doc.data["x"] == {"kind": "company", "nationality": "JP"}


@pytest.mark.parametrize(
    "text,message,line,column",
    [
        ("a: [1, 2\n", "invalid YAML", 2, 1),
        ("a: 1\n  b: 2\n", "invalid YAML", 2, 4),
        ("a: !!python/object/apply:os.system [ls]\n", "unsupported YAML tag", 1, 4),
        ("a: !custom x\n", "unsupported YAML tag", 1, 4),
        ("a: 1\nb: 2\na: 3\n", "duplicate key 'a'", 3, 1),
        ("", "holds no YAML document", 1, 1),
        ("a: 1\n---\nb: 2\n", "invalid YAML", 2, 1),
        ("? [a, b]\n: 1\n", "mapping key must be a plain string", 1, 3),
        ("a: *nope\n", "invalid YAML", 1, 4),
    ],
)
def test_bad_yaml_is_reported_with_its_location(text, message, line, column):
    with pytest.raises(InputError) as caught:
        load_yaml_text(text, "b.yaml")
    error = caught.value
    assert message in error.message
    assert (error.file, error.line, error.column) == ("b.yaml", line, column)


def test_alias_bomb_is_refused_quickly():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 9):  # 10**9 values if expanded
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
    with pytest.raises(InputError) as caught:
        load_yaml_text("\n".join(lines) + "\n", "bomb.yaml")
    assert f"more than {MAX_VALUES:,} values" in caught.value.message
    assert caught.value.line is not None


def test_deep_nesting_is_refused():
    with pytest.raises(InputError) as caught:
        load_yaml_text("a: " + "[" * 200 + "]" * 200 + "\n", "deep.yaml")
    assert "nested" in caught.value.message


def test_binary_file(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_bytes(b"format: 1\nx: \x00\x01\x02\n")
    with pytest.raises(InputError) as caught:
        load_yaml_file(path, "b.yaml")
    assert "binary" in caught.value.message
    assert (caught.value.line, caught.value.column) == (2, 4)


def test_invalid_utf8_is_located(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_bytes("title: 發明\n".encode() + "title2: 專利\n".encode("big5"))
    with pytest.raises(InputError) as caught:
        load_yaml_file(path, "b.yaml")
    assert "UTF-8" in caught.value.message
    assert (caught.value.line, caught.value.column) == (2, 9)


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 1001)
    with pytest.raises(InputError) as caught:
        read_text_file(path, "big.txt", max_bytes=1000)
    assert "1,001 bytes" in caught.value.message


def test_bom_is_ignored(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_bytes("\ufeffformat: 1\n".encode())
    assert load_yaml_file(path).data == {"format": 1}
