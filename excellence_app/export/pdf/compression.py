"""Our documents' streams compressed at a quicker zlib level than ReportLab's.

ReportLab compresses every page and every embedded font subset with ``zlib.compress`` at its
default level (6). The package's streams are some 2 MB before compression, most of it
TrueType subsets, and level 6 spent about a tenth of the export on them. Level 3 takes about
60 % of that time for a file some 7 % larger; the streams hold the same bytes once
decompressed, so every page draws the same.

ReportLab has no setting for the level, so its one Flate filter (``pdfdoc.PDFZCompress``,
shared by every document in the process) is given an ``encode`` that uses our level while
:func:`quicker_compression` is in force on this thread, and is ReportLab's own otherwise:
anything else that writes PDFs here (bench/pdf.py's baseline) writes what it always did.
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from reportlab.pdfbase import pdfdoc

LEVEL = 3
_local = threading.local()


def _install() -> None:
    flate = pdfdoc.PDFZCompress
    if getattr(flate.encode, "_exa_level", False):
        return  # installed already (the module imported twice)
    reportlab_encode: Callable[[str | bytes], bytes] = flate.encode

    def encode(text: str | bytes) -> bytes:
        level = getattr(_local, "level", None)
        if level is None:
            return reportlab_encode(text)
        return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, level)

    encode._exa_level = True  # type: ignore[attr-defined]
    flate.encode = encode  # an attribute of the one filter object, in front of its method


@contextmanager
def quicker_compression(level: int = LEVEL) -> Iterator[None]:
    """Streams written on this thread inside the block are compressed at ``level``."""
    before = getattr(_local, "level", None)
    _local.level = level
    try:
        yield
    finally:
        _local.level = before


_install()
