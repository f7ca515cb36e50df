"""children area."""
