"""One exception base for everything a user can fix; the CLI turns these into messages in one place."""


class RegretsError(Exception):
    """Base of every error Regrets raises on purpose. The message is shown to the user as is."""

    exit_code = 1


class UsageError(RegretsError):
    """A bad command-line value (e.g. an unparseable --now)."""

    exit_code = 2


class UnreadablePath(RegretsError):
    """A path given to the CLI does not exist or cannot be read as mail."""

    exit_code = 2


class NothingReadable(RegretsError):
    """Not one thread of the paths given could be read (each problem was reported on its own before)."""


class MalformedMessage(RegretsError):
    """One message could not be parsed; it is reported and skipped, the batch goes on."""


class TemplateProblem(RegretsError):
    """A message template is missing, broken, or uses a variable Regrets does not provide."""

    exit_code = 2
