"""The web page a person uses: sign in, upload, describe, watch, download.

Served by `facturist serve` at `/`, same origin as the API. The page calls the same `/v1`
API as any client, authenticated by an HttpOnly session cookie instead of a Bearer key;
`/web/api/...` adds what only a browser needs (sign-in, keys, source page images).
"""
