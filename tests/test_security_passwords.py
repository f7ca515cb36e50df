"""Production password hashing uses argon2id with the library's recommended parameters."""

import argon2

from dropin.security import passwords


def test_production_parameters_are_argon2id_defaults():
    production = argon2.PasswordHasher()
    stored = production.hash("s3cret-pass")
    assert stored.startswith("$argon2id$")
    params = argon2.extract_parameters(stored)
    assert params.time_cost >= 2 and params.memory_cost >= 19 * 1024
    # hashes made with the production parameters verify with the module's functions
    assert passwords.verify_password(stored, "s3cret-pass")
    assert not passwords.verify_password(stored, "wrong")
    assert not passwords.verify_password("not-a-hash", "s3cret-pass")


def test_hash_is_salted():
    assert passwords.hash_password("same") != passwords.hash_password("same")


def test_module_uses_production_parameters_outside_tests():
    import subprocess
    import sys

    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from dropin.security import passwords as p; h = p.hash_password('x'); import argon2;"
            "q = argon2.extract_parameters(h); print(q.time_cost, q.memory_cost)",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    defaults = argon2.PasswordHasher()
    assert [int(v) for v in out] == [defaults.time_cost, defaults.memory_cost]
