"""Core CLI commands: `regrets analyze` and `regrets draft` (offline, from mail files)."""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import click

from . import config as user_config
from . import reasons
from .cli import cli, parse_now, parse_zone
from .compose import LANGUAGES, REASONS, ComposeOptions, compose_reply, letter_language
from .decision import CANCELLED, INTENTS, NOT_INVITE, PAST, REPLIED
from .mailboxes import is_recipient
from .detect import might_be_invite
from .errors import NothingReadable, UsageError
from .model import Urgency
from .pipeline import Failed, Result, Rules, analyse_all
from .report import error_record, record, table
from .sources import read_paths




_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")


def _me(value: str | None) -> str | None:
    """--me must be one plain address (it becomes the draft's From)."""
    if value is None:
        return None
    v = value.strip()
    if not _ADDRESS.match(v):
        raise UsageError(f"--me {value!r} is not an email address (example: --me sam.lee@gmail.com)")
    return v.lower()


def common_options(f):
    f = click.option("--me", help="Your address (default: from config, else the most common recipient).")(f)
    f = click.option("--now", "now_s", metavar="ISO8601", help="Pretend it is this time (default: the clock).")(f)
    f = click.option("--zone", help="Your IANA time zone, for display (default: from config).")(f)
    return f


def _threads(paths):
    """Threads from the paths; per-message problems go to stderr, never lose the batch."""
    for t in read_paths(paths, relevant=might_be_invite):
        if t.messages:  # (a thread with no readable message is reported once, as the pipeline's Failed)
            for p in t.problems:
                click.echo(f"warning: {t.source}: skipped {p}", err=True)
        yield t


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per thread per line.")
@common_options
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def analyze(as_json: bool, me: str | None, now_s: str | None, zone: str | None, paths: tuple[str, ...]) -> None:
    """Find interview invitations in .eml, mbox (Google Takeout) or Maildir PATHs and say how urgent each is.

    \b
    Example:
      regrets analyze --me sam.lee@gmail.com samples/mail/*.eml
    """
    conf = user_config.load()
    now = parse_now(now_s)
    me = _me(me or conf.get("me") or None)
    zone = parse_zone(zone or conf.get("zone"))
    records = []
    readable = 0
    for r in analyse_all(_threads(paths), me, now, home_zone=zone):
        readable += not _reported(r)
        rec = (error_record(r.thread.source, r.error) if isinstance(r, Failed)
               else record(r.thread, r.analysis, r.urgency, r.decision))
        if as_json:
            click.echo(json.dumps(rec, ensure_ascii=False))
        else:
            records.append(rec)
    if not as_json:
        click.echo(table(records, zone))
    _some_mail_read(readable)


@cli.command()
@common_options
@click.option("--out", "out_dir", default="drafts", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the .eml drafts.")
@click.option("--intent", type=click.Choice(INTENTS), help="Force decline or cancel (default: cancel when accepted).")
@click.option("--lang", type=click.Choice(LANGUAGES), help="Reply language (default: the invite's).")
@click.option("--reason", help=f"Optional reason: one of {', '.join(REASONS)}, or your own words (used in letters "
                                "of the language they are written in).")
@click.option("--reason-en", metavar="TEXT", help="Your reason in your words for English letters.")
@click.option("--reason-id", metavar="TEXT", help="Your reason in your words for Indonesian letters.")
@click.option("--other-roles", metavar="AREA", help="Say you are open to other roles in AREA.")
@click.option("--referral", is_flag=True, help="Offer to refer someone.")
@click.option("--casual", is_flag=True, help="A less formal tone, greeting to sign-off.")
@click.option("--name", "sender_name", help="Your name as signed (default: from config or the mail).")
@click.option("--no-calendar-reply", is_flag=True,
              help="Do not attach a calendar reply declining the invitation's event.")
@click.option("--templates", "templates_dir", type=click.Path(file_okay=False), help="Folder of your own templates.")
@click.option("--force", is_flag=True, help="Also draft for interviews that are already past.")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def draft(me, now_s, zone, out_dir, intent, lang, reason, reason_en, reason_id, other_roles, referral, casual,
          sender_name, no_calendar_reply, templates_dir, force, paths) -> None:
    """Write one ready-to-review .eml reply per interview invitation in PATHs (nothing is sent).

    \b
    Example:
      regrets draft --me sam.lee@gmail.com --reason other-offer --out drafts/ inbox.mbox
    """
    conf = user_config.load()
    now = parse_now(now_s)
    me = _me(me or conf.get("me") or None)
    zone = parse_zone(zone or conf.get("zone"))
    tdir = templates_dir or conf.get("templates")
    reason = reasons.check(reason)
    options = ComposeOptions(intent=intent, language=lang, reason=reason, reason_en=reason_en, reason_id=reason_id,
                             other_roles=other_roles, referral=referral, formality="casual" if casual else "formal",
                             sender_name=sender_name or conf.get("name"), zone=zone,
                             calendar_reply=not no_calendar_reply,
                             templates_dir=Path(tdir).expanduser() if tdir else None)
    out = Path(out_dir)
    written = skipped = 0
    left_out: set[str] = set()  # letter languages that went without the user's --reason (written in another)
    rules = Rules(forced_intent=intent, force_past=force)
    readable = 0
    for r in analyse_all(_threads(paths), me, now, home_zone=zone, rules=rules):
        if _reported(r):
            continue
        readable += 1
        a, u, d = r.analysis, r.urgency, r.decision
        if d.skip == NOT_INVITE:
            continue
        if d.skip:
            click.echo(f"{d.skip:<8}{r.thread.source}: {_SKIPPED[d.skip](u)}", err=True)
            skipped += 1
            continue
        if me and not is_recipient(r.thread, me):
            click.echo(f"warning: {r.thread.source}: {me} is not among the thread's recipients; check --me "
                       "(the draft is written from it)", err=True)
        msg = compose_reply(r.thread, a, options, now)
        letter = letter_language(a, options)
        if _reason_left_out(options, letter):
            left_out.add(letter)
        out.mkdir(parents=True, exist_ok=True)
        path = out / _file_name(r.thread.source, r.thread.subject)
        path.write_bytes(msg.as_bytes())
        written += 1
        flag = f" [{u.level.value}: {u.advice}]" if u.level in (Urgency.CRITICAL, Urgency.URGENT) else ""
        to = msg["To"] or "(no recipient: add one before sending)"
        click.echo(f"{msg['X-Regrets']:<8}{path}  to {to}{flag}")
    for letter in sorted(left_out):
        name = {"en": "English", "id": "Indonesian"}[letter]
        click.echo(f"note: your --reason is not written in {name}, so the {name} letters go without it "
                   f"(give --reason-{letter} for them)", err=True)
    click.echo(f"{written} draft(s) written to {out}/" + (f", {skipped} invitation(s) not drafted" if skipped else ""),
               err=not sys.stdout.isatty())
    _some_mail_read(readable)


def _reported(r: Result) -> bool:
    """Says once on stderr that a thread could not be read or analysed; True for such a thread."""
    if isinstance(r, Failed):
        click.echo(f"warning: {r.thread.source}: skipped {r.error}", err=True)
        return True
    return False


def _some_mail_read(readable: int) -> None:
    """A run that could read no thread at all failed, whatever it printed."""
    if not readable:
        raise NothingReadable("no mail could be read from the given paths (see the messages above)")


_SKIPPED = {
    PAST: lambda u: f"the interview was {-(u.hours_left or 0):.0f}h ago; not drafted (use --force)",
    CANCELLED: lambda u: "the recruiter cancelled the interview; nothing to decline",
    REPLIED: lambda u: "you already answered after the invitation; not drafted",
}


def _reason_left_out(options: ComposeOptions, lang: str) -> bool:
    """True when the user's own --reason words do not go into a letter in `lang` (written in another language)."""
    own = options.reason_en if lang == "en" else options.reason_id
    if own or not options.reason or options.reason in REASONS:
        return False
    return reasons.for_letter(lang, reason=options.reason) is None


def _file_name(source: str, subject: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", subject.lower()).strip("-")[:50] or "reply"
    digest = hashlib.sha1(source.encode()).hexdigest()[:8]
    return f"{slug}-{digest}.eml"
