"""Errors a user can cause. Each carries a Dutch message that the interface shows and the CLI prints."""

from __future__ import annotations


class CasusError(Exception):
    """Base for every error a user can cause; `message` is Dutch and says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongPassword(CasusError):
    pass


class PermissionDenied(CasusError):
    pass


class RegisterUnavailable(CasusError):
    """The register cannot be opened: missing, locked, damaged, on a network share, too new."""


class DamagedKeySlots(RegisterUnavailable):
    pass


class DamagedDatabase(RegisterUnavailable):
    pass


class NotFound(CasusError):
    pass


class InvalidInput(CasusError):
    pass


class ImportRejected(CasusError):
    """An exchange file was refused; `errors` lists every problem as (place, Dutch message)."""

    def __init__(self, errors: list[tuple[str, str]]) -> None:
        self.errors = errors
        lines = [f"{place}: {text}" if place else text for place, text in errors[:50]]
        more = len(errors) - 50
        if more > 0:
            lines.append(f"… en nog {more} fouten")
        super().__init__(
            f"Het bestand is niet ingelezen: {len(errors)} fout(en) gevonden. Er is niets gewijzigd.\n"
            + "\n".join(lines)
        )
