"""字数, the Markdown subset, and indicator analysis."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from excellence_app.core.markdown import ListBlock, Paragraph, Table, count_markdown_chars, parse, plain_text
from excellence_app.core.results import Series, analyse
from excellence_app.core.textcount import count_chars


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("卓越绩效", 4),
        ("质量第一，顾客至上。", 10),
        ("ISO 9001", 2),
        ("营业收入12.35亿元", 7),
        ("采用PDCA循环", 5),
        ("ＩＳＯ９００１", 7),
        ("“双引号”", 5),
        ("  - | -- |  ", 0),
        ("OEE = 87.4 %.", 2),
        ("", 0),
    ],
)
def test_word_count_follows_words_rule(text: str, n: int) -> None:
    assert count_chars(text) == n


cjk = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), max_size=50)
words = st.from_regex(r"[A-Za-z0-9]{1,8}", fullmatch=True)


@given(cjk)
def test_every_chinese_character_counts_one(text: str) -> None:
    assert count_chars(text) == len(text)


@given(st.lists(st.one_of(cjk, words), max_size=20))
def test_counts_add_up_over_whitespace(parts: list[str]) -> None:
    assert count_chars(" ".join(parts)) == sum(count_chars(p) for p in parts)


def test_markdown_blocks_and_plain_text() -> None:
    text = "公司**每年**评审。\n\n1. 第一步\n2. 第二步\n\n- 甲\n- 乙\n\n| 指标 | 2025 |\n| --- | --- |\n| 合格率 | 99% |\n"
    blocks = parse(text)
    assert isinstance(blocks[0], Paragraph) and blocks[0].spans[1].bold
    assert isinstance(blocks[1], ListBlock) and blocks[1].ordered and len(blocks[1].items) == 2
    assert isinstance(blocks[2], ListBlock) and not blocks[2].ordered
    assert isinstance(blocks[3], Table) and len(blocks[3].rows) == 1
    assert "**" not in plain_text(text) and "---" not in plain_text(text)
    assert count_markdown_chars("**质量**") == 2


def _series(values: list[float]) -> Series:
    return Series("x", tuple((str(2021 + i), v) for i, v in enumerate(values)))


def test_two_periods_are_not_a_trend() -> None:
    a = analyse(_series([1, 2]), "up", None, [], "SO1")
    assert not a.trend and any(g.factor == "trend" for g in a.gaps)


def test_direction_respects_which_way_is_better() -> None:
    down_good = analyse(_series([5, 4, 3]), "down", 2.5, [], "SO1")
    assert down_good.direction == "improving" and down_good.favourable and not down_good.target_met
    up_bad = analyse(_series([5, 4, 3]), "up", None, [], "")
    assert up_bad.direction == "worsening"
    assert {g.factor for g in up_bad.gaps} == {"trend", "comparison", "integration"}


def test_comparison_uses_the_latest_common_period() -> None:
    comp = Series("竞争对手A", (("2022", 10.0), ("2023", 20.0), ("2030", 1.0)), "competitor")
    a = analyse(_series([9, 12, 15]), "up", None, [comp], "SO1")
    assert a.comparisons[0].period == "2023" and not a.comparisons[0].beaten
    assert [g.factor for g in a.gaps] == ["comparison"]
