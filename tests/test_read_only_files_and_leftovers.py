"""Read-only files and folders, and what killed runs leave behind (issue 11, points 7 and 10)."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import one_score_project
from files import one_error_line, state

from excellence_app.services.project import ProjectService
from excellence_app.storage.failures import ProjectReadOnly


@pytest.fixture
def locked_down(tmp_path: Path) -> Iterator[Path]:
    """A project in a folder where the file is 0444 and the folder 0555."""
    folder = tmp_path / "ro"
    folder.mkdir()
    path = one_score_project(folder / "p.exa")
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield path
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


def test_reading_commands_open_read_only_and_create_nothing(locked_down: Path, tmp_path: Path, cli) -> None:
    folder, out = locked_down.parent, tmp_path / "out"
    out.mkdir()
    before = state(folder)
    commands = [
        ["summary", str(locked_down)],
        ["check", str(locked_down)],
        ["export", str(locked_down), "--pdf", str(out / "r.pdf")],
        ["export", str(locked_down), "--xlsx", str(out / "r.xlsx")],
        ["export", str(locked_down), "--xlsx-template", str(out / "t.xlsx"), "--assessor", "张三"],
        ["export-project", str(locked_down), str(out / "p.zip")],
    ]
    for args in commands:
        code, _, stderr = cli(*args)
        # check exits 1: the award's required 证实性材料 are missing, the package is not ready
        assert code == (1 if args[0] == "check" else 0), (args, stderr)
        assert "Traceback" not in stderr
        # No lock, no -wal, no -shm: as root, too, where the modes alone would not stop a write.
        assert state(folder) == before, args
    assert "45%" in cli("summary", str(locked_down))[1]
    assert sorted(p.name for p in out.iterdir()) == ["p.zip", "r.pdf", "r.xlsx", "t.xlsx"]


def test_reading_commands_read_a_file_of_the_previous_release_without_upgrading_it(
    tmp_path: Path, cli
) -> None:
    folder, out = tmp_path / "ro", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    old = folder / "old.exa"
    shutil.copy(Path(__file__).parent / "data" / "sample-r0001.exa", old)
    before = state(folder)
    for args in (
        ["summary", str(old)],
        ["check", str(old)],
        ["export", str(old), "--xlsx", str(out / "r.xlsx")],
        ["export-project", str(old), str(out / "p.zip")],
    ):
        code, _, stderr = cli(*args)
        assert code in (0, 1) and "Traceback" not in stderr and "错误：" not in stderr, (args, stderr)
        assert state(folder) == before, args  # no backup, no upgrade, no journal
    assert "总分 528.75" in cli("summary", str(old))[1]
    assert sorted(p.name for p in out.iterdir()) == ["p.zip", "r.xlsx"]


def test_an_older_kind_of_reader_would_have_written_here(locked_down: Path) -> None:
    """The check above can fail: opening for editing does create the lock beside the file."""
    locked_down.parent.chmod(0o755)
    locked_down.chmod(0o644)
    before = set(state(locked_down.parent))
    with ProjectService.open(locked_down):
        assert set(state(locked_down.parent)) - before
    assert set(state(locked_down.parent)) == before


def _deny_writes(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    real = os.access

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and Path(path).resolve() == denied.resolve():
            return False
        return real(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_opening_a_read_only_file_for_editing_says_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    # Tests run as root, where a 0444 file is still writable; the check is the same os.access call.
    path = one_score_project(tmp_path / "p.exa")
    _deny_writes(monkeypatch, path if what == "file" else tmp_path)
    before = state(tmp_path)
    with pytest.raises(ProjectReadOnly) as info:
        ProjectService.open(path)
    assert ("项目文件是只读的" if what == "file" else "文件夹是只读的") in info.value.zh
    assert "损坏" not in info.value.zh
    assert state(tmp_path) == before
    with ProjectService.open(path, read_only=True) as svc:  # reading still works
        assert svc.project_info().org_name == "甲"


def test_a_write_on_a_read_only_connection_says_read_only(tmp_path: Path) -> None:
    path = one_score_project(tmp_path / "p.exa")
    before = state(tmp_path)
    with ProjectService.open(path, read_only=True) as svc, pytest.raises(ProjectReadOnly) as info:
        svc.rename_organisation("乙")
    assert "只读" in info.value.zh
    assert state(tmp_path) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to a 0444 file; covered above through os.access")
def test_write_command_on_a_read_only_file_says_so(locked_down: Path, cli) -> None:
    workbook = locked_down.parent.parent / "scores.xlsx"
    workbook.write_bytes(b"PK")
    line = one_error_line(*cli("import-scores", str(locked_down), str(workbook))[::2])
    assert "只读" in line and "read-only" in line


# --- leftovers of killed runs ----------------------------------------------------------------
OURS = [
    ".p.exa.abcd1234.tmp",
    ".p.exa.abcd1234.tmp-journal",
    ".r.pdf.zz99yy_8.part",
    ".q.exa.k2k2k2k2.tmp-wal",
]
NOT_OURS = [".p.exa.tmp", "notes.part", ".r.pdf.ABCD1234.part", "p.exa.abcd1234.tmp", ".x.abcd1234.txt"]


def _leave(folder: Path, names: list[str], age: float = 3600) -> None:
    for name in names:
        (folder / name).write_bytes(b"half written")
        then = time.time() - age
        os.utime(folder / name, (then, then))


@pytest.mark.parametrize("how", ["open", "create", "export"])
def test_leftovers_of_a_killed_run_are_removed_and_nothing_else(tmp_path: Path, how: str) -> None:
    path = one_score_project(tmp_path / "p.exa")
    _leave(tmp_path, OURS + NOT_OURS)
    _leave(tmp_path, [".s.pdf.fresh123.part"], age=-5)  # newer than this process: not abandoned
    if how == "open":
        ProjectService.open(path).close()
    elif how == "create":
        ProjectService.create(tmp_path / "new.exa", "乙").close()
    else:
        from excellence_app.services.exports import export_xlsx

        with ProjectService.open(path, read_only=True) as svc:
            export_xlsx(svc, svc.cycles.all()[0].id, tmp_path / "r.xlsx")
    names = set(os.listdir(tmp_path))
    assert not names & set(OURS)
    assert names >= {*NOT_OURS, ".s.pdf.fresh123.part"}


def test_a_temporary_file_held_by_a_live_run_is_kept(tmp_path: Path) -> None:
    path = one_score_project(tmp_path / "p.exa")
    _leave(tmp_path, [".r.pdf.live1234.part"])
    fd = os.open(tmp_path / ".r.pdf.live1234.part", os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)  # what a live export holds while it writes
    try:
        ProjectService.open(path).close()
        assert (tmp_path / ".r.pdf.live1234.part").exists()
    finally:
        os.close(fd)
    ProjectService.open(path).close()
    assert not (tmp_path / ".r.pdf.live1234.part").exists()


def test_an_export_killed_midway_leaves_a_file_the_next_export_removes(tmp_path: Path, cli) -> None:
    path = one_score_project(tmp_path / "p.exa")
    out = tmp_path / "out"
    out.mkdir()
    # A process that is writing an export's temporary file, the way an export does, and then is killed.
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from excellence_app.storage.leftovers import HeldFile; "
            "h = HeldFile(Path(sys.argv[1]), 'r.pdf', '.part'); h.path.write_bytes(b'%PDF-1.4 half'); "
            "print(h.path, flush=True); sys.stdin.read()",
            str(out),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        part = Path(writer.stdout.readline().strip())
        assert part.exists()
        code, _, stderr = cli("export", str(path), "--xlsx", str(out / "a.xlsx"))
        assert code == 0, stderr
        assert part.exists()  # still being written: not touched
    finally:
        writer.kill()
        writer.wait()
    code, _, stderr = cli("export", str(path), "--xlsx", str(out / "b.xlsx"))
    assert code == 0, stderr
    assert sorted(os.listdir(out)) == ["a.xlsx", "b.xlsx"]
