"""One exception base for everything a user can fix, and the one table that turns errors into exit codes.

Every command prints a `RegretsError` as one ``Error: ...`` line (its message says what to do next) and exits
with the code `exit_code_for` gives; the README's "Exit codes" table is this table (tests/core/test_cli.py
checks that they agree). Adapters raise subclasses of the categories below, never codes of their own.
"""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What a `regrets` command's exit status means."""

    OK = 0
    FAILED = 1  # the command ran but could not do all of it (a draft not made, threads not read), or a bug
    USAGE = 2  # a bad option, config value, environment variable, path or template: fix it and run again
    NOT_SIGNED_IN = 3  # no Gmail sign-in, or it expired, was revoked or lacks a permission: run `regrets auth`
    UNREACHABLE = 4  # Gmail (or the server REGRETS_GMAIL_API_ROOT names) could not be reached or kept failing
    CANNOT_LISTEN = 5  # a server command could not listen on its port (in use, or not allowed)


class RegretsError(Exception):
    """Base of every error Regrets raises on purpose. The message is shown to the user as is."""

    @property
    def exit_code(self) -> int:
        return int(exit_code_for(self))


class UsageError(RegretsError):
    """A bad command-line value (e.g. an unparseable --now), config value or environment variable."""


class UnreadablePath(RegretsError):
    """A path given to the CLI does not exist or cannot be read as mail."""


class NothingReadable(RegretsError):
    """Not one thread of the paths given could be read (each problem was reported on its own before)."""


class MalformedMessage(RegretsError):
    """One message could not be parsed; it is reported and skipped, the batch goes on."""


class WorkerStopped(RegretsError):
    """A worker process reading a big mailbox stopped (killed, or out of memory): nothing was lost, run again."""


class TemplateProblem(RegretsError):
    """A message template is missing, broken, or uses a variable Regrets does not provide."""


class NotSignedIn(RegretsError):
    """A mail service needs a sign-in that is missing, expired, revoked or too narrow."""


class Unreachable(RegretsError):
    """A mail service could not be reached, or failed for good after the retries."""


class CannotListen(RegretsError):
    """A server could not listen on the address it was given (port in use, permission denied)."""


# The one mapping from errors to exit codes; the first matching class wins, anything else is FAILED.
EXIT_CODES: tuple[tuple[type[RegretsError], ExitCode], ...] = (
    (UsageError, ExitCode.USAGE),
    (UnreadablePath, ExitCode.USAGE),
    (TemplateProblem, ExitCode.USAGE),
    (NotSignedIn, ExitCode.NOT_SIGNED_IN),
    (Unreachable, ExitCode.UNREACHABLE),
    (CannotListen, ExitCode.CANNOT_LISTEN),
)


def exit_code_for(exc: BaseException) -> ExitCode:
    """The exit code a command ends with when `exc` stops it."""
    for kind, code in EXIT_CODES:
        if isinstance(exc, kind):
            return code
    return ExitCode.FAILED
