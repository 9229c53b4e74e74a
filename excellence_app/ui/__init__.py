"""The desktop interface (PySide6). Nothing outside this package imports Qt.

One folder per feature, holding its page, models, commands and dialogs together:
``item`` (write, score, comment, evidence), ``indicators`` (results indicators and their
comparison series), ``consensus`` (and merging assessors' work), ``cycles``, ``actions``,
``compare`` (two cycles year on year), ``calibration``, ``profile``, ``dashboard``,
``present``, ``settings``, ``search`` and ``exports``. ``shell`` starts the application and
holds the main window, the page registry, the session and what every page shares that is not
a widget; ``widgets`` holds the shared widget parts; ``generated`` is uic's output from forms/."""
