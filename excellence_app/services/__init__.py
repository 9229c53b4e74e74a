"""Use cases: open or create a project, edit it, read snapshots and summaries."""
