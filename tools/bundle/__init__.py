"""The stand-alone bundle (PyInstaller) and the Windows installer's parts: ``python -m tools.bundle.build``."""
