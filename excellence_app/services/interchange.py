"""The whole project as one archive: ``project.yaml`` plus ``evidence/<sha256>``, and back.

Export reads snapshots and writes a zip whose bytes depend only on the project
(fixed timestamps, fixed member order), so exporting twice gives the same file.
Import checks the whole archive first, then writes every row directly in one
transaction into a file built under a temporary name: either the complete
project appears, or nothing does, and the archived audit trail is kept as it was.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from pydantic import ValidationError

from excellence_app import paths
from excellence_app.core import interchange as ix
from excellence_app.core.awards import AwardRules
from excellence_app.core.errors import AppError
from excellence_app.core.framework import Framework
from excellence_app.core.interchange_checks import check_document
from excellence_app.core.organisation import OrgDetails
from excellence_app.core.report import Cancelled, ExportCancelled, Progress
from excellence_app.core.shapes import build
from excellence_app.core.snapshots import CycleSnapshot
from excellence_app.core.validation import first_problem
from excellence_app.services import reader
from excellence_app.services.evidence import DEFAULT_MAX_EVIDENCE
from excellence_app.services.exports import write_atomically
from excellence_app.services.interchange_archive import EVIDENCE_DIR, ArchiveSource, open_archive
from excellence_app.services.interchange_rows import fill_project
from excellence_app.services.project import ProjectService, builtin_awards, load_framework
from excellence_app.storage import database, rows

SAMPLE = "lanqiao"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _time(value: datetime) -> str:
    return value.replace(microsecond=0).isoformat()


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


# --- export --------------------------------------------------------------------------------
def _audit_docs(rows: list[reader.Row]) -> list[ix.AuditDoc]:
    return [
        ix.AuditDoc(at=_time(r.at), actor=r.actor, action=r.action, target=r.target, detail=r.detail)
        for r in rows
    ]


def _cycle_doc(snap: CycleSnapshot, audit: list[reader.Row]) -> ix.CycleDoc:
    names = {a.id: a.name for a in snap.assessors}
    keys = {c.id: c.key for c in snap.comments}
    comments = sorted(snap.comments, key=lambda c: (ix.id_key(c.item_id), c.position, c.id))
    indicators = sorted(snap.indicators, key=lambda i: (ix.id_key(i.item_id), i.position, i.id))
    return ix.CycleDoc(
        name=snap.cycle.name,
        award_profile=snap.cycle.award_profile,
        created_at=_time(snap.cycle.created_at),
        as_of=snap.cycle.as_of.isoformat() if snap.cycle.as_of else None,
        submitted_on=snap.cycle.submitted_on.isoformat() if snap.cycle.submitted_on else None,
        profile=dict(snap.profile),
        responses={
            cid: ix.ResponseDoc(
                status=r.status, text=r.text, updated_at=_time(r.updated_at) if r.updated_at else None
            )
            for cid, r in snap.responses.items()
        },
        assessors=[
            ix.AssessorDoc(
                name=a.name,
                role=a.role,
                scores={
                    s.item_id: ix.ScoreDoc(percent=s.percent, factors=dict(s.factors), rationale=s.rationale)
                    for s in snap.scores
                    if s.assessor_id == a.id
                },
            )
            for a in snap.assessors
        ],
        consensus={
            iid: ix.ConsensusDoc(
                percent=c.percent, rationale=c.rationale, agreed_by=c.agreed_by, agreed_at=_time(c.agreed_at)
            )
            for iid, c in snap.consensus.items()
        },
        comments=[
            ix.CommentDoc(
                key=c.key,
                item=c.item_id,
                kind=c.kind,
                significance=c.significance,
                clause=c.clause_id,
                factor=c.factor,
                author=c.author,
                assessor=names.get(c.assessor_id) if c.assessor_id else None,
                text=c.text,
            )
            for c in comments
        ],
        evidence=[
            ix.EvidenceDoc(
                sha256=e.sha256,
                name=e.name,
                media_type=e.media_type,
                description=e.description,
                added_at=_time(e.added_at),
                links=[ix.LinkDoc(item=k.item_id, clause=k.clause_id) for k in e.links],
                kind=e.kind,
            )
            for e in snap.evidence
        ],
        indicators=[
            ix.IndicatorDoc(
                item=i.item_id,
                name=i.name,
                unit=i.unit,
                better=i.better,
                target=i.target,
                strategic_link=i.strategic_link,
                values={p.period: p.value for p in i.values},
                comparisons=[
                    ix.ComparisonDoc(
                        kind=c.kind,
                        name=c.name,
                        source=c.source,
                        values={p.period: p.value for p in c.values},
                    )
                    for c in i.comparisons
                ],
            )
            for i in indicators
        ],
        actions=[
            ix.ActionDoc(
                title=a.title,
                item=a.item_id,
                comment=keys.get(a.comment_id) if a.comment_id else None,
                owner=a.owner,
                due=_day(a.due),
                status=a.status,
                expected_effect=a.expected_effect,
                created_at=_time(a.created_at),
            )
            for a in snap.actions
        ],
        audit=_audit_docs(audit),
    )


def project_document(svc: ProjectService) -> ix.ProjectDocument:
    """The whole project as the interchange document."""
    with svc.reading() as conn:
        return _readable_document(conn)


def _readable_document(conn: sqlite3.Connection) -> ix.ProjectDocument:
    """The document, or one line saying which stored value no document may hold.

    Another program (or a damaged disk) may have put values into the file that the
    services never write; the export refuses them instead of writing a document that
    no import would take.
    """
    try:
        return _document(conn)
    except ValidationError as exc:
        path, zh, en = first_problem(exc)
        raise AppError(
            f"项目文件中有无法导出的取值（{exc.title} 的 {path}：{zh}），文件可能已损坏；运行 check 可列出问题",
            f"the project file holds a value no export can carry ({exc.title}, {path}: {en}); "
            f"it may be damaged; run check to list the problems",
        ) from None
    except (ValueError, TypeError, LookupError) as exc:
        # Stored times, numbers or references that cannot be read back as what they claim to be.
        raise AppError(
            f"项目文件中有无法读取的数据（{type(exc).__name__}），文件可能已损坏；运行 check 可列出问题",
            f"the project file holds data that cannot be read ({type(exc).__name__}); it may be damaged; "
            f"run check to list the problems",
        ) from None


def _document(conn: sqlite3.Connection) -> ix.ProjectDocument:
    # One read transaction (ProjectService.reading): every part shows the same moment.
    info = reader.project_info(conn)
    audit = rows.fetch(conn, "audit")
    awards = rows.fetch(conn, "award_profile")
    snaps = [reader.read_cycle(conn, c.id) for c in reader.cycles(conn)]
    files: dict[str, ix.EvidenceFile] = {}
    for snap in snaps:
        for e in snap.evidence:
            files.setdefault(
                e.sha256, ix.EvidenceFile(sha256=e.sha256, name=e.name, media_type=e.media_type, size=e.size)
            )
    return ix.ProjectDocument(
        format=ix.FORMAT,
        format_version=ix.FORMAT_VERSION,
        organisation=ix.Organisation(
            name=info.org_name,
            framework=info.framework_id,
            spread_threshold=info.spread_threshold,
            created_at=_time(info.created_at),
            details=info.details if info.details != OrgDetails() else None,
        ),
        award_profiles=[
            ix.AwardProfileDoc(
                id=a.id,
                name=a.name,
                name_en=a.name_en,
                profile_chars=a.profile_chars,
                report_chars=a.report_chars,
                pages=a.pages,
                rules=build(AwardRules, a.rules) if a.rules else None,
            )
            for a in awards
        ],
        evidence_files=[files[sha] for sha in sorted(files)],
        cycles=[_cycle_doc(snap, [r for r in audit if r.cycle_id == snap.cycle.id]) for snap in snaps],
        audit=_audit_docs([r for r in audit if r.cycle_id is None]),
    )


def _members(svc: ProjectService, progress: Progress | None = None) -> Iterator[tuple[str, bytes]]:
    with svc.reading() as conn:
        doc = _readable_document(conn)
        total = 1 + len(doc.evidence_files)
        if progress is not None:
            progress(0, total)
        yield ix.DOCUMENT_NAME, ix.dump_document(doc)
        for n, file in enumerate(doc.evidence_files, start=1):
            if progress is not None:
                progress(n, total)
            blob = rows.one(conn, "evidence_blob", sha256=file.sha256)
            if blob is None or not isinstance(blob.data, bytes) or len(blob.data) != file.size:
                raise AppError(
                    f"项目文件中的证据文件 {file.name} 缺失或已损坏，未写出任何文件；运行 check 可列出问题",
                    f"the evidence file {file.name} is missing or damaged in the project file; "
                    f"nothing was written; run check to list the problems",
                )
            yield f"{EVIDENCE_DIR}/{file.sha256}", blob.data


def export_project(
    svc: ProjectService, out: Path, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> Path:
    """Write the project archive; the same project always gives the same bytes. A cancel
    (``cancelled`` asked between members) leaves no file."""

    def write(tmp: Path) -> tuple[()]:
        with zipfile.ZipFile(tmp, "w") as zf:
            for name, data in _members(svc, progress):
                if cancelled is not None and cancelled():
                    raise ExportCancelled
                info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3
                info.external_attr = 0o100644 << 16
                zf.writestr(info, data, compresslevel=6)
        return ()

    return write_atomically(Path(out), write).path


def export_project_folder(svc: ProjectService, folder: Path) -> Path:
    """The same content as a folder (how the sample is kept in resources/samples)."""
    folder = Path(folder)
    if folder.exists():
        raise AppError(f"文件夹已存在：{folder}", f"the folder already exists: {folder}")
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    tmp.chmod(0o755)  # mkdtemp makes it private; the folder is meant to be shared like any other
    try:
        for name, data in _members(svc):
            (tmp / name).parent.mkdir(exist_ok=True)
            (tmp / name).write_bytes(data)
        os.replace(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return folder


# --- import --------------------------------------------------------------------------------
def read_document(source: ArchiveSource) -> tuple[ix.ProjectDocument, Framework]:
    """The archive's document, checked in full against its framework and its evidence files."""
    data = source.document()
    try:
        doc = ix.load_document(data)
        fw = load_framework(doc.organisation.framework)
        check_document(doc, fw, {a.id for a in builtin_awards()}, source.max_evidence_bytes)
    except AppError as exc:
        raise source.refuse(exc.zh, exc.en) from None
    source.check_listing(doc.evidence_files)
    return doc, fw


def import_project(
    archive: Path,
    file: Path,
    actor: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ProjectService:
    """Build a new project file from an archive (zip or folder) and open it. ``progress`` hears
    of the three steps (checked, built, opened); a cancel before the file is in place leaves none."""
    file = Path(file)
    if file.exists():
        raise AppError(
            f"文件已存在：{file}（不会覆盖）", f"the file already exists: {file} (not overwritten)"
        )

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise AppError("导入已取消，未建立项目文件", "import cancelled; no project file was made")
        if progress is not None:
            progress(done, 3)

    step(0)
    with open_archive(Path(archive), DEFAULT_MAX_EVIDENCE) as source:
        doc, fw = read_document(source)
        step(1)

        def fill(s) -> None:
            fill_project(s, doc, fw, source)
            step(2)  # still inside the build: a cancel here discards the half-built file

        database.create(file, fill)
    return ProjectService.open(file, actor)


def sample_folder() -> Path:
    return paths.samples_dir() / SAMPLE


def write_sample(file: Path, actor: str | None = None) -> ProjectService:
    """The sample organisation (示例企业) as a new project file."""
    return import_project(sample_folder(), file, actor)
