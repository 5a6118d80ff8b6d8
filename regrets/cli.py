"""The `regrets` command line. Core commands live here; adapters add theirs through the
`regrets.commands` entry-point group, so the core never imports Google libraries or Flask."""
from __future__ import annotations

import logging
import sys
from datetime import datetime, timezone
from importlib.metadata import entry_points
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click

from .errors import RegretsError, UsageError


def parse_now(value: str | None) -> datetime:
    """--now as an aware datetime (UTC when no offset is given); the clock when None."""
    if value is None:  # an empty --now "" is a mistake, not a request for the clock
        return datetime.now(timezone.utc)
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"--now {value!r} is not an ISO 8601 date-time (example: 2026-11-01T09:00:00+07:00)") from None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def parse_zone(value: str | None) -> str | None:
    """--zone as a checked IANA name, or None."""
    if not value:
        return None
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"--zone {value!r} is not an IANA time zone (example: Asia/Jakarta)") from None
    return value


class _WarningLine(logging.Handler):
    """The core logs on the "regrets" logger; the command line shows each record as one `warning:` line on the
    stderr click sees at that moment (so it works under click's test runner too)."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"{record.levelname.lower()}: {record.getMessage()}", err=True)


_log = logging.getLogger("regrets")
if not any(isinstance(h, _WarningLine) for h in _log.handlers):
    _log.addHandler(_WarningLine(logging.WARNING))
    _log.propagate = False


class _Group(click.Group):
    """Turns every RegretsError into one clear line on stderr and its exit code; no tracebacks for users."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except RegretsError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_Group)
@click.version_option(package_name="regrets")
def cli() -> None:
    """Regrets: prompt, polite, threaded declines to interview invitations you no longer want."""


def _load_plugins() -> None:
    for ep in entry_points(group="regrets.commands"):
        try:
            register = ep.load()
        except Exception as exc:  # a broken adapter must not take the core commands down
            print(f"warning: commands from {ep.name!r} are unavailable ({exc.__class__.__name__}: {exc})", file=sys.stderr)
            continue
        register(cli)


def main() -> None:
    from . import commands  # noqa: F401  (registers the core commands)

    _load_plugins()
    cli(prog_name="regrets")
