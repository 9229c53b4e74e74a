"""Document exports: gather the input once, write to a temporary name, rename at the end.

A cancelled or failed export therefore never leaves a half-written file.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from excellence_app.core.awards import AwardProfile
from excellence_app.core.errors import AppError
from excellence_app.core.report import Cancelled, ExportCancelled, Progress, ReportInput, cycle_history
from excellence_app.core.textclean import clean_snapshot, clean_text
from excellence_app.services.project import ProjectService
from excellence_app.storage import leftovers
from excellence_app.storage.inspection import SQLITE_MAGIC
from excellence_app.storage.migration import APPLICATION_ID

Warnings = tuple[tuple[str, str], ...]
# No room left: the disk, the user's quota, or the largest file allowed (EFBIG) all mean the same to the user.
_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


@dataclass(frozen=True)
class ExportResult:
    path: Path
    warnings: Warnings


def report_input(svc: ProjectService, cycle_id: int, today: date | None = None) -> ReportInput:
    """What every writer reads: the cycle and all others, their texts cleaned once for every format."""
    found: list[tuple[str, str]] = []
    snapshots = []
    awards: dict[str, AwardProfile] = {}
    for cycle in svc.cycles.all():
        snap, changed = clean_snapshot(svc.snapshot(cycle.id), name_cycle=cycle.id != cycle_id)
        found += changed
        award_id = snap.cycle.award_profile
        awards[award_id] = _clean_award(svc.award_profile(award_id), found)
        snapshots.append(snap)
    history = cycle_history(svc.framework, snapshots, awards.__getitem__)
    current = next(h for h in history if h.snapshot.cycle.id == cycle_id)
    return ReportInput(
        svc.framework,
        current.snapshot,
        current.summary,
        _clean_award(svc.award_profile(current.snapshot.cycle.award_profile), []),
        today or date.today(),
        history,
        tuple(dict.fromkeys(found)),  # the organisation's name is in every cycle: said once
    )


def _clean_award(award: AwardProfile, found: list[tuple[str, str]]) -> AwardProfile:
    name, changed = clean_text(award.name)
    name_en, changed_en = clean_text(award.name_en)
    if not (changed or changed_en):
        return award
    found.append(
        (
            f"评奖配置“{name}”的名称含有控制字符或无效字符，导出时已替换为可见符号，项目中的原文未改动",
            f"the name of award profile {name_en or name} holds control or invalid characters, shown "
            "as visible marks in the export; the project itself is unchanged",
        )
    )
    return replace(award, name=name, name_en=name_en)


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
        if exc.errno in _FULL:
            raise AppError(
                f"磁盘已满（或文件超出允许的大小），未写出文件 {out}",
                f"the disk is full (or the file exceeds the size allowed); nothing written to {out}",
            ) from None
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

    return _document(write_pdf, svc, cycle_id, out, kind, include_scores, progress, cancelled)


def export_docx(
    svc: ProjectService,
    cycle_id: int,
    out: Path,
    *,
    kind: str = "package",
    include_scores: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """The package (or the report) as a Word document, from the same input as the PDF."""
    from excellence_app.export.docx import write_docx

    return _document(write_docx, svc, cycle_id, out, kind, include_scores, progress, cancelled)


def _document(
    writer: Callable[..., Sequence[tuple[str, str]]],
    svc: ProjectService,
    cycle_id: int,
    out: Path,
    kind: str,
    include_scores: bool,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ExportResult:
    """The package or the report through ``writer`` (PDF or Word), from one input, written
    atomically; the warnings of the input's texts come first."""
    data = report_input(svc, cycle_id)
    options = {"kind": kind, "include_scores": include_scores, "evidence_data": svc.evidence.blob}
    return write_atomically(
        out,
        lambda tmp: (
            data.text_warnings + tuple(writer(data, tmp, progress=progress, cancelled=cancelled, **options))
        ),
    )


XLSX_KINDS = ("scoring", "submission")


def export_xlsx(
    svc: ProjectService,
    cycle_id: int,
    out: Path,
    *,
    kind: str = "scoring",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """The scoring workbook (``scoring``) or the 自评表 an award office receives (``submission``)."""
    if kind not in XLSX_KINDS:
        raise AppError(
            f"Excel 导出的种类应为 {' / '.join(XLSX_KINDS)}，收到 {kind}",
            f"an Excel export is one of {', '.join(XLSX_KINDS)}, not {kind}",
        )
    data = report_input(svc, cycle_id)
    if kind == "submission":
        from excellence_app.export.xlsx.submission import write_submission

        shown = _submission_text_warnings(svc, cycle_id)
        return write_atomically(
            out,
            lambda tmp: shown + tuple(write_submission(data, tmp, progress=progress, cancelled=cancelled)),
        )
    from excellence_app.export.xlsx import write_workbook

    return write_atomically(
        out,
        lambda tmp: (
            data.text_warnings + tuple(write_workbook(data, tmp, progress=progress, cancelled=cancelled))
        ),
    )


def _submission_text_warnings(svc: ProjectService, cycle_id: int) -> Warnings:
    """The cleaned texts the 自评表 shows: only the organisation's and the award's names.

    The project's other texts (responses, comments, assessors' names) are not in the table,
    so a change made to them is not mentioned.
    """
    found: list[tuple[str, str]] = []
    raw = svc.snapshot(cycle_id)
    name, changed = clean_text(raw.project.org_name)
    if changed:
        found.append(
            (
                f"组织名称“{name}”含有控制字符或无效字符，导出时已替换为可见符号，项目中的原文未改动",
                f"the organisation name {name} holds control or invalid characters, shown as visible "
                "marks in the export; the project itself is unchanged",
            )
        )
    _clean_award(svc.award_profile(raw.cycle.award_profile), found)
    return tuple(found)


def export_assessor_workbook(svc: ProjectService, cycle_id: int, out: Path, assessor: str) -> ExportResult:
    from excellence_app.export.xlsx_template import write_assessor_workbook

    data = report_input(svc, cycle_id)
    cleaned = _assessor_text_warnings(svc, cycle_id, assessor)
    assessor = clean_text(assessor)[0]
    key = svc.project_info().workbook_key
    result = write_atomically(
        out, lambda tmp: cleaned + tuple(write_assessor_workbook(data, tmp, assessor, key))
    )
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


def _assessor_text_warnings(svc: ProjectService, cycle_id: int, assessor: str) -> Warnings:
    """The cleaned texts an assessor's workbook shows: the names, the assessor's own scores and comments.

    The rest of the project is not in that workbook, so its cleaned texts are not mentioned.
    """
    raw = svc.snapshot(cycle_id)
    name, renamed = clean_text(assessor)
    own = tuple(a for a in raw.assessors if clean_text(a.name)[0] == name)
    ids = {a.id for a in own}
    shown = replace(
        raw,
        profile={},
        responses={},
        assessors=own,
        scores=tuple(s for s in raw.scores if s.assessor_id in ids),
        consensus={},
        comments=tuple(c for c in raw.comments if c.assessor_id in ids),
        evidence=(),
        indicators=(),
        actions=(),
    )
    found = clean_snapshot(shown)[1]
    if renamed and not own:
        found.append(
            (
                f"评审员姓名“{name}”含有控制字符或无效字符，已替换为可见符号",
                f"the assessor name {name} holds control or invalid characters, replaced by visible marks",
            )
        )
    return tuple(found)
