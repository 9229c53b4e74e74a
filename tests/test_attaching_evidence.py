"""The 证据 tab: attach by dialog and by drag and drop, open, link to a clause, remove, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QFileDialog

from excellence_app.core.snapshots import EvidenceLink


@pytest.fixture
def window(window):
    """The window of conftest, on 4.1.2's 证据 tab."""
    window.show_item("4.1.2")
    window.current_page().show_tab("evidence")
    return window


def panel(window):
    return window.current_page().evidence


def test_attach_by_dialog_open_and_remove_with_undo(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    doc = tmp_path / "经营分析会纪要.pdf"
    doc.write_bytes(b"%PDF-1.4 minutes")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(doc)], ""))
    p = panel(window)
    session = window.session
    p.ui.addButton.click()
    qtbot.waitUntil(lambda: any(e.name == doc.name for e in p.evidence), timeout=5000)
    added = next(e for e in p.evidence if e.name == doc.name)
    assert added.links == (EvidenceLink("4.1.2", None),) and added.size == len(b"%PDF-1.4 minutes")
    assert session.summary.item("4.1.2").evidence == 2
    assert window.current_page().ui.tabs.tabText(2) == "证据（2）"
    # open: a temporary copy goes to the system viewer
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    p.select(doc.name)
    copy = p.open_selected()
    assert opened and Path(opened[0].toLocalFile()) == copy and copy.read_bytes() == doc.read_bytes()
    # remove and undo
    p.select(doc.name)
    p.ui.removeButton.click()
    assert all(e.name != doc.name for e in p.evidence)
    window.undo()
    back = next(e for e in p.evidence if e.name == doc.name)
    assert session.service.evidence.evidence_data(back.id) == doc.read_bytes()
    window.undo()  # the attachment itself
    assert all(e.name != doc.name for e in session.snapshot.evidence)


def test_drop_files_onto_the_panel_and_onto_a_clause_editor(qtbot, window, tmp_path: Path) -> None:
    first, second = tmp_path / "培训记录.xlsx", tmp_path / "问卷.docx"
    first.write_bytes(b"xlsx")
    second.write_bytes(b"docx")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first))])
    p = panel(window)
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    p.dropEvent(event)
    qtbot.waitUntil(lambda: any(e.name == first.name for e in p.evidence), timeout=5000)
    # a file dropped on a clause's editor is linked to that clause
    card = window.current_page().card_for("4.1.2e")
    on_editor = QMimeData()
    on_editor.setUrls([QUrl.fromLocalFile(str(second))])
    card.ui.editor.insertFromMimeData(on_editor)
    qtbot.waitUntil(lambda: any(e.name == second.name for e in p.evidence), timeout=5000)
    linked = next(e for e in p.evidence if e.name == second.name)
    assert linked.links == (EvidenceLink("4.1.2", "4.1.2e"),)
    assert card.ui.editor.toPlainText() == ""  # the file did not land in the text


def test_link_to_clauses_and_undo(window) -> None:
    p = panel(window)
    session = window.session
    p.select("质量手册.txt")
    p.set_link("4.1.2g", True)
    manual = next(e for e in p.evidence if e.name == "质量手册.txt")
    assert set(manual.links) == {EvidenceLink("4.1.2", "4.1.2a"), EvidenceLink("4.1.2", "4.1.2g")}
    assert "4.1.2 g)" in p.ui.evidenceTable.item(0, 2).text()
    p.select("质量手册.txt")
    p.set_link("4.1.2a", False)
    p.select("质量手册.txt")
    p.set_link("4.1.2g", False)  # the last link of this item falls back to the item itself
    manual = next(e for e in session.snapshot.evidence if e.name == "质量手册.txt")
    assert manual.links == (EvidenceLink("4.1.2", None),)
    window.undo()
    window.undo()
    window.undo()
    manual = next(e for e in session.snapshot.evidence if e.name == "质量手册.txt")
    assert manual.links == (EvidenceLink("4.1.2", "4.1.2a"),)


def test_description_edit_is_saved(window) -> None:
    p = panel(window)
    cell = p.ui.evidenceTable.item(0, 3)
    cell.setText("2026 版，第 3 章")
    manual = next(e for e in window.session.snapshot.evidence if e.name == "质量手册.txt")
    assert manual.description == "2026 版，第 3 章"


def test_a_file_over_the_limit_is_refused_with_a_message(qtbot, window, tmp_path: Path) -> None:
    big = tmp_path / "录像.mp4"
    big.write_bytes(b"0" * 2048)
    window.session.service.evidence.max_evidence_bytes = 1024
    task = panel(window).attach_paths([big])
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert window.message is not None and "太大" in window.message.text()
    assert all(e.name != big.name for e in window.session.snapshot.evidence)
