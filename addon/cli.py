"""Add-on commands for the `regrets` CLI: `regrets serve` and `regrets addon deployment`."""
from __future__ import annotations

import json
import os
import sys

import click

from regrets.errors import UsageError
from regrets.options import COMMAND_SETTINGS

from .config import BASE_URL_ENV, SERVICE_ACCOUNT_ENV, AddonConfig


@click.command("serve", context_settings=COMMAND_SETTINGS)
@click.option("--host", default=None, help="Interface to listen on (default 127.0.0.1; demo: loopback only).")
@click.option("--port", type=int, default=None, help="Port (default $PORT or 8080; 0 = any free port).")
@click.option("--demo", is_flag=True, help="Local demo: Gmail emulator with a sample mailbox, test tokens, preview page.")
@click.option("--now", "now_s", default=None, help="Demo clock, ISO 8601 (default: the demo mailbox's day).")
def serve_command(host: str | None, port: int | None, demo: bool, now_s: str | None) -> None:
    """Serve the Gmail add-on backend (use gunicorn 'addon.app:create_app()' in production)."""
    if port is None:
        value = os.environ.get("PORT", "8080")
        if not value.strip().isdigit():
            raise UsageError(f"PORT={value!r} is not a port number: set it to one, or give --port")
        port = int(value)
    if demo:
        _serve_demo(host or "127.0.0.1", port, now_s)
        return
    if now_s:
        raise UsageError("--now is only for --demo")
    from .app import create_app
    from .serving import wsgi_server

    cfg = AddonConfig.from_env().validated()  # refuses to start without base URL and service account
    app = create_app(cfg)
    server = wsgi_server(host or "127.0.0.1", port, app)
    click.echo(f"Regrets add-on for {cfg.base_url} listening on http://{host or '127.0.0.1'}:{server.server_port}/")
    click.echo("Requests must carry Google ID tokens for the service account in "
               f"{SERVICE_ACCOUNT_ENV}. Production: gunicorn 'addon.app:create_app()'.")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _serve_demo(host: str, port: int, now_s: str | None) -> None:
    from regrets.options import parse_now

    from .demo import DemoServer

    now = parse_now(now_s) if now_s else None
    demo = DemoServer(host=host, port=port, now=now).start()
    click.echo(f"Regrets add-on DEMO: open {demo.url}/ in a browser")
    click.echo("Demo mode: listening on loopback only (127.0.0.1); test ID tokens signed by a key made at start are "
               "accepted here and nowhere else.")
    click.echo(f"Gmail emulator: {demo.emulator.url} (demo mailbox of sam.rivera@gmail.com), "
               f"demo clock {demo.now_value.isoformat()}. Ctrl-C to stop.")
    sys.stdout.flush()
    try:
        demo.serve_forever()
    except KeyboardInterrupt:
        pass


@click.group("addon", context_settings=COMMAND_SETTINGS)
def addon_group() -> None:
    """Gmail add-on deployment helpers."""


@addon_group.command("deployment", context_settings=COMMAND_SETTINGS)
@click.option("--base-url", default=None, help=f"Public HTTPS URL of the deployed service (default ${BASE_URL_ENV}).")
@click.option("--name", default="Regrets", show_default=True, help="Add-on name shown in Gmail.")
@click.option("--logo-url", default=None, help="Logo URL (default: BASE_URL/logo.png, served by the add-on).")
def deployment_command(base_url: str | None, name: str, logo_url: str | None) -> None:
    """Print the deployment JSON for `gcloud workspace-add-ons deployments create NAME --deployment-file=FILE`."""
    from .deployment import action_urls, deployment

    base = (base_url or os.environ.get(BASE_URL_ENV) or "").strip().rstrip("/")
    if not base:
        raise UsageError(f"give --base-url (or set {BASE_URL_ENV}): the public HTTPS URL of the service")
    if not base.startswith("https://"):
        raise UsageError("--base-url must start with https:// (Google calls add-ons over HTTPS only)")
    click.echo(json.dumps(deployment(base, name=name, logo_url=logo_url), indent=2))
    click.echo("Button endpoints (called from the cards, not declared in the descriptor): "
               + ", ".join(action_urls(base)), err=True)


def register(group: click.Group) -> None:
    """Add `serve` and `addon` to the top-level `regrets` group."""
    group.add_command(serve_command)
    group.add_command(addon_group)
