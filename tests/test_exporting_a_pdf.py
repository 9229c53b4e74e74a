"""PDF export of an empty project, cancellation, progress and the one-time font set-up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import new_project
from pdfs import Readback, read_back
from reportlab.pdfbase import pdfmetrics

from excellence_app.core.errors import AppError, InvalidValue
from excellence_app.core.report import ExportCancelled, ReportInput
from excellence_app.export.pdf import write_pdf
from excellence_app.export.pdf.fonts import BODY_CHAIN, load_fonts
from excellence_app.services.exports import export_pdf, report_input
from excellence_app.services.project import ProjectService


class Empty:
    def __init__(
        self,
        data: ReportInput,
        package: Readback,
        report: Readback,
        progress: list[tuple[int, int]],
        warnings: list[tuple[str, str]],
    ) -> None:
        self.data, self.package, self.report = data, package, report
        self.progress, self.warnings = progress, warnings


@pytest.fixture(scope="module")
def empty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Empty]:
    """A new project with nothing filled in, written as both documents."""
    work = tmp_path_factory.mktemp("empty")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EXCELLENCE_APP_HOME", str(work / "home"))
        with new_project(work / "e.exa", org="空白企业") as svc:
            data = report_input(svc, svc.cycles.all()[0].id)
    calls: list[tuple[int, int]] = []
    warnings = write_pdf(data, work / "package.pdf", progress=lambda d, t: calls.append((d, t)))
    warnings += write_pdf(data, work / "report.pdf", kind="report")
    yield Empty(data, read_back(work / "package.pdf"), read_back(work / "report.pdf"), calls, warnings)


def test_an_empty_project_still_exports_valid_pdfs(empty: Empty) -> None:
    fw = empty.data.framework
    for pdf in (empty.package, empty.report):
        assert len(pdf.reader.pages) >= 4
        titles = {t for _, t, _ in pdf.outline}
        assert all(any(t.startswith(f"{i.id} {i.title}") for t in titles) for i in fw.items())
    clauses = sum(1 for _ in fw.clauses())
    assert empty.package.text.count("（未填写）") == clauses + len(fw.profile_sections)
    assert "尚缺 3 份（需 3 份）" in empty.package.text  # the award's required kinds, all missing
    assert "尚无评审员对本评分项评分" in empty.report.text and "尚未制定改进计划" in empty.report.text
    assert empty.warnings == []


def test_progress_climbs_to_the_end(empty: Empty) -> None:
    done = [d for d, _ in empty.progress]
    assert len(done) > 10 and done == sorted(done)
    assert empty.progress[-1][0] == empty.progress[-1][1]


def test_cancelling_leaves_no_file(project: ProjectService, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out = tmp_path / "out" / "p.pdf"
    out.parent.mkdir()
    with pytest.raises(AppError) as err:
        export_pdf(
            project,
            project.cycles.all()[0].id,
            out,
            progress=lambda d, t: calls.append((d, t)),
            cancelled=lambda: len(calls) >= 3,
        )
    assert "取消" in err.value.zh
    assert len(calls) == 3  # it stopped as soon as it was asked to
    assert list(out.parent.iterdir()) == []
    fonts = [pdfmetrics.getFont(n) for n in pdfmetrics.getRegisteredFontNames()]
    assert not any(getattr(f, "state", None) for f in fonts)  # nothing of it kept in memory


def test_the_writer_raises_export_cancelled(empty: Empty, tmp_path: Path) -> None:
    with pytest.raises(ExportCancelled):
        write_pdf(empty.data, tmp_path / "p.pdf", kind="report", cancelled=lambda: True)
    assert not (tmp_path / "p.pdf").exists()


def test_an_unknown_kind_is_refused(empty: Empty, tmp_path: Path) -> None:
    with pytest.raises(InvalidValue):
        write_pdf(empty.data, tmp_path / "p.pdf", kind="poster")


def test_fonts_are_registered_once_with_the_tounicode_fix() -> None:
    from reportlab.pdfbase import ttfonts

    fonts = load_fonts()
    assert fonts is load_fonts()
    assert {"ARPLUMingCN", "WenQuanYiZenHei"} <= set(pdfmetrics.getRegisteredFontNames())
    # A fallback face is registered when a run first needs it (𠮷 is in HanaMinB only).
    assert [run.font for run in fonts.runs("𠮷", BODY_CHAIN, lambda ch: None)] == ["HanaMinB"]
    assert "HanaMinB" in pdfmetrics.getRegisteredFontNames()
    cmap = ttfonts.makeToUnicodeCMap("probe", [0x41, 0x20BB7])
    assert "<01> <D842DFB7>" in cmap and "<00> <0041>" in cmap
