"""The parts of a Word file the reader needs, parsed without trusting them.

The parser never loads a DTD, never resolves an entity, never reaches the network and
keeps libxml2's depth and size limits (no ``huge_tree``): a part built to explode
(billion laughs, thousands of nested elements) is refused, not expanded. safety.py has
already refused any part that declares a DTD; this is the second lock.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field, replace
from io import BytesIO

from lxml import etree

from excellence_app.export import word_marks
from excellence_app.export.docx_import.safety import UNREADABLE_ZIP, refuse

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
MAX_STYLE_CHAIN = 12  # basedOn links followed; a loop or a long chain stops here


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def wval(el: etree._Element | None, attr: str = "val") -> str | None:
    return None if el is None else el.get(w(attr))


def on(el: etree._Element | None) -> bool:
    """A toggle property (<w:b/>, <w:b w:val="0"/>): present and not switched off."""
    return el is not None and wval(el) not in ("0", "false", "off", "none")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_part(name: str, data: bytes, part: str) -> etree._Element:
    try:
        root = etree.fromstring(data, _parser())
    except (etree.XMLSyntaxError, ValueError):
        raise refuse(
            f"Word 文件 {name} 的内部文件 {part} 不是有效的 XML（已损坏或嵌套过深）",
            f"part {part} of {name} is not valid XML (damaged or nested too deeply)",
        ) from None
    if root is None:
        raise refuse(f"Word 文件 {name} 的内部文件 {part} 是空的", f"part {part} of {name} is empty")
    return root


@dataclass(frozen=True)
class Style:
    ident: str  # w:styleId
    name: str
    based_on: str | None
    outline: int | None  # 0 = heading 1
    bold: bool
    heiti: bool
    numbering: tuple[str, str] | None  # (numId, ilvl) of a style that numbers its paragraphs


@dataclass(frozen=True)
class ListLevel:
    """One level of a Word list: how its number is written ("decimal", "lowerLetter", "bullet"
    …), the label pattern ("%1.%2", "（%1）") and the first number."""

    fmt: str
    text: str
    start: int


@dataclass
class Package:
    """The parsed parts: the body, styles, list formats, footnotes and comments."""

    body: etree._Element
    styles: dict[str, Style] = field(default_factory=dict)
    default_paragraph_style: str | None = None
    list_formats: dict[tuple[str, str], ListLevel] = field(default_factory=dict)  # (numId, ilvl)
    notes: dict[str, str] = field(default_factory=dict)  # "f12" / "e3" → text
    comments: dict[str, tuple[str, str]] = field(default_factory=dict)  # id → (author, text)

    def style_chain(self, style_id: str | None) -> list[Style]:
        chain: list[Style] = []
        seen: set[str] = set()
        while style_id and style_id in self.styles and style_id not in seen and len(chain) < MAX_STYLE_CHAIN:
            seen.add(style_id)
            style = self.styles[style_id]
            chain.append(style)
            style_id = style.based_on
        return chain


_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)


def heading_level_of(chain: list[Style]) -> int | None:
    """1 for Heading 1 / 标题 1 or a style based on it, or the outline level a style sets."""
    for style in chain:
        m = _HEADING_NAME.match(style.name.strip())
        if m:
            return int(m.group(1))
        if style.name.strip().lower() in ("title", "标题"):
            return 0
        if style.outline is not None and style.outline < 9:
            return style.outline + 1
    return None


def role_of(chain: list[Style]) -> str:
    """What the paragraph's style (or the style it is based on) says it is."""
    for style in chain:
        generated = word_marks.generated_style(style.ident, style.name)
        if generated:
            return generated
        if word_marks.is_caption(style.ident, style.name):
            return "caption"
        if word_marks.is_part(style.ident, style.name):
            return "part"
    return ""


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_CHINESE = "零一二三四五六七八九十"


def format_number(n: int, fmt: str) -> str:
    """A list number as Word writes it in this format: 3 → "c", "三", "iii" or "3"."""
    if fmt in ("lowerLetter", "upperLetter"):
        letter = _LETTERS[(n - 1) % 26] if n > 0 else "a"
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt.startswith(("chinese", "ideograph", "taiwanese", "japanese")) and 0 < n < 100:
        if n <= 10:
            return _CHINESE[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CHINESE[tens]) + "十" + (_CHINESE[ones] if ones else "")
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 40:
        roman = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
        text = "x" * (n // 10) + roman[n % 10]
        return text.upper() if fmt == "upperRoman" else text
    return str(n)


def open_package(name: str, data: bytes) -> Package:
    try:
        return _open(name, data)
    except (*UNREADABLE_ZIP, KeyError):
        raise refuse(f"Word 文件 {name} 已损坏，无法打开", f"the Word file {name} is damaged") from None


def _open(name: str, data: bytes) -> Package:
    with zipfile.ZipFile(BytesIO(data)) as z:
        names = set(z.namelist())
        main = _main_part(name, z)
        if main not in names:
            raise refuse(f"Word 文件 {name} 缺少正文（{main}）", f"{name} has no document body ({main})")
        doc = parse_part(name, z.read(main), main)
        body = doc.find(w("body"))
        if body is None:
            raise refuse(f"Word 文件 {name} 没有正文", f"{name} has no document body")
        package = Package(body)
        rels = _relationships(name, z, main, names)
        for kind, part in rels.items():
            root = parse_part(name, z.read(part), part)
            if kind == "styles":
                _read_styles(package, root)
            elif kind == "numbering":
                package.list_formats = _read_numbering(root)
            elif kind in ("footnotes", "endnotes"):
                _read_notes(package, root, kind[0])
            elif kind == "comments":
                _read_comments(package, root)
        return package


def _main_part(name: str, z: zipfile.ZipFile) -> str:
    root = parse_part(name, z.read("[Content_Types].xml"), "[Content_Types].xml")
    for override in root.iter(f"{{{CT}}}Override"):
        if (override.get("ContentType") or "").endswith(".main+xml"):
            return (override.get("PartName") or "").lstrip("/")
    return "word/document.xml"


def _relationships(name: str, z: zipfile.ZipFile, main: str, names: set[str]) -> dict[str, str]:
    folder, base = posixpath.split(main)
    rels_part = posixpath.join(folder, "_rels", base + ".rels")
    if rels_part not in names:
        return {}
    root = parse_part(name, z.read(rels_part), rels_part)
    wanted = ("styles", "numbering", "footnotes", "endnotes", "comments")
    found: dict[str, str] = {}
    for rel in root.iter(f"{{{REL}}}Relationship"):
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        if kind not in wanted or rel.get("TargetMode") == "External":
            continue
        target = posixpath.normpath(posixpath.join(folder, rel.get("Target") or ""))
        if target in names and kind not in found:
            found[kind] = target
    return found


def _read_styles(package: Package, root: etree._Element) -> None:
    for el in root.iter(w("style")):
        style_id = el.get(w("styleId"))
        if not style_id:
            continue
        ppr, rpr = el.find(w("pPr")), el.find(w("rPr"))
        outline = wval(ppr.find(w("outlineLvl"))) if ppr is not None else None
        fonts = rpr.find(w("rFonts")) if rpr is not None else None
        package.styles[style_id] = Style(
            ident=style_id,
            name=wval(el.find(w("name"))) or style_id,
            based_on=wval(el.find(w("basedOn"))),
            outline=int(outline) if outline and outline.isdigit() else None,
            bold=rpr is not None and on(rpr.find(w("b"))),
            heiti=is_heiti(fonts),
            numbering=num_pr(ppr),
        )
        if el.get(w("type")) == "paragraph" and el.get(w("default")) in ("1", "true"):
            package.default_paragraph_style = style_id


def num_pr(ppr: etree._Element | None) -> tuple[str, str] | None:
    """(numId, ilvl) of a paragraph's or style's list numbering; numId 0 switches it off."""
    pr = ppr.find(w("numPr")) if ppr is not None else None
    if pr is None:
        return None
    num_id = wval(pr.find(w("numId")))
    if num_id is None:
        return None
    return num_id, wval(pr.find(w("ilvl"))) or "0"


def is_heiti(fonts: etree._Element | None) -> bool:
    if fonts is None:
        return False
    names = " ".join(v for k, v in fonts.attrib.items() if k in (w("eastAsia"), w("ascii"), w("hAnsi")))
    return any(
        mark in names for mark in ("黑体", "SimHei", "Heiti", "方正黑体", "微软雅黑", "Microsoft YaHei")
    )


def _read_numbering(root: etree._Element) -> dict[tuple[str, str], ListLevel]:
    abstract: dict[str, dict[str, ListLevel]] = {}
    for el in root.iter(w("abstractNum")):
        levels = {}
        for lvl in el.iter(w("lvl")):
            start = wval(lvl.find(w("start"))) or "1"
            levels[lvl.get(w("ilvl")) or "0"] = ListLevel(
                wval(lvl.find(w("numFmt"))) or "decimal",
                wval(lvl.find(w("lvlText"))) or "",
                int(start) if start.isdigit() and len(start) < 6 else 1,
            )
        abstract[el.get(w("abstractNumId")) or ""] = levels
    formats: dict[tuple[str, str], ListLevel] = {}
    for num in root.iter(w("num")):
        levels = dict(abstract.get(wval(num.find(w("abstractNumId"))) or "", {}))
        # a list that starts at its own number ("3. …" after a paragraph) overrides the start
        for override in num.iter(w("lvlOverride")):
            ilvl, start = override.get(w("ilvl")) or "0", wval(override.find(w("startOverride")))
            if ilvl in levels and start and start.isdigit() and len(start) < 6:
                levels[ilvl] = replace(levels[ilvl], start=int(start))
        for ilvl, level in levels.items():
            formats[(num.get(w("numId")) or "", ilvl)] = level
    return formats


def plain_of(el: etree._Element) -> str:
    """The visible text under ``el``: insertions kept, deletions and field codes left out."""
    out: list[str] = []
    for p in el.iter(w("p")):
        text = "".join(
            t.text or ""
            for t in p.iter(w("t"))
            if not any(a.tag in (w("del"), w("moveFrom")) for a in t.iterancestors())
        )
        if text.strip():
            out.append(text.strip())
    return " ".join(out)


def _read_notes(package: Package, root: etree._Element, prefix: str) -> None:
    for note in root:
        note_id = note.get(w("id"))
        if note_id is not None and note.get(w("type")) in (None, "normal"):
            package.notes[prefix + note_id] = plain_of(note)


def _read_comments(package: Package, root: etree._Element) -> None:
    for comment in root.iter(w("comment")):
        comment_id = comment.get(w("id"))
        if comment_id is not None:
            package.comments[comment_id] = (comment.get(w("author")) or "", plain_of(comment))
