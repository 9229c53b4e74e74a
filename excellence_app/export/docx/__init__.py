"""Word exports: the application package as an editable .docx, from the same ReportInput, in
the same order and with the same words, numbers, captions and figures as the PDF.

``write_docx`` is the one entry point; services/exports.py calls it with a temporary path
and renames the file only when it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from excellence_app.core.errors import InvalidValue
from excellence_app.core.report import Cancelled, Progress, ReportInput

KINDS = ("package", "report")


def write_docx(
    data: ReportInput,
    out: Path,
    *,
    kind: str = "package",
    include_scores: bool = False,
    evidence_data: Callable[[str], bytes] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[tuple[str, str]]:
    """Write the document of this kind to ``out``; returns the warnings as (zh, en) pairs.

    Raises core.report.ExportCancelled as soon as ``cancelled()`` turns true.
    """
    from excellence_app.export.docx.document import WordContext

    if kind not in KINDS:
        raise InvalidValue(
            f"未知的 Word 文档类型 {kind}（可选：package、report）",
            f"unknown Word document kind {kind} (package or report)",
        )
    ctx = WordContext(
        data,
        include_scores=include_scores,
        evidence_data=evidence_data,
        progress=progress,
        cancelled=cancelled,
    )
    if kind == "package":
        from excellence_app.export.docx.package import build_package

        build_package(ctx)
    else:
        from excellence_app.export.docx.report import build_report

        build_report(ctx)
    ctx.check_cancelled()
    ctx.save(out)
    return ctx.notes.items()
