"""Constants needed before the database layer is loaded (kept light for a fast start)."""

#: SQLCipher's key-derivation iterations (PBKDF2-HMAC-SHA512); tests lower it, production never does.
DEFAULT_KDF_ITER = 256_000
