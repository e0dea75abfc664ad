"""HMAC-signed, expiring URLs for the local store (the role S3 presigning plays when scaled)."""

from __future__ import annotations

import hashlib
import hmac
import time
from urllib.parse import quote, urlencode


class UrlSigner:
    """Signs `METHOD path expires` with a server secret; verification is constant-time."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def signature(
        self, method: str, path: str, expires: int, extra: dict[str, str] | None = None
    ) -> str:
        bound = "&".join(f"{k}={v}" for k, v in sorted((extra or {}).items()))
        message = f"{method}\n{path}\n{expires}\n{bound}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def sign(self, method: str, path: str, ttl: int, extra: dict[str, str] | None = None) -> str:
        """`path?expires=...&sig=...` valid for `ttl` seconds."""
        expires = int(time.time()) + ttl
        query = {
            **(extra or {}),
            "expires": str(expires),
            "sig": self.signature(method, path, expires, extra),
        }
        return f"{quote(path)}?{urlencode(query)}"

    def verify(
        self,
        method: str,
        path: str,
        expires: str | None,
        sig: str | None,
        extra: dict[str, str] | None = None,
    ) -> str | None:
        """None when valid, else the reason it is not (extra: the signed query values)."""
        if not expires or not sig or not expires.isdigit():
            return "The URL is not signed."
        expected = self.signature(method, path, int(expires), extra)
        if not hmac.compare_digest(expected, sig):
            return "The URL signature does not match."
        if int(expires) < time.time():
            return "The URL has expired."
        return None
