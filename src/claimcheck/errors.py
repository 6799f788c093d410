"""The few errors claimcheck raises; the CLI turns each into one `Error: …` line and exit code 2."""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class: a problem the user can fix (bad input, bad facts file, bad option)."""


class FactsError(ClaimcheckError):
    """The reference model (a trial facts file) is missing or invalid."""


class InputError(ClaimcheckError):
    """An article could not be read: missing, unreadable, binary, empty or too large."""
