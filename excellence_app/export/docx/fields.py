"""Word fields and bookmarks: the 目录, 第 X 页 共 Y 页, and page references.

A field is written as Word writes it (fldChar begin, instrText, separate, the result, end),
so that Word and LibreOffice both recognise it. The result written now is what a reader sees
before the fields are updated: the table of contents is written out in full (entries linked to
the headings, each with a PAGEREF to its heading), so it reads right even in a program that
never updates fields; Word updates every field when it opens the file (settings.updateFields).
"""

from __future__ import annotations

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph


def _run(*children: OxmlElement) -> OxmlElement:
    run = OxmlElement("w:r")
    for child in children:
        run.append(child)
    return run


def _fld_char(kind: str, *, dirty: bool = False) -> OxmlElement:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    if dirty:  # Word recomputes a dirty field when it opens the document
        element.set(qn("w:dirty"), "true")
    return _run(element)


def _instr(code: str) -> OxmlElement:
    element = OxmlElement("w:instrText")
    element.set(qn("xml:space"), "preserve")
    element.text = f" {code} "
    return _run(element)


def text_run(text: str) -> OxmlElement:
    element = OxmlElement("w:t")
    element.set(qn("xml:space"), "preserve")
    element.text = text
    return _run(element)


def field_runs(code: str, result: str = "", *, dirty: bool = False) -> list[OxmlElement]:
    """The runs of a field with its current result: to append to a paragraph or a link."""
    return [
        _fld_char("begin", dirty=dirty),
        _instr(code),
        _fld_char("separate"),
        text_run(result),
        _fld_char("end"),
    ]


def add_field(paragraph: Paragraph, code: str, result: str = "", *, dirty: bool = False) -> None:
    for run in field_runs(code, result, dirty=dirty):
        paragraph._p.append(run)


def begin_field(paragraph: Paragraph, code: str, *, dirty: bool = False) -> None:
    """The start of a field whose result spans paragraphs (the TOC); close it with end_field."""
    for run in (_fld_char("begin", dirty=dirty), _instr(code), _fld_char("separate")):
        paragraph._p.append(run)


def end_field(paragraph: Paragraph) -> None:
    paragraph._p.append(_fld_char("end"))


def add_bookmark(paragraph: Paragraph, name: str, ident: int) -> None:
    """A bookmark around the whole paragraph: what the TOC and page references point to."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(ident))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(ident))
    p = paragraph._p
    ppr = p.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def add_link(paragraph: Paragraph, anchor: str) -> OxmlElement:
    """A hyperlink to a bookmark; runs appended to the returned element are the link's text."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    return link


def update_on_open(document: Document) -> None:
    """Ask Word to update every field (the TOC's page numbers above all) when it opens the file."""
    settings = document.settings.element
    element = settings.find(qn("w:updateFields"))
    if element is None:
        element = OxmlElement("w:updateFields")
        # the schema fixes the order of the settings, and Word holds to it
        later = next((c for c in settings if c.tag in _AFTER_UPDATE_FIELDS), None)
        if later is not None:
            later.addprevious(element)
        else:
            settings.append(element)
    element.set(qn("w:val"), "true")


_AFTER_UPDATE_FIELDS = frozenset(
    qn(f"w:{name}")
    for name in (
        "hdrShapeDefaults",
        "footnotePr",
        "endnotePr",
        "compat",
        "docVars",
        "rsids",
        "attachedSchema",
        "themeFontLang",
        "clrSchemeMapping",
        "doNotIncludeSubdocsInStats",
        "doNotAutoCompressPictures",
        "forceUpgrade",
        "captions",
        "readModeInkLockDown",
        "smartTagType",
        "schemaLibrary",
        "shapeDefaults",
        "doNotEmbedSmartTags",
        "decimalSymbol",
        "listSeparator",
    )
) | {"{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr"}
