"""How times, durations and tables are shown to people: one place for the CLI tables, the add-on cards and the
letters' bare offsets, so they cannot drift apart.

Colour (the CLI only) marks ``critical`` and ``urgent``. It is off when ``NO_COLOR`` is set to anything but the
empty string (https://no-color.org/) and when the output is not a terminal (click strips the styles then).
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]


def offset_label(off: timedelta | None, *, padded: bool = False) -> str:
    """A bare UTC offset: 'UTC+7', 'UTC+5:30', 'UTC-3' (letters); padded, 'UTC+07:00' (cards)."""
    mins = int((off or timedelta(0)).total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    h, m = divmod(abs(mins), 60)
    if padded:
        return f"UTC{sign}{h:02d}:{m:02d}"
    return f"UTC{sign}{h}" + (f":{m:02d}" if m else "")


def short_hours(hours: float | None) -> str:
    """Time left in a table column: '5h', '3.5d', '2d ago', '-' when unknown."""
    if hours is None:
        return "-"
    if hours < 0:
        return f"{-hours / 24:.0f}d ago" if hours <= -48 else f"{-hours:.0f}h ago"
    if hours < 48:
        return f"{hours:.0f}h"
    return f"{hours / 24:.1f}d"


_UNITS = {"en": ("{n} min", "{n} h", "1 day", "{n} days"), "id": ("{n} menit", "{n} jam", "1 hari", "{n} hari")}


def duration(hours: float, lang: str = "en") -> str:
    """In words: 4.2 -> '4 h' / '4 jam'; 30 -> '1 day 6 h' / '1 hari 6 jam'; 200 -> '8 days'; under an hour,
    minutes. `lang`: en or id (the add-on card's language)."""
    minutes, hour, day, days = _UNITS["id" if lang == "id" else "en"]
    hours = abs(hours)
    if hours < 1:
        return minutes.format(n=max(1, round(hours * 60)))
    if hours < 24:
        return hour.format(n=int(hours))
    whole, rest = divmod(int(hours), 24)
    out = day if whole == 1 else days.format(n=whole)
    return out + (" " + hour.format(n=rest) if whole < 3 and rest else "")


def local_time(iso: str | None, zone: str | None) -> str:
    """An interview time shown in the user's zone (or as written when no zone is given)."""
    if not iso:
        return "-"
    dt = datetime.fromisoformat(iso)
    if zone:
        dt = dt.astimezone(ZoneInfo(zone))
    return dt.strftime("%a %d %b %Y %H:%M %Z").strip()


def card_time(dt: datetime, lang: str = "en") -> str:
    """'Thu 26 Nov 2026, 13:30 WIB' / Indonesian 'Kam 26 Nov 2026, 13.30 WIB' (a numeric zone name becomes
    'UTC+07:00')."""
    name = dt.tzname() or ""
    if not name or name[0] in "+-" or name.startswith("UTC") and len(name) > 3:
        name = offset_label(dt.utcoffset(), padded=True)
    if lang == "id":
        return (f"{ID_DAYS[dt.weekday()][:3]} {dt.day} {ID_MONTHS[dt.month - 1][:3]} {dt.year}, "
                f"{dt:%H}.{dt:%M} {name}")
    return f"{EN_DAYS[dt.weekday()][:3]} {dt.day} {EN_MONTHS[dt.month - 1][:3]} {dt.year}, {dt:%H:%M} {name}"


def table(rows: Sequence[Sequence[object]], levels: Sequence[str | None] = ()) -> str:
    """Rows as aligned columns (the first row is the header); the last column is left ragged. Row i's first cell
    is coloured for urgency `levels[i]` (see `styled`)."""
    if not rows:
        return ""
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for i, row in enumerate(rows):
        cells = [str(c).ljust(w) for c, w in zip(row[:-1], widths, strict=True)] + [str(row[-1])]
        if i < len(levels):
            cells[0] = styled(levels[i], cells[0])
        lines.append("  ".join(cells))
    return "\n".join(lines)


NO_COLOR_ENV = "NO_COLOR"
_STYLES = {"critical": "red", "urgent": "yellow"}  # foreground colours, in bold


def color() -> bool | None:
    """The `color` argument for click.echo: False under NO_COLOR, else None (click's own terminal check)."""
    return False if os.environ.get(NO_COLOR_ENV) else None


def styled(level: str | None, text: str) -> str:
    """`text` in the colour of urgency `level` (unchanged for levels that get none)."""
    style = _STYLES.get(level or "")
    if not style:
        return text
    import click  # here: the cards and letters use this module without the CLI

    return click.style(text, fg=style, bold=True)
