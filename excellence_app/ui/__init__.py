"""The desktop interface (PySide6). Nothing outside this package and ``app.py`` imports Qt."""
