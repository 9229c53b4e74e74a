"""Ctrl+F: searching the criteria guidance and the responses."""
