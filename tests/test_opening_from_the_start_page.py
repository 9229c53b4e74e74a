"""The start page: first-start offer, recent files, opening (dialog, sample, bad files)."""

from __future__ import annotations

from pathlib import Path

from builders import answered_project
from gui import OPEN_TIMEOUT_MS, close_window, make_window, open_project
from PySide6.QtWidgets import QFileDialog

from excellence_app import paths
from excellence_app.services.project import ProjectService
from excellence_app.ui.shell.app_settings import AppSettings


def test_first_start_offers_the_sample_once_and_settings_live_in_an_ini(qtbot) -> None:
    first = make_window(qtbot)
    welcome = first.current_page()
    assert welcome.spec.name == "welcome"
    assert not welcome.ui.sampleOffer.isHidden()
    assert welcome.ui.recentList.isHidden() and not welcome.ui.recentEmpty.isHidden()
    welcome.ui.offerDismissButton.click()
    assert welcome.ui.sampleOffer.isHidden()
    close_window(first)
    second = make_window(qtbot)
    assert second.current_page().ui.sampleOffer.isHidden()
    ini = paths.user_data_dir() / "settings.ini"
    assert ini.is_file() and "sample_offered=true" in ini.read_text(encoding="utf-8")
    close_window(second)


def test_open_by_dialog_then_recent_files(qtbot, tmp_path: Path, monkeypatch) -> None:
    project = answered_project(tmp_path / "测试.exa")
    window = make_window(qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(project), ""))
    with qtbot.waitSignal(window.projectOpened, timeout=OPEN_TIMEOUT_MS):
        window.current_page().ui.openButton.click()
    assert window.session.path == project
    assert window.ui.navDock.isVisible()
    assert AppSettings().recent_files() == [str(project.resolve())]
    window.close_project()
    welcome = window.current_page()
    assert welcome.spec.name == "welcome" and not window.ui.navDock.isVisible()
    assert welcome.ui.recentList.count() == 1
    with qtbot.waitSignal(window.projectOpened, timeout=OPEN_TIMEOUT_MS):
        welcome.ui.recentList.itemClicked.emit(welcome.ui.recentList.item(0))
    assert window.session is not None
    close_window(window)


def test_a_missing_recent_file_is_reported_and_dropped(qtbot, tmp_path: Path) -> None:
    gone = tmp_path / "已删除.exa"
    settings = AppSettings()
    settings.add_recent(gone)
    window = make_window(qtbot, settings)
    welcome = window.current_page()
    assert "文件已不在原处" in welcome.ui.recentList.item(0).text()
    with qtbot.waitSignal(window.project.opener.failed, timeout=OPEN_TIMEOUT_MS):
        welcome.ui.recentList.itemClicked.emit(welcome.ui.recentList.item(0))
    assert "找不到文件" in window.message.text()
    assert settings.recent_files() == []
    assert welcome.ui.recentList.isHidden()
    close_window(window)


def test_not_a_project_and_a_file_in_use_are_refused_clearly(qtbot, tmp_path: Path) -> None:
    notes = tmp_path / "notes.exa"
    notes.write_text("not a project", encoding="utf-8")
    window = make_window(qtbot)
    with qtbot.waitSignal(window.project.opener.failed, timeout=OPEN_TIMEOUT_MS):
        window.open_project(notes)
    assert "不是本程序的项目文件" in window.message.text()
    assert notes.read_text(encoding="utf-8") == "not a project"
    project = answered_project(tmp_path / "p.exa")
    with ProjectService.open(project):
        with qtbot.waitSignal(window.project.opener.failed, timeout=OPEN_TIMEOUT_MS):
            window.open_project(project)
        assert "已被另一个程序打开" in window.message.text()
    assert window.session is None
    open_project(qtbot, window, project)  # once released, it opens
    close_window(window)


def test_open_the_sample_writes_it_once_into_the_user_folder(qtbot) -> None:
    window = make_window(qtbot)
    with qtbot.waitSignal(window.projectOpened, timeout=60_000):
        window.current_page().ui.sampleButton.click()
    sample = paths.user_data_dir() / "示例企业.exa"
    assert window.session.path == sample and sample.is_file()
    summary = window.session.summary
    assert summary.items_scored == len(summary.items) and summary.total > 0
    stamp = sample.stat().st_mtime_ns
    window.close_project()
    with qtbot.waitSignal(window.projectOpened, timeout=OPEN_TIMEOUT_MS):
        window.open_sample()
    assert window.session.path == sample
    close_window(window)
    assert sample.stat().st_mtime_ns >= stamp
    with ProjectService.open(sample) as svc:
        assert len(svc.cycles.all()) >= 1


def test_switching_cycles_shows_the_other_cycle(qtbot, tmp_path: Path) -> None:
    project = answered_project(tmp_path / "p.exa")
    with ProjectService.open(project) as svc:
        svc.cycles.create_cycle("2027年度自评", clone_from=svc.cycles.all()[0].id)
    window = make_window(qtbot)
    open_project(qtbot, window, project)
    assert window.project.cycle_combo.currentText() == "2027年度自评"  # the latest cycle opens
    assert window.session.summary.total == 0  # scores are not cloned
    window.project.cycle_combo.setCurrentIndex(0)
    window.project.cycle_combo.activated.emit(0)
    assert window.session.snapshot.cycle.name == "2026年度自评"
    assert window.session.summary.total == 17.5 + 32
    assert window.session.assessor().name == "周建华"
    close_window(window)
