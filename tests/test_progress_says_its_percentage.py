"""The progress dialog says how far a job has come in words beside its label: the style's bar is a
thin line, too thin to carry the percentage Qt draws inside it (issue 17)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QProgressBar, QWidget
from shiboken6 import isValid

from excellence_app.ui.shell.jobs import ProgressJob, follow


def test_the_percentage_follows_the_job_beside_the_label(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    job = ProgressJob(lambda progress, cancelled: None)
    dialog = follow(job, "正在导出申报材料…", parent)
    assert not dialog.findChild(QProgressBar).isTextVisible()
    job.progressed.emit(3, 12)
    assert dialog.labelText() == "正在导出申报材料…　25%"
    job.progressed.emit(12, 12)
    assert dialog.labelText().endswith("100%") and dialog.value() == dialog.maximum()


def test_a_step_after_the_job_removed_its_dialog_is_ignored(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    job = ProgressJob(lambda progress, cancelled: None)
    dialog = follow(job, "正在导出申报材料…", parent)
    job.finished.emit(None)  # the job's end deletes the dialog
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not isValid(dialog)
    job.progressed.emit(5, 12)  # a late step: nothing to show it in, and no crash
