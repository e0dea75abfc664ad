"""One exception tree for the client; every error carries the API envelope's four fields."""

from __future__ import annotations

from typing import Any


class ClientError(Exception):
    """Base of every client error: `code`, `message`, `retryable`, `details` as in the envelope."""

    def __init__(
        self,
        code: str,
        message: str,
        *,
        retryable: bool = False,
        details: dict[str, Any] | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.retryable = retryable
        self.details = details
        self.status = status

    def envelope(self) -> dict[str, Any]:
        """The error as the API's `{success: false, error: {...}}` body."""
        return {
            "success": False,
            "error": {
                "code": self.code,
                "message": self.message,
                "retryable": self.retryable,
                "details": self.details,
            },
        }

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class ApiError(ClientError):
    """The server answered with an error envelope (or an HTTP error without one)."""

    @classmethod
    def from_response(cls, status: int, body: object) -> ApiError:
        """Build from an HTTP status and a parsed body; non-envelope bodies get `HTTP_ERROR`."""
        error = body.get("error") if isinstance(body, dict) else None
        if isinstance(error, dict) and error.get("code"):
            details = error.get("details")
            return cls(
                str(error["code"]),
                str(error.get("message", "")),
                retryable=bool(error.get("retryable")),
                details=details if isinstance(details, dict) else None,
                status=status,
            )
        return cls(
            "HTTP_ERROR",
            f"The server answered HTTP {status} without an error envelope.",
            retryable=status == 429 or status >= 500,
            status=status,
        )


class TransportError(ClientError):
    """The request never got an answer: connection refused, reset, timed out."""


class UploadError(ClientError):
    """A file could not be uploaded (after retries); other files carry on."""


class ExtractionFailed(ClientError):
    """An extraction ended `failed`; the envelope is the status payload's `error`."""

    def __init__(self, extraction_id: str, error: dict[str, Any]) -> None:
        details = error.get("details")
        super().__init__(
            str(error.get("code", "INTERNAL_ERROR")),
            str(error.get("message", "The extraction failed.")),
            retryable=bool(error.get("retryable")),
            details=details if isinstance(details, dict) else None,
        )
        self.extraction_id = extraction_id


class StateError(ClientError):
    """The state file cannot be used for this run (another batch, unreadable)."""

    def __init__(self, message: str) -> None:
        super().__init__("STATE_MISMATCH", message)
