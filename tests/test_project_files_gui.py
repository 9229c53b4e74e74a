"""The File menu's project files (issue 17, part 3): 另存为 moves the window and the lock to the
copy, the interchange archive goes out and comes back as a new project, a damaged archive is
one line and no file, and an assessor's workbook is imported as one undo step."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from builders import answered_project, scored_team_project
from gui import JOB_TIMEOUT_MS, OPEN_TIMEOUT_MS, close_window, make_window, open_project, shown
from PySide6.QtWidgets import QFileDialog
from workbooks import fill_in

from excellence_app.services import exports
from excellence_app.services.project import ProjectService


@pytest.fixture
def window(qtbot):
    win = make_window(qtbot)
    yield win
    if win.session is not None:
        close_window(win)


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def read_summary(path: Path, cycle: int):
    with ProjectService.open(path, read_only=True) as svc:
        return svc.summary(cycle)


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_the_entries_sit_in_the_file_menu_and_follow_the_project(qtbot, window, tmp_path: Path) -> None:
    files = window.project_files
    texts = [a.text() for a in window.ui.menuFile.actions()]
    for action in (files.save_as_action, files.export_action, files.import_action, files.workbooks_action):
        assert action.text() in texts
    assert texts.index(files.save_as_action.text()) < texts.index(window.ui.actionCloseProject.text())
    assert files.import_action.isEnabled()  # needs no project: it makes one
    assert not files.save_as_action.isEnabled() and not files.workbooks_action.isEnabled()
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    assert files.save_as_action.isEnabled() and files.export_action.isEnabled()
    window.close_project()
    assert not files.export_action.isEnabled()


def test_save_as_moves_the_window_and_the_lock_to_the_copy(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    old = answered_project(tmp_path / "p.exa")
    open_project(qtbot, window, old)
    session = window.session
    cycle = session.cycle_id
    before = session.summary
    copy = tmp_path / "副本.exa"
    save_to(monkeypatch, copy)
    with qtbot.waitSignal(window.projectOpened, timeout=JOB_TIMEOUT_MS):
        window.project_files.save_as_action.trigger()
    assert window.session is not session and window.session.path == copy
    assert window.session.summary == before
    assert read_summary(copy, cycle) == before
    # The old file's lock is released: another program may open it for editing.
    ProjectService.open(old).close()
    # What is edited now lands in the copy, not in the file the window left.
    assert window.session.apply(
        lambda: window.session.service.content.set_response(cycle, "4.1.2b", "只写进副本")
    )
    with ProjectService.open(copy, read_only=True) as svc:
        assert svc.snapshot(cycle).responses["4.1.2b"].text == "只写进副本"
    with ProjectService.open(old, read_only=True) as svc:
        assert svc.snapshot(cycle).responses["4.1.2b"].text != "只写进副本"
    assert window.settings.recent_files()[0] == str(copy)
    assert window.session.snapshot.project.org_name in window.windowTitle()


def test_save_as_onto_a_file_open_elsewhere_is_refused(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    session = window.session
    other = ProjectService.create(tmp_path / "other.exa", "别家")  # held open, as by another program
    try:
        bytes_before = (tmp_path / "other.exa").read_bytes()
        names = files_in(tmp_path)
        save_to(monkeypatch, tmp_path / "other.exa")
        window.project_files.save_as_action.trigger()
        files = window.project_files
        qtbot.waitUntil(lambda: shown(files.message), timeout=JOB_TIMEOUT_MS)
        text = files.message.text()
        assert "已被另一个程序打开" in text and "\n" not in text
        assert (tmp_path / "other.exa").read_bytes() == bytes_before
        assert files_in(tmp_path) == names
        assert window.session is session and session.path == tmp_path / "p.exa"
    finally:
        other.close()


def test_save_as_onto_the_open_file_is_refused(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    save_to(monkeypatch, tmp_path / "p.exa")
    window.project_files.save_as_action.trigger()
    files = window.project_files
    qtbot.waitUntil(lambda: shown(files.message), timeout=JOB_TIMEOUT_MS)
    assert "就是当前打开的项目文件" in files.message.text()
    assert window.session.path == tmp_path / "p.exa"


def test_the_archive_goes_out_and_comes_back_through_the_menu(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    cycle, before = window.session.cycle_id, window.session.summary
    files = window.project_files
    archive = tmp_path / "out" / "存档.zip"
    archive.parent.mkdir()
    save_to(monkeypatch, archive)
    files.export_action.trigger()
    qtbot.waitUntil(lambda: shown(files.message) and not files.busy(), timeout=JOB_TIMEOUT_MS)
    assert str(archive) in files.message.text()
    assert zipfile.is_zipfile(archive) and files_in(archive.parent) == {"存档.zip"}
    files.message.close()

    made = tmp_path / "from-archive.exa"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
    save_to(monkeypatch, made)
    with qtbot.waitSignal(window.projectOpened, timeout=OPEN_TIMEOUT_MS):
        files.import_action.trigger()
    assert window.session.path == made
    assert window.session.summary == before
    assert read_summary(made, cycle) == before


def test_a_damaged_archive_is_one_line_and_leaves_no_file(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    source = answered_project(tmp_path / "p.exa")
    with ProjectService.open(source, read_only=True) as svc:
        exports_dir = tmp_path / "a"
        exports_dir.mkdir()
        from excellence_app.services.interchange import export_project

        good = export_project(svc, exports_dir / "good.zip")
    damaged = tmp_path / "in" / "damaged.zip"
    damaged.parent.mkdir()
    damaged.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    made = tmp_path / "in" / "new.exa"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(damaged), ""))
    save_to(monkeypatch, made)
    files = window.project_files
    files.import_action.trigger()
    qtbot.waitUntil(lambda: shown(files.message) and not files.busy(), timeout=JOB_TIMEOUT_MS)
    text = files.message.text()
    assert text.startswith(f"无法导入 {damaged}") and "\n" not in text
    assert files_in(damaged.parent) == {"damaged.zip"}
    assert window.session is None


def test_an_assessors_workbook_is_imported_as_one_undo_step(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    path = scored_team_project(tmp_path / "team.exa")
    open_project(qtbot, window, path)
    session = window.session
    cycle = session.cycle_id
    book = tmp_path / "林芳.xlsx"
    with ProjectService.open(path, read_only=True) as svc:
        exports.export_assessor_workbook(svc, cycle, book, "林芳")
    fill_in(
        book, {"4.1.2": 70, "4.4.3": 35}, comments=[("4.1.2", "优势", "每季度召开战略回顾会", "", "", "高")]
    )
    before = session.summary
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(book)], ""))
    importer = window.project_files.workbooks
    window.project_files.workbooks_action.trigger()
    qtbot.waitUntil(lambda: shown(importer.dialog), timeout=JOB_TIMEOUT_MS)
    preview = importer.dialog
    assert preview.model.rowCount() >= 3  # two scores and a comment, each a row
    assert any(c.item_id == "4.1.2" and c.conflict for c in preview.prepared.changes)  # 55 → 70
    preview.accept()
    assert shown(importer.report)
    session.refresh_now()
    after = session.summary
    assert after != before
    assert after.item("4.1.2").assessor_percents["林芳"] == 70
    assert read_summary(path, cycle) == after
    assert session.undo_stack.count() == 1

    window.undo()
    assert session.summary == before
    assert read_summary(path, cycle) == before
    window.redo()
    assert session.summary == after


def test_an_archive_is_never_imported_over_an_existing_file(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    source = answered_project(tmp_path / "p.exa")
    with ProjectService.open(source, read_only=True) as svc:
        from excellence_app.services.interchange import export_project

        archive = export_project(svc, tmp_path / "a.zip")
    there = answered_project(tmp_path / "there.exa")
    bytes_before = there.read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
    save_to(monkeypatch, there)
    files = window.project_files
    files.import_action.trigger()
    qtbot.waitUntil(lambda: shown(files.message) and not files.busy(), timeout=JOB_TIMEOUT_MS)
    assert "文件已存在" in files.message.text()
    assert there.read_bytes() == bytes_before and window.session is None


def test_a_new_assessors_workbook_undone_and_redone_keeps_their_id(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    path = scored_team_project(tmp_path / "team.exa")
    open_project(qtbot, window, path)
    session = window.session
    book = tmp_path / "赵新.xlsx"
    with ProjectService.open(path, read_only=True) as svc:
        exports.export_assessor_workbook(svc, session.cycle_id, book, "赵新")
    fill_in(book, {"4.1.2": 65})
    names = {a.name for a in session.snapshot.assessors}
    importer = window.project_files.workbooks
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(book)], ""))
    window.project_files.workbooks_action.trigger()
    qtbot.waitUntil(lambda: shown(importer.dialog), timeout=JOB_TIMEOUT_MS)
    importer.dialog.accept()
    made = next(a.id for a in session.fresh().assessors if a.name == "赵新")
    window.undo()
    assert {a.name for a in session.fresh().assessors} == names
    window.redo()
    assert next(a.id for a in session.fresh().assessors if a.name == "赵新") == made
    assert session.summary.item("4.1.2").assessor_percents["赵新"] == 65
