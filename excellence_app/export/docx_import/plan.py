"""The mapping of a Word report onto the criteria: one entry per source block (its place,
an excerpt, where it goes, its 字数 and why), and the texts to write.

Nothing is dropped. Text under a recognised clause or profile section goes there. Text the
reader cannot place inside an item (under the item's heading before any clause, under a
category heading, a comment, a heading it cannot name) goes to the item's **holding
place**: the end of the item's first clause, under the visible line :data:`HOLDING_HEADING`,
where the writer sees it on the item page, in the 字数 and in the 提交前检查, and moves it.
The profile's parts have the same at the end of their first section. Text before the first
recognised heading (the cover, a foreword, the table of contents) belongs to no item: it is
listed as not imported, with the reason, and the user decides; so is everything in a part
listing the evidence (三、证实性材料, 附件), which holds files, not any clause's text.

A document this program exported reads back as it was written (word_marks.py): a caption
above a table is the table's "表：标题" line again, or nothing if it is only the number;
pictures, their captions and what else the export generated are listed as not imported;
and inside a clause a real (styled) heading opened, a bold or numbered lead is the clause's
own text unless it marks another clause of the same item (naming.py, ``stays_text``).
"""

from __future__ import annotations

from excellence_app.core.framework import Framework, clause_label
from excellence_app.core.markdown import count_markdown_chars
from excellence_app.export.captions import table_label_only, table_title
from excellence_app.export.docx_import.document import SourceBlock
from excellence_app.export.docx_import.headings import Cue, is_toc_line
from excellence_app.export.docx_import.mapping import (
    EXCERPT,
    Dest,
    Goes,
    PlanEntry,
    WordImportPlan,
    Write,
)
from excellence_app.export.docx_import.matching import Entity, Found
from excellence_app.export.docx_import.naming import Namer
from excellence_app.export.word_marks import GENERATED

NOT_IMPORTED = ("未导入", "not imported")
EVIDENCE_LIST = ("证实性材料清单", "the evidence list")


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


class _Builder(Namer):
    def __init__(self, fw: Framework, blocks: list[SourceBlock]) -> None:
        super().__init__(fw, blocks)
        self.dest_why = ("在第一个可识别的标题之前", "before the first recognised heading")
        self.open_level: int | None = None  # style level of the last heading recognised
        self.styled = False  # the current clause or section was opened by a real (styled) heading
        self.in_evidence = False  # in the part listing the evidence: nothing here is a clause's
        self.entries: list[PlanEntry] = []
        self.bodies: dict[Dest, list[tuple[str, str]]] = {}
        self.held: dict[Dest, list[tuple[str, str]]] = {}

    # --- following the document -------------------------------------------------------------
    def build(self) -> tuple[list[PlanEntry], list[Write]]:
        for i, block in enumerate(self.blocks):
            if self._left_out(i, block):
                continue
            cue = self.cues[block.number]
            if cue is not None and self.is_evidence_part(block, cue):
                self._evidence(block)
                continue
            runs = dict(self.runs)
            found = self.resolve(cue) if cue else None
            if found is not None and cue is not None and self._stays_text(block, cue, found):
                found, self.runs = None, runs  # the line is text: it starts no run of ordinals
                cue = None
            if found is None or cue is None:
                self._unnamed(block, cue)
                continue
            self._heading(block, found, cue)
        return self.entries, self._writes()

    def _left_out(self, i: int, block: SourceBlock) -> bool:
        """Blocks that are no clause's text, listed with the reason: the table of contents,
        pictures, and what our export generated around the texts (word_marks.py). A caption
        just above a table is the table's title line ("表：标题"), or nothing if it is only
        the number the export gave; a caption under a picture goes with the picture."""
        why: tuple[str, str] | None = None
        if block.kind == "toc":
            why = ("目录", "table of contents")
        elif block.kind in ("paragraph", "list") and is_toc_line(block.plain):
            why = ("目录行", "a contents line")
        elif block.kind == "picture":
            why = ("图片不导入", "pictures are not imported")
        elif block.role in GENERATED:
            why = GENERATED[block.role][1:]
        elif block.role == "caption":
            following = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
            before = self.blocks[i - 1] if i else None
            if following is not None and following.kind == "table":
                title = table_title(block.plain)
                if title:
                    self._text(block, f"表：{title}", how=("表题注", "a table's caption"))
                    return True
                if table_label_only(block.plain):
                    why = ("表题注，表号由导出编排", "a table's caption: the export numbers tables")
            elif before is not None and before.kind == "picture":
                why = ("图题注，图片不导入", "a picture's caption: pictures are not imported")
        if why is None:
            return False
        self._entry(block, "unplaced", "", NOT_IMPORTED, 0, why)
        return True

    def _stays_text(self, block: SourceBlock, cue: Cue, found: Found) -> bool:
        if self.in_evidence:  # only the next part ends the evidence list
            return not self.is_part_level(block, cue)
        return self.stays_text(block, cue, found, self.styled)

    def _unnamed(self, block: SourceBlock, cue: Cue | None) -> None:
        """A block that names nothing: text of where the reading is. A heading of the writer's
        own is kept as a bold line, and one as high as the last named ends that topic
        (_close); under a real clause heading, a deeper real heading is the clause's
        Markdown heading ("#### …", which our export sets in 标题 4)."""
        body = self._markdown(block)
        styled_below = (
            self.styled
            and block.heading_level is not None
            and self.open_level is not None
            and block.heading_level > self.open_level
        )
        if cue is not None and block.role == "part":
            self._entry(block, "unplaced", "", NOT_IMPORTED, 0, ("未能识别的部分标题", "an unknown part"))
            self.item, self.dest, self.styled = None, None, False
            self.dest_why = (f"在部分标题“{_excerpt(block.plain)}”之下", f"under the part “{block.plain}”")
            return
        if styled_below and block.kind == "paragraph":
            body = "#" * min(block.heading_level or 4, 6) + " " + block.markdown
        elif (
            cue is not None
            and cue.looks
            and block.kind == "paragraph"
            and not self.in_evidence
            and (not self.styled or block.heading_level is not None)  # under a real heading: text
        ):
            body = f"**{block.plain}**"  # a heading of the writer's own: kept, as a bold line
            self._close(block)
        self._text(block, body, comment=block.kind == "comment")

    def _evidence(self, block: SourceBlock) -> None:
        """三、证实性材料 or 附件: what follows lists files, not any clause's text."""
        self.item, self.dest, self.styled, self.in_evidence = None, None, False, True
        self.dest_why = EVIDENCE_LIST
        self._entry(block, "unplaced", "", NOT_IMPORTED, 0, EVIDENCE_LIST)

    def _markdown(self, block: SourceBlock) -> tuple[str, str] | str:
        if block.kind != "list":
            return block.markdown
        if block.label == "•":
            return (f"-{block.list_id}", f"- {block.markdown}")
        if block.ordered:
            number = "".join(ch for ch in block.label if ch.isdigit())[:4] or "1"
            return (f"1{block.list_id}", f"{number}. {block.markdown}")
        return f"{block.label} {block.markdown}"

    def _close(self, block: SourceBlock) -> None:
        """A heading the reader cannot name, as high as the last one it named ("结束语" after
        "财务结果"): a new topic, so what follows is held, not added to the clause above."""
        level = block.heading_level
        if level is None or self.open_level is None or level > self.open_level or self.dest is None:
            return
        if self.item:
            self.dest = ("item", self.item)
        elif self.dest[0] == "profile":
            self.dest = ("group", self.dest[1])
        self.dest_why = (
            f"在未能识别的标题“{_excerpt(block.plain)}”之下",
            f"under the unknown heading “{block.plain}”",
        )

    def _heading(self, block: SourceBlock, found: Found, cue: Cue) -> None:
        e = found.entity
        self.by_lead = cue.strength == "lead"
        self.in_evidence = False
        if block.heading_level is not None:
            self.open_level = block.heading_level
        self.styled = block.heading_level is not None and not cue.rest
        if e.kind == "clause":
            self.item, self.dest = e.item_id, ("clause", e.id)
        elif e.kind in ("item", "category"):
            self.item = e.item_id
            clauses = self.fw.item(e.item_id).clauses
            if e.kind == "item" and len(clauses) == 1:
                self.dest = ("clause", clauses[0].id)
            else:
                self.dest = ("item", e.item_id)
                self.dest_why = (
                    ("在评分项标题下、条款标题前", "under the item's heading, before any clause")
                    if e.kind == "item"
                    else ("在类目标题下、评分项标题前", "under the category's heading, before any item")
                )
        elif e.kind == "profile":
            self.item, self.dest = None, ("profile", e.id)
        elif e.kind == "group":
            first = next((s.id for s in self.fw.profile_sections if s.id.startswith(e.id)), None)
            self.item, self.dest = None, (("group", first) if first else None)
            self.dest_why = (
                "在组织概述的部分标题下、章节标题前",
                "under a heading of the profile, before any section",
            )
        else:
            self.item, self.dest = None, None
            self.dest_why = (
                "在自我评价报告标题下、评分项标题前",
                "under the report's heading, before any item",
            )
        if cue.rest:  # a run-in heading: one line for the block, its body where the heading says
            self._text(block, cue.rest, how=(found.how_zh, found.how_en))
            return
        self._entry(block, "heading", e.id, e.describe(), 0, (found.how_zh, found.how_en))

    def _text(
        self,
        block: SourceBlock,
        body: tuple[str, str] | str,
        comment: bool = False,
        how: tuple[str, str] = ("", ""),
    ) -> None:
        in_list, text = body if isinstance(body, tuple) else ("", body)
        chars = count_markdown_chars(text)
        dest = self.dest
        if dest is None:
            self._entry(block, "unplaced", "", NOT_IMPORTED, chars, self.dest_why)
            return
        if comment:  # a reviewer's remark, not the response: held for a person to read
            why = ("Word 批注", "a Word comment")
            if self.item:
                dest = ("item", self.item)
            elif dest[0] == "profile":
                dest = ("group", dest[1])
        else:
            why = self.dest_why
        if dest[0] in ("clause", "profile") and not comment:
            self.bodies.setdefault(dest, []).append((in_list, text))
            entity = self.index.by_id[dest[1]]
            self._entry(block, dest[0], dest[1], entity.describe(), chars, how)  # type: ignore[arg-type]
            return
        home = self._holding_home(dest)
        self.held.setdefault(home, []).append((in_list, text))
        owner = dest[1] if dest[0] in ("item", "group") else home[1]
        label = clause_label(home[1]) if home[0] == "clause" else home[1]
        self._entry(
            block,
            "holding",
            home[1],
            (f"{owner} 待归位区（附在 {label} 末尾）", f"holding place of {owner} (end of {label})"),
            chars,
            why,
        )

    def _holding_home(self, dest: Dest) -> Dest:
        if dest[0] == "item":
            return ("clause", self.fw.item(dest[1]).clauses[0].id)
        if dest[0] == "group":
            return ("profile", dest[1])
        return dest

    def _entry(
        self,
        block: SourceBlock,
        goes: Goes,
        target: str,
        names: tuple[str, str],
        chars: int,
        why: tuple[str, str] = ("", ""),
    ) -> None:
        place_zh, place_en = block.place()
        self.entries.append(
            PlanEntry(
                block.number,
                place_zh,
                place_en,
                _excerpt(block.plain),
                goes,
                target,
                names[0],
                names[1],
                chars,
                why[0],
                why[1],
            )
        )

    def _writes(self) -> list[Write]:
        order: list[Dest] = []
        for dest in [*self.bodies, *self.held]:
            if dest not in order:
                order.append(dest)
        writes = []
        for kind, target in order:
            entity: Entity = self.index.by_id[target]
            zh, _ = entity.describe()
            writes.append(
                Write(
                    kind,  # type: ignore[arg-type]
                    target,
                    zh,
                    _join(self.bodies.get((kind, target), [])),
                    _join(self.held.get((kind, target), [])),
                )
            )
        return writes


def _join(chunks: list[tuple[str, str]]) -> str:
    """Blocks one after another; items of one list (the same kind and Word list: the first
    of each chunk) stay together as one list, and a list right after another is its own."""
    out = ""
    for i, (in_list, text) in enumerate(chunks):
        if i:
            out += "\n" if in_list and chunks[i - 1][0] == in_list else "\n\n"
        out += text
    return out


def build_plan(source: str, fw: Framework, blocks: list[SourceBlock]) -> WordImportPlan:
    builder = _Builder(fw, blocks)
    entries, writes = builder.build()
    return WordImportPlan(source, builder.edition, tuple(entries), tuple(writes))
