"""The bundled CJK fonts, so Chinese renders on a machine without any Chinese font.

Zen Hei (the interface font) is registered before the first window; the two
fallback fonts for rare characters and the Ming body font follow once the window
shows, which keeps them off the start-up path.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from excellence_app import paths

UI_FAMILY = "WenQuanYi Zen Hei"
UI_FAMILIES = (UI_FAMILY, "HanaMinA", "HanaMinB")
PRIMARY_FILES = ("WenQuanYiZenHei.ttf",)
LATER_FILES = ("HanaMinA.ttf", "HanaMinB.ttf", "ARPLUMingCN.ttf")
UI_POINT_SIZE = 10.0


def register(files: tuple[str, ...]) -> list[str]:
    """Add the fonts to the application's database; returns the families they provide."""
    families: list[str] = []
    for name in files:
        font_id = QFontDatabase.addApplicationFont(str(paths.fonts_dir() / name))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def ui_font() -> QFont:
    font = QFont()
    font.setFamilies(list(UI_FAMILIES))
    font.setPointSizeF(UI_POINT_SIZE)
    return font


def register_primary(app: QApplication) -> None:
    register(PRIMARY_FILES)
    app.setFont(ui_font())


def register_rest(app: QApplication) -> None:
    register(LATER_FILES)
    # Setting the font again makes every widget pick up the newly available fallbacks.
    app.setFont(ui_font())


def register_all(app: QApplication) -> None:
    register(PRIMARY_FILES + LATER_FILES)
    app.setFont(ui_font())
