"""testing area."""
