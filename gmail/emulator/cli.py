"""`regrets emulator`: serve a local Gmail API emulator seeded from mail files (registered by gmail/cli.py)."""
from __future__ import annotations

import click

from regrets.errors import CannotListen, UsageError
from regrets.options import COMMAND_SETTINGS

from .faults import ALL_KINDS, DEFAULT_KINDS
from .quota import UNIT_TABLES


@click.command("emulator", context_settings=COMMAND_SETTINGS)
@click.option("--mailbox", "mailboxes", multiple=True, required=True, type=click.Path(),
              help="An mbox, an .eml, a Maildir or a folder of them (repeatable).")
@click.option("--port", type=int, default=8025, show_default=True, help="Port on 127.0.0.1 (0 = any free port).")
@click.option("--me", default=None, help="Mailbox owner address (default: the most common recipient).")
@click.option("--name", default=None, help="Owner display name served by sendAs (default: guessed from headers).")
@click.option("--signature", default="", help="HTML signature served by sendAs.")
@click.option("--latency-ms", type=float, default=0.0, show_default=True, help="Delay added to every HTTP request.")
@click.option("--quota", "quota", type=int, default=None,
              help="Per-user quota in units per minute; past it calls get 429 with Retry-After.")
@click.option("--unit-table", type=click.Choice(sorted(UNIT_TABLES)), default="classic", show_default=True,
              help="Per-method unit costs: the long-standing table or the 2026 revision.")
@click.option("--fault-rate", type=float, default=0.0, show_default=True,
              help="Share of calls that fail on purpose (0..1).")
@click.option("--fault-kinds", default=",".join(DEFAULT_KINDS), show_default=True,
              help=f"Comma list of injected faults: {', '.join(ALL_KINDS)}.")
@click.option("--fault-methods", default="", help="Comma list of API methods faults apply to, e.g. "
                                                   "drafts.create,drafts.delete (default: every method).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the fault RNG.")
@click.option("--max-concurrent", type=int, default=None, help="Concurrent requests allowed before 429.")
@click.option("--now", default=None, help="Fixed clock for newer_than:/older_than: (ISO 8601).")
@click.option("--no-batch", is_flag=True, help="Answer 404 to batch requests, like a server without batch support.")
@click.option("--verbose", is_flag=True, help="Log every request line (never bodies).")
def emulator_command(mailboxes: tuple[str, ...], port: int, me: str | None, name: str | None, signature: str,
                     latency_ms: float, quota: int | None, unit_table: str, fault_rate: float, fault_kinds: str,
                     fault_methods: str, seed: int, max_concurrent: int | None, now: str | None, no_batch: bool,
                     verbose: bool) -> None:
    """Serve a local Gmail API emulator on 127.0.0.1, seeded from mail files."""
    from regrets.options import parse_now

    from .server import Emulator

    kinds = tuple(k.strip() for k in fault_kinds.split(",") if k.strip())
    if not 0.0 <= fault_rate <= 1.0:
        raise UsageError("--fault-rate must be between 0 and 1")
    if any(k not in ALL_KINDS for k in kinds) or not kinds:
        raise UsageError(f"--fault-kinds must be a comma list of: {', '.join(ALL_KINDS)}")
    try:
        emu = Emulator(list(mailboxes), me=me, name=name, signature=signature, latency_ms=latency_ms,
                       quota_per_minute=quota, unit_table=unit_table, fault_rate=fault_rate, fault_kinds=kinds,
                       fault_methods=[m for m in fault_methods.split(",") if m.strip()] or None, seed=seed, max_concurrent=max_concurrent, now=parse_now(now) if now else None, port=port,
                       verbose=verbose, batch=not no_batch)
        emu.start()
    except OSError as exc:
        raise CannotListen(f"cannot listen on 127.0.0.1:{port} ({exc.strerror or exc}): stop what uses the port, "
                           "or give another --port (0 picks a free one)") from None
    box = emu.mailbox
    click.echo(f"Gmail API emulator for {box.me}: {len(box.threads)} threads, {len(box.messages)} messages, "
               f"{len(box.drafts)} drafts")
    click.echo(f"Listening on {emu.url}  (stats: {emu.url}_emulator/stats)")
    click.echo(f"export REGRETS_GMAIL_API_ROOT={emu.url}")
    try:
        while emu._thread is not None and emu._thread.is_alive():  # join with a timeout stays Ctrl-C friendly
            emu._thread.join(0.5)
    except KeyboardInterrupt:
        click.echo("Stopping.")
    finally:
        emu.stop()
