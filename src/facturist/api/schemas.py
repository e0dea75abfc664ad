"""Request bodies of the v1 API, with the contract's constraints (additionalProperties: false)."""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    field_validator,
)

ClientId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._:-]{1,200}$")]
Colour = Literal["none", "yellow", "orange", "red"]
Language = Literal[
    "automatic",
    "en",
    "ar",
    "zh-Hant",
    "zh-Hans",
    "nl",
    "fr",
    "de",
    "el",
    "he",
    "it",
    "ja",
    "pl",
    "pt",
    "es",
    "th",
]
SUPPORTED_EXTENSIONS = (".pdf", ".jpg", ".jpeg", ".png")
SYSTEM_COLUMNS = {"sourcefile", "reviewneeded"}


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def check_file_name(name: str) -> str:
    """The contract's file-name rules; extensions are matched case-insensitively."""
    if not 1 <= len(name) <= 200:
        raise ValueError("file_name must be 1 to 200 characters.")
    if name != name.strip():
        raise ValueError("file_name must not start or end with whitespace.")
    if "/" in name or "\\" in name:
        raise ValueError("file_name must not contain slashes.")
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in name):
        raise ValueError("file_name must not contain control characters.")
    if not name.lower().endswith(SUPPORTED_EXTENSIONS):
        raise ValueError("file_name must end in .pdf, .jpg, .jpeg or .png.")
    if name.startswith(".") and name.lower() in SUPPORTED_EXTENSIONS:
        raise ValueError("file_name needs a name before its extension.")
    return name


class SessionFile(Strict):
    file_id: ClientId
    file_name: str
    file_size_bytes: StrictInt = Field(ge=1)

    _name = field_validator("file_name")(check_file_name)


class CreateSessionRequest(Strict):
    upload_session_id: ClientId
    files: list[SessionFile] = Field(min_length=1, max_length=6000)


class PartUrlsRequest(Strict):
    file_id: ClientId
    part_numbers: list[Annotated[StrictInt, Field(ge=1, le=10000)]] = Field(
        min_length=1, max_length=1000
    )


class CompletedPartIn(Strict):
    part_number: StrictInt = Field(ge=1, le=10000)
    e_tag: str = Field(min_length=1)


class CompleteFileRequest(Strict):
    file_id: ClientId
    parts: list[CompletedPartIn] = Field(min_length=1, max_length=10000)


class PromptField(Strict):
    name: str = Field(min_length=2, max_length=50)
    prompt: str | None = None

    @field_validator("prompt")
    @classmethod
    def _prompt_length(cls, value: str | None) -> str | None:
        if value and not 3 <= len(value) <= 600:
            raise ValueError("prompt must be empty or 3 to 600 characters.")
        return value


def _fold(name: str) -> str:
    return re.sub(r"[\s_]", "", name).lower()


class PromptObject(Strict):
    fields: list[PromptField] = Field(min_length=1, max_length=20)
    general_prompt: str | None = Field(default=None, max_length=1500)

    @field_validator("fields")
    @classmethod
    def _unique_names(cls, value: list[PromptField]) -> list[PromptField]:
        seen: set[str] = set()
        for field in value:
            folded = _fold(field.name)
            if folded in SYSTEM_COLUMNS:
                raise ValueError(f"{field.name!r} is a system column name.")
            if folded in seen:
                raise ValueError(f"field name {field.name!r} is used twice.")
            seen.add(folded)
        return value


class Options(Strict):
    exclude_columns: list[Literal["source_file", "review_needed"]] | None = None
    output_language: Language | None = None
    review_needed_fill_color: Colour | None = None
    affected_field_fill_color: Colour | None = None
    send_completion_email: StrictBool | None = None
    json_typed_values: StrictBool | None = None
    ask_questions: StrictBool | None = None


class SubmitRequest(Strict):
    submission_id: ClientId
    upload_session_id: ClientId
    file_ids: list[ClientId] = Field(min_length=1, max_length=6000)
    task_name: str = Field(min_length=3, max_length=40)
    prompt: Annotated[str, StringConstraints(min_length=1, max_length=5000)] | PromptObject
    output_structure: Literal["automatic", "per_invoice", "per_line_item"]
    options: Options | None = None


class Answer(Strict):
    question_id: str = Field(min_length=1)
    choice_id: str | None = None
    text: str | None = Field(default=None, min_length=1, max_length=1000)
    accept_recommended: Literal[True] | None = None


class AnswersRequest(Strict):
    answers: list[Answer] = Field(min_length=1, max_length=15)
