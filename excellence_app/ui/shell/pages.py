"""The page registry: every page of the work area, declared once.

A page is a module with a :class:`~excellence_app.ui.shell.host.Page` subclass.
To add one (组织概述, 指标, 共识, 年度对比, 改进计划, 培训 …) write its module in its
feature folder (``excellence_app/ui/<feature>/page.py``) and add
one :class:`PageSpec` line to :data:`PAGES`; the main window builds its
navigation, its Go menu and its screenshots from this table. Page modules are
imported only when a page is first shown, so heavy imports (charts) stay off
the start-up path.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class Shot:
    """One screenshot of a page: the file name and the state to show (an item, a tab)."""

    file: str
    item_id: str | None = None
    state: str = ""
    # "module:function" that adds demo data to a temporary copy of the project before this
    # shot (the user's file is never touched); empty: the project as it is.
    prepare: str = ""


@dataclass(frozen=True)
class PageSpec:
    name: str
    title: str  # Chinese source text, translated in the "Pages" context
    factory: str  # "module:Class"
    needs_project: bool = True
    in_nav: bool = True  # listed in the navigation and the Go menu
    item_scoped: bool = False  # shows one item, chosen in the criteria tree
    toolbar: bool = True  # also a tool bar button; the bar has room for one or two in English
    icon: str = ""
    shortcut: str = ""
    shots: tuple[Shot, ...] = ()

    def display_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def load(self) -> type:
        module_name, _, class_name = self.factory.partition(":")
        return getattr(importlib.import_module(module_name), class_name)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "welcome",
        QT_TRANSLATE_NOOP("Pages", "开始"),
        "excellence_app.ui.shell.welcome:WelcomePage",
        needs_project=False,
        in_nav=False,
        shots=(Shot("welcome.png"),),
    ),
    PageSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("Pages", "概览"),
        "excellence_app.ui.dashboard.page:DashboardPage",
        icon="dashboard",
        shortcut="Ctrl+Shift+D",
        shots=(Shot("dashboard.png"),),
    ),
    PageSpec(
        "item",
        QT_TRANSLATE_NOOP("Pages", "评分项"),
        "excellence_app.ui.item.page:ItemPage",
        in_nav=False,
        item_scoped=True,
        shots=(
            Shot("item.png", "4.1.2", "write"),
            Shot("item-scoring.png", "4.1.2", "score"),
            Shot("item-evidence.png", "4.1.2", "evidence"),
            Shot("results-item.png", "4.7.2", "score"),
        ),
    ),
    PageSpec(
        "profile",
        QT_TRANSLATE_NOOP("Pages", "组织概述"),
        "excellence_app.ui.profile.page:ProfilePage",
        toolbar=False,
        icon="profile",
        shots=(Shot("profile.png"), Shot("profile-org.png", state="org")),
    ),
    PageSpec(
        "indicators",
        QT_TRANSLATE_NOOP("Pages", "结果指标"),
        "excellence_app.ui.indicators.page:IndicatorsPage",
        toolbar=False,
        icon="indicators",
        shots=(Shot("indicators.png", "4.7.2"),),
    ),
    PageSpec(
        "consensus",
        QT_TRANSLATE_NOOP("Pages", "共识"),
        "excellence_app.ui.consensus.page:ConsensusPage",
        toolbar=False,
        icon="consensus",
        shots=(Shot("consensus.png", "4.2.3"),),
    ),
    PageSpec(
        "compare",
        QT_TRANSLATE_NOOP("Pages", "年度对比"),
        "excellence_app.ui.compare.page:ComparePage",
        toolbar=False,
        icon="compare",
        shots=(Shot("compare.png"),),
    ),
    PageSpec(
        "actions",
        QT_TRANSLATE_NOOP("Pages", "改进计划"),
        "excellence_app.ui.actions.page:ActionsPage",
        toolbar=False,
        icon="actions",
        shots=(Shot("actions.png"),),
    ),
    PageSpec(
        "present",
        QT_TRANSLATE_NOOP("Pages", "培训演示"),
        "excellence_app.ui.present.page:PresentPage",
        toolbar=False,
        icon="present",
        shots=(Shot("present.png", "4.1.2", "full"),),
    ),
    PageSpec(
        "calibration",
        QT_TRANSLATE_NOOP("Pages", "评分校准"),
        "excellence_app.ui.calibration.page:CalibrationPage",
        toolbar=False,
        icon="calibration",
        shots=(
            Shot(
                "calibration.png",
                state="revealed",
                prepare="excellence_app.ui.calibration.demo:add_demo_trainees",
            ),
        ),
    ),
    PageSpec(
        "check",
        QT_TRANSLATE_NOOP("Pages", "提交前检查"),
        "excellence_app.ui.check.page:CheckPage",
        toolbar=False,
        icon="warning",
        shots=(Shot("check.png"),),
    ),
    PageSpec(
        "cycles",
        QT_TRANSLATE_NOOP("Pages", "周期与评奖"),
        "excellence_app.ui.cycles.page:CyclesPage",
        toolbar=False,
        icon="cycles",
        shots=(Shot("cycles.png"),),
    ),
    PageSpec(
        "settings",
        QT_TRANSLATE_NOOP("Pages", "设置"),
        "excellence_app.ui.settings.page:SettingsPage",
        needs_project=False,
        icon="settings",
        shots=(Shot("settings.png"),),
    ),
)


def page_spec(name: str) -> PageSpec:
    for spec in PAGES:
        if spec.name == name:
            return spec
    raise KeyError(name)
