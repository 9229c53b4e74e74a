"""Project archives written by hand (project.yaml and evidence, zipped), and their refusal.

BASE is a valid two-cycle document; the tests change a copy of it to make each broken archive.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from excellence_app.core.interchange import InterchangeError
from excellence_app.services.interchange import import_project

EVIDENCE = b"%PDF-1.4 a small evidence file\n"
SHA = hashlib.sha256(EVIDENCE).hexdigest()


def cycle_document(name: str) -> dict[str, Any]:
    return {
        "name": name,
        "award_profile": "provincial",
        "created_at": "2026-03-02T09:00:00",
        "profile": {"B.1.1": "概述"},
        "responses": {"4.1.2a": {"status": "done", "updated_at": None, "text": "回答"}},
        "assessors": [
            {
                "name": "周建华",
                "role": "lead",
                "scores": {
                    "4.1.2": {"percent": 55, "factors": {"approach": 4}, "rationale": "理由"},
                    "4.7.2": {"percent": 40, "factors": {"level": 3}, "rationale": ""},
                },
            }
        ],
        "consensus": {
            "4.1.2": {
                "percent": 55,
                "rationale": "",
                "agreed_by": "周建华",
                "agreed_at": "2026-04-01T10:00:00",
            }
        },
        "comments": [
            {
                "key": "k1",
                "item": "4.1.2",
                "kind": "ofi",
                "significance": "high",
                "clause": "4.1.2a",
                "factor": "learning",
                "author": "周建华",
                "assessor": None,
                "text": "改进机会",
            }
        ],
        "evidence": [
            {
                "sha256": SHA,
                "name": "手册.pdf",
                "media_type": "application/pdf",
                "description": "",
                "added_at": "2026-03-10T10:00:00",
                "links": [{"item": "4.1.2", "clause": "4.1.2a"}],
            }
        ],
        "indicators": [
            {
                "item": "4.7.2",
                "name": "合格率",
                "unit": "%",
                "better": "up",
                "target": 99.5,
                "strategic_link": "",
                "values": {"2025": 99.1, "2026": 99.3},
                "comparisons": [],
            }
        ],
        "actions": [
            {
                "title": "改进",
                "item": "4.1.2",
                "comment": "k1",
                "owner": "",
                "due": "2026-12-31",
                "status": "open",
                "expected_effect": "",
                "created_at": "2026-05-06T09:00:00",
            }
        ],
        "audit": [
            {
                "at": "2026-03-02T09:00:00",
                "actor": "顾晓岚",
                "action": "cycle.create",
                "target": name,
                "detail": "",
            }
        ],
    }


BASE: dict[str, Any] = {
    "format": "excellence-app-project",
    "format_version": 1,
    "organisation": {
        "name": "测试企业",
        "framework": "gbt19580-2012",
        "spread_threshold": 20,
        "created_at": "2025-03-01T09:00:00",
    },
    "award_profiles": [],
    "evidence_files": [
        {"sha256": SHA, "name": "手册.pdf", "media_type": "application/pdf", "size": len(EVIDENCE)}
    ],
    "cycles": [cycle_document("2025年度自评"), cycle_document("2026年度自评")],
    "audit": [],
}


def write_zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def write_archive(
    path: Path, doc: dict[str, Any] | None = None, evidence: dict[str, bytes] | None = None
) -> Path:
    text = yaml.dump(
        BASE if doc is None else doc, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False
    ).encode()
    files = {SHA: EVIDENCE} if evidence is None else evidence
    return write_zip(path, {"project.yaml": text, **{f"evidence/{k}": v for k, v in files.items()}})


def refusal(archive: Path, tmp_path: Path) -> str:
    target = tmp_path / "out" / "p.exa"
    with pytest.raises(InterchangeError) as info:
        import_project(archive, target)
    assert not target.parent.exists() or not os.listdir(target.parent)  # nothing left behind
    return info.value.zh + " / " + info.value.en
