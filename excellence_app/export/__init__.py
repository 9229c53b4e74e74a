"""Document writers: PDF and Excel from snapshots; no database, no Qt."""
