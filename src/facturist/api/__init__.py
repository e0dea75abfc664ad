"""HTTP only: routers, request schemas, the error envelope, auth, rate limits, long-poll."""
