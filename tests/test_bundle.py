"""The frozen program (PyInstaller bundle) works on its own: opt-in, since building it takes minutes.

    python -m tools.bundle.build --dist /tmp/bundle-dist
    EXCELLENCE_TEST_BUNDLE=/tmp/bundle-dist/excellence-app python -m pytest tests/test_bundle.py

The checks are tools/bundle/smoke.py's, run on a copy of the bundle in a folder whose path has
Chinese characters and a space, with a clean environment.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tools.bundle import smoke

BUNDLE = os.environ.get("EXCELLENCE_TEST_BUNDLE", "")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="EXCELLENCE_TEST_BUNDLE names no built bundle")


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> smoke.Frozen:
    f = smoke.prepare(Path(BUNDLE), tmp_path_factory.mktemp("bundle"))
    smoke.check_demo(f)  # the sample project every other check reads
    return f


def test_the_version_is_the_packages(frozen: smoke.Frozen) -> None:
    smoke.check_version(frozen)


def test_the_sample_is_summed_up_and_checked(frozen: smoke.Frozen) -> None:
    smoke.check_summary(frozen)
    smoke.check_check(frozen)


@pytest.mark.parametrize(
    "check", [smoke.check_pdf, smoke.check_xlsx, smoke.check_docx], ids=["pdf", "xlsx", "docx"]
)
def test_exports_carry_the_chinese_text(frozen: smoke.Frozen, check) -> None:
    check(frozen)


def test_every_page_is_drawn(frozen: smoke.Frozen) -> None:
    smoke.check_screenshots(frozen)


def test_nothing_is_read_from_a_python_installation(frozen: smoke.Frozen) -> None:
    if smoke.WINDOWS or not smoke.shutil.which("strace"):
        pytest.skip("needs Linux and strace")
    smoke.check_no_outside_reads(frozen)
