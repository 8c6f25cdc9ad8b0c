"""rasd's errors. Every error a user can meet carries a stable code.

Codes:
  E001 empty input            E002 not Arabic             E003 binary / undecodable input
  E004 input too large        E005 bad JSON line          E006 missing field in input
  E007 unknown input format   E008 file not found         E009 usage (option, argument)
  E010 invalid record (schema) E011 span text mismatch    E012 article missing for validation
  E020 pipeline misconfigured E021 stage failed           E022 unknown stage
  E030 resource missing       E031 data directory missing E032 resource build failed
  E040 store error            E041 not found              E042 unauthorised
  E043 unusable filter value  E044 method not allowed
  E050 fetch failed           E051 bad feed               E052 path outside allowed roots
  E053 cannot listen on the address (port taken, unknown host)
Warnings (W0xx) are reported, never raised.
"""
from __future__ import annotations


# pydantic puts this before a validator's own message; the CLI's and the API's users see it as noise
_PYDANTIC_PREFIX = "Value error, "


def plain_message(message: str) -> str:
    """A validation message without pydantic's "Value error, " prefix."""
    return message.replace(_PYDANTIC_PREFIX, "", 1)


SHOWN = 80  # characters of a user's value repeated in a message


def shown(value: str, limit: int = SHOWN) -> str:
    """`value` as a message quotes it (repr), cut to `limit` characters with "…": a 404 for a
    10,000-character id repeated the whole id, a body larger than the request's useful part."""
    if len(value) > limit:
        return repr(value[:limit]) + f"… ({len(value):,} characters)"
    return repr(value)


class RasdError(Exception):
    """Base class: `code` is stable, `message` is for people."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class InputError(RasdError):
    """Bad input: empty, binary, non-Arabic, oversized, malformed."""

    code = "E001"


class ConfigError(RasdError):
    code = "E020"


class StageError(RasdError):
    """A stage failed on a document."""

    code = "E021"

    def __init__(self, message: str, *, stage: str, doc_id: str | None = None, code: str | None = None):
        super().__init__(message, code=code)
        self.stage = stage
        self.doc_id = doc_id


class ValidationError(RasdError):
    code = "E010"


class ResourceError(RasdError):
    code = "E030"


class StoreError(RasdError):
    code = "E040"


class NotFoundError(RasdError):
    code = "E041"
