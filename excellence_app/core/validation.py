"""Turns pydantic's errors into a path and a reason a person can act on."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import ValidationError

from excellence_app.core.shapes import REASONS_ZH


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
    zh = REASONS_ZH.get(kind, "格式不正确")
    if kind == "value_error" and message.startswith("Value error, "):
        message = message.removeprefix("Value error, ")
        zh = message.split(" | ")[0]
        message = message.split(" | ")[-1]
    return format_loc(loc), zh, message
