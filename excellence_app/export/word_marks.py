"""How our Word exports mark the paragraphs they generate, shared by the writer (export/docx)
and the reader (export/docx_import): a package exported and read back must give every
clause exactly its own text, not the captions, sources and notes the export put around it.

- Captions are Word's own 题注 ("Caption"), which people use too. The reader turns a caption
  just above a table back into our "表：标题" line and leaves out a caption under a picture
  (the picture is not imported), whoever wrote the report.
- What only the export writes — a figure's data source, a note such as （未填写）, an item's
  score line and its evidence citation — is set in a style of our own. The reader leaves
  those paragraphs out, each listed with its reason. A person's report has none of them.
- Our part titles (一、组织概述 … 三、证实性材料) have a style of our own too; the reader
  knows a part by its words, the style only says that the line is a part title.

Styles are known by id and by name: Word keeps the names it is given, but may give a style
a new id when it saves the file again.
"""

from __future__ import annotations

CAPTION = "Caption"  # Word's built-in 题注: its id and its name
CAPTION_NAMES = ("caption", "题注")  # as Word (lower case) and WPS write the name

PART_ID, PART_NAME = "ExaPart", "部分标题"

# id → (name, what it is (zh, en)) of every style the export uses for text it generates
GENERATED: dict[str, tuple[str, str, str]] = {
    "ExaSource": ("图表来源", "导出生成的数据来源", "a data source the export generates"),
    "ExaNote": ("说明文字", "导出生成的说明", "a note the export generates"),
    "ExaEvidenceRef": (
        "证实性材料引用",
        "导出生成的证实性材料引用",
        "an evidence citation the export generates",
    ),
    "ExaScore": ("自评得分行", "导出生成的自评得分", "a score line the export generates"),
}
GENERATED_BY_NAME = {name: ident for ident, (name, _, _) in GENERATED.items()}


def generated_style(ident: str, name: str) -> str | None:
    """The id of our generated style a Word style is (by its id or name), or None."""
    if ident in GENERATED:
        return ident
    return GENERATED_BY_NAME.get(name.strip())


def is_caption(ident: str, name: str) -> bool:
    return ident == CAPTION or name.strip().lower() in CAPTION_NAMES


def is_part(ident: str, name: str) -> bool:
    return ident == PART_ID or name.strip() == PART_NAME
