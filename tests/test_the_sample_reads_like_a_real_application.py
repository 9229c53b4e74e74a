"""The sample organisation reads like a real application (issue 13 item 5): no placeholder names or
leftover headings, the applicant's own voice, dates that fit the day each cycle was written, and
comparison kinds that match their labels."""

from __future__ import annotations

import re

import pytest

from excellence_app.core import interchange as ix
from excellence_app.core.comparisons import implied_kind
from excellence_app.services.interchange import sample_folder

DOC = ix.load_document((sample_folder() / "project.yaml").read_bytes())
CYCLES = {c.name: c for c in DOC.cycles}


def _applicant_texts(cycle: ix.CycleDoc) -> dict[str, str]:
    """What the applicant wrote: the profile and the responses (not the assessors' comments)."""
    return {**cycle.profile, **{k: r.text for k, r in cycle.responses.items()}}


def test_no_placeholder_names_anywhere() -> None:
    text = (sample_folder() / "project.yaml").read_text(encoding="utf-8")
    assert not re.findall(r"(客户|竞争对手|供方|供应商)[A-Z]\b|(客户|竞争对手|供方)[A-Z](?![a-z])", text)


@pytest.mark.parametrize("name", sorted(CYCLES))
def test_the_applicants_voice(name: str) -> None:
    for key, text in _applicant_texts(CYCLES[name]).items():
        assert "【原" not in text, key
        assert not re.search(r"\*\*(不足|存在的问题)\*\*|^不足[:：]", text, re.M), key
        assert not re.search(r"本条目得分|得分下降|得分提高|评分区间|\d+—\d+%区间", text), key
        assert not re.search(r"见4\.(1\.[23]|3\.2|4\.[3-7]|5\.[23]|6\.2|7\.[2567])\.\d", text), key


@pytest.mark.parametrize("name", sorted(CYCLES))
def test_every_clause_is_answered_including_4_1_2e(name: str) -> None:
    response = CYCLES[name].responses["4.1.2e"]
    assert response.status == "done" and len(response.text) > 200


@pytest.mark.parametrize("name", sorted(CYCLES))
def test_data_stand_at_the_day_the_cycle_was_written(name: str) -> None:
    cycle = CYCLES[name]
    assert cycle.as_of is not None and cycle.as_of[5:7] == "09"
    year = int(cycle.as_of[:4])
    assert cycle.name.startswith(str(year)) and cycle.created_at[:10] <= cycle.as_of
    for indicator in cycle.indicators:
        series = [indicator.values, *(c.values for c in indicator.comparisons)]
        for period in (p for values in series for p in values):
            assert not (period.isdigit() and int(period) >= year), (indicator.name, period)
        for comparison in indicator.comparisons:  # no annual report of a year not yet over
            assert not re.search(rf"{year}年度|《{year}年", comparison.source), comparison.source
    for key, text in _applicant_texts(cycle).items():
        assert not re.search(rf"{year}年(末|全年)|{year}年度审计", text), key


@pytest.mark.parametrize("name", sorted(CYCLES))
def test_comparison_kinds_match_their_labels(name: str) -> None:
    for indicator in CYCLES[name].indicators:
        for comparison in indicator.comparisons:
            implied = implied_kind(comparison.name)
            assert implied in (None, comparison.kind), (indicator.name, comparison.name, comparison.kind)


def test_customer_satisfaction_is_reported_by_the_profiles_segments() -> None:
    cycle = CYCLES["2026年度自评"]
    segments = {i.name.split("—", 1)[1] for i in cycle.indicators if i.name.startswith("顾客满意度—")}
    assert segments == {"工业机器人客户", "机床客户", "锂电和光伏设备客户", "维修服务客户"}
    for segment in ("机器人", "机床", "锂电和光伏设备", "维修服务"):
        assert segment in cycle.profile["B.1.2"]
