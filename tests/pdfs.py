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


@dataclass(frozen=True)
class Line:
    """One line of text on a page as poppler places it: top-down coordinates in points."""

    page: int  # 1-based
    top: float
    bottom: float
    left: float
    right: float
    text: str


def page_lines(path: Path) -> list[Line]:
    """Every line of every page, top to bottom, from ``pdftotext -bbox`` (poppler) words.

    Words whose vertical middles lie within a few points are one line: a Latin run and a
    Chinese run of one line have boxes of different heights from their fonts.
    """
    import html
    import re

    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True)
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
    lines: list[Line] = []
    for page, chunk in enumerate(out.stdout.split("<page ")[1:], start=1):
        words = sorted(
            (
                (float(a), float(b), float(c), float(d), html.unescape(t))
                for a, b, c, d, t in word.findall(chunk)
            ),
            key=lambda w: ((w[1] + w[3]) / 2, w[0]),
        )
        group: list[tuple[float, float, float, float, str]] = []
        for w in [*words, None]:
            if group and (w is None or (w[1] + w[3]) / 2 - (group[0][1] + group[0][3]) / 2 > 4):
                group.sort()
                lines.append(
                    Line(
                        page,
                        min(g[1] for g in group),
                        max(g[3] for g in group),
                        group[0][0],
                        max(g[2] for g in group),
                        " ".join(g[4] for g in group),
                    )
                )
                group = []
            if w is not None:
                group.append(w)
    return lines
