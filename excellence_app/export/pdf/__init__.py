"""PDF exports: the award application package (申报材料) and the internal assessment report.

``write_pdf`` is the one entry point; services/exports.py calls it with a temporary
path and renames the file only when it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from excellence_app.core.errors import InvalidValue
from excellence_app.core.report import Cancelled, Progress, ReportInput
from excellence_app.export.pdf.context import BuildContext
from excellence_app.export.pdf.fonts import load_fonts
from excellence_app.export.pdf.styles import make_styles

KINDS = ("package", "report")
LIMIT_WHAT = {
    "profile": ("组织概述", "the organisational profile"),
    "report": ("自我评价报告", "the self-assessment report"),
}


def write_pdf(
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
    from excellence_app.export.pdf import package, report
    from excellence_app.export.pdf.attachments import merge_pages
    from excellence_app.export.pdf.sections import render

    if kind not in KINDS:
        raise InvalidValue(
            f"未知的 PDF 类型 {kind}（可选：package、report）", f"unknown PDF kind {kind} (package or report)"
        )
    # The package is set as the award office asks (五号/小四, its spacing); our own report as we do.
    award = data.award
    styles = make_styles(award.body_points, award.line_spacing) if kind == "package" else make_styles()
    ctx = BuildContext(
        data,
        load_fonts(),
        styles,
        include_scores=include_scores,
        evidence_data=evidence_data,
        progress=progress,
        cancelled=cancelled,
    )
    limit_warnings(ctx)
    if kind == "package":
        story, title = package.build_package(ctx), package.document_title(ctx)
    else:
        story, title = report.build_report(ctx), report.DOCUMENT_TITLE
    pages = render(ctx, Path(out), story, title)
    merge_pages(Path(out), ctx.foreign, ctx.notes.add)
    if kind == "package" and data.award.pages is not None and pages > data.award.pages:
        ctx.notes.add(
            f"申报材料共 {pages} 页，超过{data.award.name}规定的 {data.award.pages} 页",
            f"the package has {pages} pages, more than the {data.award.pages} pages "
            f"allowed by {data.award.name_en or data.award.name}",
        )
    return ctx.notes.items()


def limit_warnings(ctx: BuildContext) -> None:
    """Over a length limit is worth a warning, never a refusal: the user decides what to cut."""
    award = ctx.data.award
    for what, count, limit in ctx.summary.over_limits():
        zh, en = LIMIT_WHAT.get(what, (what, what))
        ctx.notes.add(
            f"{zh}共 {count:,} 字，超过{award.name}规定的 {limit:,} 字（多 {count - limit:,} 字）",
            f"{en} has {count:,} characters, over the limit of {limit:,} set by "
            f"{award.name_en or award.name} (by {count - limit:,})",
        )
