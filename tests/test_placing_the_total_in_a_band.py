"""A total between two bands (issue 13, 7): item scores are steps of 5 and always fall inside a
band, but a total can fall in the gap between two (e.g. 47.75 % between 30–45 % and 50–65 %). It
has not reached the upper band's floor, so it counts in the lower band; the dashboard's tooltip,
the report and `summary` say so in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import new_project
from gui import close_window, make_window, open_project
from pdfs import export

from excellence_app.core import scoring
from excellence_app.services.project import ProjectService, load_framework

BANDS = load_framework("gbt19580-2012").bands


@pytest.mark.parametrize(
    ("percent", "band", "between"),
    [
        (0.0, 1, None),
        (5.0, 1, None),
        (7.5, 1, 2),
        (45.0, 3, None),
        (49.6, 3, 4),
        (50.0, 4, None),
        (100.0, 6, None),
    ],
)
def test_a_share_inside_a_band_is_that_band_and_one_in_a_gap_the_lower(percent, band, between) -> None:
    placed = scoring.place(percent, BANDS)
    assert placed.band.number == band
    assert (placed.next_band.number if placed.next_band else None) == between


def test_the_rule_in_words_names_both_bands_and_the_floor_not_reached() -> None:
    zh, en = scoring.place(49.6, BANDS).rule()
    assert "49.6%" in zh and "第 3 分数段（30–45%）与第 4 分数段（50–65%）之间" in zh
    assert "尚未达到 50%，按较低的第 3 分数段计" in zh
    assert "between band 3 (30–45%) and band 4 (50–65%)" in en
    zh, _ = scoring.place(52.3, BANDS).rule()
    assert zh == "总分为满分的 52.3%，在第 4 分数段（50–65%）内。"


def agreed_between_bands(path: Path) -> ProjectService:
    """Every item agreed at 45 %, and 4.1.2 (50 points) at 100 %: 450 + 27.5 = 477.5 of 1000."""
    svc = new_project(path)
    cycle = svc.cycles.all()[0].id
    for item in svc.framework.items():
        svc.scoring.set_consensus(cycle, item.id, 100 if item.id == "4.1.2" else 45, "讨论确定。")
    return svc


def test_the_summary_the_dashboard_and_the_report_place_the_total_alike(qtbot, cli, tmp_path: Path) -> None:
    path = tmp_path / "between.exa"
    with agreed_between_bands(path) as svc:
        summary = svc.summary(svc.cycles.all()[0].id)
        assert summary.total == 477.5 and summary.band == 3 and summary.band_label == "30–45%"
        assert "之间" in summary.band_rule[0] and "尚未达到 50%" in summary.band_rule[0]
        report, _ = export(svc, tmp_path / "report.pdf", kind="report")
    assert "分数段的确定" in report.text and "尚未达到50%" in "".join(report.text.split())
    code, out, _err = cli("summary", str(path))
    assert code == 0 and summary.band_rule[0] in out

    window = make_window(qtbot)
    open_project(qtbot, window, path)
    window.show_page("dashboard")
    page = window.current_page()
    assert page.ui.totalFigure.toolTip() == summary.band_rule[0]
    assert "30–45%" in page.ui.totalCaption.text()
    close_window(window)
