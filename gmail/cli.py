"""Gmail adapter commands for the `regrets` CLI (loaded through the `regrets.commands` entry point).

Minimal version created by the emulator work so that `regrets emulator` is available; the Gmail adapter
(auth, scan, drafts) adds its commands here.
"""
from __future__ import annotations

import click

from .emulator.cli import emulator_command


def register(group: click.Group) -> None:
    """Add the Gmail commands to the top-level `regrets` group."""
    group.add_command(emulator_command)
