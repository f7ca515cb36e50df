"""clients area."""
