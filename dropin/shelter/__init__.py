"""shelter area."""
