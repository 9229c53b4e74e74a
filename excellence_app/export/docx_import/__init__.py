"""Reading a Word report written by people into the criteria's clauses (issue 15, part 2).

``read_word_report`` checks the file (safety.py), parses its parts without trusting them
(xmlparts.py), reads its blocks as a person sees them (document.py), finds the headings
(headings.py), names them (matching.py, editions.py, naming.py) and lays out the mapping
(plan.py). It writes nothing; services/word_import.py compares the plan with the project
and applies it.
"""

from __future__ import annotations

from pathlib import Path

from excellence_app.core.framework import Framework
from excellence_app.export.docx_import.document import read_blocks
from excellence_app.export.docx_import.mapping import (
    HOLDING_HEADING,
    PlanEntry,
    WordImportPlan,
    Write,
)
from excellence_app.export.docx_import.plan import build_plan
from excellence_app.export.docx_import.safety import WordFileRefused, read_checked, refuse
from excellence_app.export.docx_import.xmlparts import open_package

__all__ = ["HOLDING_HEADING", "PlanEntry", "WordFileRefused", "WordImportPlan", "Write", "read_word_report"]


def read_word_report(path: Path, framework: Framework) -> WordImportPlan:
    """The mapping of the report at ``path`` onto ``framework``, or :class:`WordFileRefused`."""
    path = Path(path)
    data = read_checked(path)
    blocks = read_blocks(path.name, open_package(path.name, data))
    if not any(b.plain.strip() for b in blocks if b.kind != "picture"):
        raise refuse(f"Word 文件 {path.name} 中没有文字", f"the Word file {path.name} holds no text")
    return build_plan(path.name, framework, blocks)
