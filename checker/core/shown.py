"""Values shown to people: enum values worded in the report's language.

Facts and item properties hold language-neutral values (``pending``, ``patent_attorney``,
``utility_model→invention``) that rules compare; people read them in the report's language.
One table says how:

* ``checker/core/words.yaml``: the core's sets (outcomes, severities, period statuses, the
  text report's words);
* ``rules/<pack>/values.yaml``: a pack's own sets, and which of its facts and item
  properties hold values of which set (``shown:``). A key is a fact (``agent_qualification``),
  an item property (``priority_claims.earlier_status``) or a pattern ending a fact's name
  (``"*_status"``: every period's status; an exact key wins over a pattern). A value is a
  set's name, or ``{set: NAME, split: SEPARATOR}`` for a value made of several
  (``utility_model→invention`` split on ``→``, ``back, left`` split on ``, ``).

Messages need nothing special: a placeholder naming a fact or item property of the table
(``{domestic_priority_status}``, ``{item.earlier_status}``) is filled with the words of the
report's language, so a zh-TW report never shows ``pending`` and an English one never a
Chinese word for it. A value the set does not word (and "") is shown as it is. JSON keeps
the machine values in its own fields; only messages are worded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Iterable

from checker.core.errors import InputError
from checker.inputs.yamlsource import YamlDocument, load_yaml_file

LANGUAGES = ("zh-TW", "en")
WORDS_FILE = Path(__file__).with_name("words.yaml")


@dataclass(frozen=True)
class ShownAs:
    set: str
    split: str | None = None


@dataclass
class ValueTable:
    sets: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)  # set -> value -> lang -> words
    shown: dict[str, ShownAs] = field(default_factory=dict)  # fact / kind.prop / "*suffix" -> set
    _patterns: dict[str, ShownAs | None] = field(default_factory=dict, repr=False, compare=False)

    def word(self, set_name: str, value: Any, lang: str) -> Any:
        """``value`` of set ``set_name`` in ``lang`` (unchanged when the set does not word it)."""
        words = self.sets.get(set_name, {}).get(value) if isinstance(value, str) else None
        return words[_lang(lang)] if words else value

    def shown_as(self, name: str) -> ShownAs | None:
        """How a fact or ``kind.prop`` is shown: its own entry, else the longest pattern."""
        if name in self.shown:
            return self.shown[name]
        if name not in self._patterns:  # the patterns are tried once per name
            suffixes = [key for key in self.shown if key.startswith("*") and name.endswith(key[1:])]
            self._patterns[name] = self.shown[max(suffixes, key=len)] if suffixes else None
        return self._patterns[name]

    def show(self, name: str, value: Any, lang: str) -> Any:
        """A fact's (or item property's) value as a message shows it in ``lang``."""
        how = self.shown_as(name)
        if how is None or not isinstance(value, str) or not value:
            return value
        if how.split is None:
            return self.word(how.set, value, lang)
        separator = _separator(how.split, lang)
        return separator.join(str(self.word(how.set, part.strip(), lang)) for part in value.split(how.split))

    def merged(self, other: "ValueTable") -> "ValueTable":
        return ValueTable({**self.sets, **other.sets}, {**self.shown, **other.shown})


def _lang(lang: str) -> str:
    return "en" if lang.startswith("en") else "zh-TW"


def _separator(split: str, lang: str) -> str:
    """A listing's separator in the report's language ("、" in Chinese for ", ")."""
    return "、" if split.strip() == "," and _lang(lang) == "zh-TW" else split


@cache
def core_words() -> ValueTable:
    doc = load_yaml_file(WORDS_FILE, "checker/core/words.yaml")
    return ValueTable(_sets(doc, doc.data.get("sets")), {})


def word(set_name: str, value: Any, lang: str) -> Any:
    """A core word: ``word("severity", "error", "zh-TW")`` → 錯誤."""
    return core_words().word(set_name, value, lang)


def load_values(path: Path, shown_as: str, names: Iterable[str], kinds: dict[str, Iterable[str]]) -> ValueTable:
    """A pack's table, checked against its facts (``names``) and item kinds
    (kind -> properties): every key names something, every set exists. Errors are located."""
    doc = load_yaml_file(path, shown_as)
    data = doc.data
    if not isinstance(data, dict) or set(data) - {"sets", "shown"}:
        raise _error(doc, "/", "a values file is a mapping with `sets` and `shown`")
    table = core_words().merged(ValueTable(_sets(doc, data.get("sets") or {}), {}))
    names = set(names)
    properties = {f"{kind}.{prop}" for kind, props in kinds.items() for prop in props}
    shown = data.get("shown") or {}
    if not isinstance(shown, dict):
        raise _error(doc, "/shown", "`shown` maps facts and item properties to sets")
    for key, how in shown.items():
        pointer = f"/shown/{key}"
        if not isinstance(key, str):
            raise _error(doc, "/shown", f"{key!r} is not a fact name")
        if key.startswith("*"):
            if not any(n.endswith(key[1:]) for n in names):
                raise _error(doc, pointer, f"pattern {key!r} matches no fact of the pack", at_key=True)
        elif key not in names and key not in properties:
            raise _error(
                doc, pointer, f"{key!r} is neither a fact nor an item property (kind.property) of the pack", at_key=True
            )
        if isinstance(how, str):
            entry = ShownAs(how)
        elif (
            isinstance(how, dict)
            and set(how) <= {"set", "split"}
            and isinstance(how.get("set"), str)
            and isinstance(how.get("split", ""), str)
        ):
            entry = ShownAs(how["set"], how.get("split") or None)
        else:
            raise _error(doc, pointer, "a set's name, or {set: NAME, split: SEPARATOR}")
        if entry.set not in table.sets:
            raise _error(doc, pointer, f"unknown set {entry.set!r} (known: {', '.join(sorted(table.sets))})")
        table.shown[key] = entry
        table._patterns.clear()
    return table


def _sets(doc: YamlDocument, sets: Any) -> dict[str, dict[str, dict[str, str]]]:
    if not isinstance(sets, dict):
        raise _error(doc, "/sets", "`sets` maps a set's name to its values")
    found: dict[str, dict[str, dict[str, str]]] = {}
    for name, values in sets.items():
        if not isinstance(values, dict) or not values:
            raise _error(doc, f"/sets/{name}", f"set {name!r} maps each value to its words")
        for value, words in values.items():
            pointer = f"/sets/{name}/{value}"
            if (
                not isinstance(words, dict)
                or set(words) != set(LANGUAGES)
                or not all(isinstance(w, str) and w.strip() for w in words.values())
            ):
                raise _error(
                    doc,
                    pointer,
                    f"value {value!r} of set {name!r} needs words in {' and '.join(LANGUAGES)}, and only those",
                )
        found[str(name)] = {str(v): dict(w) for v, w in values.items()}
    return found


def _error(doc: YamlDocument, pointer: str, message: str, at_key: bool = False) -> InputError:
    pos = doc.key_position(pointer) if at_key else doc.position(pointer)
    return InputError(f"invalid values file: {message}", doc.path, pos.line, pos.column, pointer)
