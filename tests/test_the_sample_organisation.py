"""The sample organisation (示例企业): complete, consistent, and stored in canonical form."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from excellence_app.core import interchange as ix
from excellence_app.core.as_of import period_end
from excellence_app.core.interchange_checks import check_document
from excellence_app.services.interchange import sample_folder
from excellence_app.services.project import builtin_awards, load_framework

SAMPLE = sample_folder()


def _run(home: Path, *args: str) -> str:
    env = {**os.environ, "EXCELLENCE_APP_HOME": str(home)}
    proc = subprocess.run(
        [sys.executable, "-m", "excellence_app", *args], capture_output=True, text=True, env=env, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """`excellence-app demo d.exa`, written once for the module: (home, file)."""
    work = tmp_path_factory.mktemp("demo")
    _run(work, "demo", str(work / "d.exa"))
    return work, work / "d.exa"


def _summary(home: Path, file: Path, cycle: str | None = None) -> dict[str, Any]:
    extra = ("--cycle", cycle) if cycle else ()
    return json.loads(_run(home, "summary", str(file), "--json", *extra))


@pytest.mark.parametrize("cycle", ["2026年度自评", "2025年度自评"])
def test_every_item_is_assessed_and_answered(demo: tuple[Path, Path], cycle: str) -> None:
    data = _summary(*demo, cycle)
    assert data["organisation"] == "澜桥精密传动股份有限公司" and data["cycle"] == cycle
    for item in data["items"]:
        assert item["consensus_percent"] is not None, item["id"]
        assert len(item["assessor_percents"]) == 3 and None not in item["assessor_percents"].values()
        assert item["clauses_answered"] == item["clauses_total"], item["id"]
        assert item["strengths"] >= 3 and item["ofis"] >= 3, item["id"]
    assert sum(i["indicators"] for i in data["items"]) >= 25
    assert sum(i["evidence"] for i in data["items"]) >= 5
    assert 20_000 < data["chars"]["report"] <= data["limits"]["report"]
    assert data["chars"]["profile"] <= data["limits"]["profile"]
    assert data["limits"]["award"] == "provincial"


def test_the_2026_total(demo: tuple[Path, Path]) -> None:
    data = _summary(*demo)
    assert data["cycle"] == "2026年度自评"
    assert data["total"] == 528.75
    assert data["total"] == pytest.approx(sum(c["score"] for c in data["categories"]))


def test_cli_round_trip_is_identical(demo: tuple[Path, Path]) -> None:
    home, file = demo
    _run(home, "export-project", str(file), str(home / "one.zip"))
    _run(home, "import-project", str(home / "one.zip"), str(home / "copy.exa"))
    _run(home, "export-project", str(home / "copy.exa"), str(home / "two.zip"))
    assert (home / "one.zip").read_bytes() == (home / "two.zip").read_bytes()
    assert _run(home, "summary", str(file), "--json") == _run(
        home, "summary", str(home / "copy.exa"), "--json"
    )


def test_stored_sample_is_valid_and_canonical() -> None:
    data = (SAMPLE / "project.yaml").read_bytes()
    doc = ix.load_document(data)
    check_document(
        doc, load_framework(doc.organisation.framework), {a.id for a in builtin_awards()}, 50 * 1024 * 1024
    )
    assert ix.dump_document(doc) == data  # an import followed by an export gives these bytes back
    stored = {p.name: p.read_bytes() for p in (SAMPLE / "evidence").iterdir()}
    assert stored.keys() == {f.sha256 for f in doc.evidence_files}
    for file in doc.evidence_files:
        assert (
            hashlib.sha256(stored[file.sha256]).hexdigest() == file.sha256
            and len(stored[file.sha256]) == file.size
        )
        assert stored[file.sha256][:4] in (b"%PDF", b"\x89PNG")
    # The cycle it applies with holds every 证实性材料 its award requires, in the numbers asked.
    applying = doc.cycles[-1]
    award = next(a for a in builtin_awards() if a.id == applying.award_profile)
    have = Counter(e.kind for e in applying.evidence)
    assert award.evidence_kinds and all(have[k.key] >= k.count for k in award.evidence_kinds)


def test_stored_sample_is_consistent_across_cycles() -> None:
    doc = ix.load_document((SAMPLE / "project.yaml").read_bytes())
    assert [c.name for c in doc.cycles] == ["2025年度自评", "2026年度自评"]
    for cycle, (first, last) in zip(doc.cycles, [(2021, 2025), (2022, 2026)], strict=True):
        # A file cites one or two clauses; a licence or an audit report may cite none.
        assert all(len(e.links) <= 2 and (e.links or e.kind) for e in cycle.evidence)
        periods = {p for i in cycle.indicators for p in i.values}
        periods |= {p for i in cycle.indicators for c in i.comparisons for p in c.values}
        ends = {period_end(p) for p in periods}
        assert None not in ends, cycle.name  # every period is one `check` can read
        # Written in September: whole years up to the last one over, then that year to date.
        assert cycle.as_of is not None and cycle.as_of.startswith(f"{last}-09-"), cycle.name
        assert min(e.year for e in ends) >= first and max(e.year for e in ends) == last, cycle.name
        assert all(e <= date.fromisoformat(cycle.as_of) for e in ends), cycle.name
        assert {r.status for r in cycle.responses.values()} == {"done"}
        assert [a.name for a in cycle.assessors] == ["周建华", "林芳", "许志强"]
    old, new = (c.responses for c in doc.cycles)
    assert old.keys() == new.keys() and any(old[k].text != new[k].text for k in old)
    # Every stored file is used, and the application keeps last year's files beside its own.
    before, after = ({e.sha256 for e in c.evidence} for c in doc.cycles)
    assert before < after == {f.sha256 for f in doc.evidence_files}


def test_sample_has_no_placeholder_text() -> None:
    text = (SAMPLE / "project.yaml").read_text(encoding="utf-8")
    for marker in ("TODO", "XX", "待补充", "某某", "lorem", "TBD"):
        assert marker not in text
