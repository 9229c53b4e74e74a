"""English words that change with a number: "1 clause", "2 clauses" (Chinese needs no such care)."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular for exactly one: count(1, "clause") == "1 clause"."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
