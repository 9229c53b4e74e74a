"""File → 导出 and the assessor's workbook from the 共识 page: each export runs in a worker,
the file appears only when complete, the warnings are shown, and a cancel writes nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from builders import answered_project
from gui import JOB_TIMEOUT_MS, close_window, make_window, open_project, shown
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox


@pytest.fixture
def window(qtbot, tmp_path: Path):
    win = make_window(qtbot)
    yield win
    if win.session is not None:
        close_window(win)


def menu_actions(window) -> dict[str, object]:
    return {a.text(): a for a in window.exporter.menu.actions() if a.text()}


def save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_the_export_menu_follows_the_project(qtbot, window, tmp_path: Path) -> None:
    assert not window.exporter.menu.isEnabled()
    assert window.exporter.menu.menuAction() in window.ui.menuFile.actions()
    assert list(menu_actions(window)) == [
        "申报材料（PDF）…",
        "内部评价报告（PDF）…",
        "申报材料（Word）…",
        "内部评价报告（Word）…",
        "评分工作簿（Excel）…",
        "申报用自评表（Excel）…",
        "评审员评分工作簿（Excel）…",
    ]
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    assert window.exporter.menu.isEnabled()
    window.close_project()
    assert not window.exporter.menu.isEnabled()


def test_scoring_workbook_and_report_are_written_in_a_worker(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    exporter = window.exporter
    (tmp_path / "out").mkdir()
    book = tmp_path / "out" / "评分.xlsx"
    save_as(monkeypatch, book)
    menu_actions(window)["评分工作簿（Excel）…"].trigger()
    qtbot.waitUntil(lambda: shown(exporter.message), timeout=JOB_TIMEOUT_MS)
    assert str(book) in exporter.message.text()
    assert "评分汇总" in openpyxl.load_workbook(book).sheetnames
    exporter.message.close()

    report = tmp_path / "out" / "报告.pdf"
    save_as(monkeypatch, report)
    menu_actions(window)["内部评价报告（PDF）…"].trigger()
    qtbot.waitUntil(lambda: shown(exporter.message) and not exporter.busy(), timeout=JOB_TIMEOUT_MS)
    assert report.read_bytes()[:5] == b"%PDF-"
    assert {p.name for p in report.parent.iterdir()} == {"评分.xlsx", "报告.pdf"}, "no temporary file left"


def test_a_cancelled_export_writes_nothing(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    exporter = window.exporter
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "申报材料.pdf"
    save_as(monkeypatch, out)
    assert exporter.export_pdf("package") is None  # 提交前检查 found problems: the user is asked
    exporter.message.button(QMessageBox.StandardButton.Yes).click()  # 仍然导出
    job = exporter.job
    job.cancel()
    qtbot.waitUntil(lambda: shown(exporter.message), timeout=JOB_TIMEOUT_MS)
    assert "已取消" in exporter.message.text()
    assert not out.exists() and list(out.parent.iterdir()) == []


def test_the_package_as_word_asks_first_and_writes_in_a_worker(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    import docx

    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    exporter = window.exporter
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "申报材料.docx"
    save_as(monkeypatch, out)
    menu_actions(window)["申报材料（Word）…"].trigger()
    exporter.message.button(QMessageBox.StandardButton.Yes).click()  # 提交前检查 asked: 仍然导出
    qtbot.waitUntil(lambda: shown(exporter.message) and not exporter.busy(), timeout=JOB_TIMEOUT_MS)
    assert str(out) in exporter.message.text()
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 2"]
    assert "4.1.2 高层领导的作用" in headings
    assert list(out.parent.iterdir()) == [out], "no temporary file left"


def test_an_assessors_workbook_from_the_consensus_page(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    window.show_page("consensus")
    page = window.current_page()
    asked = []

    def get_item(parent, title, label, names, current, editable):
        asked.append((list(names), editable))
        return "新评审员", True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    out = tmp_path / "新评审员.xlsx"
    save_as(monkeypatch, out)
    page.ui.exportButton.click()
    qtbot.waitUntil(lambda: shown(window.exporter.message), timeout=JOB_TIMEOUT_MS)
    assert asked == [(["周建华", "林芳"], True)]
    wb = openpyxl.load_workbook(out)
    assert "评分" in wb.sheetnames and "新评审员" in str(wb["填写说明"]["A1"].value)


def test_the_package_asks_first_and_the_message_opens_the_file(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    exporter = window.exporter
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "申报材料.pdf"
    save_as(monkeypatch, out)
    menu_actions(window)["申报材料（PDF）…"].trigger()
    box = exporter.message
    assert box.text().startswith("提交前检查发现") and "尚未回答" in box.detailedText()
    box.button(QMessageBox.StandardButton.No).click()  # 先去修改
    assert window.current_page().spec.name == "check" and not out.exists()
    menu_actions(window)["申报材料（PDF）…"].trigger()
    exporter.message.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: shown(exporter.message) and not exporter.busy(), timeout=JOB_TIMEOUT_MS)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    buttons = {b.text(): b for b in exporter.message.buttons()}
    buttons["打开文件"].click()
    buttons["打开所在文件夹"].click()
    assert opened == [str(out), str(out.parent)]
    assert window.settings.export_folder == out.parent  # the next export, even after a restart, starts here


def test_a_name_typed_without_the_extension_gets_it(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    exporter = window.exporter
    save_as(monkeypatch, tmp_path / "评分")  # typed without .xlsx
    menu_actions(window)["评分工作簿（Excel）…"].trigger()
    qtbot.waitUntil(lambda: shown(exporter.message), timeout=JOB_TIMEOUT_MS)
    assert (tmp_path / "评分.xlsx").is_file() and not (tmp_path / "评分").exists()


def test_the_added_extension_does_not_replace_a_file_unasked(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    existing = tmp_path / "评分.xlsx"
    existing.write_bytes(b"keep")
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    save_as(monkeypatch, tmp_path / "评分")
    menu_actions(window)["评分工作簿（Excel）…"].trigger()
    assert asked and "评分.xlsx" in asked[0]
    assert existing.read_bytes() == b"keep" and window.exporter.job is None
