"""Render the main pages offscreen at 1366×768 to PNG files, through the page registry.

Each page declares its screenshots (file name, item, state) in
:data:`excellence_app.ui.shell.pages.PAGES`; a page added there is captured too.
"""

from __future__ import annotations

import errno
import importlib
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from excellence_app.core.server_address import ServerAddress
from excellence_app.ui.shell import fonts, i18n
from excellence_app.ui.shell.app_settings import AppSettings
from excellence_app.ui.shell.main_window import MainWindow
from excellence_app.ui.shell.pages import PAGES, PageSpec, Shot
from excellence_app.ui.shell.session import load_project

SIZE = (1366, 768)


def _settle(rounds: int = 4) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def _wanted(page: str | None) -> list[tuple[PageSpec, Shot]]:
    pairs = [(spec, shot) for spec in PAGES for shot in spec.shots]
    if page is None:
        return pairs
    chosen = [
        (spec, shot) for spec, shot in pairs if page in (spec.name, shot.file, shot.file.removesuffix(".png"))
    ]
    if not chosen:
        raise KeyError(page)
    return chosen


def take_screenshots(
    file: Path | ServerAddress, outdir: Path, lang: str = "zh", page: str | None = None
) -> list[Path]:
    """Every page wanted, of the project file or a team server's project, as PNG files."""
    from excellence_app.ui.shell.application import create_application

    wanted = _wanted(page)
    app = create_application()
    fonts.register_all(app)
    i18n.install(app, lang)
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="excellence-shot-") as tmp:
        # A private settings file: a screenshot must not change the user's recent files.
        settings = AppSettings(Path(tmp) / "settings.ini")
        settings.language = lang
        settings.add_recent(file)
        window = MainWindow(settings)
        window.resize(*SIZE)
        window.show()
        try:
            for spec, shot in wanted:
                if spec.needs_project or window.session is not None or spec.name == "settings":
                    continue
                written.append(_capture(window, spec, shot, outdir))
            remaining = [
                (spec, shot) for spec, shot in wanted if spec.needs_project or spec.name == "settings"
            ]
            plain = [(spec, shot) for spec, shot in remaining if not shot.prepare]
            if plain:
                window.project.adopt_opened(load_project(file, settings.user_name))
                _settle()
                for spec, shot in plain:
                    written.append(_capture(window, spec, shot, outdir))
            for n, (spec, shot) in enumerate(remaining):
                if shot.prepare:
                    copy = _demo_copy(file, Path(tmp) / f"demo-{n}.exa", shot.prepare)
                    window.project.adopt_opened(load_project(copy, settings.user_name))
                    _settle()
                    written.append(_capture(window, spec, shot, outdir))
        finally:
            window.close()
            _settle(1)
    return written


def _demo_copy(file: Path | ServerAddress, target: Path, prepare: str) -> Path:
    """A copy of the project with the shot's demo data added; the user's file (or the server's
    project) stays as it is."""
    from excellence_app.services.project import copy_project_file

    copy_project_file(file, target)
    module_name, _, function = prepare.partition(":")
    getattr(importlib.import_module(module_name), function)(target)
    return target


def _capture(window: MainWindow, spec: PageSpec, shot: Shot, outdir: Path) -> Path:
    if spec.item_scoped:
        window.show_item(shot.item_id or "")
    else:
        window.show_page(spec.name, shot.item_id)
    page = window.current_page()
    if page is not None:
        page.prepare_shot(shot)
    _settle()
    target = outdir / shot.file
    if not window.grab().save(str(target)):
        raise OSError(errno.EIO, "the image was not written", str(target))
    return target
