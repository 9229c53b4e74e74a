"""Pure-Python heart of the program: the criteria, the scoring rules and the snapshots."""
