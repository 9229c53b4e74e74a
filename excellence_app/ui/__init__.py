"""The desktop interface (PySide6). Nothing outside this package and ``app.py`` imports Qt."""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Work around a reference-count bug of PySide6 6.12 on Python 3.11.

    Every Qt call that returns a null object pointer (``focusWidget()``,
    ``parent()``, ``QTextBlock.textList()`` …) hands back ``None`` without taking
    a reference to it, so each such call lowers None's count by one; after enough
    calls CPython aborts with "deallocating None". Python 3.12 made None immortal;
    here its count is raised far beyond what any session can use up.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_keep_none_alive()
