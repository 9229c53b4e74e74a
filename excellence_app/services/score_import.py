"""``import-scores``: an assessor's filled-in workbook, checked as a whole, then applied.

Nothing is applied while any problem stands, unless ``partial`` asks for the valid rows;
a workbook that belongs to another project or cycle, or cannot be read, is never applied.
Only what differs from the project is written, so importing the same workbook again
changes nothing and leaves no audit record.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from excellence_app.core.errors import AppError
from excellence_app.core.snapshots import Assessor, CycleInfo, CycleSnapshot
from excellence_app.core.textclean import clean_text
from excellence_app.export.xlsx.assessor_layout import META_SHEET
from excellence_app.export.xlsx_reader import (
    CommentEntry,
    ParsedWorkbook,
    Problem,
    ScoreEntry,
    check_identity,
    read_assessor_workbook,
)
from excellence_app.services.base import MAX_COMMENT
from excellence_app.services.project import ProjectService


@dataclass(frozen=True)
class ImportReport:
    workbook: Path
    problems: tuple[Problem, ...]
    applied: bool  # something of the workbook was applied (everything, or with partial the valid rows)
    partial: bool
    assessor: str = ""
    cycle: str = ""
    assessor_created: bool = False
    scores_changed: int = 0
    comments_added: int = 0
    comments_updated: int = 0
    comments_deleted: int = 0

    @property
    def ok(self) -> bool:
        """True only when the whole workbook was valid and applied."""
        return not self.problems

    @property
    def changes(self) -> int:
        return (
            self.scores_changed
            + self.comments_added
            + self.comments_updated
            + self.comments_deleted
            + int(self.assessor_created)
        )

    def headline(self) -> str:
        n = len(self.problems)
        if not self.applied:
            return f"未导入：工作簿 {self.workbook.name} 中有 {n} 处问题，请改正后重新导入"
        who = f"评审员“{self.assessor}”（{self.cycle}）"
        if self.changes == 0:
            done = f"{who}的工作簿与项目中的内容一致，没有需要导入的改动"
        elif self.changes == int(self.assessor_created):
            done = f"已新建{who}，但工作簿中没有填写任何评分或意见"
        else:
            parts = [
                f"评分 {self.scores_changed} 项有改动",
                f"新增意见 {self.comments_added} 条",
                f"修改 {self.comments_updated} 条",
                f"删除 {self.comments_deleted} 条",
            ]
            created = "（新建评审员）" if self.assessor_created else ""
            done = f"已导入{who}{created}：" + "，".join(parts)
        return done + (f"；另有 {n} 处问题未导入" if n else "")


@dataclass
class _Counts:
    scores: int = 0
    added: int = 0
    updated: int = 0
    deleted: int = 0
    problems: list[Problem] = field(default_factory=list)


def import_scores(svc: ProjectService, path: Path | str, *, partial: bool = False) -> ImportReport:
    path = Path(path)
    parsed = read_assessor_workbook(path, svc.framework, text_limit=MAX_COMMENT)
    # One transaction for the whole workbook, the new assessor included: it is applied in full
    # or not at all, even if the process is killed half way. Reading the file stays outside it.
    try:
        with svc.batch():
            report = _import(svc, path, parsed, partial)
            if report.applied and report.problems and not partial:
                raise _Discard(report)  # a row the services refused: all or nothing
            return report
    except _Discard as discarded:
        return replace(discarded.report, applied=False)


class _Discard(Exception):
    """Rolls the batch back, carrying the report of what would have been applied."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("discarded")
        self.report = report


def _import(svc: ProjectService, path: Path, parsed: ParsedWorkbook, partial: bool) -> ImportReport:
    problems = list(parsed.problems)
    cycle: CycleInfo | None = None
    if parsed.identity is not None and not parsed.fatal:
        cycle, wrong = check_identity(parsed.identity, svc.project_info(), svc.cycles.all())
        problems += wrong
    report = ImportReport(path, tuple(problems), applied=False, partial=partial)
    if cycle is None or parsed.fatal or (problems and not partial):
        return report
    name = parsed.identity["assessor"].strip()
    snap = svc.snapshot(cycle.id)
    # The workbook shows names and texts cleaned of control characters (core/textclean.py); they
    # are compared as shown, so importing an unchanged workbook changes nothing.
    assessor = next((a for a in snap.assessors if clean_text(a.name)[0] == name), None)
    created = assessor is None
    if assessor is None:
        try:
            assessor = svc.scoring.add_assessor(cycle.id, name)
        except AppError as exc:  # e.g. a name too long for the project
            cell = parsed.identity.cells.get("assessor", "A1")
            return replace(report, problems=(*problems, Problem(META_SHEET, cell, exc.zh, exc.en, True)))
    counts = _apply(svc, snap, cycle, assessor, parsed)
    return replace(
        report,
        problems=tuple(problems + counts.problems),
        applied=True,
        assessor=name,
        cycle=cycle.name,
        assessor_created=created,
        scores_changed=counts.scores,
        comments_added=counts.added,
        comments_updated=counts.updated,
        comments_deleted=counts.deleted,
    )


def _apply(
    svc: ProjectService, snap: CycleSnapshot, cycle: CycleInfo, assessor: Assessor, parsed: ParsedWorkbook
) -> _Counts:
    counts = _Counts()
    for entry in parsed.scores:
        _guarded(counts, "评分", entry.row, lambda e=entry: _score(svc, snap, assessor, e, counts))
    own = {c.key: c for c in snap.comments if c.assessor_id == assessor.id}
    taken = {c.key for c in snap.comments if c.assessor_id != assessor.id}
    for entry in parsed.comments:
        _guarded(
            counts,
            "优势与改进机会",
            entry.row,
            lambda e=entry: _comment(svc, cycle, assessor, own, taken, e, counts),
        )
    return counts


def _guarded(counts: _Counts, sheet: str, row: int, action) -> None:
    # The reader checks everything the services check; should a service still refuse a
    # row, that row is reported instead of stopping the rest half way.
    try:
        action()
    except AppError as exc:
        counts.problems.append(Problem(sheet, f"A{row}", exc.zh, exc.en))


def _score(
    svc: ProjectService, snap: CycleSnapshot, assessor: Assessor, entry: ScoreEntry, counts: _Counts
) -> None:
    current = snap.score(assessor.id, entry.item_id)
    before = (
        (current.percent, dict(current.factors), clean_text(current.rationale)[0])
        if current
        else (None, {}, "")
    )
    changes = {
        key: new
        for key, old, new in zip(
            ("percent", "factors", "rationale"),
            before,
            (entry.percent, entry.factors, entry.rationale),
            strict=True,
        )
        if old != new
    }
    if changes:
        svc.scoring.set_score(assessor.id, entry.item_id, **changes)
        counts.scores += 1


def _comment(
    svc: ProjectService,
    cycle: CycleInfo,
    assessor: Assessor,
    own: dict,
    taken: set[str],
    entry: CommentEntry,
    counts: _Counts,
) -> None:
    old = own.get(entry.key)
    if old is None:
        if entry.text:
            svc.comments.add_comment(
                cycle.id,
                entry.item_id,
                entry.kind,
                entry.text,
                significance=entry.significance,
                clause_id=entry.clause_id,
                factor=entry.factor,
                author=assessor.name,
                assessor_id=assessor.id,
                key=None if entry.key in taken else entry.key,
            )
            counts.added += 1
        return
    if not entry.text:
        svc.comments.delete_comment(old.id)
        counts.deleted += 1
        return
    fields = {
        "kind": entry.kind,
        "text": entry.text,
        "significance": entry.significance,
        "clause_id": entry.clause_id,
        "factor": entry.factor,
    }
    if old.item_id != entry.item_id:  # moved to another item: a comment is kept per item
        svc.comments.delete_comment(old.id)
        svc.comments.add_comment(
            cycle.id, entry.item_id, author=assessor.name, assessor_id=assessor.id, key=entry.key, **fields
        )
        counts.updated += 1
        return
    changed = {k: v for k, v in fields.items() if _shown(getattr(old, k)) != v}
    if changed:
        svc.comments.update_comment(old.id, **changed)
        counts.updated += 1


def _shown(value: object) -> object:
    return clean_text(value)[0] if isinstance(value, str) else value
