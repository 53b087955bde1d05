"""The recovery key: 128 random bits and a 32-bit check, written as 32 Crockford base-32 characters.

Shown once at `init`; its slot opens the register when every password is lost.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from casus_app.domain.errors import WrongPassword

KEY_LEN = 32
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_CHECK_LEN = 4  # 128-bit secret + 32-bit check = 160 bits = 32 characters


def new_recovery_secret() -> bytes:
    return os.urandom(KEY_LEN // 2)


def _recovery_check(secret: bytes) -> bytes:
    return hashlib.sha256(b"casus herstelsleutel v1" + secret).digest()[:_RECOVERY_CHECK_LEN]


def encode_recovery(secret: bytes) -> str:
    number = int.from_bytes(secret + _recovery_check(secret), "big")
    chars = "".join(_CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(32)))
    return "-".join(chars[i : i + 4] for i in range(0, 32, 4))


def decode_recovery(text: str) -> bytes:
    """The 16-byte secret; WrongPassword when the text cannot be a recovery key (typo)."""
    invalid = WrongPassword(
        "Dit is geen geldige herstelsleutel. Een herstelsleutel bestaat uit 32 tekens in groepjes van "
        "vier (bijvoorbeeld K7Q2-…); controleer of alle tekens goed zijn overgenomen."
    )
    cleaned = "".join(text.split()).replace("-", "").upper().translate(str.maketrans("OIL", "011"))
    if len(cleaned) != 32 or any(c not in _CROCKFORD for c in cleaned):
        raise invalid
    number = 0
    for c in cleaned:
        number = (number << 5) | _CROCKFORD.index(c)
    raw = number.to_bytes(KEY_LEN // 2 + _RECOVERY_CHECK_LEN, "big")
    secret, check = raw[: KEY_LEN // 2], raw[KEY_LEN // 2 :]
    if not hmac.compare_digest(check, _recovery_check(secret)):
        raise invalid
    return secret
