"""Document exports: gather the input once, write to a temporary name, rename at the end.

A cancelled or failed export therefore never leaves a half-written file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from excellence_app.core.errors import AppError
from excellence_app.core.report import Cancelled, CycleHistory, ExportCancelled, Progress, ReportInput
from excellence_app.services.project import ProjectService
from excellence_app.storage import leftovers
from excellence_app.storage.database import APPLICATION_ID, SQLITE_MAGIC

Warnings = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    warnings: Warnings


def report_input(svc: ProjectService, cycle_id: int, today: date | None = None) -> ReportInput:
    snap = svc.snapshot(cycle_id)
    history = []
    for cycle in svc.cycles():
        other = snap if cycle.id == cycle_id else svc.snapshot(cycle.id)
        history.append(CycleHistory(other, svc.summary_of(other)))
    summary = next(h.summary for h in history if h.snapshot.cycle.id == cycle_id)
    return ReportInput(
        svc.framework,
        snap,
        summary,
        svc.award_profile(snap.cycle.award_profile),
        today or date.today(),
        tuple(history),
    )


def _check_target(out: Path) -> None:
    """Refuse an output that would destroy a project file or cannot be a file at all."""
    if out.is_dir():
        raise AppError(f"{out} 是一个文件夹，请给出要写出的文件名", f"{out} is a folder; give a file name")
    if not out.parent.is_dir():
        raise AppError(
            f"文件夹 {out.parent} 不存在，未写出文件", f"folder {out.parent} does not exist; nothing written"
        )
    if out.exists():
        try:
            with out.open("rb") as fh:
                header = fh.read(100)
        except OSError:
            header = b""
        if header.startswith(SQLITE_MAGIC) and header[68:72] == APPLICATION_ID.to_bytes(4, "big"):
            raise AppError(
                f"{out} 是一个项目文件，导出不会覆盖它，请换一个文件名",
                f"{out} is a project file; an export never overwrites one, choose another name",
            )


def write_atomically(out: Path, write: Callable[[Path], Warnings]) -> ExportResult:
    out = Path(out)
    _check_target(out)
    leftovers.clean(out.parent)  # what a killed export left here
    try:
        held = leftovers.HeldFile(out.parent, out.name, ".part")  # locked: a live export is not a leftover
    except OSError as exc:
        raise AppError(
            f"无法在 {out.parent} 写出文件：{exc.strerror}", f"cannot write into {out.parent}: {exc.strerror}"
        ) from None
    tmp = held.path
    try:
        warnings = write(tmp)
        held.release()
        os.replace(tmp, out)
    except ExportCancelled:
        held.discard()
        raise AppError("导出已取消，未写出文件", "export cancelled; no file written") from None
    except OSError as exc:
        held.discard()
        raise AppError(f"无法写出 {out}：{exc.strerror}", f"cannot write {out}: {exc.strerror}") from None
    except BaseException:
        held.discard()
        raise
    return ExportResult(out, warnings)


def export_pdf(
    svc: ProjectService,
    cycle_id: int,
    out: Path,
    *,
    kind: str = "package",
    include_scores: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    from excellence_app.export.pdf import write_pdf

    data = report_input(svc, cycle_id)
    return write_atomically(
        out,
        lambda tmp: tuple(
            write_pdf(
                data,
                tmp,
                kind=kind,
                include_scores=include_scores,
                evidence_data=svc.blob,
                progress=progress,
                cancelled=cancelled,
            )
        ),
    )


def export_xlsx(
    svc: ProjectService,
    cycle_id: int,
    out: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    from excellence_app.export.xlsx import write_workbook

    data = report_input(svc, cycle_id)
    return write_atomically(
        out, lambda tmp: tuple(write_workbook(data, tmp, progress=progress, cancelled=cancelled))
    )


def export_assessor_workbook(svc: ProjectService, cycle_id: int, out: Path, assessor: str) -> ExportResult:
    from excellence_app.export.xlsx_template import write_assessor_workbook

    data = report_input(svc, cycle_id)
    result = write_atomically(out, lambda tmp: tuple(write_assessor_workbook(data, tmp, assessor)))
    names = [a.name for a in data.snapshot.assessors]
    if assessor.strip() not in names:
        known = "、".join(names) or "无"
        note = (
            f"本周期还没有评审员“{assessor}”（现有：{known}）；导入这份工作簿时将新建该评审员",
            f"there is no assessor {assessor} in this cycle yet (there are: {', '.join(names) or 'none'}); "
            "importing the workbook will add one",
        )
        result = ExportResult(result.path, (*result.warnings, note))
    return result
