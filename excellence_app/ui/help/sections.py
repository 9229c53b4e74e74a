"""The manual's sections: Markdown files under ``resources/help/<zh|en>/``, one per section,
and which section explains which page of the window.

A section's title is the first ``# `` heading of its file, so the text and its entry in the
contents never disagree; both languages have the same file names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from excellence_app import paths

LANGUAGES = ("zh", "en")

# In reading order: the contents list shows them so.
SECTION_NAMES: tuple[str, ...] = (
    "01-getting-started",
    "02-projects-and-cycles",
    "03-item-page",
    "04-scoring",
    "05-scoring-method",
    "06-team-and-consensus",
    "07-indicators-and-results",
    "08-action-plans",
    "09-package-and-checks",
    "10-exports",
    "11-word-import",
    "12-calibration",
    "13-command-line",
    "14-files-backup-locking",
    "15-team-server",
    "16-keyboard-shortcuts",
)
MANUAL = "01-getting-started"
SCORING_METHOD = "05-scoring-method"
SHORTCUTS = "16-keyboard-shortcuts"

# F1 opens the section that explains the page shown; every page of ui/shell/pages.py has one.
PAGE_SECTIONS: dict[str, str] = {
    "welcome": "01-getting-started",
    "dashboard": "01-getting-started",
    "settings": "01-getting-started",
    "item": "03-item-page",
    "profile": "03-item-page",
    "indicators": "07-indicators-and-results",
    "consensus": "06-team-and-consensus",
    "compare": "02-projects-and-cycles",
    "actions": "08-action-plans",
    "present": "12-calibration",
    "calibration": "12-calibration",
    "check": "09-package-and-checks",
    "cycles": "02-projects-and-cycles",
}


@dataclass(frozen=True)
class Section:
    name: str
    title: str
    text: str  # Markdown, the title heading included


def help_dir(language: str) -> Path:
    return paths.resources_dir() / "help" / ("en" if language == "en" else "zh")


def section_for_page(page: str | None) -> str:
    return PAGE_SECTIONS.get(page or "", MANUAL)


@cache
def load(name: str, language: str) -> Section:
    """One section in one language; the files are read once per run."""
    text = (help_dir(language) / f"{name}.md").read_text(encoding="utf-8")
    first = text.lstrip().splitlines()[0] if text.strip() else ""
    title = first[2:].strip() if first.startswith("# ") else name
    return Section(name, title, text)


def sections(language: str) -> tuple[Section, ...]:
    return tuple(load(name, language) for name in SECTION_NAMES)
