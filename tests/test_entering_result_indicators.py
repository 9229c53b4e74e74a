"""The 结果指标 page: paste a block from a spreadsheet (one undo step), edit in place,
reorder with figure references following, delete and undo, the chart and the LeTCI
badges of the selected indicator, comparison series, and the table models."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from excellence_app.core.snapshots import ComparisonSeries, DataPoint, Indicator
from excellence_app.core.summary import figure_labels
from excellence_app.ui.indicators.comparison_series_model import ComparisonModel
from excellence_app.ui.indicators.model import BADGE_ROLE, FIELDS, IndicatorTableModel

PERIODS = ("2022", "2023", "2024", "2025", "2026")
BLOCK = "\n".join(
    [
        "指标\t" + "\t".join(PERIODS),
        "一次交验合格率\t98.3\t98.8\t99.05\t99.2\t99.38",
        "现场失效率\t860\t740\t620\t510\t410",
        "顾客满意度\t82.5\t83.7\t84.9\t86.0\t86.9",
        "营业收入\t8.6\t9.4\t10.3\t11.2\t12.35",
        "员工流失率\t14.9\t13.7\t12.6\t10.8\t8.9",
    ]
)


@pytest.fixture
def window(window):
    """The window of conftest, on the 结果指标 page at 4.7.2."""
    window.show_page("indicators", "4.7.2")
    return window


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


def paste(window, text: str):
    page = window.current_page()
    QApplication.clipboard().setText(text)
    page.ui.pasteButton.click()
    return page


def column(page, period: str) -> int:
    return len(FIELDS) + page.model.periods.index(period)


def test_pasting_a_block_adds_every_indicator_in_one_undo_step(window, warnings) -> None:
    page = paste(window, BLOCK)
    indicators = window.session.snapshot.indicators_for("4.7.2")
    assert [i.name for i in indicators] == [
        "一次交验合格率",
        "现场失效率",
        "顾客满意度",
        "营业收入",
        "员工流失率",
    ]
    assert all(tuple(p.period for p in i.values) == PERIODS for i in indicators)
    assert indicators[0].values[2].value == 99.05
    assert page.model.rowCount() == 5 and page.model.periods == list(PERIODS)
    assert page.model.index(4, 0).data() == "图4.7.2-5"
    assert "5 个指标" in page.ui.itemCombo.currentText()
    assert warnings == []
    window.undo()
    assert window.session.snapshot.indicators_for("4.7.2") == ()
    assert page.model.rowCount() == 0
    window.redo()
    again = window.session.snapshot.indicators_for("4.7.2")
    assert [i.name for i in again] == [i.name for i in indicators]
    window.undo()  # the redone rows have new ids; undo still finds them
    assert window.session.snapshot.indicators_for("4.7.2") == ()


def test_pasting_known_names_updates_them_and_undo_gives_their_values_back(window, warnings) -> None:
    paste(window, "指标\t2025\t2026\n合格率\t98.0\t98.5")
    paste(window, "指标\t单位\t2026\t2027\n合格率\t%\t99.0\t99.4")
    (ind,) = window.session.snapshot.indicators_for("4.7.2")
    assert {p.period: p.value for p in ind.values} == {"2025": 98.0, "2026": 99.0, "2027": 99.4}
    assert ind.unit == "%"
    window.undo()
    (ind,) = window.session.snapshot.indicators_for("4.7.2")
    assert {p.period: p.value for p in ind.values} == {"2025": 98.0, "2026": 98.5}
    assert ind.unit == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("指标\t2024\t2025\n营业收入\t1,234.5\t2,345", {"2024": 1234.5, "2025": 2345.0}),
        ("指标\t2024\t2025\n合格率\t９８．５\t９９", {"2024": 98.5, "2025": 99.0}),
        ("指标\t2024\t2025\n合格率\t98.5%\t99.1%", {"2024": 98.5, "2025": 99.1}),
        ("指标\t2024\t2025\t2026\n合格率\t98.5\n", {"2024": 98.5}),  # a short row: empty cells
        ("指标\t2024年\t2025年\n合格率\t−1.5\t\u00a02\u00a0", {"2024": -1.5, "2025": 2.0}),
    ],
    ids=["thousands", "full-width", "percent", "short-row", "year-suffix-minus"],
)
def test_pastes_written_the_way_people_type_are_read(window, warnings, text: str, expected: dict) -> None:
    paste(window, text)
    (ind,) = window.session.snapshot.indicators_for("4.7.2")
    assert {p.period: p.value for p in ind.values} == expected
    assert warnings == []
    if "%" in text:
        assert ind.unit == "%"


TEN_THOUSAND = "指标\t2025\n" + "\n".join(f"指标{n}\t{n}" for n in range(10_000))


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("指标\t2024\t2025\n合格率\t98.5\tabc", ["第 2 行第 3 列", "“abc”不是数字（2025）"]),
        ("指标\t2024\n合格率\t98.5\t99\t100", ["第 2 行第 3 列", "比表头多"]),
        (TEN_THOUSAND, ["第 502 行第 1 列", "行数过多（10000 行）"]),
        ("指标\t2024\t2024\n合格率\t1\t2", ["第 1 行第 3 列", "重复"]),
        ("指标\t2024\n\t98.5\n合格率\t1.2.3", ["第 2 行第 1 列：指标名称为空", "第 3 行第 2 列"]),
        ("只有一行\t2024", ["第 1 行第 1 列", "至少一行数据"]),
    ],
    ids=["text-in-number", "ragged-long-row", "10000-rows", "repeated-period", "two-problems", "no-data"],
)
def test_bad_pastes_are_refused_with_the_cell_named(window, warnings, text: str, where: list[str]) -> None:
    page = paste(window, text)
    assert window.session.snapshot.indicators_for("4.7.2") == ()
    assert len(warnings) == 1
    for part in where:
        assert part in warnings[0]
    assert page.model.rowCount() == 0
    assert not window.session.undo_stack.canUndo() or "粘贴" not in window.session.undo_stack.undoText()


def test_two_periods_get_the_trend_warning_badge(window, warnings) -> None:
    page = paste(window, "指标\t2025\t2026\n新产品收入占比\t26.8\t29.5")
    page.ui.indicatorTable.setCurrentIndex(page.model.index(0, 1))
    badges = page.detail.badges
    assert badges.states["trend"] == "warn"
    assert badges.states["level"] == "ok"
    assert badges.states["comparison"] == "missing" and badges.states["integration"] == "missing"
    assert "只有 2 期数据" in page.ui.gapsLabel.text()
    chips = dict(page.model.index(0, FIELDS.index("badges")).data(BADGE_ROLE))
    assert chips["趋"] == "warn"
    # a third period makes the trend count
    assert page.model.setData(page.model.index(0, page.model.add_period("2024")), "24.0")
    assert badges.states["trend"] == "ok"
    assert "只有" not in page.ui.gapsLabel.text()
    # the link to a strategic objective makes 整合
    page.ui.linkEdit.setText("SO3 创新驱动")
    page.ui.linkEdit.editingFinished.emit()
    assert window.session.snapshot.indicators_for("4.7.2")[0].strategic_link == "SO3 创新驱动"
    assert badges.states["integration"] == "ok"


def test_editing_cells_is_saved_and_undoable(window, warnings) -> None:
    page = paste(window, "指标\t2025\t2026\n合格率\t98.0\t98.5")
    model = page.model
    assert model.setData(model.index(0, FIELDS.index("name")), "一次交验合格率")
    assert model.setData(model.index(0, column(page, "2026")), "1,250")
    assert model.setData(model.index(0, FIELDS.index("target")), "９９.５%")
    assert model.setData(model.index(0, FIELDS.index("better")), "down")
    (ind,) = window.session.snapshot.indicators_for("4.7.2")
    assert (ind.name, ind.target, ind.better) == ("一次交验合格率", 99.5, "down")
    assert {p.period: p.value for p in ind.values} == {"2025": 98.0, "2026": 1250.0}
    assert model.index(0, column(page, "2026")).data() == "1,250"
    # an emptied cell removes the value; text that is not a number is refused, naming it
    assert model.setData(model.index(0, column(page, "2025")), "")
    assert not model.setData(model.index(0, column(page, "2026")), "九十")
    assert "“九十”不是数字（2026）" in warnings[0]
    (ind,) = window.session.snapshot.indicators_for("4.7.2")
    assert {p.period: p.value for p in ind.values} == {"2026": 1250.0}
    for _ in range(5):
        window.undo()
    (ind,) = window.session.snapshot.indicators_for("4.7.2")
    assert (ind.name, ind.target, ind.better) == ("合格率", None, "up")
    assert {p.period: p.value for p in ind.values} == {"2025": 98.0, "2026": 98.5}


def test_add_period_add_indicator_and_single_value_paste(window, monkeypatch, warnings) -> None:
    page = window.current_page()
    page.ui.addButton.click()
    (ind,) = window.session.snapshot.indicators_for("4.7.2")
    assert ind.name == "新指标" and page.selected().id == ind.id
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("２０２７年", True))
    page.ui.periodButton.click()
    assert page.model.periods == ["2027"]
    page.ui.indicatorTable.setCurrentIndex(page.model.index(0, column(page, "2027")))
    QApplication.clipboard().setText("88.5\n")
    page.data_import.paste()  # Ctrl+V on a cell: one value goes into it
    (ind,) = window.session.snapshot.indicators_for("4.7.2")
    assert [(p.period, p.value) for p in ind.values] == [("2027", 88.5)]
    page.clear_cell()  # Delete
    assert window.session.snapshot.indicators_for("4.7.2")[0].values == ()
    window.undo()
    window.undo()
    window.undo()
    assert window.session.snapshot.indicators_for("4.7.2") == ()


def test_moving_renumbers_figures_and_the_references_in_the_text(window, warnings) -> None:
    page = paste(window, "指标\t2025\t2026\n合格率\t98\t99\n失效率\t500\t400\n满意度\t85\t86")
    service, cycle = window.session.service, window.session.cycle_id
    service.content.set_response(
        cycle, "4.7.2a", "合格率持续提升（见图4.7.2-1），失效率下降（见图4.7.2-2）。"
    )
    window.session.reload()  # written past the session, as another program would
    page.ui.indicatorTable.setCurrentIndex(page.model.index(1, 1))
    page.ui.upButton.click()
    snap = window.session.snapshot
    assert [i.name for i in snap.indicators_for("4.7.2")] == ["失效率", "合格率", "满意度"]
    assert page.model.index(0, 0).data() == "图4.7.2-1" and page.model.index(0, 1).data() == "失效率"
    assert snap.responses["4.7.2a"].text == "合格率持续提升（见图4.7.2-2），失效率下降（见图4.7.2-1）。"
    assert page.selected().name == "失效率" and not page.ui.upButton.isEnabled()
    page.ui.indicatorTable.setCurrentIndex(page.model.index(1, 1))
    page.ui.deleteButton.click()  # 合格率 goes; the reference to it takes the last number
    snap = window.session.snapshot
    assert [i.name for i in snap.indicators_for("4.7.2")] == ["失效率", "满意度"]
    window.undo()  # back at its place, with every reference as it was
    window.undo()
    snap = window.session.snapshot
    assert [i.name for i in snap.indicators_for("4.7.2")] == ["合格率", "失效率", "满意度"]
    assert snap.responses["4.7.2a"].text == "合格率持续提升（见图4.7.2-1），失效率下降（见图4.7.2-2）。"
    assert [p.value for p in snap.indicators_for("4.7.2")[0].values] == [98.0, 99.0]


def test_chart_comparisons_and_their_sources(window, warnings) -> None:
    page = paste(window, "指标\t单位\t目标\t2024\t2025\t2026\n合格率\t%\t99.5\t98.6\t99.0\t99.3")
    page.ui.indicatorTable.setCurrentIndex(page.model.index(0, 1))
    assert page.detail.chart.title == "图4.7.2-1  合格率"
    assert page.detail.chart.series_names == ["本组织", "目标 99.5%"]
    axis = page.detail.chart.chart().axes()[1]
    assert axis.titleText() == "%"
    page.ui.addSeriesButton.click()
    comparisons = page.detail.comparisons
    assert comparisons.rowCount() == 1
    assert comparisons.setData(comparisons.index(0, 0), "竞争对手A")
    assert comparisons.setData(comparisons.index(0, 2), "行业协会年报 2026")
    assert comparisons.setData(comparisons.index(0, 3 + comparisons.periods.index("2026")), "99.1")
    (ind,) = window.session.snapshot.indicators_for("4.7.2")
    (series,) = ind.comparisons
    assert (series.name, series.kind, series.source) == ("竞争对手A", "competitor", "行业协会年报 2026")
    assert [(p.period, p.value) for p in series.values] == [("2026", 99.1)]
    assert page.detail.badges.states["comparison"] == "ok"
    assert page.detail.chart.series_names == ["本组织", "竞争对手A", "目标 99.5%"]  # the kind is in the name
    assert "领先" in page.ui.analysisLabel.text()
    assert page.ui.detailTabs.tabText(1) == "对比数据（1）"
    assert comparisons.setData(comparisons.index(0, 1), "benchmark")
    assert window.session.snapshot.indicators_for("4.7.2")[0].comparisons[0].kind == "benchmark"
    assert "竞争对手A（行业标杆）" in page.detail.chart.series_names
    for _ in range(5):
        window.undo()
    assert window.session.snapshot.indicators_for("4.7.2")[0].comparisons == ()


def test_csv_file_in_the_chinese_code_page_is_imported(window, monkeypatch, tmp_path: Path, warnings) -> None:
    data = tmp_path / "指标.csv"
    data.write_bytes('指标,单位,2024,2025,2026\n营业收入,亿元,"1,030.5",11.2,12.35\n'.encode("gb18030"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(data), ""))
    page = window.current_page()
    page.ui.importButton.click()
    (ind,) = window.session.snapshot.indicators_for("4.7.2")
    assert (ind.name, ind.unit) == ("营业收入", "亿元")
    assert [p.value for p in ind.values] == [1030.5, 11.2, 12.35]
    data.write_bytes(b"\xff\xfe" + "指标,2024\n合格率,九八\n".encode("utf-16-le"))
    page.ui.importButton.click()
    assert "第 2 行第 2 列" in warnings[-1]


def test_figure_reference_from_the_clause_editor_menu_and_the_page(window, warnings) -> None:
    paste(window, "指标\t2025\t2026\n合格率\t98\t99\n失效率\t500\t400")
    window.show_item("4.7.2")
    card = window.current_page().card_for("4.7.2a")
    card.ui.editor.set_markdown_text("")
    menu = card.context_menu()
    refs = next(a.menu() for a in menu.actions() if a.menu() and a.text() == "插入图号引用")
    action = next(a for a in refs.actions() if a.data() == "图4.7.2-2")
    assert action.text() == "图4.7.2-2  失效率"
    action.trigger()
    assert card.ui.editor.toPlainText() == "（见图4.7.2-2）"
    card.flush()
    assert window.session.fresh().responses["4.7.2a"].text == "（见图4.7.2-2）\n"
    # from the indicators page: 引用此图 → insert at the end of a clause's response
    window.show_page("indicators")
    page = window.current_page()
    page.ui.indicatorTable.setCurrentIndex(page.model.index(0, 1))
    page.refs.insert_reference("4.7.2a", "图4.7.2-1")
    item_page = window.current_page()
    assert item_page.spec.name == "item"
    editor = item_page.card_for("4.7.2a").ui.editor
    assert editor.toPlainText() == "（见图4.7.2-2）（见图4.7.2-1）"
    item_page.flush()
    assert window.session.fresh().responses["4.7.2a"].text == "（见图4.7.2-2）（见图4.7.2-1）\n"
    labels = figure_labels(window.session.snapshot)
    assert sorted(labels.values()) == ["图4.7.2-1", "图4.7.2-2"]


def test_the_page_follows_the_results_item_opened_last(window) -> None:
    window.show_item("4.7.5")
    window.show_page("indicators")
    page = window.current_page()
    assert page.item_id == "4.7.5" and page.ui.itemCombo.currentData() == "4.7.5"
    window.show_item("4.1.2")  # not a results item: the page stays where it was
    window.show_page("indicators")
    assert page.item_id == "4.7.5"
    combo = page.ui.itemCombo
    combo.setCurrentIndex(combo.findData("4.7.3"))
    combo.activated.emit(combo.currentIndex())
    assert page.item_id == "4.7.3"
    assert [combo.itemData(n) for n in range(combo.count())] == [
        "4.7.2",
        "4.7.3",
        "4.7.4",
        "4.7.5",
        "4.7.6",
        "4.7.7",
    ]


def _indicator(n: int, periods: tuple[str, ...]) -> Indicator:
    values = tuple(DataPoint(p, 90.0 + k + n) for k, p in enumerate(periods))
    comps = (ComparisonSeries(n, "benchmark", "行业平均", "协会", values[:2]),)
    return Indicator(n, "4.7.2", n, f"指标{n}", "%", "up", 95.0, "SO1" if n % 2 else "", values, comps)


def test_table_models_pass_the_model_tester(qtmodeltester) -> None:
    model = IndicatorTableModel()
    model.set_indicators(tuple(_indicator(n, PERIODS[: n + 1]) for n in range(4)), {})
    assert model.columnCount() == len(FIELDS) + 4 + 1
    qtmodeltester.check(model)
    model.set_indicators((), {})
    qtmodeltester.check(model)
    comparisons = ComparisonModel()
    comparisons.set_indicator(_indicator(3, PERIODS))
    assert comparisons.rowCount() == 1 and comparisons.columnCount() == 3 + 5
    qtmodeltester.check(comparisons)


def test_an_open_cell_editor_is_saved_when_leaving_the_page(window) -> None:
    page = window.current_page()
    page.ui.addButton.click()  # the new row's name opens for typing
    editor = page.ui.indicatorTable.findChild(QLineEdit)
    assert editor is not None and editor.text() == "新指标"
    editor.setText("一次交验合格率")
    window.show_page("dashboard")
    assert [i.name for i in window.session.fresh().indicators_for("4.7.2")] == ["一次交验合格率"]
