"""The project file: an SQLite database per organisation, reached through SQLAlchemy."""
