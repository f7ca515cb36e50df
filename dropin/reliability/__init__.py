"""Helpers for the reliability checks (crash and concurrency child processes)."""
