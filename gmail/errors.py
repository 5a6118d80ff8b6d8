"""Errors the Gmail adapter raises on purpose; the core CLI prints their message as ``Error: ...``."""
from __future__ import annotations

from regrets.errors import RegretsError


class GmailProblem(RegretsError):
    """Gmail could not be used for a reason the user can act on (bad option, service unreachable, ...)."""

    exit_code = 1


class AuthProblem(GmailProblem):
    """Not signed in, sign-in expired or revoked, or the saved permission does not cover what was asked."""

    exit_code = 3


class ApiFailure(GmailProblem):
    """A Gmail call failed for good (after the retries, or with an error retrying cannot fix)."""

    exit_code = 4
