"""The complete project as a whole, from the command line and the benchmark: an over-long
profile is reported and the PDF still written; the bench times the package against plain reportlab."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import complete_project

from excellence_app.services.exports import report_input


# --- tests of the sample as a whole ---------------------------------------------------------
def test_cli_export_reports_an_over_long_profile_and_still_succeeds(tmp_path: Path, cli) -> None:
    svc = complete_project(tmp_path / "s.exa")
    svc.content.set_profile_text(svc.cycles.all()[0].id, "B.2.3", "持续改进。" * 800)
    svc.close()
    code, _, err = cli("export", str(tmp_path / "s.exa"), "--pdf", str(tmp_path / "p.pdf"))
    assert code == 0, err
    assert "组织概述共" in err and "超过" in err and "3,000" in err
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")


def test_bench_times_the_package_against_plain_reportlab(tmp_path: Path) -> None:
    from bench.pdf import bench_pdf

    with complete_project(tmp_path / "s.exa") as svc:
        figures = bench_pdf(report_input(svc, svc.cycles.all()[0].id), repeat=1)
    assert figures["package_seconds"] > 0 and figures["reportlab_seconds"] > 0
    assert figures["ratio"] == pytest.approx(
        figures["package_seconds"] / figures["reportlab_seconds"], rel=0.05
    )
    assert figures["package_bytes"] > figures["reportlab_bytes"] > 0
