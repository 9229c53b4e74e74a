"""The manual: every section in both languages, and the scoring explainer's worked examples
checked against the sample organisation's own figures, so the text cannot drift from them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from excellence_app.core.scoring import provisional_percent
from excellence_app.core.summary import Summary
from excellence_app.services.interchange import write_sample
from excellence_app.ui.help import sections

SAMPLE_CYCLE = "2026年度自评"
# Per language: the label before the median, the consensus and the total's sentence.
LABELS = {
    "zh": {
        "median": r"暂定分（中位数）：(\d+)%；极差：(\d+) 个百分点",
        "consensus": r"共识：(\d+)%",
        "score": r"得分：(\d+)% × (\d+) = ([\d.]+) 分",
        "total": "总分：{total} 分（过程类 {process} 分 + 结果类 {results} 分），为满分 {max} 分的 {pct}%，在第 {band} 分数段（{label}）内",
        "lead": "（组长）",
    },
    "en": {
        "median": r"Provisional score \(median\): (\d+)%; spread: (\d+) points",
        "consensus": r"Consensus: (\d+)%",
        "score": r"Score: (\d+)% × (\d+) = ([\d.]+) points",
        "total": "total of {cycle}: {total} points (process {process} + results {results}), {pct}% of the maximum {max}, inside band {band} ({label})",
        "lead": " (lead)",
    },
}


@pytest.fixture(scope="module")
def sample(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Summary, dict[str, dict[str, dict[str, int]]]]]:
    """The sample's 2026 summary, and each item's factor bands by assessor name."""
    folder = tmp_path_factory.mktemp("sample")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EXCELLENCE_APP_HOME", str(folder))
        svc = write_sample(folder / "s.exa")
    try:
        snap = svc.snapshot(svc.cycles.by_name(SAMPLE_CYCLE).id)
        names = {a.id: a.name for a in snap.assessors}
        factors: dict[str, dict[str, dict[str, int]]] = {}
        for score in snap.scores:
            factors.setdefault(score.item_id, {})[names[score.assessor_id]] = score.factors
        yield svc.summary_of(snap), factors
    finally:
        svc.close()


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def test_every_section_exists_in_both_languages_with_the_same_names() -> None:
    for language in sections.LANGUAGES:
        on_disk = sorted(p.stem for p in sections.help_dir(language).glob("*.md"))
        assert on_disk == sorted(sections.SECTION_NAMES), language
        for section in sections.sections(language):
            assert section.title != section.name, f"{language}/{section.name} has no # title"
            assert len(section.text) > 120, f"{language}/{section.name} is too short"


def test_every_page_has_a_section() -> None:
    from excellence_app.ui.shell.pages import PAGES

    assert {spec.name for spec in PAGES} == set(sections.PAGE_SECTIONS)
    assert set(sections.PAGE_SECTIONS.values()) <= set(sections.SECTION_NAMES)


def test_the_help_files_are_packaged() -> None:
    text = Path(__file__).parents[1].joinpath("pyproject.toml").read_text(encoding="utf-8")
    assert '"resources" = "excellence_app/_data/resources"' in text  # resources/help rides along


def _examples(text: str) -> list[tuple[str, str]]:
    """(item id, the example's text) for every "## 示例 … 4.x.y" (Example) heading."""
    parts = re.split(r"^## ", text, flags=re.M)
    found = []
    for part in parts:
        head = part.splitlines()[0] if part else ""
        match = re.search(r"(\d\.\d\.\d) ", head)
        if match and ("示例" in head or "Example" in head):
            found.append((match.group(1), part))
    return found


@pytest.mark.parametrize("language", sections.LANGUAGES)
def test_the_worked_examples_match_the_sample(language: str, sample) -> None:
    summary, factors = sample
    labels = LABELS[language]
    text = sections.load(sections.SCORING_METHOD, language).text
    examples = _examples(text)
    assert len(examples) >= 3
    items = {i.id: i for i in summary.items}
    for item_id, part in examples:
        item = items[item_id]
        rows = re.findall(
            r"^\| (\S+?)(?:" + re.escape(labels["lead"]) + r")? \| (.+) \| (\d+)% \|$", part, re.M
        )
        assert {name: int(p) for name, _f, p in rows} == item.assessor_percents, item_id
        for name, bands, _p in rows:
            judged = [int(b) for b in bands.split(" | ")]
            assert judged == list(factors[item_id][name].values()), (item_id, name)
        median, spread = map(int, re.search(labels["median"], part).groups())
        assert (median, spread) == (item.median_percent, item.spread), item_id
        assert int(re.search(labels["consensus"], part).group(1)) == item.consensus_percent, item_id
        percent, points, score = re.search(labels["score"], part).groups()
        assert (int(percent), int(points), score) == (item.percent, item.points, _number(item.score)), item_id


@pytest.mark.parametrize("language", sections.LANGUAGES)
def test_the_totals_match_the_sample(language: str, sample) -> None:
    summary, _factors = sample
    text = sections.load(sections.SCORING_METHOD, language).text
    expected = LABELS[language]["total"].format(
        cycle=SAMPLE_CYCLE,
        total=_number(summary.total),
        process=_number(summary.process_total),
        results=_number(summary.results_total),
        max=summary.total_max,
        pct=summary.total_percent,
        band=summary.band,
        label=summary.band_label,
    )
    assert expected in text
    resources = next(c for c in summary.categories if c.id == "4.4")
    assert _number(resources.score) in text and str(resources.points) in text
    for item in summary.items:
        if item.category == "4.4":
            assert f"{item.id} " in text and _number(item.score) in text


def test_the_even_median_rule_the_explainer_states() -> None:
    assert provisional_percent([55, 60]) == 55
