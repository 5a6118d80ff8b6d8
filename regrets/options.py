"""Options that more than one command takes, declared once, and how their values are decided.

- `clock_options`: ``--me``, ``--now``, ``--zone`` (analyze, draft, scan); bundled as a `ClockFlags`.
- `jobs_option`: ``--jobs`` (analyze, draft): how many processes read a big mailbox.
- `letter_options`: what the letter says and which threads get one (draft, scan); bundled as `LetterFlags`.
- `resolve_clock` / `compose_options`: flag, else the config file, else a default; every error names where the
  bad value came from (``--zone``, ``zone in /home/sam/.config/regrets/config.toml``), and notes (a bare
  ``--now`` read in the user's zone, unknown config keys) go to stderr once per run.

Adapters' commands (gmail/, addon/) import from here, never from `regrets.cli`. This module stays light: the
analysis and the letter code load only when a command runs, not for ``--help``.
"""
from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click

from . import config as user_config
from .decision import INTENTS
from .errors import UsageError
from .model import LANGUAGES
from .reasons import PRESETS

if TYPE_CHECKING:
    from .compose import ComposeOptions

Note = Callable[[str], None]

# Every command's context settings: -h is --help, however the command is started (through `regrets`, or on its
# own as tests do; click keeps the help option a command first made, so each command declares it).
COMMAND_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"]}


def _stderr(text: str) -> None:
    click.echo(text, err=True)


# ---- the clock and the user -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ClockFlags:
    """--me, --now and --zone as typed (None when not given)."""

    me: str | None = None
    now: str | None = None
    zone: str | None = None


@dataclass(frozen=True)
class Clock:
    """What a run works with: the time it is, the user's zone and address, and where each came from."""

    now: datetime
    pretend: bool  # --now given
    zone: str | None  # IANA name for display (flag or config), None: as the mail wrote it
    me: str | None
    me_origin: str  # "--me" or "me in /path/config.toml" (for warnings about it)
    config: user_config.Config


_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")


def parse_me(value: str | None, origin: str = "--me") -> str | None:
    """One plain address (it becomes the draft's From), lower-cased."""
    if value is None:
        return None
    v = value.strip()
    if not _ADDRESS.match(v):
        raise UsageError(f"{named(origin, value)} is not an email address (example: sam.lee@gmail.com)")
    return v.lower()


def parse_zone(value: str | None, origin: str = "--zone") -> str | None:
    """A checked IANA zone name, or None."""
    if not value:
        return None
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"{named(origin, value)} is not an IANA time zone (example: Asia/Jakarta)") from None
    return value


def machine_zone() -> tuple[tzinfo | None, str]:
    """This machine's zone: (ZoneInfo, IANA name) when it can be named, else (None, a description); with None
    a bare time is read by `datetime.astimezone()`, which asks the C library (right across DST too)."""
    tz = (os.environ.get("TZ") or "").lstrip(":").strip()
    candidates = [tz] if tz else []
    try:
        link = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in link:
            candidates.append(link.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        try:
            return ZoneInfo(name), name
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return None, "this machine's local time"


def parse_now(value: str | None, *, zone: str | None = None, zone_origin: str = "--zone",
              note: Note | None = _stderr) -> datetime:
    """--now as an aware datetime; the clock when None. A time without a UTC offset is read in `zone` (else
    this machine's zone) and `note` says so, with the offset it got."""
    if value is None:  # an empty --now "" is a mistake, not a request for the clock
        return datetime.now(timezone.utc)
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"--now {value!r} is not an ISO 8601 date-time (example: 2026-11-01T09:00:00+07:00)") from None
    if dt.tzinfo is not None:
        return dt
    if zone:
        local, named = dt.replace(tzinfo=ZoneInfo(zone)), f"{zone} (from {zone_origin})"
    else:
        tz, name = machine_zone()
        local = dt.replace(tzinfo=tz) if tz is not None else dt.astimezone()
        named = f"{name} (this machine's zone; --zone changes it)" if tz is not None else name
    if note is not None:
        note(f"note: --now {value.strip()} has no UTC offset: read as {local.isoformat()} in {named}")
    return local


def clock_options(*, me: bool = True) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Add --now and --zone (and --me unless `me` is False); the command receives them as `clock: ClockFlags`."""
    options = [
        click.option("--now", metavar="ISO8601",
                     help="Pretend it is this time (default: the clock). Without an offset it is read in your zone."),
        click.option("--zone", metavar="IANA",
                     help="Your time zone, for display and a bare --now (default: `zone` in the config, else "
                          "this machine's)."),
    ]
    if me:
        options.insert(0, click.option("--me", metavar="ADDRESS", help="Your address (default: `me` in the config, "
                                                                       "else the most common recipient)."))

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        wrapped = _bundle(f, "clock", ClockFlags, ("me", "now", "zone") if me else ("now", "zone"))
        for option in reversed(options):
            wrapped = option(wrapped)
        return wrapped

    return decorate


def jobs_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """--jobs: worker processes for a big mailbox; the command receives `jobs: int | None`."""
    return click.option(
        "--jobs", type=click.IntRange(min=1), metavar="N",
        help="Worker processes for a big mbox (default: this machine's cores, at most 4; 1: one process).")(f)


def resolve_clock(flags: ClockFlags, *, note: Note = _stderr, conf: user_config.Config | None = None) -> Clock:
    """Flags, else the config file; warns once about unknown config keys and about a bare --now."""
    conf = conf if conf is not None else load_config(note=note)
    zone = parse_zone(flags.zone, "--zone") if flags.zone else parse_zone(conf.get("zone"), conf.origin("zone"))
    zone_origin = "--zone" if flags.zone else conf.origin("zone")
    now = parse_now(flags.now, zone=zone, zone_origin=zone_origin, note=note)
    if flags.me is not None:
        me, origin = parse_me(flags.me, "--me"), "--me"
    else:
        me, origin = parse_me(conf.get("me"), conf.origin("me")), conf.origin("me")
    return Clock(now, flags.now is not None, zone, me, origin, conf)


def load_config(*, note: Note = _stderr) -> user_config.Config:
    """The config file, with one warning per key Regrets does not know."""
    conf = user_config.load()
    for key in conf.unknown:
        note(f"warning: {conf.path}: unknown key {key} ignored (known: {', '.join(user_config.KEYS)})")
    return conf


# ---- the letter -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LetterFlags:
    """The letter options as typed."""

    intent: str | None = None
    lang: str | None = None
    reason: str | None = None
    reason_en: str | None = None
    reason_id: str | None = None
    other_roles: str | None = None
    referral: bool = False
    casual: bool = False
    sender_name: str | None = None
    no_calendar_reply: bool = False
    templates_dir: str | None = None
    force: bool = False


def letter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """Add the letter options; the command receives them as `letter: LetterFlags`."""
    wrapped = _bundle(f, "letter", LetterFlags, tuple(LetterFlags.__dataclass_fields__))
    for option in reversed((
        click.option("--intent", type=click.Choice(INTENTS),
                     help="Force decline or cancel (default: cancel when you accepted, else decline)."),
        click.option("--lang", type=click.Choice(LANGUAGES), help="Reply language (default: the invitation's)."),
        click.option("--reason", metavar="PRESET|TEXT",
                     help=f"Optional reason: one of {', '.join(PRESETS)}, or your own words (used in letters of "
                          "the language they are written in)."),
        click.option("--reason-en", metavar="TEXT", help="Your reason in your words for English letters."),
        click.option("--reason-id", metavar="TEXT", help="Your reason in your words for Indonesian letters."),
        click.option("--other-roles", metavar="AREA", help="Say you are open to other roles in AREA."),
        click.option("--referral", is_flag=True, help="Offer to refer someone."),
        click.option("--casual", is_flag=True, help="A less formal tone, greeting to sign-off."),
        click.option("--name", "sender_name", metavar="NAME",
                     help="Your name as signed (default: `name` in the config, else the name your mail uses)."),
        click.option("--no-calendar-reply", is_flag=True,
                     help="Do not attach a calendar reply declining the invitation's event."),
        click.option("--templates", "templates_dir", metavar="DIR", type=click.Path(file_okay=False),
                     help="Folder of your own templates (default: `templates` in the config)."),
        click.option("--force", is_flag=True, help="Also draft for interviews that are already past."),
    )):
        wrapped = option(wrapped)
    return wrapped


def compose_options(letter: LetterFlags, clock: Clock) -> ComposeOptions:
    """The letter options of a run: flags, else the config file; the reason and templates folder checked now,
    before any mail is read (a broken template stops the run before it writes anything)."""
    from . import reasons, templating
    from .compose import ComposeOptions

    conf = clock.config
    tdir = letter.templates_dir or conf.get("templates")
    options = ComposeOptions(
        intent=letter.intent, language=letter.lang, reason=reasons.check(letter.reason),
        reason_en=letter.reason_en, reason_id=letter.reason_id, other_roles=letter.other_roles,
        referral=letter.referral, formality="casual" if letter.casual else "formal",
        sender_name=letter.sender_name or conf.get("name"), zone=clock.zone,
        calendar_reply=not letter.no_calendar_reply, templates_dir=Path(tdir).expanduser() if tdir else None)
    if tdir and not letter.templates_dir and not Path(tdir).expanduser().is_dir():
        raise UsageError(f"{conf.origin('templates')} names {tdir}, which is not a folder: create it or fix the "
                         "setting")
    templating.check(options.templates_dir, templating.names_needed(options.intent, options.language))
    return options


# ---- plumbing ---------------------------------------------------------------------------------------------------
def named(origin: str, value: str) -> str:
    """A value with where it came from, for messages: ``--zone 'Mars/X'`` or ``zone = 'Mars/X' in /home/sam/.../config.toml``."""
    if origin.startswith("-"):
        return f"{origin} {value!r}"
    key, _, where = origin.partition(" in ")
    return f"{key} = {value!r} in {where}"


def _bundle(f: Callable[..., Any], name: str, kind: type, keys: tuple[str, ...]) -> Callable[..., Any]:
    """A wrapper that takes the options `keys` as keyword arguments and passes them on as one `kind` object."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        kwargs[name] = kind(**{k: kwargs.pop(k) for k in keys})
        return f(*args, **kwargs)

    return wrapper
