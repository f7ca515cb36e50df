"""Sealed boxes: anyone with a public key seals a short message only the private key's holder opens.

Used for the hand-offs from check-in to the legal store: a front-desk login holds no key to that store, so
it seals the client and the day to the store's public key; a legal advisor's session opens them. X25519 with
a fresh ephemeral key per message, HKDF-SHA256 over both public keys, AES-256-GCM; the ``purpose`` is the
associated data, so a box made for one purpose does not open for another.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_RAW = serialization.Encoding.Raw
_KEY_BYTES = 32
_NONCE_BYTES = 12


def _public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(_RAW, serialization.PublicFormat.Raw)


def new_pair() -> tuple[bytes, bytes]:
    """A new (private, public) pair as raw 32-byte values."""
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return raw, _public_bytes(private.public_key())


def _key(shared: bytes, ephemeral: bytes, recipient: bytes, purpose: bytes) -> bytes:
    return HKDF(hashes.SHA256(), _KEY_BYTES, salt=ephemeral + recipient, info=purpose).derive(shared)


def seal(public: bytes, message: bytes, purpose: str) -> bytes:
    """``ephemeral public key ‖ nonce ‖ AES-GCM(message)`` for the holder of ``public``'s private key."""
    recipient = X25519PublicKey.from_public_bytes(public)
    ephemeral = X25519PrivateKey.generate()
    sent = _public_bytes(ephemeral.public_key())
    key = _key(ephemeral.exchange(recipient), sent, public, purpose.encode())
    nonce = os.urandom(_NONCE_BYTES)
    return sent + nonce + AESGCM(key).encrypt(nonce, message, purpose.encode())


def open_sealed(private: bytes, box: bytes, purpose: str) -> bytes | None:
    """The message, or ``None`` for a box not sealed to this key (or altered, or for another purpose)."""
    if len(box) < _KEY_BYTES + _NONCE_BYTES + 16:
        return None
    own = X25519PrivateKey.from_private_bytes(private)
    sent, nonce, body = box[:_KEY_BYTES], box[_KEY_BYTES : _KEY_BYTES + _NONCE_BYTES], box[_KEY_BYTES + _NONCE_BYTES :]
    key = _key(
        own.exchange(X25519PublicKey.from_public_bytes(sent)), sent, _public_bytes(own.public_key()), purpose.encode()
    )
    try:
        return AESGCM(key).decrypt(nonce, body, purpose.encode())
    except InvalidTag:
        return None
