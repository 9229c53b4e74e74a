"""Python classes compiled by pyside6-uic from ``forms/*.ui``; never edit by hand."""
