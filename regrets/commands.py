"""Core CLI commands: `regrets analyze` and `regrets draft` (offline, from mail files).

Only click and the shared options load with this module; the analysis loads when a command runs, so
``regrets analyze --help`` starts fast.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import display
from .decision import CANCELLED, PAST, REPLIED
from .options import (
    COMMAND_SETTINGS,
    Clock,
    ClockFlags,
    LetterFlags,
    clock_options,
    compose_options,
    jobs_option,
    letter_options,
    named,
    resolve_clock,
)
from .parallel import default_jobs
from .progress import Progress, TerminalBar

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from email.message import EmailMessage

    from .model import Thread, UrgencyReport
    from .pipeline import Result
    from .sources import Unread


def _threads(paths: tuple[str, ...], jobs: int, progress: Progress) -> Iterator[Thread | Unread]:
    """Threads from the paths (a big mbox's kept threads still to be read, by the analysis' workers)."""
    from .detect import might_be_invite
    from .sources import plan_paths

    return plan_paths(paths, relevant=might_be_invite, jobs=jobs, progress=progress)


@contextmanager
def _bar() -> Iterator[Progress]:
    """The progress bar of a run's two passes over a mailbox (on stderr, only when it is a terminal)."""
    bar = TerminalBar()
    try:
        yield bar
    finally:
        bar.close()


def _reported(r: Result) -> bool:
    """Says on stderr which messages of the thread were skipped, and once that a thread could not be read or
    analysed at all; True for such a thread. Never loses the batch."""
    from .pipeline import Failed

    t = r.thread
    if t.messages:  # (a thread with no readable message is reported once, as the pipeline's Failed)
        for p in t.problems:
            click.echo(f"warning: {t.source}: skipped {p}", err=True)
    if isinstance(r, Failed):
        click.echo(f"warning: {r.thread.source}: skipped {r.error}", err=True)
        return True
    return False


def _some_mail_read(readable: int) -> None:
    """A run that could read no thread at all failed, whatever it printed."""
    from .errors import NothingReadable

    if not readable:
        raise NothingReadable("no mail could be read from the given paths (see the messages above): check that "
                              "they are .eml, mbox or Maildir")


class _MeCheck:
    """Counts the threads whose recipients do not include the user's address, to warn once at the end."""

    def __init__(self, clock: Clock) -> None:
        self.me, self.origin = clock.me, clock.me_origin
        self.seen: list[str] = []
        self.missing: list[str] = []

    def add(self, thread: Thread) -> None:
        from .mailboxes import is_recipient

        if self.me and thread.messages and not thread.skimmed:  # (a big mailbox's skim reads no recipients)
            self.seen.append(thread.source)
            if not is_recipient(thread, self.me):
                self.missing.append(thread.source)

    def warn(self, what: str) -> None:
        if not self.missing or self.me is None:
            return
        if len(self.missing) == len(self.seen):
            click.echo(f"warning: {named(self.origin, self.me)} is a recipient of none of the {len(self.seen)} "
                       f"{what} read: check it (it decides whether you accepted, and it is the drafts' From)", err=True)
            return
        listed = ", ".join(self.missing[:3]) + (", ..." if len(self.missing) > 3 else "")
        click.echo(f"warning: {named(self.origin, self.me)} is not among the recipients of {len(self.missing)} of the "
                   f"{len(self.seen)} {what} ({listed}); their drafts are written from it all the same", err=True)


@click.command(context_settings=COMMAND_SETTINGS)
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object per thread per line, in reading order (streams; the table sorts by urgency).")
@clock_options()
@jobs_option
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def analyze(as_json: bool, clock: ClockFlags, jobs: int | None, paths: tuple[str, ...]) -> None:
    """Find interview invitations in .eml, mbox (Google Takeout) or Maildir PATHs and say how urgent each is.

    \b
    Example:
      regrets analyze --me alex.tan@gmail.com --zone Asia/Jakarta examples/inbox.mbox
    """
    from .pipeline import Failed, analyse_all
    from .report import error_record, record, table

    run = resolve_clock(clock)
    check = _MeCheck(run)
    records = []
    readable = 0
    workers = jobs or default_jobs()
    with _bar() as bar:
        for r in analyse_all(_threads(paths, workers, bar), run.me, run.now, home_zone=run.zone, jobs=workers):
            readable += not _reported(r)
            check.add(r.thread)
            rec = (error_record(r.thread.source, r.error) if isinstance(r, Failed)
                   else record(r.thread, r.analysis, r.urgency, r.decision))
            if as_json:
                click.echo(json.dumps(rec, ensure_ascii=False))
            else:
                records.append(rec)
    if not as_json:
        click.echo(table(records, run.zone), color=display.color())
    check.warn("threads")
    _some_mail_read(readable)


@dataclass
class _Draft:
    """One reply made in memory, written to `path` once every reply of the run is made."""

    record: dict[str, Any]
    path: Path
    message: EmailMessage


@click.command(context_settings=COMMAND_SETTINGS)
@clock_options()
@click.option("--out", "out_dir", default="drafts", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the .eml drafts (relative to the current folder).")
@letter_options
@jobs_option
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def draft(clock: ClockFlags, out_dir: str, letter: LetterFlags, jobs: int | None, paths: tuple[str, ...]) -> None:
    """Write one ready-to-review .eml reply per interview invitation in PATHs (nothing is sent).

    \b
    Most urgent first; every template is checked, and every reply made, before the first file is written.
    Example:
      regrets draft --me alex.tan@gmail.com --reason other-offer --out drafts/ examples/inbox.mbox
    """
    from .compose import compose_reply, letter_language
    from .decision import NOT_INVITE
    from .pipeline import Failed, Rules, analyse_all
    from .report import record, sort_key

    run = resolve_clock(clock)
    options = compose_options(letter, run)
    out = Path(out_dir)
    made: list[_Draft] = []
    skipped: list[str] = []
    left_out: set[str] = set()  # letter languages that went without the user's --reason (written in another)
    check = _MeCheck(run)
    readable = 0
    rules = Rules(forced_intent=letter.intent, force_past=letter.force)
    workers = jobs or default_jobs()
    with _bar() as bar:
        for r in analyse_all(_threads(paths, workers, bar), run.me, run.now, home_zone=run.zone, rules=rules,
                             jobs=workers):
            if _reported(r) or isinstance(r, Failed):
                continue
            readable += 1
            a, u, d = r.analysis, r.urgency, r.decision
            if d.skip == NOT_INVITE:
                continue
            if d.skip:
                skipped.append(f"{d.skip:<8}{r.thread.source}: {_SKIPPED[d.skip](u)}")
                continue
            check.add(r.thread)
            msg = compose_reply(r.thread, a, options, run.now)
            letter_lang = letter_language(a, options)
            if _reason_left_out(options, letter_lang):
                left_out.add(letter_lang)
            made.append(_Draft(record(r.thread, a, u, d), out / _file_name(r.thread.source, r.thread.subject), msg))
    made.sort(key=lambda item: sort_key(item.record))
    if made:
        out.mkdir(parents=True, exist_ok=True)
    for item in made:
        item.path.write_bytes(item.message.as_bytes())
    for item in made:
        click.echo(_draft_line(item), color=display.color())
    for line in skipped:
        click.echo(line, err=True)
    check.warn("invitation threads")
    for lang in sorted(left_out):
        name = {"en": "English", "id": "Indonesian"}[lang]
        click.echo(f"note: your --reason is not written in {name}, so the {name} letters go without it "
                   f"(give --reason-{lang} for them)", err=True)
    click.echo(f"{len(made)} draft(s) written to {out}/"
               + (f", {len(skipped)} invitation(s) not drafted" if skipped else ""), err=not sys.stdout.isatty())
    _some_mail_read(readable)


_SKIPPED: dict[str, Callable[[UrgencyReport], str]] = {
    PAST: lambda u: f"the interview was {-(u.hours_left or 0):.0f}h ago; not drafted (use --force)",
    CANCELLED: lambda u: "the recruiter cancelled the interview; nothing to decline",
    REPLIED: lambda u: "you already answered after the invitation; not drafted",
}


def _draft_line(d: _Draft) -> str:
    rec, msg = d.record, d.message
    level = rec["urgency"]
    flag = f" [{level}: {rec['advice']}]" if level in ("critical", "urgent") else ""
    to = msg["To"] or "(no recipient: add one before sending)"
    intent = f"{msg['X-Regrets']:<8}"
    return f"{display.styled(level, intent)}{d.path}  to {to}{display.styled(level, flag)}"


def _reason_left_out(options: Any, lang: str) -> bool:
    """True when the user's own --reason words do not go into a letter in `lang` (written in another language)."""
    from . import reasons
    from .compose import REASONS

    own = options.reason_en if lang == "en" else options.reason_id
    if own or not options.reason or options.reason in REASONS:
        return False
    return reasons.for_letter(lang, reason=options.reason) is None


def _file_name(source: str, subject: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", subject.lower()).strip("-")[:50] or "reply"
    digest = hashlib.sha1(source.encode()).hexdigest()[:8]
    return f"{slug}-{digest}.eml"
