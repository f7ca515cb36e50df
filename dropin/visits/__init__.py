"""visits area."""
