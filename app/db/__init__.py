"""Database access: engine, sessions, migrations and integrity checks."""
