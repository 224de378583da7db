"""A quick "valid" for documents that are valid, so jsonschema runs only on the others.

Importing jsonschema and walking a document with it is a large part of checking one bundle
(about 50 ms to import, about 1 ms per bundle), and almost every document a command reads is
valid: a bundle, a pack's ``pack.yaml`` and ``periods.yaml``, a configuration file. Here a
JSON Schema (draft 2020-12) is walked in plain Python for the keywords our schemas use, and
the answer is three-valued: ``True`` (valid), ``False`` (invalid) or ``None`` (a keyword,
format, ``$ref`` or value this module does not decide). Only ``True`` is trusted:
:class:`Validator` then reports no error; otherwise jsonschema validates the document as
before, so every error message and location comes from jsonschema, as always.

Each keyword is decided exactly as jsonschema 4 decides it (``jsonschema/_keywords.py``,
``_types.py``, the ``date`` format of ``_format.py``); where exactness would take more
than a few lines (a float for ``integer``, enum values that are not strings, unique items
that are not strings), the answer is ``None``. ``tests/test_quickschema.py`` checks that the
two agree on every example, rule case and hostile bundle, and on generated ones.
"""

from __future__ import annotations

import datetime as dt
import numbers
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterator

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

_ANNOTATIONS = frozenset(
    {"$schema", "$id", "$defs", "$comment", "title", "description", "markdownDescription", "default", "examples"}
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)  # jsonschema's own test for the date format


def quick_valid(schema: Any, instance: Any, root: Any = None) -> bool | None:
    """True: ``instance`` is valid against ``schema``; False: it is not; None: not decided here."""
    if schema is True:
        return True
    if schema is False:
        return False
    if not isinstance(schema, dict):
        return None
    if root is None:
        root = schema
    elif "$id" in schema:  # a new base for its references: not decided here
        return None
    undecided = False
    for keyword, value in schema.items():
        if keyword in _ANNOTATIONS or keyword in ("then", "else"):  # then/else: with "if"
            continue
        check = _KEYWORDS.get(keyword)
        result = check(value, instance, schema, root) if check is not None else None
        if result is False:
            return False
        if result is None:
            undecided = True
    return None if undecided else True


def _all(results: Iterator[bool | None]) -> bool | None:
    undecided = False
    for result in results:
        if result is False:
            return False
        if result is None:
            undecided = True
    return None if undecided else True


def _is_type(name: str, instance: Any) -> bool | None:
    if name == "object":
        return isinstance(instance, dict)
    if name == "array":
        return isinstance(instance, list)
    if name == "string":
        return isinstance(instance, str)
    if name == "boolean":
        return isinstance(instance, bool)
    if name == "null":
        return instance is None
    if name == "integer":
        if isinstance(instance, float):
            return None  # 1.0 is an integer to jsonschema
        return isinstance(instance, int) and not isinstance(instance, bool)
    if name == "number":
        return _number(instance)
    return None


def _number(instance: Any) -> bool | None:
    """Whether jsonschema's "number" keywords apply: None for a number that is neither int nor float."""
    if isinstance(instance, bool) or not isinstance(instance, numbers.Number):
        return False
    return True if isinstance(instance, (int, float)) else None


def _type(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    names = value if isinstance(value, list) else [value]
    results = [_is_type(name, instance) for name in names]
    if any(r is True for r in results):
        return True
    return None if any(r is None for r in results) else False


def _ref(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    target = _local(root, value)
    return None if target is None else quick_valid(target, instance, root)


def _local(root: Any, ref: Any) -> Any:
    """The schema a local reference ``#/$defs/name`` points at, else None (not decided)."""
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return None
    node = root
    for token in ref[2:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or token not in node:
            return None
        node = node[token]
    return node


def _properties(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    if not isinstance(instance, dict):
        return True
    return _all(quick_valid(sub, instance[name], root) for name, sub in value.items() if name in instance)


def _additional(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    if not isinstance(instance, dict):
        return True
    if "patternProperties" in schema:
        return None
    known = schema.get("properties", {})
    extra = [key for key in instance if key not in known]
    if value is False:
        return not extra
    return _all(quick_valid(value, instance[key], root) for key in extra)


def _required(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    return not isinstance(instance, dict) or all(name in instance for name in value)


def _items(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    if not isinstance(instance, list):
        return True
    if "prefixItems" in schema or isinstance(value, list):
        return None
    if value is False:
        return not instance
    return _all(quick_valid(value, item, root) for item in instance)


def _equal(one: Any, two: Any) -> bool | None:
    """jsonschema's ``equal`` for scalars (a bool never equals a number); None for containers."""
    if one is two:
        return True
    if isinstance(one, str) or isinstance(two, str):
        return one == two
    scalars = (int, float, type(None))  # bool is an int
    if not isinstance(one, scalars) or not isinstance(two, scalars):
        return None
    if isinstance(one, bool) or isinstance(two, bool):
        return False  # not the same bool (``is`` above), or a bool beside a number
    return bool(one == two)


def _enum(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    results = [_equal(option, instance) for option in value]
    if True in results:
        return True
    return None if None in results else False


def _const(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    return _equal(value, instance)


def _pattern(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    return not isinstance(instance, str) or _search(value, instance)


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _search(pattern: str, text: str) -> bool:
    return _compiled(pattern).search(text) is not None  # as jsonschema: re.search


def _format(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    if value != "date":
        return None
    if not isinstance(instance, str):
        return True
    if not _DATE.fullmatch(instance):
        return False
    try:
        dt.date.fromisoformat(instance)
    except ValueError:
        return False
    return True


def _minimum(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    number = _number(instance)
    return None if number is None else (not number or instance >= value)


def _maximum(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    number = _number(instance)
    return None if number is None else (not number or instance <= value)


def _min_length(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    return not isinstance(instance, str) or len(instance) >= value


def _max_length(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    return not isinstance(instance, str) or len(instance) <= value


def _min_items(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    return not isinstance(instance, list) or len(instance) >= value


def _max_items(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    return not isinstance(instance, list) or len(instance) <= value


def _min_properties(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    return not isinstance(instance, dict) or len(instance) >= value


def _max_properties(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    return not isinstance(instance, dict) or len(instance) <= value


def _unique(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    if not value or not isinstance(instance, list):
        return True
    if not all(isinstance(item, str) for item in instance):
        return None
    return len(set(instance)) == len(instance)


def _property_names(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    if not isinstance(instance, dict):
        return True
    return _all(quick_valid(value, key, root) for key in instance)


def _dependent_required(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    if not isinstance(instance, dict):
        return True
    return all(need in instance for name, needs in value.items() if name in instance for need in needs)


def _if(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    condition = quick_valid(value, instance, root)
    if condition is None:
        return None
    branch = "then" if condition else "else"
    return quick_valid(schema[branch], instance, root) if branch in schema else True


def _all_of(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    return _all(quick_valid(sub, instance, root) for sub in value)


def _any_of(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    results = [quick_valid(sub, instance, root) for sub in value]
    if True in results:
        return True
    return None if None in results else False


def _one_of(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    results = [quick_valid(sub, instance, root) for sub in value]
    if None in results:
        return None
    return results.count(True) == 1


def _not(value: Any, instance: Any, schema: dict, root: Any) -> bool | None:
    result = quick_valid(value, instance, root)
    return None if result is None else not result


_KEYWORDS = {
    "type": _type,
    "$ref": _ref,
    "properties": _properties,
    "additionalProperties": _additional,
    "required": _required,
    "items": _items,
    "enum": _enum,
    "const": _const,
    "pattern": _pattern,
    "format": _format,
    "minimum": _minimum,
    "maximum": _maximum,
    "minLength": _min_length,
    "maxLength": _max_length,
    "minItems": _min_items,
    "maxItems": _max_items,
    "minProperties": _min_properties,
    "maxProperties": _max_properties,
    "uniqueItems": _unique,
    "propertyNames": _property_names,
    "dependentRequired": _dependent_required,
    "if": _if,
    "allOf": _all_of,
    "anyOf": _any_of,
    "oneOf": _one_of,
    "not": _not,
}


class Validator:
    """``Draft202012Validator(schema, format_checker=FORMAT_CHECKER)`` as the checker uses it
    (``iter_errors``), which imports and runs jsonschema only for a document not found valid
    here."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self._full: Draft202012Validator | None = None
        self._quick: Check | None = None

    @property
    def full(self) -> Draft202012Validator:
        if self._full is None:
            from jsonschema import Draft202012Validator

            self._full = Draft202012Validator(self.schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        return self._full

    def iter_errors(self, instance: Any) -> Iterator[Any]:
        if self._quick is None:
            self._quick = compile_schema(self.schema)
        if self._quick(instance) is True:
            return iter(())
        return self.full.iter_errors(instance)


# -- the same decisions, compiled once per schema into closures ------------------------
# quick_valid reads the schema at every call; a bundle schema is walked for every bundle,
# so Validator compiles it: each schema object becomes one function of the instance, with
# its keywords' checks prepared (references resolved, patterns compiled, enum sets built).
# tests/test_quickschema.py checks that the two always answer alike.

Check = Callable[[Any], "bool | None"]


def _always(answer: bool | None) -> Check:
    return lambda instance: answer


def compile_schema(schema: Any) -> Check:
    """A function answering as ``quick_valid(schema, instance)``."""
    return _Compiler(schema).node(schema, is_root=True)


class _Compiler:
    def __init__(self, root: Any) -> None:
        self.root = root
        self.done: dict[int, Check] = {}

    def node(self, schema: Any, is_root: bool = False) -> Check:
        if schema is True or schema is False:
            return _always(schema)
        if not isinstance(schema, dict) or (not is_root and "$id" in schema):
            return _always(None)
        key = id(schema)
        if key in self.done:
            return self.done[key]
        cell: list[Check] = []
        self.done[key] = lambda instance: cell[0](instance)  # a reference back to this node
        checks = [
            self.keyword(keyword, value, schema)
            for keyword, value in schema.items()
            if keyword not in _ANNOTATIONS and keyword not in ("then", "else")
        ]
        cell.append(_conjunction(checks))
        self.done[key] = cell[0]
        return cell[0]

    def keyword(self, keyword: str, value: Any, schema: dict) -> Check:
        name = _COMPILED.get(keyword)
        return getattr(self, name)(value, schema) if name is not None else _always(None)

    def _type(self, value: Any, schema: dict) -> Check:
        names = list(value) if isinstance(value, list) else [value]
        if names == ["object"]:
            return lambda instance: isinstance(instance, dict)
        if names == ["string"]:
            return lambda instance: isinstance(instance, str)
        return lambda instance: _type(names, instance, schema, None)

    def _ref(self, value: Any, schema: dict) -> Check:
        target = _local(self.root, value)
        return _always(None) if target is None else self.node(target)

    def _properties(self, value: Any, schema: dict) -> Check:
        checks = [(name, self.node(sub)) for name, sub in value.items()]

        def properties(instance: Any) -> bool | None:
            if not isinstance(instance, dict):
                return True
            undecided = False
            for name, check in checks:
                if name in instance:
                    result = check(instance[name])
                    if result is False:
                        return False
                    if result is None:
                        undecided = True
            return None if undecided else True

        return properties

    def _additionalProperties(self, value: Any, schema: dict) -> Check:
        if "patternProperties" in schema:
            return _always(None)
        known = frozenset(schema.get("properties", {}))
        check = self.node(value)

        def additional(instance: Any) -> bool | None:
            if not isinstance(instance, dict):
                return True
            if value is False:
                return all(key in known for key in instance)
            return _all(check(instance[key]) for key in instance if key not in known)

        return additional

    def _required(self, value: Any, schema: dict) -> Check:
        names = tuple(value)
        return lambda instance: not isinstance(instance, dict) or all(name in instance for name in names)

    def _items(self, value: Any, schema: dict) -> Check:
        if "prefixItems" in schema or isinstance(value, list):
            return _always(None)
        check = self.node(value)

        def items(instance: Any) -> bool | None:
            if not isinstance(instance, list):
                return True
            if value is False:
                return not instance
            return _all(check(item) for item in instance)

        return items

    def _enum(self, value: Any, schema: dict) -> Check:
        if value and all(isinstance(option, str) for option in value):
            options = frozenset(value)

            def strings(instance: Any) -> bool | None:
                if isinstance(instance, str):
                    return instance in options
                return False  # a string never equals a non-string

            return strings
        return lambda instance: _enum(value, instance, schema, None)

    def _const(self, value: Any, schema: dict) -> Check:
        return lambda instance: _equal(value, instance)

    def _pattern(self, value: Any, schema: dict) -> Check:
        search = re.compile(value).search
        return lambda instance: not isinstance(instance, str) or search(instance) is not None

    def _format(self, value: Any, schema: dict) -> Check:
        return lambda instance: _format(value, instance, schema, None)

    def _simple(self, function: Callable[..., bool | None], value: Any, schema: dict) -> Check:
        return lambda instance: function(value, instance, schema, None)

    def _minimum(self, value: Any, schema: dict) -> Check:
        return self._simple(_minimum, value, schema)

    def _maximum(self, value: Any, schema: dict) -> Check:
        return self._simple(_maximum, value, schema)

    def _minLength(self, value: Any, schema: dict) -> Check:
        return self._simple(_min_length, value, schema)

    def _maxLength(self, value: Any, schema: dict) -> Check:
        return self._simple(_max_length, value, schema)

    def _minItems(self, value: Any, schema: dict) -> Check:
        return self._simple(_min_items, value, schema)

    def _maxItems(self, value: Any, schema: dict) -> Check:
        return self._simple(_max_items, value, schema)

    def _minProperties(self, value: Any, schema: dict) -> Check:
        return self._simple(_min_properties, value, schema)

    def _maxProperties(self, value: Any, schema: dict) -> Check:
        return self._simple(_max_properties, value, schema)

    def _uniqueItems(self, value: Any, schema: dict) -> Check:
        return self._simple(_unique, value, schema)

    def _dependentRequired(self, value: Any, schema: dict) -> Check:
        return self._simple(_dependent_required, value, schema)

    def _propertyNames(self, value: Any, schema: dict) -> Check:
        check = self.node(value)
        return lambda instance: True if not isinstance(instance, dict) else _all(check(key) for key in instance)

    def _if(self, value: Any, schema: dict) -> Check:
        condition = self.node(value)
        then = self.node(schema["then"]) if "then" in schema else _always(True)
        otherwise = self.node(schema["else"]) if "else" in schema else _always(True)

        def if_(instance: Any) -> bool | None:
            decided = condition(instance)
            if decided is None:
                return None
            return then(instance) if decided else otherwise(instance)

        return if_

    def _allOf(self, value: Any, schema: dict) -> Check:
        return _conjunction([self.node(sub) for sub in value])

    def _anyOf(self, value: Any, schema: dict) -> Check:
        checks = [self.node(sub) for sub in value]

        def any_of(instance: Any) -> bool | None:
            results = [check(instance) for check in checks]
            if True in results:
                return True
            return None if None in results else False

        return any_of

    def _oneOf(self, value: Any, schema: dict) -> Check:
        checks = [self.node(sub) for sub in value]

        def one_of(instance: Any) -> bool | None:
            results = [check(instance) for check in checks]
            if None in results:
                return None
            return results.count(True) == 1

        return one_of

    def _not(self, value: Any, schema: dict) -> Check:
        check = self.node(value)

        def not_(instance: Any) -> bool | None:
            result = check(instance)
            return None if result is None else not result

        return not_


_COMPILED = {keyword: "_" + keyword.lstrip("$") for keyword in _KEYWORDS}


def _conjunction(checks: list[Check]) -> Check:
    if not checks:
        return _always(True)
    if len(checks) == 1:
        return checks[0]

    def every(instance: Any) -> bool | None:
        undecided = False
        for check in checks:
            result = check(instance)
            if result is False:
                return False
            if result is None:
                undecided = True
        return None if undecided else True

    return every
