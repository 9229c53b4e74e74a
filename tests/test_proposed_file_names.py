"""The file names the program proposes from what users typed (an organisation, a cycle, a
trainee, a stored evidence file) are names Windows accepts, though this runs elsewhere."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from excellence_app.core.file_names import MAX_BYTES, safe_file_name

FORBIDDEN = '\\/:*?"<>|'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("蓝桥智能装备-2026年度自评-申报材料.pdf", "蓝桥智能装备-2026年度自评-申报材料.pdf"),
        ("张伟 (质量部) #1 & 50% 's.xlsx", "张伟 (质量部) #1 & 50% 's.xlsx"),  # all fine on Windows
        ('A/B:C*D?"E"<F>|G.zip', "A_B_C_D__E__F__G.zip"),
        ("第一行\n第二行\t.pdf", "第一行_第二行_.pdf"),
        ("CON", "_CON"),
        ("con.pdf", "_con.pdf"),
        ("Nul.tar.gz", "_Nul.tar.gz"),  # reserved whatever follows the first dot
        ("AUX .txt", "_AUX.txt"),
        ("COM1-2026.xlsx", "COM1-2026.xlsx"),  # only the bare device name is reserved
        ("LPT9.docx", "_LPT9.docx"),
        ("COM¹.pdf", "_COM¹.pdf"),
        ("CONSOLE.pdf", "CONSOLE.pdf"),
        ("有限公司.", "有限公司"),  # Windows would drop the dot
        ("ACME Inc. ..  ", "ACME Inc"),
        ("  报告 .pdf", "报告.pdf"),
        ("报告.pdf.", "报告.pdf"),
        ("", "export"),
        (" . ", "export"),
        (".pdf", "export.pdf"),
    ],
)
def test_proposed_names(text: str, expected: str) -> None:
    assert safe_file_name(text) == expected


def test_the_fallback_is_the_callers() -> None:
    assert safe_file_name("   ", "evidence") == "evidence"


def test_a_long_name_loses_its_middle_not_its_end() -> None:
    org = "蓝桥智能装备股份有限公司" * 10
    names = [safe_file_name(f"{org}-2026年度自评-{n}.xlsx") for n in ("李娜", "王强")]
    for name in names:
        assert len(name.encode()) <= MAX_BYTES and name.startswith("蓝桥智能装备") and "…" in name
    assert names[0].endswith("-李娜.xlsx") and names[1].endswith("-王强.xlsx")  # still two files


def test_a_long_latin_name_fits_too() -> None:
    name = safe_file_name("Quality Management Self Assessment " * 10 + ".pdf")
    assert len(name.encode()) <= MAX_BYTES and name.endswith(".pdf") and "… " not in name


@given(st.text())
def test_any_text_gives_a_name_windows_accepts(text: str) -> None:
    name = safe_file_name(text)
    assert name and len(name.encode()) <= MAX_BYTES
    assert not any(c in FORBIDDEN or ord(c) < 32 for c in name)
    assert not name.endswith((" ", "."))
    assert name.split(".")[0].rstrip(" ").upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}
