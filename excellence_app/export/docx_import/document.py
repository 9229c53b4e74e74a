"""A Word report as a flat list of source blocks: paragraphs, list items, tables, text boxes
and comments, each with its visible text, our Markdown for it and what it looks like
(heading style, bold, 黑体, list label), in document order.

What people see is what is read: tracked insertions are kept and deletions left out, a
field gives its shown result (not its code), footnotes are kept in the sentence they
belong to (〔注：…〕), text boxes and comments become blocks of their own after the paragraph
that holds them. The table of contents is recognised and left out of the mapping. A
picture is a block of its own (it is not imported, but the mapping says so), and a
paragraph's style says whether it is a caption, a part title or text our own export
generated (word_marks.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from lxml import etree

from excellence_app.export.docx_import.safety import refuse
from excellence_app.export.docx_import.xmlparts import (
    Package,
    format_number,
    heading_level_of,
    is_heiti,
    num_pr,
    on,
    role_of,
    w,
    wval,
)

MAX_BLOCKS = 40_000
MAX_TABLE_DEPTH = 6  # tables inside tables inside tables …: a real report has two at most
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_SKIPPED = {w(t) for t in ("del", "moveFrom", "pPr", "instrText", "delText", "delInstrText", "rPr")}
_TOC_STYLE = re.compile(r"^(toc|目录)\s*\d|^table of figures$", re.IGNORECASE)
BlockKind = Literal["paragraph", "list", "table", "textbox", "comment", "toc", "picture"]
PICTURE = "〔图片〕"


@dataclass(frozen=True)
class SourceBlock:
    number: int  # 1-based place among the document's blocks: "第 N 段"
    kind: BlockKind
    plain: str  # what a reader sees, one line
    markdown: str  # the same in our Markdown subset
    heading_level: int | None = None  # from the style or outline level: 1 = Heading 1, 0 = Title
    bold: bool = False  # every visible character is bold
    heiti: bool = False  # mostly in 黑体 (or another heading font)
    label: str = ""  # a Word list's own label ("a)", "4.1.2", "（一）"), not part of the text
    ordered: bool = False  # a numbered (not bulleted) Word list item
    list_id: str = ""  # the Word list it belongs to (numId): items of one list stay one list
    within: int = 0  # for a text box or comment: the block it sits in
    # what its style says it is: "caption" (题注), "part" (our part title), the id of a style
    # our export generates text in (word_marks.GENERATED), or "" for anything else
    role: str = ""

    def place(self) -> tuple[str, str]:
        """Where it is, for a person holding the document (zh, en)."""
        if self.kind == "table":
            return f"第 {self.number} 段（表格）", f"block {self.number} (table)"
        if self.kind == "textbox":
            return f"第 {self.within} 段中的文本框", f"text box in block {self.within}"
        if self.kind == "comment":
            return f"第 {self.within} 段的批注", f"comment on block {self.within}"
        if self.kind == "picture":
            return f"第 {self.number} 段（图片）", f"block {self.number} (picture)"
        return f"第 {self.number} 段", f"block {self.number}"


@dataclass
class _Inline:
    """What one paragraph's runs add up to."""

    lines: list[list[tuple[str, bool]]] = field(default_factory=lambda: [[]])
    heiti: int = 0
    seen: int = 0
    boxes: list[etree._Element] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    fields: list[bool] = field(default_factory=list)  # per open field: True while in its code

    def add(self, text: str, bold: bool, heiti: bool) -> None:
        if any(self.fields):
            return  # a field's code (PAGE, TOC \o …), not what it shows
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                self.lines.append([])
            if part:
                self.lines[-1].append((part, bold))
                visible = len(part.strip())
                self.seen += visible
                self.heiti += visible if heiti else 0

    def plain(self) -> str:
        return " ".join("".join(t for t, _ in line).strip() for line in self.lines if line).strip()

    def all_bold(self) -> bool:
        spans = [(t, b) for line in self.lines for t, b in line if t.strip()]
        return bool(spans) and all(b for _, b in spans)

    def markdown(self, bold_marks: bool = True) -> str:
        out = []
        for line in self.lines:
            text = _spans_markdown(line, bold_marks).strip()
            if text:
                out.append(text)
        return "\n\n".join(out)


def _spans_markdown(line: list[tuple[str, bool]], bold_marks: bool) -> str:
    merged: list[list] = []
    for text, bold in line:
        if merged and merged[-1][1] == bold:
            merged[-1][0] += text
        else:
            merged.append([text, bold])
    out = []
    for text, bold in merged:
        core = text.strip()
        if bold and bold_marks and core and "**" not in core:
            lead, tail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
            out.append(f"{lead}**{core}**{tail}")
        else:
            out.append(text)
    return "".join(out)


class _Reader:
    def __init__(self, name: str, package: Package) -> None:
        self.name = name
        self.pkg = package
        self.blocks: list[SourceBlock] = []
        self.counters: dict[str, list[int]] = {}

    # --- the body --------------------------------------------------------------------------
    def read(self) -> list[SourceBlock]:
        self._container(self.pkg.body)
        return self.blocks

    def _container(self, el: etree._Element) -> None:
        for child in el:
            if child.tag == w("p"):
                self._paragraph(child)
            elif child.tag == w("tbl"):
                self._table(child)
            elif child.tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    if _is_toc(child):
                        self._toc(content)
                    else:
                        self._container(content)
            elif child.tag in (w("customXml"), w("ins"), w("moveTo")):
                self._container(child)

    def _next(self) -> int:
        if len(self.blocks) >= MAX_BLOCKS:
            raise refuse(
                f"Word 文件 {self.name} 过长（超过 {MAX_BLOCKS} 段），请分开导入",
                f"{self.name} is too long (more than {MAX_BLOCKS} blocks); import it in parts",
            )
        return len(self.blocks) + 1

    def _toc(self, content: etree._Element) -> None:
        text = " ".join(t.text or "" for t in content.iter(w("t"))).strip()
        if text:
            self.blocks.append(SourceBlock(self._next(), "toc", _cut(text, 200), ""))

    def _paragraph(self, p: etree._Element) -> None:
        ppr = p.find(w("pPr"))
        style_id = wval(ppr.find(w("pStyle"))) if ppr is not None else None
        chain = self.pkg.style_chain(style_id or self.pkg.default_paragraph_style)
        style_bold = any(s.bold for s in chain)
        style_heiti = any(s.heiti for s in chain)
        inline = _Inline()
        self._inline(p, inline, style_bold, style_heiti)
        text = inline.plain()
        boxes, comments = inline.boxes, inline.comments
        if chain and _TOC_STYLE.match(chain[0].name.strip()):
            if text:
                self.blocks.append(SourceBlock(self._next(), "toc", text, ""))
            return
        outline = wval(ppr.find(w("outlineLvl"))) if ppr is not None else None
        level = int(outline) + 1 if outline and outline.isdigit() and int(outline) < 9 else None
        if level is None:
            level = heading_level_of(chain)
        numbering = num_pr(ppr) or next((s.numbering for s in chain if s.numbering), None)
        label, ordered = self._label(numbering)
        number = 0
        if text:
            number = self._next()
            kind: BlockKind = "list" if label else "paragraph"
            self.blocks.append(
                SourceBlock(
                    number,
                    kind,
                    text,
                    inline.markdown(bold_marks=not inline.all_bold() or level is None),
                    heading_level=level,
                    bold=inline.all_bold(),
                    heiti=inline.seen > 0 and inline.heiti * 5 >= inline.seen * 4,
                    label=label,
                    ordered=ordered,
                    list_id=numbering[0] if label and numbering else "",
                    role=role_of(chain),
                )
            )
        if _has_picture(p):
            self.blocks.append(SourceBlock(self._next(), "picture", PICTURE, ""))
        host = number or len(self.blocks)
        for box in boxes:
            for bp in box.iter(w("p")):
                inner = _Inline()
                self._inline(bp, inner, False, False)
                if inner.plain():
                    self.blocks.append(
                        SourceBlock(self._next(), "textbox", inner.plain(), inner.markdown(), within=host)
                    )
        for comment_id in comments:
            author, said = self.pkg.comments.get(comment_id, ("", ""))
            if said:
                who = f"（{author}）" if author else ""
                line = f"批注{who}：{said}"
                self.blocks.append(SourceBlock(self._next(), "comment", line, line, within=host))

    def _label(self, numbering: tuple[str, str] | None) -> tuple[str, bool]:
        """The label Word shows before a list paragraph ("a)", "1.", "4.1.2"), counted as Word does."""
        if numbering is None or numbering[0] == "0":
            return "", False
        num_id, ilvl = numbering
        level = self.pkg.list_formats.get((num_id, ilvl))
        if level is None or not ilvl.isdigit() or int(ilvl) > 8:
            return "", False
        depth = int(ilvl)
        counts = self.counters.setdefault(num_id, [0] * 9)
        counts[depth] += 1
        for deeper in range(depth + 1, 9):
            counts[deeper] = 0
        if level.fmt == "bullet":
            return "•", False
        text = level.text or f"%{depth + 1}."
        for k in range(depth + 1):
            other = self.pkg.list_formats.get((num_id, str(k)))
            start = other.start if other else 1
            value = start + max(counts[k], 1) - 1
            text = text.replace(f"%{k + 1}", format_number(value, other.fmt if other else "decimal"))
        return text.strip(), level.fmt == "decimal"

    # --- runs ------------------------------------------------------------------------------
    def _inline(self, el: etree._Element, out: _Inline, style_bold: bool, style_heiti: bool) -> None:
        for child in el:
            tag = child.tag
            if tag in _SKIPPED:
                continue
            if tag == w("r"):
                self._run(child, out, style_bold, style_heiti)
            elif tag == w("commentRangeStart"):
                comment_id = child.get(w("id"))
                if comment_id is not None and comment_id not in out.comments:
                    out.comments.append(comment_id)
            elif tag == f"{{{MC}}}AlternateContent":
                # Word writes a text box twice (for new and for old readers): read one of them.
                choice = child.find(f"{{{MC}}}Choice")
                self._inline(choice if choice is not None else child, out, style_bold, style_heiti)
            elif tag == w("txbxContent"):
                out.boxes.append(child)
            else:  # hyperlinks, insertions, simple fields, content controls, smart tags …
                self._inline(child, out, style_bold, style_heiti)

    def _run(self, r: etree._Element, out: _Inline, style_bold: bool, style_heiti: bool) -> None:
        rpr = r.find(w("rPr"))
        bold, heiti = style_bold, style_heiti
        if rpr is not None:
            char_style = wval(rpr.find(w("rStyle")))
            for style in self.pkg.style_chain(char_style):
                bold, heiti = bold or style.bold, heiti or style.heiti
            b = rpr.find(w("b"))
            if b is not None:
                bold = on(b)
            heiti = heiti or is_heiti(rpr.find(w("rFonts")))
        for child in r:
            tag = child.tag
            if tag == w("t"):
                out.add(child.text or "", bold, heiti)
            elif tag in (w("tab"), w("ptab")):
                out.add(" ", False, heiti)
            elif tag in (w("br"), w("cr")):
                if child.get(w("type")) not in ("page", "column"):
                    out.add("\n", False, heiti)
            elif tag == w("noBreakHyphen"):
                out.add("-", bold, heiti)
            elif tag == w("fldChar"):
                kind = child.get(w("fldCharType"))
                if kind == "begin":
                    out.fields.append(True)
                elif kind == "separate" and out.fields:
                    out.fields[-1] = False
                elif kind == "end" and out.fields:
                    out.fields.pop()
            elif tag in (w("footnoteReference"), w("endnoteReference")):
                note = self.pkg.notes.get(tag[len(w("")) :][0] + (child.get(w("id")) or ""), "")
                if note:
                    out.add(f"〔注：{note}〕", False, False)
            elif tag == w("commentReference"):
                comment_id = child.get(w("id"))
                if comment_id is not None and comment_id not in out.comments:
                    out.comments.append(comment_id)
            elif tag in (w("drawing"), w("pict"), w("object"), f"{{{MC}}}AlternateContent"):
                for box in child.iter(w("txbxContent")):
                    inner = any(a.tag == w("txbxContent") for a in box.iterancestors() if a is not child)
                    if not inner and not _in_fallback(box, child):
                        out.boxes.append(box)

    # --- tables ----------------------------------------------------------------------------
    def _table(self, tbl: etree._Element) -> None:
        for nested in tbl.iter(w("tbl")):
            depth = sum(1 for a in nested.iterancestors(w("tbl")))
            if depth >= MAX_TABLE_DEPTH:
                raise refuse(
                    f"Word 文件 {self.name} 的表格嵌套过深（{depth + 1} 层），请简化表格后再导入",
                    f"{self.name} nests tables {depth + 1} deep; simplify the tables and import again",
                )
        rows: list[list[str]] = []
        for tr in tbl.iter(w("tr")):
            if next(tr.iterancestors(w("tbl"))) is not tbl:
                continue  # a row of a nested table: its text is in its cell
            cells = []
            for tc in tr.findall(w("tc")) + [tc for sdt in tr.findall(w("sdt")) for tc in sdt.iter(w("tc"))]:
                cells.append(self._cell(tc))
                span = wval(tc.find(f"{w('tcPr')}/{w('gridSpan')}"))
                if span and span.isdigit():
                    cells.extend("" for _ in range(min(int(span), 50) - 1))
            rows.append(cells)
        rows = [r for r in rows if any(c.strip() for c in r)]
        if not rows:
            return
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        plain = " / ".join(" ".join(c.replace("**", "") for c in r if c) for r in rows)
        self.blocks.append(SourceBlock(self._next(), "table", plain, "\n".join(lines)))

    def _cell(self, tc: etree._Element) -> str:
        parts = []
        for p in tc.iter(w("p")):
            inline = _Inline()
            self._inline(p, inline, False, False)
            text = " ".join(line for line in inline.markdown().split("\n\n") if line)
            if text:
                parts.append(text)
        # A cell is one line of a Markdown table: its own bars and line breaks must not split it.
        return " ".join(parts).replace("|", "｜").replace("\n", " ").strip()


def _has_picture(p: etree._Element) -> bool:
    """A drawing that is not a text box (whose text is read as a block of its own)."""
    return any(
        next(d.iter(w("txbxContent")), None) is None for d in p.iter(w("drawing"), w("pict"), w("object"))
    )


def _in_fallback(box: etree._Element, top: etree._Element) -> bool:
    """Whether the text box is the old readers' copy of one the new readers' copy also holds."""
    for a in box.iterancestors():
        if a.tag == f"{{{MC}}}Fallback":
            alternate = a.getparent()
            choice = alternate.find(f"{{{MC}}}Choice") if alternate is not None else None
            return choice is not None and next(choice.iter(w("txbxContent")), None) is not None
        if a is top:
            return False
    return False


def _is_toc(sdt: etree._Element) -> bool:
    pr = sdt.find(w("sdtPr"))
    if pr is None:
        return False
    gallery = pr.find(f"{w('docPartObj')}/{w('docPartGallery')}")
    return gallery is not None and "contents" in (wval(gallery) or "").lower()


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def read_blocks(name: str, package: Package) -> list[SourceBlock]:
    return _Reader(name, package).read()
