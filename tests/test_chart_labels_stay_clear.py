"""A value label on a line chart sits where it covers no line, no marker and no other label,
if any such place is near its point (issue 17: "620" and "410" were struck through by a
competitor's line and the target line)."""

from __future__ import annotations

from pathlib import Path

from excellence_app.export.pdf import chartkit, charts
from excellence_app.services import exports
from excellence_app.services.interchange import write_sample

PLOT = (0.0, 0.0, 300.0, 150.0)


def test_a_line_through_the_first_choice_sends_the_label_to_the_other_side() -> None:
    across = ((0.0, 80.0), (300.0, 80.0))  # runs where the label above (70, 76+) would sit
    spot = chartkit.free_spot(150, 70, 20, True, PLOT, [across], [])
    assert spot.y < 70 and not chartkit._crosses(*across, spot.box)


def test_both_sides_taken_the_label_goes_further_or_beside() -> None:
    lines = [((0.0, 78.0), (300.0, 78.0)), ((0.0, 62.0), (300.0, 62.0))]
    spot = chartkit.free_spot(150, 70, 20, True, PLOT, lines, [])
    assert not any(chartkit._crosses(a, b, spot.box) for a, b in lines)


def test_no_label_of_the_sample_covers_a_line_or_another_label(tmp_path: Path, monkeypatch) -> None:
    placed = []
    real = chartkit.free_spot

    def recording(x, y, width, above, plot, segments, labels, *args):
        spot = real(x, y, width, above, plot, segments, labels, *args)
        placed.append((spot, list(segments), list(labels)))
        return spot

    monkeypatch.setattr(charts.kit, "free_spot", recording)
    svc = write_sample(tmp_path / "s.exa")
    try:
        exports.export_pdf(svc, svc.cycles.all()[-1].id, tmp_path / "p.pdf")
    finally:
        svc.close()
    assert len(placed) > 50
    struck = [
        spot
        for spot, segments, labels in placed
        if any(chartkit._crosses(a, b, spot.box) for a, b in segments)
        or any(chartkit._overlap(spot.box, other) for other in labels)
    ]
    assert struck == []
