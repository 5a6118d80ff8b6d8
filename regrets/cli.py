"""The `regrets` command line: the top-level group, and the one place where errors become messages and exit codes.

Commands load lazily, each from its own module, only when they run (or when the top-level help lists them): the
core's `analyze` and `draft` from `regrets.commands`, the adapters' from the `regrets.commands` entry-point group
(one entry point per command, e.g. ``scan = "gmail.cli:scan_command"``). So ``regrets analyze`` never imports
Google's client libraries or Flask, and the core never imports an adapter. Options more than one command takes
live in `regrets.options`.
"""
from __future__ import annotations

import logging
import os
import sys
from functools import lru_cache
from importlib import import_module
from importlib.metadata import EntryPoint, entry_points
from typing import Any

import click

from .errors import ExitCode, RegretsError, exit_code_for
from .options import COMMAND_SETTINGS

PLUGIN_GROUP = "regrets.commands"
CORE_COMMANDS = {"analyze": "regrets.commands:analyze", "draft": "regrets.commands:draft"}
DEBUG_ENV = "REGRETS_DEBUG"  # set to 1: unexpected errors show their traceback


class _WarningLine(logging.Handler):
    """The core logs on the "regrets" logger; the command line shows each record as one `warning:` line on the
    stderr click sees at that moment (so it works under click's test runner too)."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"{record.levelname.lower()}: {record.getMessage()}", err=True)


_log = logging.getLogger("regrets")
if not any(isinstance(h, _WarningLine) for h in _log.handlers):
    _log.addHandler(_WarningLine(logging.WARNING))
    _log.propagate = False


@lru_cache(maxsize=1)
def _plugins() -> dict[str, EntryPoint]:
    return {ep.name: ep for ep in entry_points(group=PLUGIN_GROUP)}


def _load(name: str) -> click.Command:
    """The command `name`; a RegretsError says how to repair an installation that cannot provide it."""
    if name in CORE_COMMANDS:
        module, attr = CORE_COMMANDS[name].split(":")
        cmd: click.Command = getattr(import_module(module), attr)
        return cmd
    ep = _plugins()[name]
    try:
        cmd = ep.load()
    except Exception as exc:  # noqa: BLE001 - a broken adapter must not take the other commands down
        raise RegretsError(f"`regrets {name}` cannot be loaded ({exc.__class__.__name__}: {exc}); reinstall "
                           "Regrets (pip install -e . in the checkout)") from None
    if not isinstance(cmd, click.Command):
        raise RegretsError(f"`regrets {name}` is registered as {ep.value}, which is not a command; reinstall "
                           "Regrets (pip install -e . in the checkout)")
    return cmd


class RegretsGroup(click.Group):
    """Lazy commands, whole one-line descriptions in the help, and every RegretsError as one `Error:` line."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self.commands) | set(CORE_COMMANDS) | set(_plugins()))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            if cmd_name not in CORE_COMMANDS and cmd_name not in _plugins():
                return None
            self.commands[cmd_name] = _load(cmd_name)
        return self.commands[cmd_name]

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Each command with its whole first sentence (click would cut it to the terminal width with '...')."""
        rows = []
        for name in self.list_commands(ctx):
            try:
                cmd = self.get_command(ctx, name)
            except RegretsError as exc:
                rows.append((name, f"(unavailable: {exc})"))
                continue
            if cmd is not None and not cmd.hidden:
                rows.append((name, cmd.get_short_help_str(limit=10_000)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except RegretsError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(int(exit_code_for(exc)))
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except BrokenPipeError:  # `regrets analyze --json ... | head`: the reader left; stop quietly
            # https://docs.python.org/3/library/signal.html#note-on-sigpipe
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(int(ExitCode.FAILED))
        except Exception as exc:  # noqa: BLE001 - no traceback for users; a bug still says what it was
            if os.environ.get(DEBUG_ENV):
                raise
            click.echo(f"Error: unexpected {exc.__class__.__name__}: {exc}. This is a bug in Regrets: please report "
                       f"it with the command you ran ({DEBUG_ENV}=1 shows where it happened).", err=True)
            ctx.exit(int(ExitCode.FAILED))


@click.group(cls=RegretsGroup, context_settings=COMMAND_SETTINGS)
@click.version_option(package_name="regrets")
def cli() -> None:
    """Regrets: prompt, polite, threaded declines to interview invitations you no longer want."""


cli.help = (f"{cli.help}\n\n\b\nExit codes (README: Exit codes): "
            + ", ".join(f"{c.value} {c.name.lower().replace('_', ' ')}" for c in ExitCode) + ".")


def main() -> None:
    cli(prog_name="regrets")
