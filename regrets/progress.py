"""Progress of long work. The core only reports it (`Progress`); a front end shows it (`TerminalBar`)."""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar  # what click.progressbar returns (click's own annotations name it)


class Progress:
    """Progress callbacks, one phase at a time ("Reading messages", then "Analysing threads"); they do nothing."""

    def start(self, total: int, label: str) -> None: ...

    def advance(self, n: int = 1) -> None: ...

    def close(self) -> None: ...


class TerminalBar(Progress):
    """click.progressbar on stderr when it is a terminal, one bar per phase; nothing otherwise (a pipe, a file, CI)."""

    def __init__(self) -> None:
        self.bar: ProgressBar[int] | None = None
        self.step = 1  # the bar is drawn again every `step` units (about 200 times a phase)
        self.pending = 0

    def start(self, total: int, label: str) -> None:
        self.close()
        if sys.stderr.isatty() and total:
            self.bar = click.progressbar(length=total, label=label, file=sys.stderr)
            self.bar.__enter__()
            self.step, self.pending = max(1, total // 200), 0

    def advance(self, n: int = 1) -> None:
        if self.bar is not None:
            self.pending += n
            if self.pending >= self.step:
                self.bar.update(self.pending)
                self.pending = 0

    def close(self) -> None:
        if self.bar is not None:
            self.bar.update(self.pending)
            self.bar.__exit__(None, None, None)
            self.bar = None
