"""The work of a merge, without widgets (it runs in a worker): read and preview the
assessors' workbooks or project files, apply them, and word the result in the interface
language. The merge itself is services.merge (project files) and services.score_import
(workbooks)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from excellence_app.ui.shell import i18n

if TYPE_CHECKING:
    from excellence_app.export.xlsx_reader import Problem
    from excellence_app.services.merge import Change, MergePreview
    from excellence_app.services.project import ProjectService

WORKBOOK, PROJECT = "workbook", "project"


def joined(names: list[str]) -> str:
    """A list as each language writes one: 甲、乙 or A, B."""
    return (", " if i18n.english() else "、").join(names)


def problem_line(file: str, p: Problem) -> str:
    where = f"{p.sheet}!{p.cell}" if p.sheet else (p.cell or file)
    text = p.en if i18n.english() else p.zh
    if p.sheet:
        return QCoreApplication.translate("Merge", "{0} · {1}：{2}").format(file, where, text)
    return QCoreApplication.translate("Merge", "{0}：{1}").format(where, text)


@dataclass
class Prepared:
    kind: str
    paths: list[Path]
    previews: list[MergePreview] = field(default_factory=list)
    problems: list[tuple[str, Problem]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # files that cannot be merged into this cycle

    @property
    def changes(self) -> list[Change]:
        return [c for p in self.previews for c in p.changes]

    @property
    def fixable(self) -> bool:
        """Some problems are in rows only: the valid rows could be imported alone."""
        return any(not p.fatal for _f, p in self.problems)


def prepare(svc: ProjectService, cycle_id: int, kind: str, paths: list[Path]) -> Prepared:
    from excellence_app.services import merge

    out = Prepared(kind, list(paths))
    for path in paths:
        if kind == PROJECT:
            out.previews.append(merge.preview_project_file(svc, cycle_id, path))
            continue
        plan, problems = merge.preview_workbook(svc, cycle_id, path)
        out.previews.append(plan)
        out.problems += [(path.name, p) for p in problems]
        if not plan.submissions and not any(p.fatal for p in problems):
            out.refused.append(path.name)  # it belongs to another cycle of this project
    return out


class _NotImported(Exception):
    """Rolls back the trainee made for a workbook that was then not imported."""


def apply_prepared(
    svc: ProjectService,
    cycle_id: int,
    prepared: Prepared,
    *,
    overwrite: bool,
    partial: bool,
    new_role: str | None,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> list[Any]:
    """Apply each file in turn; returns ImportReports (workbooks) or applied counts (projects)."""
    from excellence_app.services import merge
    from excellence_app.services.score_import import import_scores

    results: list[Any] = []
    known = {a.name for a in svc.snapshot(cycle_id).assessors}
    for n, (path, plan) in enumerate(zip(prepared.paths, prepared.previews, strict=True)):
        if cancelled():
            break
        progress(n, len(prepared.paths))
        if prepared.kind == PROJECT:
            results.append(merge.apply(svc, cycle_id, plan, overwrite=overwrite))
            continue
        # Each file is one transaction, the trainee it makes included: a failure or a kill
        # leaves the files before it merged and this one not at all, and a workbook that is
        # not imported leaves no trainee without scores behind.
        made: set[str] = set()
        try:
            with svc.batch():
                for sub in plan.submissions:  # trainees' workbooks make trainees, not members
                    if new_role and sub.assessor not in known:
                        svc.scoring.add_assessor(cycle_id, sub.assessor, new_role)
                        made.add(sub.assessor)
                report = import_scores(svc, path, partial=partial)
                if made and not report.applied:
                    raise _NotImported
        except _NotImported:
            made.clear()
        results.append(report)
        known |= made
    progress(len(prepared.paths), len(prepared.paths))
    return results


def report_lines(prepared: Prepared, results: list[Any], overwrite: bool) -> tuple[str, list[str]]:
    """The result in the interface language: a headline, then one line per file and problem."""
    lines: list[str] = []
    if prepared.kind == PROJECT:
        headline = QCoreApplication.translate("Merge", "已合并 {0} 处改动。").format(sum(results))
        kept = sum(1 for c in prepared.changes if c.conflict)
        if kept and not overwrite:
            headline += QCoreApplication.translate("Merge", "有 {0} 处冲突保留了项目中现有的内容。").format(
                kept
            )
        return headline, lines
    imported = 0
    for r in results:
        name = r.workbook.name
        if not r.applied:
            lines.append(
                QCoreApplication.translate("Merge", "{0}：未导入，请改正下列问题后重新导入。").format(name)
            )
        elif r.changes == 0:
            lines.append(
                QCoreApplication.translate("Merge", "{0}：评审员“{1}”的内容与项目一致，没有改动。").format(
                    name, r.assessor
                )
            )
            imported += 1
        else:
            lines.append(
                QCoreApplication.translate(
                    "Merge",
                    "{0}：已导入评审员“{1}”——评分 {2} 项有改动，新增意见 {3} 条，修改 {4} 条，删除 {5} 条。",
                ).format(
                    name,
                    r.assessor,
                    r.scores_changed,
                    r.comments_added,
                    r.comments_updated,
                    r.comments_deleted,
                )
            )
            imported += 1
        lines += [problem_line(name, p) for p in r.problems]
    headline = QCoreApplication.translate("Merge", "已导入 {0} 个工作簿，共 {1} 个。").format(
        imported, len(results)
    )
    problems = sum(len(r.problems) for r in results)
    if problems:
        headline += QCoreApplication.translate("Merge", "有 {0} 处问题，见下方（工作表!单元格）。").format(
            problems
        )
    return headline, lines
