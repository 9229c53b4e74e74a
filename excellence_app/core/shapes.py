"""Frozen dataclasses built from untrusted mappings (a pack's YAML, a project's JSON column, an
award profiles file), checked field by field.

The criteria pack, the award profiles and the organisation's particulars are read by every
start of the window and every command; pydantic costs those 70–90 ms to import before it
checks anything. The few shapes they need (text, whole numbers, numbers, choices, tuples,
text maps, nested shapes, each with simple limits) are checked here instead, and a problem is
named as pydantic named it: a path (``categories[3].items[1].points``) and a reason in
Chinese and English. The interchange format, read only on import, keeps pydantic.
"""

from __future__ import annotations

import dataclasses
import re
import sys
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar, get_args, get_origin

T = TypeVar("T")

# YAML aliases (*a) cost no bytes: 34 kB of nested ones make 10**8 places, minutes to check, then to
# print. Each place spends from this (a text by its length too); the built-in pack spends 2,634.
BUDGET = 200_000

# The reasons a person reads; the kinds are pydantic's, so both checkers speak alike.
REASONS_ZH = {
    "missing": "缺少此项",
    "extra_forbidden": "不认识的键",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数",
    "float_type": "应为数字",
    "float_parsing": "应为数字",
    "finite_number": "应为有限的数字",
    "string_type": "应为文字",
    "string_too_long": "文字过长",
    "string_too_short": "不能为空",
    "too_short": "条目太少",
    "too_long": "条目太多",
    "literal_error": "取值无效",
    "enum": "取值无效",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "dict_type": "应为键值映射",
    "list_type": "应为列表",
    "greater_than_equal": "数值太小",
    "less_than_equal": "数值太大",
    "greater_than": "数值太小",
    "less_than": "数值太大",
    "string_pattern_mismatch": "格式不正确",
    "date_from_datetime_parsing": "应为日期（YYYY-MM-DD）",
    "date_parsing": "应为日期（YYYY-MM-DD）",
    "datetime_parsing": "应为时间（YYYY-MM-DDTHH:MM:SS）",
    "datetime_from_date_parsing": "应为时间（YYYY-MM-DDTHH:MM:SS）",
    "value_error": "取值无效",
}


class ShapeError(ValueError):
    """The first problem found: where (``a.b[2].c``) and why, in Chinese and English."""

    def __init__(self, path: str, zh: str, en: str) -> None:
        super().__init__(f"{path}: {en}" if path else en)
        self.path, self.zh, self.en = path, zh, en


@dataclasses.dataclass(frozen=True)
class Rule:
    ge: float | None = None
    le: float | None = None
    gt: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None


def rule(default: Any = dataclasses.MISSING, **limits: Any) -> Any:
    """A field with limits (``ge``, ``le``, ``gt``, ``min_length``, ``max_length``, ``pattern``)."""
    return dataclasses.field(default=default, metadata={"rule": Rule(**limits)})


def shape(cls: type[T]) -> type[T]:
    """The class as a frozen, keyword-only dataclass, as pydantic's frozen models were."""
    return dataclasses.dataclass(frozen=True, kw_only=True)(cls)


def check(obj: object) -> None:
    """Check an instance's limits. :func:`build` does it for a class without ``__post_init__``;
    a class whose instances are also made directly (a dialog's values) calls it from its own
    ``__post_init__``, where it checks what else it must."""
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        _limits(getattr(obj, f.name), f.metadata.get("rule"), f.name)


def build(cls: type[T], raw: object, where: str = "") -> T:
    """An instance of the shape ``cls`` from ``raw``, or :class:`ShapeError` naming the first problem."""
    return _build(cls, raw, where, [BUDGET])


def _build(cls: type[T], raw: object, where: str, left: list[int]) -> T:
    if not isinstance(raw, Mapping):
        raise _problem(where, "dict_type", "Input should be a valid dictionary")
    hints = _hints(cls)
    known = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    for key in raw:
        if key not in known:
            raise _problem(_join(where, _shown(key)), "extra_forbidden", "Extra inputs are not permitted")
    values: dict[str, Any] = {}
    for name, f in known.items():
        place = _join(where, name)
        if name not in raw:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise _problem(place, "missing", "Field required")
            continue
        values[name] = _value(hints[name], raw[name], place, left)
    try:
        obj = cls(**values)
        if not hasattr(cls, "__post_init__"):  # a class with one checks itself (see check)
            check(obj)
    except ShapeError as exc:  # named by its field: placed under where
        raise ShapeError(_join(where, exc.path), exc.zh, exc.en) from None
    return obj


def dump(obj: object) -> Any:
    """Plain JSON-ready data: mappings, lists, text and numbers."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: dump(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple | list):
        return [dump(v) for v in obj]
    if isinstance(obj, dict):
        return {k: dump(v) for k, v in obj.items()}
    return obj


def invalid(zh: str, en: str, field: str = "") -> ShapeError:
    """A class's own check failed (a ``value_error``)."""
    return ShapeError(field, zh, en)


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    # Resolved once per class: the annotations are strings (``from __future__ import annotations``).
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


def _value(hint: Any, value: object, place: str, left: list[int]) -> Any:
    left[0] -= 1 + (len(value) // 100 if isinstance(value, str) else 0)
    if left[0] < 0:
        en = f"too much content in all (over {BUDGET:,} values, each use of a YAML alias counted)"
        raise ShapeError(place, f"内容过多（超过 {BUDGET:,} 个值，YAML 别名每用一次算一次）", en)
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(hint) if a is not type(None)]
        return None if value is None else _value(options[0], value, place, left)
    if origin is Literal:
        choices = get_args(hint)
        if value not in choices or isinstance(value, bool):
            wanted = " or ".join(repr(c) for c in choices)
            raise _problem(place, "literal_error", f"Input should be {wanted}")
        return value
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise _problem(place, "list_type", "Input should be a valid list")
        (inner, _ellipsis) = get_args(hint)
        return tuple(_value(inner, v, f"{place}[{i}]", left) for i, v in enumerate(value))
    if origin is dict:
        if not isinstance(value, Mapping):
            raise _problem(place, "dict_type", "Input should be a valid dictionary")
        _key, inner = get_args(hint)
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise _problem(place, "string_type", "Input should be a valid string")
            out[k] = _value(inner, v, _join(place, _shown(k)), left)
        return out
    if dataclasses.is_dataclass(hint):
        return _build(hint, value, place, left)  # type: ignore[arg-type]
    return _SCALARS[hint](value, place)


def _text(value: object, place: str) -> str:
    if not isinstance(value, str):
        raise _problem(place, "string_type", "Input should be a valid string")
    return value


def _whole(value: object, place: str) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise _problem(place, "int_type", "Input should be a valid integer")
    if not -(2**63) <= value < 2**63:  # fits no SQLite column, and overflows a float in a score
        kind = "less_than_equal" if value > 0 else "greater_than_equal"
        raise _problem(place, kind, f"Input should be between {-(2**63)} and {2**63 - 1}")
    return value


def _number(value: object, place: str) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise _problem(place, "float_type", "Input should be a valid number")
    # Compared, so NaN fails too; math.isfinite() raises OverflowError on an int beyond any float.
    if not -sys.float_info.max <= value <= sys.float_info.max:
        raise _problem(place, "finite_number", "Input should be a finite number")
    return float(value)


def _flag(value: object, place: str) -> bool:
    if not isinstance(value, bool):
        raise _problem(place, "bool_type", "Input should be a valid boolean")
    return value


_SCALARS: dict[Any, Callable[[object, str], Any]] = {str: _text, int: _whole, float: _number, bool: _flag}


def _limits(value: object, limits: Rule | None, place: str) -> None:
    if limits is None or value is None:
        return
    if isinstance(value, int | float) and not isinstance(value, bool):
        if limits.ge is not None and not value >= limits.ge:
            raise _problem(
                place, "greater_than_equal", f"Input should be greater than or equal to {limits.ge}"
            )
        if limits.gt is not None and not value > limits.gt:
            raise _problem(place, "greater_than", f"Input should be greater than {limits.gt}")
        if limits.le is not None and not value <= limits.le:
            raise _problem(place, "less_than_equal", f"Input should be less than or equal to {limits.le}")
        return
    if not isinstance(value, str | tuple | dict):
        return
    text = isinstance(value, str)
    if limits.min_length is not None and len(value) < limits.min_length:
        kind = "string_too_short" if text else "too_short"
        raise _problem(place, kind, f"Should have at least {limits.min_length} item(s)")
    if limits.max_length is not None and len(value) > limits.max_length:
        kind = "string_too_long" if text else "too_long"
        raise _problem(place, kind, f"Should have at most {limits.max_length} item(s)")
    if text and limits.pattern is not None and re.fullmatch(limits.pattern, value) is None:  # type: ignore[arg-type]
        raise _problem(place, "string_pattern_mismatch", f"String should match pattern '{limits.pattern}'")


def _problem(place: str, kind: str, en: str) -> ShapeError:
    return ShapeError(place, REASONS_ZH.get(kind, "格式不正确"), en)


def _shown(key: object) -> str:
    # A key is the file's, not ours: shown on one line (an error is one line), printable, short.
    text = str(key)[:60]
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


def _join(where: str, name: str) -> str:
    if not name:
        return where
    if name.startswith("["):
        return where + name
    return f"{where}.{name}" if where else name
