"""Ctrl+F: searching everything of the cycle, in a dock beside the text."""
