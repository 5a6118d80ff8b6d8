"""Errors the Gmail adapter raises on purpose; the core CLI prints their message as ``Error: ...`` and takes the
exit code from the category each one also belongs to (regrets.errors.EXIT_CODES)."""
from __future__ import annotations

from regrets.errors import NotSignedIn, RegretsError, Unreachable, UsageError

# Where a user finds the one-time Google Cloud setup (the README at the top only links to it).
SETUP_HINT = "see 'Gmail setup (once)' in gmail/README.md"


class GmailProblem(RegretsError):
    """Gmail could not be used for a reason the user can act on (unreadable draft record, ...)."""


class GmailSettingProblem(GmailProblem, UsageError):
    """A Gmail option or environment variable has a value that cannot be used (--newer-than, quota, unit table)."""


class AuthProblem(GmailProblem, NotSignedIn):
    """Not signed in, sign-in expired or revoked, or the saved permission does not cover what was asked."""


class ApiFailure(GmailProblem, Unreachable):
    """A Gmail call failed for good (after the retries, or with an error retrying cannot fix)."""
