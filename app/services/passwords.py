"""Password hashing with scrypt from the standard library (DESIGN 2: never stored in clear)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from app.messages import Message, msg

_N, _R, _P, _LENGTH = 2**14, 8, 1, 32
MINIMUM_LENGTH = 8


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=_LENGTH)
    return "$".join(
        ("scrypt", str(_N), str(_R), str(_P), base64.b64encode(salt).decode(), base64.b64encode(digest).decode())
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(
        password.encode("utf-8"),
        salt=base64.b64decode(salt),
        n=int(n),
        r=int(r),
        p=int(p),
        dklen=len(expected),
    )
    return hmac.compare_digest(actual, expected)


def password_problem(password: str) -> Message | None:
    if len(password) < MINIMUM_LENGTH:
        return msg("La password deve avere almeno {minimum} caratteri.").fill(minimum=MINIMUM_LENGTH)
    if password.strip() != password:
        return msg("La password non può iniziare o finire con uno spazio.")
    return None
