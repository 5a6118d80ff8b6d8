"""How the command line shows things: aligned columns, and colour for what cannot wait.

Colour marks ``critical`` and ``urgent`` only. It is off when ``NO_COLOR`` is set to anything but the empty
string (https://no-color.org/) and when the output is not a terminal (click strips the styles then).
"""
from __future__ import annotations

import os
from collections.abc import Sequence

import click

NO_COLOR_ENV = "NO_COLOR"
_STYLES = {"critical": {"fg": "red", "bold": True}, "urgent": {"fg": "yellow", "bold": True}}


def color() -> bool | None:
    """The `color` argument for click.echo: False under NO_COLOR, else None (click's own terminal check)."""
    return False if os.environ.get(NO_COLOR_ENV) else None


def styled(level: str | None, text: str) -> str:
    """`text` in the colour of urgency `level` (unchanged for levels that get none)."""
    style = _STYLES.get(level or "")
    return click.style(text, **style) if style else text


def columns(rows: Sequence[Sequence[object]], levels: Sequence[str | None] = ()) -> str:
    """Rows as aligned columns (the last one unpadded); row i's first cell styled for urgency `levels[i]`."""
    cells = [[str(c) for c in row] for row in rows]
    if not cells:
        return ""
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]) - 1)]
    lines = []
    for i, row in enumerate(cells):
        padded = [c.ljust(w) for c, w in zip(row[:-1], widths)] + [row[-1]]
        if padded and i < len(levels):
            padded[0] = styled(levels[i], padded[0])
        lines.append("  ".join(padded))
    return "\n".join(lines)
