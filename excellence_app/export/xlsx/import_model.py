"""What reading an assessor's workbook yields, and the check that it belongs to this project.

Pure data and pure checks, shared by the reader (export) and the import (services).
"""

from __future__ import annotations

import hmac
from collections.abc import Sequence
from dataclasses import dataclass, field

from openpyxl.worksheet.worksheet import Worksheet

from excellence_app.core import pack_moves
from excellence_app.core.framework import Framework
from excellence_app.core.snapshots import CycleInfo, ProjectInfo
from excellence_app.core.textclean import clean_text
from excellence_app.export.xlsx import assessor_layout as L


@dataclass(frozen=True)
class Problem:
    sheet: str  # "" when the problem concerns the file as a whole
    cell: str
    zh: str
    en: str
    fatal: bool = False  # nothing at all can be imported, not even with --partial

    def line(self) -> str:
        where = f"{self.sheet}!{self.cell}" if self.sheet else (self.cell or "文件")
        return f"{where}：{self.zh}（{self.en}）"


@dataclass(frozen=True)
class Identity:
    values: dict[str, str]
    cells: dict[str, str]  # key → its cell on the hidden sheet, for problems

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, "")


@dataclass(frozen=True)
class ScoreEntry:
    row: int
    item_id: str
    percent: int | None
    factors: dict[str, int]
    rationale: str


@dataclass(frozen=True)
class CommentEntry:
    row: int
    key: str
    item_id: str
    kind: str
    text: str  # empty on a row that had a comment: the assessor deleted it
    significance: str
    clause_id: str | None
    factor: str | None


@dataclass(frozen=True)
class ParsedWorkbook:
    identity: Identity | None
    scores: tuple[ScoreEntry, ...] = ()
    comments: tuple[CommentEntry, ...] = ()
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def fatal(self) -> bool:
        return self.identity is None or any(p.fatal for p in self.problems)


def check_identity(
    identity: Identity, project: ProjectInfo, cycles: Sequence[CycleInfo]
) -> tuple[CycleInfo | None, list[Problem]]:
    """The cycle the workbook belongs to, or why it belongs to another project or cycle,
    or why its identity cannot be trusted (the signature does not match this project file).

    Names are compared as the workbook shows them: the writer replaces control characters.
    """

    def at(key: str, zh: str, en: str) -> Problem:
        return Problem(L.META_SHEET, identity.cells.get(key, "A1"), zh, en, True)

    if (
        identity["project_created"] != project.created_at.isoformat()
        or identity["organisation"] != clean_text(project.org_name)[0]
    ):
        return None, [
            at(
                "organisation",
                f"工作簿属于另一个项目（“{identity['organisation']}”），不是本项目“{project.org_name}”",
                f"the workbook belongs to another project ({identity['organisation']}), "
                f"not {project.org_name}",
            )
        ]
    cycle = next(
        (
            c
            for c in cycles
            if str(c.id) == identity["cycle_id"]
            and c.created_at.isoformat() == identity["cycle_created"]
            and clean_text(c.name)[0] == identity["cycle_name"]
        ),
        None,
    )
    if cycle is None:
        wanted = identity["cycle_name"]
        if any(c.name == wanted for c in cycles):
            return None, [
                at(
                    "cycle_name",
                    f"工作簿中的评价周期“{wanted}”与本项目中的同名周期不是同一个"
                    "（该周期可能已被删除后重建），请重新导出评审员工作簿",
                    f"cycle {wanted} of the workbook is not this project's cycle of that name "
                    "(deleted and made anew?); export the assessor workbook again",
                )
            ]
        return None, [
            at(
                "cycle_name",
                f"工作簿属于评价周期“{wanted}”，本项目中没有这个周期"
                f"（现有：{'、'.join(c.name for c in cycles)}）",
                f"the workbook belongs to cycle {wanted}, which this project does not have "
                f"(there are: {', '.join(c.name for c in cycles)})",
            )
        ]
    expected = L.identity_signature(identity.values, project.workbook_key)
    if not hmac.compare_digest(identity[L.SIGNATURE].encode(), expected.encode()):
        return None, [
            at(
                L.SIGNATURE,
                f"隐藏的标识工作表“{L.META_SHEET}”被改动过（签名不符：评审员、标识或导出时间等被修改），"
                "或工作簿由另一份项目文件导出（例如经过导出、导入项目）；不予导入，请项目负责人重新导出评审员工作簿",
                f"the hidden identity sheet {L.META_SHEET} was altered (its signature does not match: the "
                "assessor, token or export time changed), or the workbook comes from another copy of the "
                "project (e.g. via export-project/import-project); refused, export a fresh assessor workbook",
            )
        ]
    return cycle, []


def read_identity(ws: Worksheet, fw: Framework) -> tuple[Identity, list[Problem]]:
    values: dict[str, str] = {}
    cells: dict[str, str] = {}
    for row in range(1, len(L.META_KEYS) + 5):
        key, value = ws.cell(row, 1).value, ws.cell(row, 2)
        if isinstance(key, str) and (key in L.META_KEYS or key == L.SIGNATURE):
            values[key] = "" if value.value is None else str(value.value)
            cells[key] = value.coordinate
    identity = Identity(values, cells)
    problems: list[Problem] = []

    def fail(key: str, zh: str, en: str) -> None:
        problems.append(Problem(L.META_SHEET, cells.get(key, "A1"), zh, en, True))

    if identity["format"] != L.FORMAT:
        fail("format", "这不是本程序导出的评审员评分工作簿", "not an assessor workbook from this program")
    elif identity["format_version"] == L.UNSIGNED_VERSION:
        # Refused, not merely warned about: were an unsigned workbook accepted, removing the
        # signature would be all it takes to get an altered identity imported.
        fail(
            "format_version",
            f"工作簿由旧版程序导出，标识工作表“{L.META_SHEET}”没有签名，无法确认未被改动；"
            "请项目负责人导出新的评审员工作簿",
            f"the workbook was exported by an older version: its identity sheet {L.META_SHEET} is not "
            "signed, so it cannot be trusted; ask the lead to export a fresh assessor workbook",
        )
    elif identity["format_version"] != L.FORMAT_VERSION:
        fail(
            "format_version",
            "工作簿来自更新版本的程序，请升级后再导入",
            "the workbook comes from a newer version of the program",
        )
    elif not identity["assessor"].strip():
        fail("assessor", "工作簿没有写明评审员", "the workbook names no assessor")
    elif (identity["framework_id"], identity["framework_version"]) != (
        fw.id,
        fw.version,
    ) and fw.version not in {
        m.to_version for m in pack_moves.moves_from(identity["framework_id"], identity["framework_version"])
    }:  # a workbook of an earlier pack version is read with its clauses moved (core.pack_moves)
        fail(
            "framework_id",
            f"工作簿按评价框架 {identity['framework_id']} {identity['framework_version']} 制作，"
            f"与本项目的 {fw.id} {fw.version} 不同",
            f"the workbook was made for framework {identity['framework_id']} "
            f"{identity['framework_version']}, the project uses {fw.id} {fw.version}",
        )
    return identity, problems
