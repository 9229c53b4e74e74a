"""The sample organisation with N times its text, built through the interchange format.

Every clause response and every profile section of every cycle is its own text N times over,
the copies a blank line apart (so each copy keeps its paragraphs, lists and headings). The
document goes out through :func:`dump_document` into a copy of the sample folder and comes in
through :func:`import_project`, the same checks as any archive: a scale that would break one
of our limits (a text longer than ``TEXT`` characters, a document past ``MAX_DOCUMENT_BYTES``)
is refused here with the limit named, instead of measuring something the program cannot hold.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from excellence_app.core.interchange import (
    DOCUMENT_NAME,
    MAX_DOCUMENT_BYTES,
    TEXT,
    CycleDoc,
    ProjectDocument,
    dump_document,
    load_document,
)
from excellence_app.services.interchange import import_project, sample_folder


class ScaleTooLarge(ValueError):
    pass


def _times(text: str, scale: int) -> str:
    return "\n\n".join([text] * scale) if text.strip() else text


def _cycle(cycle: CycleDoc, scale: int) -> CycleDoc:
    responses = {
        cid: r.model_copy(update={"text": _times(r.text, scale)}) for cid, r in cycle.responses.items()
    }
    profile = {sid: _times(text, scale) for sid, text in cycle.profile.items()}
    return cycle.model_copy(update={"responses": responses, "profile": profile})


def scaled_document(scale: int) -> ProjectDocument:
    doc = load_document((sample_folder() / DOCUMENT_NAME).read_bytes())
    if scale == 1:
        return doc
    longest = max(
        len(text)
        for cycle in doc.cycles
        for text in [*cycle.profile.values(), *(r.text for r in cycle.responses.values())]
    )
    if len(_times("x" * longest, scale)) > TEXT:
        raise ScaleTooLarge(
            f"--scale {scale}: the sample's longest text ({longest:,} characters) would pass the "
            f"limit of {TEXT:,} characters a text may have"
        )
    return doc.model_copy(update={"cycles": [_cycle(c, scale) for c in doc.cycles]})


def text_chars(doc: ProjectDocument) -> int:
    """Characters of response and profile text in the whole document."""
    return sum(
        len(text)
        for cycle in doc.cycles
        for text in [*cycle.profile.values(), *(r.text for r in cycle.responses.values())]
    )


def build(scale: int, work: Path) -> tuple[Path, int]:
    """A project file holding the sample at ``scale``× its text, and its number of characters."""
    doc = scaled_document(scale)
    data = dump_document(doc)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ScaleTooLarge(
            f"--scale {scale}: the document would be {len(data) / 2**20:.0f} MB, past the "
            f"limit of {MAX_DOCUMENT_BYTES / 2**20:.0f} MB"
        )
    folder = work / f"sample-{scale}x"
    shutil.copytree(sample_folder(), folder)
    (folder / DOCUMENT_NAME).write_bytes(data)
    path = work / f"sample-{scale}x.exa"
    import_project(folder, path, "bench").close()
    shutil.rmtree(folder, ignore_errors=True)
    return path, text_chars(doc)
