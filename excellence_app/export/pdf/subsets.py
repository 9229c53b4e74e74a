"""Font subsets made without copying the whole font's glyph table for each of them.

ReportLab embeds a TrueType font as subsets of 256 characters, each made by
``TTFontFace.makeSubset``, which reads the tables it needs with ``get_table``: a fresh copy
of that table out of the font file every time. The glyph table of the body face is some
17 MB and the sample package has five subsets of it (and three of the 10 MB heading face),
so saving the file copied some 120 MB, about a tenth of the time ``save()`` took. While
:func:`tables_read_once` is in force, each face hands out one copy of a table for all its
subsets; the copies go when the block ends, so nothing is kept between exports. The tables
are the same bytes, so the subsets and the file are too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace


@contextmanager
def tables_read_once() -> Iterator[None]:
    """Inside the block, every registered TrueType face reads each of its tables once."""
    faces = {
        id(f.face): f.face
        for f in map(pdfmetrics.getFont, pdfmetrics.getRegisteredFontNames())
        if isinstance(f, TTFont)
    }
    mine: list[TTFontFace] = []
    for face in faces.values():
        if "get_table" not in vars(face):  # another export on another thread has it already
            face.get_table = cache(face.get_table)  # an attribute of this face, before its method
            mine.append(face)
    try:
        yield
    finally:
        for face in mine:
            vars(face).pop("get_table", None)
