"""Build outputs are current: compiled forms, the translation source and the compiled .qm."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from excellence_app import paths
from tools import font_coverage, qt_tools

TS = paths.resources_dir() / "i18n" / qt_tools.TS_FILE


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


@pytest.mark.parametrize("form", qt_tools.forms(), ids=lambda p: p.name)
def test_generated_form_is_current(form: Path, tmp_path: Path) -> None:
    fresh = tmp_path / qt_tools.generated_name(form)
    qt_tools.compile_form(form, fresh)
    committed = qt_tools.GENERATED / qt_tools.generated_name(form)
    assert committed.is_file(), f"run python -m tools.qt_tools ({committed.name} is missing)"
    assert qt_tools.without_version(committed.read_text(encoding="utf-8")) == qt_tools.without_version(
        fresh.read_text(encoding="utf-8")
    ), f"{committed.name} is stale"


def test_no_generated_file_without_its_form() -> None:
    expected = {qt_tools.generated_name(f) for f in qt_tools.forms()} | {"__init__.py"}
    assert {p.name for p in qt_tools.GENERATED.glob("*.py")} == expected


def test_every_visible_string_has_a_finished_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    qt_tools.update_ts(fresh)
    sources = set(_messages(fresh))
    committed = _messages(TS)
    assert len(sources) > 200
    assert sources == set(committed), (
        f"new: {sorted(sources - set(committed))[:5]}, gone: {sorted(set(committed) - sources)[:5]}"
    )
    unfinished = [
        key
        for key, msg in committed.items()
        if msg.find("translation").get("type") or not (msg.findtext("translation") or "").strip()
    ]
    assert unfinished == []


@pytest.mark.parametrize("ts", [TS, TS.with_name(qt_tools.QT_SUPPLEMENT)], ids=lambda p: p.name)
def test_compiled_translation_is_current(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    qt_tools.release(ts, fresh)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes()


def test_english_is_loaded_and_used(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from excellence_app.ui.shell import i18n

    try:
        i18n.install(qapp, "en")
        assert QCoreApplication.translate("MainWindow", "撤销") == "Undo"
        assert i18n.label(i18n.STATUS, "done") == "Done"
        assert i18n.english()
    finally:
        i18n.install(qapp, "zh")
    assert QCoreApplication.translate("MainWindow", "撤销") == "撤销"


def test_the_fonts_coverage_table_is_current() -> None:
    assert font_coverage.target().read_text(encoding="ascii") == font_coverage.measure(), (
        "run python -m tools.font_coverage (the fonts changed)"
    )


def test_the_plain_schema_is_the_models() -> None:
    """storage/schema.py (what reading without the ORM knows of the tables) is the models'."""
    from tools import schema_module

    assert schema_module.TARGET.read_text(encoding="utf-8") == schema_module.render(), (
        "run python -m tools.schema_module (excellence_app/storage/schema.py is stale)"
    )
