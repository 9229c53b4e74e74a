"""Every command with its files where a quality department keeps them (issue 19): under a
folder like C:\\Users\\张伟\\文档\\2026 年 自评, nested deep enough that each path is longer than
Windows' classic 260 characters, the names full of spaces, Chinese and ( ) # & % '."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from excellence_app.__main__ import main
from excellence_app.cli_args import local_path
from excellence_app.core.snapshots import EvidenceLink
from excellence_app.services.project import ProjectService

# Mostly Latin words: each path passes 260 characters yet stays within the 512 bytes SQLite can
# open on Linux (a Chinese character is 3 bytes); the test below goes past that on purpose.
FOLDERS = (
    "张伟 的文档",
    "2026 年 自评",
    "Quality Dept 质量部",
    "Excellence Self Assessment",
    "Stage One Drafts",
    "Leadership and Strategy",
    "Customers and Markets",
    "Resources and Processes",
    "Final Submission 终稿",
)
NAME = "蓝桥 (2026) #1 & 50% 's"
ORG = "蓝桥智能装备 & Co."
EVIDENCE = "证实性材料 营业执照（副本）#1 & 's.pdf"


@dataclass(frozen=True)
class Place:
    folder: Path
    project: Path

    def file(self, what: str, suffix: str) -> Path:
        path = self.folder / f"{what} {NAME}{suffix}"
        assert len(str(path)) > 260, len(str(path))  # the premise of every case
        return path


def run(*args: object) -> tuple[int, str, str]:
    """The command line in this process, as `excellence-app ARGS` runs it: (code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def deep_folder(base: Path) -> Path:
    """``FOLDERS`` under ``base``, then as many more as make the folder 250 characters long."""
    folder = base.joinpath(*FOLDERS)
    while len(str(folder)) < 250:
        folder /= "Measurement Analysis"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Place]:
    """A project made by `new` in the deep folder, with a Chinese-named evidence file attached
    from that folder."""
    folder = deep_folder(tmp_path_factory.mktemp("paths"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EXCELLENCE_APP_HOME", str(tmp_path_factory.mktemp("home")))
        project = folder / f"{NAME}.exa"
        code, _, err = run("new", project, "--org", ORG, "--cycle", "2026 年度 自评")
        assert code == 0, err
        evidence = folder / EVIDENCE
        evidence.write_bytes(b"%PDF-1.4 license scan")
        with ProjectService.open(project) as svc:
            cycle = svc.cycles.all()[0].id
            svc.content.set_response(cycle, "4.1.2a", "高层领导每年组织战略研讨会。", status="done")
            svc.evidence.attach_evidence_file(cycle, evidence, "2026 版", [EvidenceLink("4.1.2", "4.1.2a")])
        yield Place(folder, project)


def _is_zip(path: Path, part: str) -> bool:
    with zipfile.ZipFile(path) as zf:
        return zf.testzip() is None and part in zf.namelist()


def _sound(place: Place) -> None:
    """Nothing of ours left beside the files: no lock, no half-written temporary file."""
    left = [p.name for p in place.folder.iterdir() if p.name.startswith(".") or p.name.endswith(".lock")]
    assert left == []


# --- each command --------------------------------------------------------------------------
def case_new(place: Place) -> None:
    made = place.file("新 项目", ".exa")
    code, _, err = run("new", made, "--org", "张伟的 公司", "--cycle", "2026 年度 / 自评")
    assert code == 0, err
    code, out, err = run("summary", made, "--json")
    assert code == 0 and json.loads(out)["cycle"] == "2026 年度 / 自评", err


def case_demo(place: Place) -> None:
    made = place.file("示例企业", ".exa")
    code, _, err = run("demo", made)
    assert code == 0, err
    code, out, err = run("summary", made, "--json")
    assert code == 0 and len(json.loads(out)["items"]) == 23, err


def case_summary(place: Place) -> None:
    code, out, err = run("summary", place.project, "--json")
    assert code == 0 and json.loads(out)["organisation"] == ORG, err


def case_check(place: Place) -> None:
    code, out, err = run("check", place.project, "--json")
    findings = json.loads(out)["findings"]  # an unfinished project: errors, said on stdout
    assert code == 1 and findings and err == ""


def case_export_pdf(place: Place) -> None:
    out = place.file("申报材料", ".pdf")
    code, _, err = run("export", place.project, "--pdf", out, "--with-scores")
    data = out.read_bytes()
    assert code == 0 and data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), err


def case_export_docx_and_import_it(place: Place) -> None:
    out = place.file("评价报告", ".docx")
    code, _, err = run("export", place.project, "--docx", out, "--kind", "report")
    assert code == 0 and _is_zip(out, "word/document.xml"), err
    code, text, err = run("import-docx", place.project, out, "--dry-run")
    assert code == 0 and "4.1.2" in text, err


def case_export_xlsx(place: Place) -> None:
    for kind in ("scoring", "submission"):
        out = place.file(f"工作簿 {kind}", ".xlsx")
        code, _, err = run("export", place.project, "--xlsx", out, "--kind", kind)
        assert code == 0 and _is_zip(out, "xl/workbook.xml"), err


def case_assessor_workbook_and_import_scores(place: Place) -> None:
    book = place.file("评审员 李娜 的工作簿", ".xlsx")
    code, _, err = run("export", place.project, "--xlsx-template", book, "--assessor", "李娜")
    assert code == 0 and _is_zip(book, "xl/workbook.xml"), err
    copy = place.file("评分 副本", ".exa")  # the import writes: the shared project stays as it is
    shutil.copyfile(place.project, copy)
    code, out, err = run("import-scores", copy, book)
    assert code == 0 and "李娜" in out, err


def case_project_archive(place: Place) -> None:
    archive = place.file("项目存档", ".zip")
    code, _, err = run("export-project", place.project, archive)
    assert code == 0, err
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        document = zf.read("project.yaml").decode("utf-8")
    # Members are named by hash: nothing for Explorer, WPS or 7-Zip to misread as GBK; the
    # Chinese names travel inside project.yaml, which is UTF-8.
    assert all(n.isascii() for n in names) and EVIDENCE in document
    imported = place.file("导入的 项目", ".exa")
    code, _, err = run("import-project", archive, imported)
    assert code == 0, err
    with ProjectService.open(imported, read_only=True) as svc:
        (evidence,) = svc.snapshot(svc.cycles.all()[0].id).evidence
        assert evidence.name == EVIDENCE
        assert svc.evidence.evidence_data(evidence.id) == (place.folder / EVIDENCE).read_bytes()


def _screenshot(place: Place, outdir: Path) -> subprocess.CompletedProcess[str]:
    """The dashboard's screenshot, in a process of its own (it starts Qt)."""
    return subprocess.run(
        [sys.executable, "-m", "excellence_app", "screenshot", place.project, outdir, "--page", "dashboard"],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )


def case_screenshot(place: Place) -> None:
    shots = place.file("截图 文件夹", "")
    proc = _screenshot(place, shots)
    assert proc.returncode == 0, proc.stderr
    pictures = list(shots.glob("*.png"))
    assert pictures and all(p.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") for p in pictures)


def case_server_arguments(place: Place) -> None:
    """Only the arguments: the named file is refused before any server is asked."""
    wrong = place.file("服务器 副本", ".pdf")
    code, _, err = run("server", "pull", "postgresql://zhang@localhost:1/db", wrong)
    assert code == 2 and len(err.splitlines()) == 1 and f"“{wrong.name}”" in err
    assert not wrong.exists()


CASES: dict[str, Callable[[Place], None]] = {
    "new": case_new,
    "demo": case_demo,
    "summary": case_summary,
    "check": case_check,
    "export --pdf": case_export_pdf,
    "export --docx, import-docx": case_export_docx_and_import_it,
    "export --xlsx": case_export_xlsx,
    "export --xlsx-template, import-scores": case_assessor_workbook_and_import_scores,
    "export-project, import-project": case_project_archive,
    "screenshot": case_screenshot,
    "server": case_server_arguments,
}


@pytest.mark.parametrize("command", list(CASES))
def test_every_command_in_a_deep_chinese_folder(place: Place, command: str) -> None:
    CASES[command](place)
    _sound(place)


# --- what the commands are given -------------------------------------------------------------
def test_a_path_too_long_for_sqlite_is_said_so(place: Place, tmp_path: Path) -> None:
    """Past SQLite's limit (512 bytes on Linux and macOS, MAX_PATH on Windows) a sound project
    used to be called damaged, and a new one "not found"; now one line says why."""
    folder = deep_folder(tmp_path)
    while len(os.fsencode(folder)) < 600:  # Chinese folders: 3 bytes a character
        folder /= "卓越绩效自评材料 第一阶段 （草稿）"
    folder.mkdir(parents=True)
    project = folder / "项目.exa"
    shutil.copyfile(place.project, project)
    archive = tmp_path / "a.zip"
    assert run("export-project", place.project, archive)[0] == 0
    for args in (
        ("summary", project),
        ("check", project),
        ("export", project, "--pdf", tmp_path / "out.pdf"),
        ("import-scores", project, tmp_path / "a.zip"),
        ("new", folder / "新.exa", "--org", ORG),
        ("new", folder / "未建 文件夹" / "新.exa", "--org", ORG),
        ("demo", folder / "示例.exa"),
        ("import-project", archive, folder / "导入.exa"),
    ):
        code, _, err = run(*args)
        assert code == 1 and len(err.splitlines()) == 1, (args, err)
        assert err.startswith("错误：路径过长") and "Error: the path is too long" in err, err
    assert [p.name for p in folder.iterdir()] == ["项目.exa"]  # nothing made, nothing left
    assert not (tmp_path / "out.pdf").exists()


def test_relative_paths_and_a_home_folder_the_shell_left_as_tilde(
    place: Place, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(place.folder)
    code, out, err = run("summary", f"./{place.project.name}", "--json")
    assert code == 0 and json.loads(out)["organisation"] == ORG, err
    home = tmp_path / "张伟"
    (home / "文档").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))  # Windows' home
    monkeypatch.chdir(tmp_path)
    # Quoted, or after "=", the shell leaves "~" for the program.
    assert run("new", "~/文档/新 项目.exa", "--org", ORG)[0] == 0
    assert run("export", "~/文档/新 项目.exa", "--pdf=~/文档/申报 材料.pdf")[0] == 0
    assert (home / "文档" / "新 项目.exa").is_file() and (home / "文档" / "申报 材料.pdf").is_file()
    assert not (tmp_path / "~").exists()  # no folder named "~" made here instead
    assert local_path("~$报告.docx") == Path("~$报告.docx")  # Word's lock file is a name


def test_a_trailing_space_is_shown_not_hidden(place: Place) -> None:
    code, _, err = run("export", place.project, "--pdf", place.folder / "申报材料.pdf ")
    assert code == 2 and len(err.splitlines()) == 1 and "“申报材料.pdf ”" in err, err


def test_a_long_file_name_the_system_accepts(place: Place) -> None:
    """80 Chinese characters are 240 bytes: within Linux's 255, though not with the temporary
    name's ".XXXXXXXX.part" after them."""
    out = place.folder / ("申" * 80 + ".pdf")
    code, _, err = run("export", place.project, "--pdf", out)
    assert code == 0 and out.read_bytes().startswith(b"%PDF-"), err
    _sound(place)


def test_a_file_name_longer_than_the_system_allows(place: Place) -> None:
    """Past 255 (bytes on Linux and macOS, characters on Windows) the system refuses the name; it
    used to be "unexpected failure OSError" or, for a new project, "no such file"."""
    long = place.folder / ("申报材料" * 70)
    archive = place.folder / "存档.zip"
    assert run("export-project", place.project, archive)[0] == 0
    for args in (
        ("new", long.with_suffix(".exa"), "--org", ORG),
        ("export", place.project, "--pdf", long.with_suffix(".pdf")),
        ("export-project", place.project, long.with_suffix(".zip")),
        ("import-project", archive, long.with_suffix(".exa")),
    ):
        code, _, err = run(*args)
        assert code == 1 and len(err.splitlines()) == 1, (args, err)
        assert err.startswith(f"错误：文件名或路径过长：{long}."), err
    _sound(place)


def test_a_name_starting_with_a_dash_after_double_dash(place: Place, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(place.folder)
    code, _, err = run("new", "--org", ORG, "-减号开头.exa")
    assert code == 2 and len(err.splitlines()) == 1, err  # without "--" it reads as an option
    code, _, err = run("new", "--org", ORG, "--", "-减号开头.exa")
    assert code == 0 and (place.folder / "-减号开头.exa").is_file(), err


def test_the_user_data_folder_in_a_deep_chinese_folder(place: Place) -> None:
    home = place.file("用户 数据", "")
    proc = subprocess.run(
        [sys.executable, "-m", "excellence_app", place.project],
        capture_output=True,
        text=True,
        env=dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            EXCELLENCE_APP_HOME=str(home),
            EXCELLENCE_APP_STARTUP_PROBE="1",
        ),
        timeout=120,
    )
    assert proc.returncode == 0 and "excellence-app-shown" in proc.stdout, proc.stderr
    assert str(place.project) in (home / "settings.ini").read_text(encoding="utf-8")


def test_screenshots_into_a_file_are_refused_in_one_line(place: Place) -> None:
    taken = place.file("截图 已有文件", ".png")
    taken.write_bytes(b"mine")
    proc = _screenshot(place, taken)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert [line for line in proc.stderr.splitlines() if "无法写出截图" in line], proc.stderr
    assert taken.read_bytes() == b"mine"
