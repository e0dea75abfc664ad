"""The one exception tree. The API maps `ApiError` to the contract's error envelope."""

from __future__ import annotations

from typing import Any


class FacturistError(Exception):
    """Base of every error Facturist raises on purpose."""


class ConfigurationError(FacturistError):
    """Settings or the environment do not allow the service to start."""


class ApiError(FacturistError):
    """An error that reaches the client as `{success: false, error: {...}}`."""

    def __init__(
        self,
        code: str,
        message: str,
        *,
        status: int,
        retryable: bool = False,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
        self.retryable = retryable
        self.details = details
        self.headers = headers or {}

    def envelope(self) -> dict[str, Any]:
        """The JSON body the contract prescribes."""
        return {
            "success": False,
            "error": {
                "code": self.code,
                "message": self.message,
                "retryable": self.retryable,
                "details": self.details,
            },
        }


INVALID_INPUT_MESSAGE = "Request validation failed. Check details for specific issues."


def invalid_input(issues: list[dict[str, Any]]) -> ApiError:
    """400 INVALID_INPUT with `details.issues[{message, path}]`."""
    return ApiError("INVALID_INPUT", INVALID_INPUT_MESSAGE, status=400, details={"issues": issues})


def invalid_field(message: str, *path: str | int) -> ApiError:
    """400 INVALID_INPUT naming one field."""
    return invalid_input([{"message": message, "path": list(path)}])


def not_found(code: str = "EXTRACTION_NOT_FOUND", what: str = "Extraction") -> ApiError:
    """404 for ids outside the caller's scope: never 403, so ids leak nothing."""
    return ApiError(code, f"{what} not found.", status=404)


class StorageError(FacturistError):
    """The object store could not do what was asked."""


class ObjectNotFound(StorageError):
    """No object under that key."""
