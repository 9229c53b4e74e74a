"""Paragraph fragments for the markup this package writes, without ReportLab's XML parser.

Almost every paragraph's markup comes from fonts.FontSet.markup: escaped text, with runs in
another face inside ``<font name="…">`` (and a missing character's □ inside ``<font name="…"
color="…">``). ReportLab parses it with html.parser, a fragment per piece of text, which
took about half the time of building the package's story. For this one shape of markup the
fragments are made here instead, each a copy of the fragment ReportLab's own parser gives for
the same tag in the same style (parsed once per style and tag), with the piece's text. The
fragments are the same as the parser's, split at the same places (ReportLab's parser does not
convert entities inline: ``a &amp; b`` is three fragments, "a ", "&" and " b"). Any other
markup (links, bold, anchors) goes to ReportLab's parser as before.
"""

from __future__ import annotations

import re
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paraparser import ParaFrag, ParaParser

# One piece of our markup: a font run (group 1: face, 2: colour or None, 3: its text) or text
# outside any tag (group 4). Text holds no "<": fonts.markup escapes it.
_PIECE = re.compile(r'<font name="([^"<>&]+)"(?: color="([^"<>&]+)")?>([^<]*)</font>|([^<]+)')
# The entities xml.sax.saxutils.escape writes, which are all the parser gets to see here.
_ENTITY = re.compile(r"&(amp|lt|gt);")
_ENTITY_TEXT = {"amp": "&", "lt": "<", "gt": ">"}

# per style: (face, colour) → the parser's fragment for "x" inside that tag ((None, None): no tag)
_templates: WeakKeyDictionary[ParagraphStyle, dict[tuple[str | None, str | None], dict[str, Any]]] = (
    WeakKeyDictionary()
)


def _template(style: ParagraphStyle, font: str | None, color: str | None) -> dict[str, Any] | None:
    """The attributes of the fragment ReportLab's parser makes for text in this tag and style.

    Styles are not changed once made (styles.make_styles builds a fresh set per export), so
    what the parser made of a style once holds for every paragraph in it."""
    per_style = _templates.setdefault(style, {})
    key = (font, color)
    if key not in per_style:
        if font is None:
            markup = "x"
        elif color is None:
            markup = f'<font name="{font}">x</font>'
        else:
            markup = f'<font name="{font}" color="{color}">x</font>'
        _, frags, bullet = ParaParser().parse(markup, style)
        if not frags or len(frags) != 1 or bullet:
            return None
        per_style[key] = dict(frags[0].__dict__)
    return per_style[key]


def fast_frags(markup: str, style: ParagraphStyle) -> list[ParaFrag] | None:
    """The fragments ReportLab's parser would make of ``markup`` (already cleaned of line
    breaks and repeated spaces), or None when the markup is not of the shape fonts.markup
    writes and the parser must read it."""
    frags: list[ParaFrag] = []
    made = _templates.get(style, {})  # looked up once, not once per piece
    pos, end = 0, len(markup)
    while pos < end:
        match = _PIECE.match(markup, pos)
        if match is None:
            return None
        font, color, inner, outer = match.groups()
        text = outer if outer is not None else inner
        template = made.get((font, color)) or _template(style, font, color)
        if template is None:
            return None
        if "&" in text:
            pieces = _ENTITY.split(text)
            # split() alternates text and entity names: names at odd places, text elsewhere
            texts = [_ENTITY_TEXT[p] if i % 2 else p for i, p in enumerate(pieces)]
            if any("&" in p for p in pieces[::2]):
                return None  # an entity we do not write: leave it to the parser
        else:
            texts = [text]
        for piece in texts:
            if piece:
                frag = ParaFrag.__new__(ParaFrag)
                frag.__dict__.update(template)
                frag.text = piece
                frags.append(frag)
        pos = match.end()
    return frags
