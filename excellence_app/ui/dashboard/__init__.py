"""The 概览 page."""
