"""Small things a user reads: a total nobody has scored has no band yet, the meta line of an
item wraps between its parts only, and an archive that is really a project file is named so,
with no English error text inside the Chinese (issue 17, a quality manager's reading)."""

from __future__ import annotations

from pathlib import Path

from builders import blank_project
from gui import close_window, make_window, open_project

from excellence_app.__main__ import main


def test_a_total_nobody_has_scored_has_no_band(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    open_project(qtbot, window, blank_project(tmp_path / "p.exa"))
    window.show_page("dashboard")
    caption = window.current_page().ui.totalCaption.text()
    assert "尚未评分" in caption and "分数段" not in caption
    close_window(window)


def test_the_item_line_breaks_only_between_its_parts(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    open_project(qtbot, window, blank_project(tmp_path / "p.exa"))
    window.show_item("4.1.2")
    text = window.current_page().ui.metaLabel.text()
    parts = text.split(" · ")
    assert len(parts) == 7 and all(" " not in part for part in parts)  # spaces only between parts
    assert parts[-1].replace("\u2060", "").replace("\u00a0", " ") == "证据 0"
    close_window(window)


def test_a_project_file_given_as_an_archive_is_named_so(tmp_path: Path, capsys) -> None:
    project = tmp_path / "p.exa"
    assert main(["new", str(project), "--org", "测试"]) == 0
    capsys.readouterr()
    assert main(["import-project", str(project), str(tmp_path / "new.exa")]) == 1
    err = capsys.readouterr().err
    assert "这是项目文件" in err and not (tmp_path / "new.exa").exists()


def test_a_damaged_archive_keeps_the_readers_english_out_of_the_chinese(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip at all")
    assert main(["import-project", str(bad), str(tmp_path / "new.exa")]) == 1
    chinese = capsys.readouterr().err.split("（Error")[0]
    assert "不是有效的 zip 归档" in chinese and "File is not a zip file" not in chinese


def test_the_radar_goes_below_the_bars_on_a_narrow_page(qtbot, tmp_path: Path) -> None:
    from builders import answered_project
    from PySide6.QtWidgets import QBoxLayout

    window = make_window(qtbot)
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    window.show_page("dashboard")
    page = window.current_page()
    assert page.ui.chartRow.direction() == QBoxLayout.Direction.LeftToRight  # 1366 wide
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: page.ui.chartRow.direction() == QBoxLayout.Direction.TopToBottom)
    qtbot.waitUntil(lambda: page.radar_view.width() >= page.ui.barsBox.width() * 0.8)  # not a dot
    close_window(window)


def test_the_results_guide_speaks_of_results_not_of_approaches(qapp) -> None:
    from excellence_app.services.project import load_framework
    from excellence_app.ui.item.guidelines import guidelines_html

    fw = load_framework("gbt19580-2012")
    results = guidelines_html(fw, "results", None, {})
    process = guidelines_html(fw, "process", None, {})
    for band in fw.bands:
        assert band.summary_results and band.summary_results != band.summary
        assert band.summary_results in results and band.summary_results not in process
        assert band.summary in process
