"""Cheap password hashing for the test suite's accounts (the test session and the processes it starts); the
production parameters are the library defaults, checked in tests/test_security_passwords.py."""

from __future__ import annotations

import argon2

import dropin.security.keyslots as keyslots
import dropin.security.passwords as passwords


def use_cheap_hashing() -> None:
    """Cheap argon2 for account passwords and for the key-encryption keys of the stores' slots."""
    passwords._hasher = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    keyslots.KDF_PARAMS = {"t": 1, "m": 1024, "p": 1}
