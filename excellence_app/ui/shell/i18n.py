"""Interface language: Qt Linguist translations, and the words for stored codes.

Source strings are Chinese; ``resources/i18n/excellence_app_en.qm`` holds English.
Framework content (guidance) stays Chinese; item and clause titles have English
titles in the pack, which :func:`item_title` and :func:`clause_title` pick.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from excellence_app import paths
from excellence_app.core.errors import AppError

_LANG_PROPERTY = "excellenceLanguage"

STATUS = {
    "empty": QT_TRANSLATE_NOOP("Labels", "未填写"),
    "draft": QT_TRANSLATE_NOOP("Labels", "草稿"),
    "done": QT_TRANSLATE_NOOP("Labels", "已完成"),
}
ROLE = {
    "lead": QT_TRANSLATE_NOOP("Labels", "组长"),
    "member": QT_TRANSLATE_NOOP("Labels", "评审员"),  # as the documents call them
    "trainee": QT_TRANSLATE_NOOP("Labels", "学员"),
}
COMMENT_KIND = {
    "strength": QT_TRANSLATE_NOOP("Labels", "优势"),
    "ofi": QT_TRANSLATE_NOOP("Labels", "改进机会"),
}
SIGNIFICANCE = {
    "high": QT_TRANSLATE_NOOP("Labels", "高"),
    "medium": QT_TRANSLATE_NOOP("Labels", "中"),
    "low": QT_TRANSLATE_NOOP("Labels", "低"),
}
ITEM_KIND = {
    "process": QT_TRANSLATE_NOOP("Labels", "过程"),
    "results": QT_TRANSLATE_NOOP("Labels", "结果"),
}


def label(table: dict[str, str], code: str | None) -> str:
    """The translated word for a stored code (status, role, significance …)."""
    if code is None or code not in table:
        return ""
    return QCoreApplication.translate("Labels", table[code])


def install(app: QCoreApplication, language: str) -> None:
    """Switch the interface language. Our strings are Chinese at the source, so Chinese
    needs only Qt's own catalogue (OK, Cancel …) and English needs only ours."""
    for old in getattr(app, "_excellence_translators", ()):
        app.removeTranslator(old)
    ours = paths.resources_dir() / "i18n"
    if language == "en":
        catalogues = [(str(ours / "excellence_app_en.qm"), "")]
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        # Qt's catalogue, then our supplement for the words of Qt 6's dialogs it lacks
        # ("&Look in:"): the translator installed last is asked first.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogues = [("qtbase_zh_CN", qt_dir), (str(ours / "qt_supplement_zh_CN.qm"), "")]
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    installed = []
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
    app._excellence_translators = installed  # type: ignore[attr-defined]
    app.setProperty(_LANG_PROPERTY, language)


def language() -> str:
    app = QCoreApplication.instance()
    value = app.property(_LANG_PROPERTY) if app is not None else None
    return "en" if value == "en" else "zh"


def english() -> bool:
    return language() == "en"


def title(zh: str, en: str) -> str:
    """The English title when the interface is English and the pack has one."""
    return en if english() and en else zh


def error_text(exc: BaseException) -> str:
    if isinstance(exc, AppError):
        return exc.en if english() else exc.zh
    return f"{type(exc).__name__}: {exc}"


def number(value: float, decimals: int = 1) -> str:
    """A score as people write it: 17.5, 20 (no trailing .0), thousands separated."""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
