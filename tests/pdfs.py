"""Reading a written PDF back: its pages' text (in reading order and laid out) and its outline.

pdftotext (poppler) reads the text when it is installed; pypdf's extraction otherwise.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pypdf

from excellence_app.services.project import ProjectService


@dataclass(frozen=True)
class Readback:
    """A written PDF: its pages' text (reading order and layout) and its outline."""

    path: Path
    reader: pypdf.PdfReader
    pages: list[str]  # text of each page, in reading order
    layout: list[str]  # text of each page, laid out as on paper
    outline: list[tuple[int, str, int]]  # (level, title, 1-based page)

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    def page_of(self, title: str) -> int:
        return next(p for _, t, p in self.outline if t == title)


def _pdftotext(path: Path, layout: bool) -> list[str]:
    if shutil.which("pdftotext") is None:  # poppler missing: pypdf's extraction instead
        return [p.extract_text() for p in pypdf.PdfReader(path).pages]
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1]


def read_back(path: Path) -> Readback:
    reader = pypdf.PdfReader(path)
    outline: list[tuple[int, str, int]] = []

    def walk(entries: list, level: int) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, level + 1)
            else:
                outline.append((level, entry.title, reader.get_destination_page_number(entry) + 1))

    walk(reader.outline, 0)
    return Readback(path, reader, _pdftotext(path, False), _pdftotext(path, True), outline)


def export(svc: ProjectService, out: Path, **kw: object) -> tuple[Readback, tuple[tuple[str, str], ...]]:
    from excellence_app.services.exports import export_pdf

    result = export_pdf(svc, svc.cycles.all()[0].id, out, **kw)  # type: ignore[arg-type]
    return read_back(out), result.warnings
