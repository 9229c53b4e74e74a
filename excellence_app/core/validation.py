"""Turns pydantic's errors into a path and a reason a person can act on."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import ValidationError

_REASONS_ZH = {
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


def format_loc(loc: Sequence[int | str]) -> str:
    """``('categories', 3, 'items', 1, 'points')`` → ``categories[3].items[1].points``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def first_problem(error: ValidationError) -> tuple[str, str, str]:
    """The first problem of a pydantic error as (path, reason in Chinese, reason in English)."""
    detail = error.errors(include_url=False)[0]
    loc = [p for p in detail["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
    kind = str(detail["type"])
    message = str(detail["msg"])
    zh = _REASONS_ZH.get(kind, "格式不正确")
    if kind == "value_error" and message.startswith("Value error, "):
        message = message.removeprefix("Value error, ")
        zh = message.split(" | ")[0]
        message = message.split(" | ")[-1]
    return format_loc(loc), zh, message
