"""Flask app factory for the add-on's HTTP backend.

Run it with ``gunicorn 'addon.app:create_app()'`` (Cloud Run), through the functions-framework target in
`addon.main`, or with ``regrets serve``. Every endpoint is ``POST`` only and, in this order:
1. verifies the Google ID token (401 with a short reason otherwise; see `addon.auth`);
2. parses the event (400 with a reason otherwise; see `addon.events`);
3. answers with card JSON.
A query string is refused (400) and removed before any access log sees it (`addon.accesslog`). Gmail failures become friendly cards; an unexpected error becomes the internal-error
   card and one log line with the exception type only -- never a stack trace in a response, never a token or
   message content in the logs.
"""
from __future__ import annotations

import logging
import time
from importlib import resources
from collections.abc import Callable, Mapping
from typing import Any

from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException

from . import cards, handlers, paths
from .accesslog import QueryGuard
from .auth import AuthError, TokenVerifier
from .cardcache import LRUCache
from .cardtext import Text
from .config import AddonConfig
from .deployment import LOGO_PATH
from .stores import open_store
from .events import MAX_EVENT_BYTES, MalformedEvent, parse_event
from .gmailapi import GmailClient

log = logging.getLogger("regrets.addon")

Handler = Callable[[handlers.Context, Any], handlers.Outcome]
ROUTES: dict[str, Handler] = {
    paths.HOMEPAGE: handlers.homepage,
    paths.ON_MESSAGE: handlers.on_message,
    paths.DRAFT: handlers.draft,
    paths.OPEN_DRAFT: handlers.open_draft,
    paths.REFRESH: handlers.refresh,
}


def create_app(config: AddonConfig | Mapping[str, Any] | None = None) -> Flask:
    """The add-on app. `config=None` reads REGRETS_ADDON_* from the environment and refuses to start (raises
    `AddonConfigError`) without the base URL and service account, unless it is a demo configuration."""
    cfg = AddonConfig.coerce(config).validated()
    app = Flask("addon", static_folder=None)  # no blanket /static route: the logo has its own, the icons are the demo's
    app.config["MAX_CONTENT_LENGTH"] = MAX_EVENT_BYTES
    app.json.sort_keys = False  # keep card JSON in the order it was built
    ctx = handlers.Context(cfg, GmailClient(cfg.gmail_api_root), open_store(cfg),
                           LRUCache(cfg.card_cache_size))
    verifier = TokenVerifier(cfg)
    app.extensions["regrets_addon"] = {"context": ctx, "verifier": verifier}

    for path, handler in ROUTES.items():
        app.add_url_rule(path, endpoint=path.strip("/").replace("/", "_"),
                         view_func=_view(path, handler, ctx, verifier), methods=["POST"])

    @app.get("/healthz")
    def healthz() -> Response:
        return jsonify({"ok": True})

    @app.get(LOGO_PATH)
    def logo() -> Response:  # the deployment's logoUrl (public, no token: Google fetches it as an image)
        data = (resources.files("addon") / "static" / "logo.png").read_bytes()
        return Response(data, mimetype="image/png", headers={"Cache-Control": "public, max-age=86400"})

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> tuple[Response, int]:
        return jsonify({"error": (exc.name or "error").lower(), "reason": _short(exc.description)}), exc.code or 500

    @app.errorhandler(Exception)
    def unexpected(exc: Exception) -> tuple[Response, int]:  # outside a view: no card to show
        log.error("unexpected %s", type(exc).__name__)
        return jsonify({"error": "internal error"}), 500

    if cfg.demo:
        from .preview import register_preview

        register_preview(app, ctx, verifier)
    app.wsgi_app = QueryGuard(app.wsgi_app, ROUTES)  # type: ignore[method-assign]  # no query string is logged
    return app


def _view(path: str, handler: Handler, ctx: handlers.Context, verifier: TokenVerifier) -> Callable[[], Any]:
    audience = ctx.config.endpoint_url(path)

    def view() -> Any:
        started = time.perf_counter()
        try:
            verifier.verify(request.headers.get("Authorization"), audience)
        except AuthError as exc:
            log.info("%s 401 %s", path, exc)
            resp = jsonify({"error": "unauthorized", "reason": str(exc)})
            resp.headers["WWW-Authenticate"] = 'Bearer error="invalid_token"'
            return resp, 401
        event = None
        try:
            event = parse_event(request.get_data(cache=False))
            outcome = handler(ctx, event)
        except MalformedEvent as exc:
            log.info("%s 400 %s", path, exc)
            return jsonify({"error": "malformed event", "reason": str(exc)}), 400
        except HTTPException:
            raise  # e.g. 413 from reading an oversized body: answered as JSON by the error handler
        except Exception as exc:  # a bug: a friendly card, one log line without content
            tb = exc.__traceback__
            while tb is not None and tb.tb_next is not None:
                tb = tb.tb_next
            where = f"{tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}" if tb else "?"
            log.error("%s 200 internal-error %s at %s", path, type(exc).__name__, where)
            card = cards.error_card("internal", handlers.text_for(event) if event else Text("en"), {}, {})
            body = cards.push(card) if path in (paths.ON_MESSAGE, paths.HOMEPAGE) else cards.update(card)
            return jsonify(body), 200
        resp = jsonify(outcome.body)
        ms = (time.perf_counter() - started) * 1000
        log.info("%s 200 card=%s gmail_calls=%d %.1fms", path, outcome.card, outcome.gmail_calls, ms)
        resp.headers["X-Regrets-Gmail-Calls"] = str(outcome.gmail_calls)
        resp.headers["Server-Timing"] = f"app;dur={ms:.2f}, gmail;dur={outcome.gmail_seconds * 1000:.2f}"
        return resp

    view.__name__ = f"view_{path.strip('/').replace('/', '_').replace('-', '_')}"
    return view


def _short(text: str | None) -> str:
    return " ".join((text or "").split())[:200]
