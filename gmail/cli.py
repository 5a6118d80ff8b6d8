"""Gmail commands for the `regrets` CLI, each loaded through its own `regrets.commands` entry point:
`regrets auth`, `regrets scan`, `regrets drafts` (and `regrets emulator` from gmail/emulator).

Only light modules load with this one (no Google library): ``regrets scan --help`` starts fast, and the
top-level help can list these commands without paying for Gmail.
"""
from __future__ import annotations

import csv
import io
import json
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import click

from regrets import display
from regrets.display import local_time, short_hours
from regrets.errors import UsageError
from regrets.options import (
    COMMAND_SETTINGS,
    ClockFlags,
    LetterFlags,
    clock_options,
    compose_options,
    letter_options,
    resolve_clock,
)
from regrets.progress import TerminalBar
from regrets.report import sort_key

from .errors import ApiFailure
from .query import DEFAULT_NEWER_THAN
from .service import API_ROOT_ENV, api_root
from .units import DEFAULT_BATCH_SIZE, MAX_BATCH, TABLES
from .watch import DEFAULT_INTERVAL, parse_interval, watch


# ---- regrets auth -----------------------------------------------------------------------------------------------
@click.command("auth", context_settings=COMMAND_SETTINGS)
@click.option("--credentials", "client_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Your Desktop-app OAuth client JSON (default: credentials.json in the config folder).")
@click.option("--label", is_flag=True, help="Also allow labelling threads (asks for gmail.modify).")
@click.option("--no-browser", is_flag=True, help="Print the sign-in address instead of opening a browser.")
@click.option("--port", type=int, default=0, show_default=True, help="Port of the local redirect (0 = any free one).")
def auth_command(client_file: Path | None, label: bool, no_browser: bool, port: int) -> None:
    """Sign in to Gmail (Google's installed-app OAuth flow) and save the token (mode 0600).

    \b
    Default permissions: read mail (gmail.readonly) and write drafts (gmail.compose).
    With --label: gmail.modify, the only scope that can put labels on threads.
    """
    from . import auth

    root = api_root()
    if root:
        click.echo(f"{API_ROOT_ENV} is set: Regrets talks to {root} and needs no Google sign-in.")
        return
    creds, path = auth.sign_in(client_file, label=label, open_browser=not no_browser, port=port)
    click.echo(f"Signed in. Token saved to {path} (readable by you only).")
    click.echo("Permissions: " + ", ".join(s.rsplit("/", 1)[-1] for s in (creds.scopes or auth.scopes_for(label))))


# ---- regrets scan -----------------------------------------------------------------------------------------------
TABLE_HEAD = ("URGENCY", "LEFT", "INTERVIEW", "REPLY TO", "DRAFT", "SUBJECT")


def scan_table(rows: list[dict[str, Any]], zone: str | None, *, everything: bool = False) -> str:
    """Most urgent first: interview time in the user's zone, time left, urgency, reply-to, draft state."""
    head = list(TABLE_HEAD)
    head[2] = "INTERVIEW" + (f" ({zone})" if zone else "")
    lines: list[tuple[str, ...]] = [tuple(head)]
    levels: list[str | None] = [None]
    for r in sorted(rows, key=sort_key):
        if r.get("error"):
            lines.append(("error", "-", "-", "-", "-", f"{r.get('thread_id') or r.get('source')}: {r['error']}"))
            levels.append(None)
            continue
        if not r.get("is_invite") and not everything:
            continue
        lines.append((r["urgency"], short_hours(r.get("hours_left")),
                      local_time(r.get("interview_start"), zone or r.get("timezone")), r.get("reply_to") or "-",
                      r.get("draft_status") or "-", (r.get("subject") or "")[:60]))
        levels.append(r["urgency"])
    return display.table(lines, levels)


def _csv(rows: list[dict[str, Any]]) -> str:
    """One row per thread, most urgent first; lists joined with '; ', booleans as true/false, None empty."""
    fields: list[str] = []
    for r in rows:
        fields += [k for k in r if k not in fields]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in sorted(rows, key=sort_key):
        w.writerow({k: _csv_value(v) for k, v in r.items()})
    return buf.getvalue()


def _csv_value(v: Any) -> Any:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return "; ".join(map(str, v))
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return "" if v is None else v


@click.command("scan", context_settings=COMMAND_SETTINGS)
@click.option("--query", "-q", help="Gmail search words instead of the built-in interview query.")
@click.option("--newer-than", default=DEFAULT_NEWER_THAN, show_default=True,
              help="Only mail this recent: Nd, Nm or Ny ('all' for no limit).")
@click.option("--create-drafts", is_flag=True, help="Write the decline drafts (default: dry run, nothing written).")
@click.option("--label", is_flag=True, help="Label handled threads Regrets/Drafted and Regrets/<urgency> "
                                            "(needs `regrets auth --label`).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per thread per line, most urgent first.")
@click.option("--csv", "as_csv", is_flag=True, help="CSV, one row per thread, most urgent first.")
@click.option("--all", "everything", is_flag=True, help="Table: also list threads that are not invites.")
@clock_options(me=False)
@letter_options
@click.option("--limit", type=click.IntRange(min=1), help="Read at most this many threads (newest first).")
@click.option("--quota", type=click.IntRange(min=1), help="Gmail units per minute to stay under (default 6000, "
                                                         "or $REGRETS_GMAIL_QUOTA).")
@click.option("--batch-size", type=click.IntRange(1, MAX_BATCH), default=DEFAULT_BATCH_SIZE, show_default=True,
              help="Calls per batch request.")
@click.option("--unit-table", type=click.Choice(sorted(TABLES)), help="Quota unit costs to pace by (default classic, "
                                                                      "or $REGRETS_GMAIL_UNIT_TABLE).")
@click.option("--full", is_flag=True, help="Read every thread the query lists, not only those changed since the "
                                           "last scan.")
@click.option("--watch", "watch_s", is_flag=False, flag_value=str(int(DEFAULT_INTERVAL)), default=None,
              metavar="[INTERVAL]", help=f"Scan again every INTERVAL (seconds, or 30s/5m/1h; default "
                                         f"{int(DEFAULT_INTERVAL)}) for the mail that changed, until Ctrl-C.")
def scan_command(query: str | None, newer_than: str, create_drafts: bool, label: bool, as_json: bool, as_csv: bool,
                 everything: bool, clock: ClockFlags, letter: LetterFlags, limit: int | None, quota: int | None,
                 batch_size: int, unit_table: str | None, full: bool, watch_s: str | None) -> None:
    """Find interview invitations in your Gmail and (with --create-drafts) leave a threaded decline draft in each.

    \b
    Dry run by default: reads, analyses, prints the report. Never sends anything.
    A scan that writes (--create-drafts, --label) or watches reads, after the first time, only the threads
    that changed since the last one (Gmail's history); --full reads everything again.
    Examples:
      regrets scan
      regrets scan --create-drafts --reason other-offer
      regrets scan --create-drafts --watch 5m
      regrets scan --json --newer-than 60d
    """
    from .calls import CallStats
    from .query import parse_age
    from .scan import Scanner, ScanOptions
    from .session import open_session
    from .state import DraftLog
    from .sync import SyncState

    if as_json and as_csv:
        raise UsageError("choose one of --json and --csv")
    interval = parse_interval(watch_s) if watch_s is not None else None
    if interval is not None and (as_csv or limit):
        raise UsageError("--watch cannot be combined with --csv or --limit")
    if newer_than and newer_than.strip().lower() != "all":
        parse_age(newer_than)  # a bad --newer-than is reported before any Gmail call
    run = resolve_clock(clock)
    compose = compose_options(letter, run)  # every template checked before the first draft
    # writing and watching scans keep a checkpoint and (unless --full) continue from the last one's;
    # a one-off dry run reads everything and leaves the checkpoint alone
    keeps_checkpoint = create_drafts or label or interval is not None

    def options() -> ScanOptions:  # --now stays; without it every pass is scanned at its own time
        return ScanOptions(now=run.now if run.pretend else datetime.now(timezone.utc), query=query,
                           newer_than=newer_than, pretend_now=run.pretend, zone=run.zone, create_drafts=create_drafts,
                           label=label, force_past=letter.force, compose=compose, limit=limit, incremental=not full)

    session = open_session(label=label, quota=quota, unit_table=unit_table, batch_size=batch_size)
    log, sync = DraftLog(), (SyncState() if keeps_checkpoint else None)

    def one_pass():
        bar = TerminalBar() if interval is None else None
        scanner = Scanner(session.gateway, options(), log=log, api_root=session.root, progress=bar,
                          on_wait=_waiting, sync=sync)
        session.gateway.stats = CallStats()  # each pass reports its own calls and units
        try:
            report = scanner.run()
        finally:
            if bar is not None:
                bar.close()
        if as_json:
            for row in sorted(report.rows, key=sort_key):
                click.echo(json.dumps(row, ensure_ascii=False))
        elif as_csv:
            click.echo(_csv(report.rows), nl=False)
        elif interval is None or any(r.get("is_invite") or r.get("error") for r in report.rows) or (
                everything and report.rows):
            click.echo(scan_table(report.rows, run.zone, everything=everything), color=display.color())
        for where, problem in report.problems:
            click.echo(f"warning: gmail:{where}: skipped {problem}", err=True)
        _summary(report, create_drafts, to_err=as_json or as_csv, stamp=interval is not None)
        return report

    if interval is None:
        failure = one_pass().failure()
        if failure:
            raise ApiFailure(failure)
        return
    click.echo(f"Watching {'for drafts to make' if create_drafts else '(dry run)'} every {interval:g} s; "
               "Ctrl-C stops.", err=True)
    try:
        watch(one_pass, interval, warn=lambda text: click.echo(f"warning: {text}", err=True))
    except KeyboardInterrupt:
        click.echo("Stopped.", err=True)


def _waiting(holder: str) -> None:
    who = f" (pid {holder})" if holder.isdigit() else ""
    click.echo(f"Another regrets scan of this mailbox is running{who}; waiting for it to finish...", err=True)


def _summary(report, create_drafts: bool, *, to_err: bool, stamp: bool = False) -> None:
    """One line: what was read, found and done, and what a rerun with --create-drafts would add."""
    from .drafting import CREATED, EXISTS, FAILED, WOULD_CREATE

    invites = report.invites
    status = [r.get("draft_status") for r in invites]
    read = f"{len(report.rows) - len(report.unread)} thread(s) read"
    if report.since:
        read += " (changed since the last scan; --full reads all)"
    elif report.history_expired:
        read += " (Gmail no longer had the history since the last scan: read all)"
    parts = [read, f"{len(invites)} invitation(s)"]
    if create_drafts:
        parts.append(f"{report.created} draft(s) created")
        if report.duplicates_removed:
            parts.append(f"{report.duplicates_removed} extra copy(ies) removed")
        if status.count(FAILED):
            parts.append(f"{status.count(FAILED)} draft(s) failed")
    elif status.count(WOULD_CREATE):
        parts.append(f"{status.count(WOULD_CREATE)} would get a draft (dry run: add --create-drafts)")
    elif invites:
        parts.append("none would get a new draft")
    existing = status.count(EXISTS) + (status.count(CREATED) if not create_drafts else 0)
    if existing:
        parts.append(f"{existing} already have a draft")
    if report.labelled:
        parts.append(f"{report.labelled} thread(s) labelled")
    s = report.stats
    parts.append(f"{s.get('units', 0)} quota units")
    if s.get("retries"):
        parts.append(f"{s['retries']} retried call(s)")
    line = "; ".join(parts) + "."
    click.echo((time.strftime("%H:%M:%S ") if stamp else "") + line, err=to_err)


# ---- regrets drafts ---------------------------------------------------------------------------------------------
@click.command("drafts", context_settings=COMMAND_SETTINGS)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per draft per line.")
def drafts_command(as_json: bool) -> None:
    """List the Gmail drafts Regrets made and what became of each (draft / sent / deleted), with links."""
    from .scan import identity_of
    from .session import open_session
    from .state import DraftLog, mailbox_key
    from .tracking import states

    session = open_session()
    me = identity_of(session.gateway)
    key = mailbox_key(me.email, session.root)
    records = DraftLog().records(key)
    if not records:
        if not as_json:
            click.echo(f"No drafts made by Regrets for {me.email} yet (run `regrets scan --create-drafts`).")
        return
    found = states(session.gateway, records, session.root)
    if as_json:
        for st in found:
            click.echo(json.dumps(st.as_dict(), ensure_ascii=False))
        return
    rows = [("STATE", "CREATED", "TO", "SUBJECT", "LINK")]
    levels: list[str | None] = [None]
    for st in found:
        r = st.record
        rows.append((st.state, (r.created_at or "")[:16].replace("T", " "), r.to or "-", (r.subject or "")[:50], st.link))
        levels.append(r.urgency if st.state == "draft" else None)
    click.echo(display.table(rows, levels), color=display.color())
